package space.consortium.insights.engine;

import java.util.Optional;

/** How a claim compares the computed value with the stated one. */
public enum ClaimComparator {
    /** Equal within the claim's tolerance (0 unless given), up to 1e-9. */
    EQUAL("="),
    AT_LEAST(">="),
    AT_MOST("<="),
    MORE_THAN(">"),
    LESS_THAN("<"),
    /** Within the claim's tolerance (absolute, in the metric's unit). */
    APPROXIMATELY("≈");

    private static final double EXACT = 1e-9;

    private final String symbol;

    ClaimComparator(String symbol) {
        this.symbol = symbol;
    }

    /** The comparator's symbol: {@code = >= <= > < ≈}. */
    public String symbol() {
        return symbol;
    }

    /** The comparator with the symbol ({@code ~} is accepted for {@code ≈}), if any. */
    public static Optional<ClaimComparator> ofSymbol(String symbol) {
        String s = symbol.strip();
        if (s.equals("~")) {
            return Optional.of(APPROXIMATELY);
        }
        for (ClaimComparator c : values()) {
            if (c.symbol.equals(s)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    boolean holds(double computed, double stated, double tolerance) {
        return switch (this) {
            case EQUAL -> Math.abs(computed - stated) <= tolerance + EXACT;
            case AT_LEAST -> computed >= stated - EXACT;
            case AT_MOST -> computed <= stated + EXACT;
            case MORE_THAN -> computed > stated + EXACT;
            case LESS_THAN -> computed < stated - EXACT;
            case APPROXIMATELY -> Math.abs(computed - stated) <= tolerance + EXACT;
        };
    }
}
