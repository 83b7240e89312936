package space.consortium.risk;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * An uncertain quantity as written in a plan or a risk event: {@code fixed} {value}, {@code uniform} {min, max},
 * {@code triangular} and {@code pert} {min, mode, max}, {@code normal} and {@code lognormal} {mean, sd} of the variable
 * itself. Units are those of the field that holds it (days for durations and delays, the plan's currency for costs).
 * Only the given parameters are written.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DistributionSpec(@Nullable String dist, @Nullable Double value, @Nullable Double min,
                               @Nullable Double mode, @Nullable Double max, @Nullable Double mean,
                               @Nullable Double sd) {

    public static DistributionSpec fixed(double value) {
        return new DistributionSpec("fixed", value, null, null, null, null, null);
    }

    public static DistributionSpec threePoint(String dist, double min, double mode, double max) {
        return new DistributionSpec(dist, null, min, mode, max, null, null);
    }
}
