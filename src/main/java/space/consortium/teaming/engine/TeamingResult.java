package space.consortium.teaming.engine;

import java.util.List;

/** The outcome of {@link CoalitionCpSat#solve}: a coalition, a proof that none exists, or a time-out without one. */
public sealed interface TeamingResult {

    /**
     * A coalition that meets every constraint.
     *
     * @param optimal true when every requested objective was proven optimal (false: the time limit stopped a stage)
     * @param stages  one per objective solved in order; those not requested are tie-breaks
     * @param pareto  per coalition size limit, smallest first: the least cost, then the most redundancy; each point
     *                cheaper or more redundant than those before it (empty when not asked for)
     */
    record Solved(boolean optimal, Coalition coalition, List<Stage> stages, List<ParetoPoint> pareto)
            implements TeamingResult {

        public Solved {
            stages = List.copyOf(stages);
            pareto = List.copyOf(pareto);
        }
    }

    /**
     * No coalition meets every constraint.
     *
     * @param conflicts requirements no allowed partner can meet; or, when each is met on its own, a minimal set of
     *                  constraint groups that cannot hold together (drop any one and the rest can)
     * @param minimal   true when the set was proven minimal (no solve in the deletion filter timed out)
     */
    record Infeasible(List<Conflict> conflicts, boolean minimal) implements TeamingResult {

        public Infeasible {
            conflicts = List.copyOf(conflicts);
        }
    }

    /** The time limit ran out before any coalition was found or ruled out. */
    record Unknown(String reason) implements TeamingResult {
    }

    /**
     * One lexicographic stage.
     *
     * @param value     the objective's value in the solution (cost in millions of US dollars, partners, redundancy)
     * @param bound     the best proven bound on it
     * @param optimal   value proven optimal
     * @param requested false for a tie-break the solver added
     */
    record Stage(Objective objective, double value, double bound, boolean optimal, boolean requested) {

        /** Relative gap |value − bound| / max(|value|, 1); 0 when optimal. */
        public double gap() {
            return optimal ? 0 : Math.abs(value - bound) / Math.max(Math.abs(value), 1);
        }
    }

    /** The least cost (then most redundancy) of a coalition of at most {@code partners} members, and the coalition. */
    record ParetoPoint(int partners, double costUsdMillions, int redundancy, boolean optimal, List<String> coalition) {

        public ParetoPoint {
            coalition = List.copyOf(coalition);
        }
    }
}
