package space.consortium.shared;

/**
 * One field of a record as someone else saved it and as the user typed it, for the stale-edit comparison a form shows
 * after its save was refused ({@code templates/fragments/stale.html}); values are as people read them ("—" for none).
 */
public record Difference(String label, String theirs, String yours) {

    /** A value as the comparison shows it: trimmed text, a decimal without exponent, "—" for none or blank. */
    public static String text(@org.jspecify.annotations.Nullable Object value) {
        if (value instanceof java.math.BigDecimal d) {
            return d.toPlainString();
        }
        return value == null || value.toString().isBlank() ? "—" : value.toString().trim();
    }

    /** Whether the user's value is not the saved one (the row is then marked). */
    public boolean differs() {
        return !theirs.equals(yours);
    }
}
