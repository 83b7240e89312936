package space.consortium.teaming;

import java.util.Optional;

/** Maturity as stored and shown: a TRL {@code 1}–{@code 9}, or {@code flight-proven} (TRL 9). */
final class Maturity {

    static final String FLIGHT_PROVEN = "flight-proven";

    private Maturity() {
    }

    /** The TRL of a stored maturity. */
    static int trl(String maturity) {
        return parse(maturity).orElseThrow(() -> new IllegalStateException("stored maturity '" + maturity + "'"));
    }

    /** The TRL, or empty when the text is neither 1–9 nor {@code flight-proven}. */
    static Optional<Integer> parse(String maturity) {
        String m = maturity.trim().toLowerCase(java.util.Locale.ROOT);
        if (m.equals(FLIGHT_PROVEN) || m.equals("flight proven")) {
            return Optional.of(9);
        }
        if (m.matches("[1-9]")) {
            return Optional.of(Integer.parseInt(m));
        }
        return Optional.empty();
    }
}
