package space.consortium.shared;

import org.springframework.stereotype.Component;

/**
 * A partner's name short enough for a chart label, a badge or a narrow column. Pages use it as the bean
 * {@code @shortName}: {@code ${@shortName.label(p.partnerId, p.partnerName)}}.
 */
@Component("shortName")
public final class ShortName {

    private static final int MAX = 24;

    /** {@link #of(String, String)}, for templates. */
    public String label(String id, String name) {
        return of(id, name);
    }

    /**
     * The acronym in the name's last brackets ("European Space Agency (ESA)" → ESA); else the name's first word when
     * it is the id ("Roscosmos State Corporation ..." → Roscosmos); else the name if short; else the id in capitals.
     */
    public static String of(String id, String name) {
        int close = name.lastIndexOf(')');
        int open = close < 0 ? -1 : name.lastIndexOf('(', close);
        if (open >= 0 && close - open > 1 && close - open <= 16) {
            return name.substring(open + 1, close);
        }
        String first = name.split("\\s+", 2)[0];
        if (first.equalsIgnoreCase(id)) {
            return first;
        }
        return name.length() <= MAX ? name : id.toUpperCase(java.util.Locale.ROOT);
    }
}
