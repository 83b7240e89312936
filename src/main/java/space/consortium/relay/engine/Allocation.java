package space.consortium.relay.engine;

import java.util.List;

/**
 * The chosen passes and what they return.
 *
 * @param chosen          the passes flown, by start
 * @param method          how they were chosen: {@code cp-sat} or {@code greedy}
 * @param optimal         true when CP-SAT proved the choice optimal
 * @param objective       the value of the choice (demand-capped, weighted volume; see {@link PassScheduler})
 * @param greedyObjective the value of the greedy baseline on the same passes
 * @param landers         per-lander totals, in the order of the landers given
 */
public record Allocation(List<Pass> chosen, String method, boolean optimal, long objective, long greedyObjective,
                         List<LanderTotal> landers) {

    public Allocation {
        chosen = List.copyOf(chosen);
        landers = List.copyOf(landers);
    }

    /**
     * What one lander gets.
     *
     * @param lander           lander id
     * @param owner            its agency
     * @param volumeMbit       predicted volume of its chosen passes over the period, Mbit
     * @param sessions         number of chosen passes
     * @param demandMbitPerSol what it asked for per sol, Mbit (0 = no cap)
     * @param unmetMbit        demand not met over the period, Mbit (per sol, prorated for a partial last sol)
     * @param volumeBySolMbit  volume of each sol of the period, Mbit
     */
    public record LanderTotal(String lander, String owner, double volumeMbit, int sessions, double demandMbitPerSol,
                              double unmetMbit, List<Double> volumeBySolMbit) {

        public LanderTotal {
            volumeBySolMbit = List.copyOf(volumeBySolMbit);
        }
    }

    /** The total for a lander, if it is in the allocation. */
    public java.util.Optional<LanderTotal> total(String lander) {
        return landers.stream().filter(t -> t.lander().equals(lander)).findFirst();
    }
}
