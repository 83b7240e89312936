package space.consortium.schedule;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A schedule plan as written in a plan file or sent to {@code POST /api/jcl}: activities with owner partner, duration
 * distribution, predecessors and cost loading; discrete risks; correlations; targets. Durations and lags in days,
 * costs in the plan's currency. Optional {@code trials}, {@code seed} and {@code convergence} set up the run.
 */
public record JclPlan(@Nullable List<ActivitySpec> activities, @Nullable List<RiskSpec> risks,
                      @Nullable List<CorrelationSpec> correlations, @Nullable Targets targets,
                      @Nullable Boolean repairCorrelations, @Nullable Integer trials, @Nullable Long seed,
                      @Nullable Double convergence, @Nullable String currency) {

    /**
     * One activity.
     *
     * @param after    finish-to-start predecessors without lag
     * @param links    other links: {@code {"from": "X", "type": "FS|SS|FF", "lag": days}}
     * @param duration required unless {@code milestone} is true
     */
    public record ActivitySpec(@Nullable String id, @Nullable String name, @Nullable String owner,
                               @Nullable DistributionSpec duration, @Nullable Boolean milestone,
                               @Nullable List<String> after, @Nullable List<LinkSpec> links, @Nullable CostSpec cost) {
    }

    /** A link to a predecessor. */
    public record LinkSpec(@Nullable String from, @Nullable String type, @Nullable Double lag) {
    }

    /** Cost loading: time-independent amount plus burn rate per day times the duration. */
    public record CostSpec(@Nullable DistributionSpec fixed, @Nullable DistributionSpec rate) {
    }

    /**
     * A distribution: {@code fixed} {value}, {@code uniform} {min, max}, {@code triangular} and {@code pert}
     * {min, mode, max}, {@code normal} and {@code lognormal} {mean, sd} of the variable itself.
     */
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

    /** A discrete risk event: occurs with {@code probability}; then adds a delay and/or a cost. */
    public record RiskSpec(@Nullable String id, @Nullable String name, @Nullable Double probability,
                           @Nullable List<String> affects, @Nullable DistributionSpec delay,
                           @Nullable DistributionSpec cost) {
    }

    /** Equal correlation among the activities' durations ({@code on} "duration", the default) or fixed costs. */
    public record CorrelationSpec(@Nullable List<String> activities, @Nullable Double rho, @Nullable String on) {
    }

    /** Targets: finish in days from the start, cost in the plan's currency. */
    public record Targets(@Nullable Double finish, @Nullable Double cost) {
    }
}
