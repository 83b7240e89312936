package space.consortium.relay;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A validated relay plan request (checked from a {@link RelayRequest} by {@link RelayService#validate}).
 *
 * @param start                       period start (UTC)
 * @param end                         period end (UTC)
 * @param minElevationDeg             elevation mask, degrees
 * @param maxRangeKm                  longest usable range, km
 * @param propagator                  {@code auto}, {@code numerical-j2}, {@code eckstein-hechler} or {@code keplerian}
 * @param orbiters                    the orbiters
 * @param landers                     the landers
 * @param setupGapSeconds             least time between sessions of one orbiter or lander, s
 * @param maxSessionsPerOrbiterPerSol most sessions of an orbiter per sol
 * @param allowSplitPasses            one orbiter session may serve two landers
 * @param agencyWeights               fairness weight of each agency's landers (missing = 1)
 * @param removeOrbiters              what-if: orbiters taken out
 * @param removePartners              what-if: partners whose orbiters are all taken out
 * @param rangeProfiles               include each pass's range profile in the answer
 * @param policies                    ids of the partner policies to apply (the coalition builder's, see
 *                                    {@code GET /api/teaming/policies}); null: every enabled one; empty: none
 */
public record PlanRequest(Instant start, Instant end, double minElevationDeg, double maxRangeKm, String propagator,
                          List<OrbiterSpec> orbiters, List<LanderSpec> landers, double setupGapSeconds,
                          int maxSessionsPerOrbiterPerSol, boolean allowSplitPasses, Map<String, Double> agencyWeights,
                          Set<String> removeOrbiters, Set<String> removePartners, boolean rangeProfiles,
                          @org.jspecify.annotations.Nullable List<String> policies) {

    public PlanRequest {
        orbiters = List.copyOf(orbiters);
        landers = List.copyOf(landers);
        agencyWeights = Map.copyOf(agencyWeights);
        removeOrbiters = Set.copyOf(removeOrbiters);
        removePartners = Set.copyOf(removePartners);
        policies = policies == null ? null : List.copyOf(policies);
    }

    public boolean hasWhatIf() {
        return !removeOrbiters.isEmpty() || !removePartners.isEmpty();
    }
}
