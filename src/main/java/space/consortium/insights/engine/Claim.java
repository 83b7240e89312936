package space.consortium.insights.engine;

import org.jspecify.annotations.Nullable;

/**
 * A published statement to check against the registry, e.g. "ESA's international share is about 0.8".
 *
 * @param metric    the metric's name, one of {@link ClaimCheck#METRICS}; an unknown name is not an error here, it
 *                  makes the claim not computable
 * @param partnerId the partner the metric is about, for per-partner metrics; {@code null} for global ones
 * @param comparator how the computed value is compared with the stated one
 * @param stated    the stated value, in the metric's unit (a share is a fraction 0..1, not a percentage)
 * @param tolerance the absolute tolerance for {@link ClaimComparator#APPROXIMATELY}, at least 0
 */
public record Claim(String metric, @Nullable String partnerId, ClaimComparator comparator, double stated,
        double tolerance) {

    public Claim {
        if (!Double.isFinite(stated)) {
            throw new IllegalArgumentException("the stated value of claim '" + metric + "' is not a number: " + stated);
        }
        if (!(tolerance >= 0) || !Double.isFinite(tolerance)) {
            throw new IllegalArgumentException("the tolerance of claim '" + metric + "' is a finite number ≥ 0, got "
                    + tolerance);
        }
    }

    /** A claim compared without tolerance. */
    public Claim(String metric, @Nullable String partnerId, ClaimComparator comparator, double stated) {
        this(metric, partnerId, comparator, stated, 0.0);
    }
}
