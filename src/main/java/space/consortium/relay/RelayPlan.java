package space.consortium.relay;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The answer to a plan request: every window above the mask ({@code passes}), the chosen passes with per-lander
 * totals ({@code plan}), and the what-if comparison when assets were removed.
 *
 * @param sols     length of the period in sols
 * @param notes    warnings for the user (propagator fallbacks, quick-look accuracy)
 */
public record RelayPlan(Instant start, Instant end, double sols, double minElevationDeg, double maxRangeKm,
                        String propagator, List<OrbiterView> orbiters, List<LanderView> landers,
                        List<PassView> passes, PlanView plan, @Nullable WhatIfView whatIf,
                        List<AppliedPolicy> policies, List<String> notes) {

    public RelayPlan {
        policies = List.copyOf(policies);
        orbiters = List.copyOf(orbiters);
        landers = List.copyOf(landers);
        passes = List.copyOf(passes);
        notes = List.copyOf(notes);
    }

    /**
     * A partner policy the plan applied (the coalition builder's, e.g. the Wolf Amendment): no relay between an
     * orbiter of one of the two partners and a lander of the other.
     *
     * @param passesLeftOut windows of the period left out for it
     */
    public record AppliedPolicy(String id, String title, String partnerA, String partnerB, String sourceUrl,
                                int passesLeftOut) {
    }

    /** An orbiter of the plan and the propagator it was run with. */
    public record OrbiterView(String id, String owner, String radio, String propagator) {
    }

    /** A lander of the plan. */
    public record LanderView(String id, String owner, double latDeg, double lonDeg, double demandMbitPerSol,
                             double priority) {
    }

    /**
     * A visibility window.
     *
     * @param durationMin     length, minutes
     * @param minRangeKm      shortest range, km
     * @param volumeMbit      predicted volume, Mbit
     * @param localSolarTime  local true solar time at the lander at mid-pass, HH:MM (Mars24)
     * @param rangeProfile    range samples (only when asked for)
     */
    public record PassView(String orbiter, String orbiterOwner, String lander, String landerOwner, Instant start,
                           Instant end, double durationMin, double maxElevationDeg, double minRangeKm,
                           double volumeMbit, String localSolarTime, @Nullable List<ProfilePoint> rangeProfile) {
    }

    /** One range sample: time, range (km), elevation (degrees), rate (kbit/s). */
    public record ProfilePoint(Instant at, double rangeKm, double elevationDeg, double rateKbps) {
    }

    /**
     * The chosen passes.
     *
     * @param method          {@code cp-sat} or {@code greedy}
     * @param optimal         CP-SAT proved optimality
     * @param objective       value of the choice
     * @param greedyObjective value of the greedy baseline
     * @param volumeMbit      total volume of the chosen passes, Mbit
     */
    public record PlanView(String method, boolean optimal, long objective, long greedyObjective, double volumeMbit,
                           List<PassView> chosen, List<LanderTotal> landers) {

        public PlanView {
            chosen = List.copyOf(chosen);
            landers = List.copyOf(landers);
        }
    }

    /**
     * What a lander gets.
     *
     * @param volumeMbit      over the period, Mbit
     * @param perSolMbit      average per sol, Mbit
     * @param unmetMbit       demand not met over the period, Mbit
     * @param volumeBySolMbit per sol of the period, Mbit
     */
    public record LanderTotal(String lander, String owner, double volumeMbit, double perSolMbit, int sessions,
                              double demandMbitPerSol, double unmetMbit, List<Double> volumeBySolMbit) {

        public LanderTotal {
            volumeBySolMbit = List.copyOf(volumeBySolMbit);
        }
    }

    /** The plan without some orbiters or partners, and the change per lander. */
    public record WhatIfView(List<String> removedOrbiters, List<String> removedPartners, PlanView plan,
                             List<Change> changes) {

        public WhatIfView {
            removedOrbiters = List.copyOf(removedOrbiters);
            removedPartners = List.copyOf(removedPartners);
            changes = List.copyOf(changes);
        }
    }

    /** One lander's change in volume and unmet demand, Mbit (negative change = lost). */
    public record Change(String lander, double baselineMbit, double scenarioMbit, double changeMbit,
                         double baselineUnmetMbit, double scenarioUnmetMbit) {
    }
}
