package space.consortium.insights;

import org.jspecify.annotations.Nullable;

/**
 * A figure the registry does not compute, as a source states it on a date: a value, or a range.
 *
 * @param asOf {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}
 */
public record ReferenceFigure(String figureId, String label, @Nullable Double value, @Nullable Double min,
                              @Nullable Double max, String unit, String asOf, @Nullable String note, String sourceUrl) {

    /** The value or range as people write it: 12,627 or 10,014–13,701. */
    public String amount() {
        return value != null ? format(value) : format(min) + "–" + format(max);
    }

    private static String format(@Nullable Double d) {
        if (d == null) {
            return "?";
        }
        return d == Math.rint(d) ? String.format(java.util.Locale.ROOT, "%,d", d.longValue()) : d.toString();
    }
}
