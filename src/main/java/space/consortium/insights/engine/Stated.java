package space.consortium.insights.engine;

import org.jspecify.annotations.Nullable;

/**
 * What a claim states: a value (in the subject's unit; a share is a fraction 0..1), how it compares with the computed
 * one and within what tolerance. Signature and date claims state no value.
 *
 * @param tolerance absolute, at least 0; {@code =} and {@code ≈} hold when |computed − stated| ≤ tolerance
 */
public record Stated(ClaimComparator comparator, @Nullable Double value, double tolerance) {

    public Stated {
        if (value != null && !Double.isFinite(value)) {
            throw new IllegalArgumentException("a stated value is a finite number, got " + value);
        }
        if (!(tolerance >= 0) || !Double.isFinite(tolerance)) {
            throw new IllegalArgumentException("a tolerance is a finite number ≥ 0, got " + tolerance);
        }
    }

    /** No stated value (signature and date claims). */
    public static final Stated NONE = new Stated(ClaimComparator.EQUAL, null, 0);

    boolean holds(double computed) {
        return value != null && comparator.holds(computed, value, tolerance);
    }

    String describe() {
        return value == null ? "" : comparator.symbol() + " " + Verdict.number(value)
                + (tolerance > 0 ? " ± " + Verdict.number(tolerance) : "");
    }
}
