package space.consortium.relay.engine;

import java.time.Instant;
import java.util.Map;

/**
 * The rules an allocation keeps and what it values.
 *
 * @param periodStart                 start of the planning period; sols are counted from it (88,775.244 s each)
 * @param periodEnd                   end of the planning period
 * @param setupGapSeconds             least time between two sessions of one orbiter or one lander, s
 * @param maxSessionsPerOrbiterPerSol most sessions an orbiter flies in one sol
 * @param allowSplitPasses            true lets one orbiter session serve two landers at once (a split pass)
 * @param agencyWeights               fairness weight of each agency's landers (missing = 1)
 * @param timeLimitSeconds            CP-SAT time limit, s
 */
public record AllocationRules(Instant periodStart, Instant periodEnd, double setupGapSeconds,
                              int maxSessionsPerOrbiterPerSol, boolean allowSplitPasses,
                              Map<String, Double> agencyWeights, double timeLimitSeconds) {

    public AllocationRules {
        agencyWeights = Map.copyOf(agencyWeights);
        if (!periodEnd.isAfter(periodStart)) {
            throw new IllegalArgumentException("period end must be after its start");
        }
        if (setupGapSeconds < 0 || maxSessionsPerOrbiterPerSol < 1 || !(timeLimitSeconds > 0)) {
            throw new IllegalArgumentException("setup gap ≥ 0, sessions ≥ 1, time limit > 0");
        }
    }

    /** Defaults: 2-minute setup gap, 6 sessions per orbiter per sol, no split passes, equal agencies, 10 s. */
    public static AllocationRules defaults(Instant start, Instant end) {
        return new AllocationRules(start, end, 120, 6, false, Map.of(), 10);
    }

    double weight(String agency) {
        return agencyWeights.getOrDefault(agency, 1.0);
    }

    /** Sol index of an instant (0 = the sol that starts with the period). */
    int sol(Instant t) {
        return (int) Math.floor((t.toEpochMilli() - periodStart.toEpochMilli()) / 1000.0 / MarsModel.SOL_SECONDS);
    }

    /** Number of sols the period touches. */
    int sols() {
        double seconds = (periodEnd.toEpochMilli() - periodStart.toEpochMilli()) / 1000.0;
        return (int) Math.ceil(seconds / MarsModel.SOL_SECONDS - 1e-9);
    }

    /** Fraction of sol {@code s} that lies in the period (1 except for a last, partial sol). */
    double solFraction(int s) {
        double seconds = (periodEnd.toEpochMilli() - periodStart.toEpochMilli()) / 1000.0;
        return Math.min(1.0, seconds / MarsModel.SOL_SECONDS - s);
    }
}
