package space.consortium.schedule.engine;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A cost-loaded schedule network with its risks and correlations.
 *
 * @param activities         the activities (any order)
 * @param risks              discrete risk events
 * @param correlations       correlation groups and pairs
 * @param finishTargetDays   target finish in days from the start, or null for the deterministic finish
 * @param costTarget         target cost, or null for the deterministic cost
 * @param repairCorrelations when a correlation matrix is not positive semi-definite: true repairs it to the nearest
 *                           valid one (reported in the result), false rejects the plan
 */
public record Plan(List<Activity> activities, List<DiscreteRisk> risks, List<Correlation> correlations,
                   @Nullable Double finishTargetDays, @Nullable Double costTarget, boolean repairCorrelations) {

    public Plan {
        activities = List.copyOf(activities);
        risks = List.copyOf(risks);
        correlations = List.copyOf(correlations);
    }

    /** A plan of activities only. */
    public static Plan of(List<Activity> activities) {
        return new Plan(activities, List.of(), List.of(), null, null, false);
    }

    public Plan withRisks(List<DiscreteRisk> newRisks) {
        return new Plan(activities, newRisks, correlations, finishTargetDays, costTarget, repairCorrelations);
    }

    public Plan withCorrelations(List<Correlation> newCorrelations) {
        return new Plan(activities, risks, newCorrelations, finishTargetDays, costTarget, repairCorrelations);
    }

    public Plan withTargets(@Nullable Double finishDays, @Nullable Double cost) {
        return new Plan(activities, risks, correlations, finishDays, cost, repairCorrelations);
    }

    public Plan withRepair(boolean repair) {
        return new Plan(activities, risks, correlations, finishTargetDays, costTarget, repair);
    }
}
