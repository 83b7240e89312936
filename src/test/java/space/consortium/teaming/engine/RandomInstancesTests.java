package space.consortium.teaming.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Fixed-seed random problems (n ≤ 12 partners): CP-SAT equals brute force over every coalition and assignment. */
class RandomInstancesTests {

    private static final CoalitionCpSat SOLVER = new CoalitionCpSat(new Settings(Duration.ofSeconds(20), 2, 12));

    /** A random problem with random required / excluded partners and size limit, budget caps on small ones. */
    private static TeamingProblem problem(long seed, Objective... priorities) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = 4 + random.nextInt(9); // 4..12
        boolean caps = n <= 7;
        TeamingProblem base = RandomProblems.generate(random, n, 8, caps ? 4 : 3 + random.nextInt(4), 0.45,
                random.nextInt(4), caps, priorities);
        Set<String> required = new HashSet<>();
        Set<String> excluded = new HashSet<>();
        if (random.nextDouble() < 0.4) {
            required.add("p" + random.nextInt(n));
        }
        if (random.nextDouble() < 0.4) {
            String out = "p" + random.nextInt(n);
            if (!required.contains(out)) {
                excluded.add(out);
            }
        }
        Integer max = random.nextDouble() < 0.4 ? 2 + random.nextInt(3) : null;
        return new TeamingProblem(base.requirements(), base.candidates(),
                new Constraints(required, excluded, base.constraints().incompatible(), max), base.priorities());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25,
            26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40})
    void everyObjectiveEqualsBruteForce(long seed) {
        TeamingProblem minCost = problem(seed, Objective.MIN_COST);
        Optional<BruteForce.Optimum> best = BruteForce.solve(minCost);
        TeamingResult result = SOLVER.solve(minCost);
        if (best.isEmpty()) {
            assertThat(result).isInstanceOf(TeamingResult.Infeasible.class);
            assertExplanationHolds(minCost, (TeamingResult.Infeasible) result);
            return;
        }
        BruteForce.Optimum opt = best.get();
        TeamingResult.Solved s = (TeamingResult.Solved) result;
        assertThat(s.optimal()).isTrue();
        Coalitions.assertValid(minCost, s.coalition());
        assertThat(s.coalition().costUsdMillions()).isCloseTo(opt.minCost(), offset(1e-6));
        // Pareto: per size limit k, the best (cost, then redundancy) over coalitions of at most k members, kept where
        // it is cheaper or more redundant than every smaller limit's; the engine stops when the limit stops binding
        List<double[]> expected = new ArrayList<>();
        double bestCost = Double.POSITIVE_INFINITY;
        int bestRed = -1;
        double runCost = Double.POSITIVE_INFINITY;
        int runRed = -1;
        for (int k = 0; k < opt.minCostBySize().size(); k++) {
            double v = opt.minCostBySize().get(k);
            int red = opt.redundancyAtMinCostBySize().get(k);
            if (v < bestCost - 1e-9 || (Math.abs(v - bestCost) <= 1e-9 && red > bestRed)) {
                bestCost = v;
                bestRed = red;
            }
            if (bestCost < Double.POSITIVE_INFINITY && (bestCost < runCost - 1e-9 || bestRed > runRed)) {
                expected.add(new double[]{bestCost, bestRed});
                runCost = Math.min(runCost, bestCost);
                runRed = Math.max(runRed, bestRed);
            }
        }
        int shown = Math.min(expected.size(), 12);
        assertThat(s.pareto()).hasSize(shown);
        for (int i = 0; i < shown; i++) {
            assertThat(s.pareto().get(i).costUsdMillions()).isCloseTo(expected.get(i)[0], offset(1e-6));
            assertThat(s.pareto().get(i).redundancy()).isEqualTo((int) expected.get(i)[1]);
        }
        assertThat(s.pareto().get(0).partners()).isEqualTo(opt.minPartners());

        TeamingResult.Solved fewest = (TeamingResult.Solved) SOLVER.solve(withPriorities(minCost,
                Objective.MIN_PARTNERS, Objective.MIN_COST));
        Coalitions.assertValid(minCost, fewest.coalition());
        assertThat(fewest.coalition().size()).isEqualTo(opt.minPartners());
        assertThat(fewest.coalition().costUsdMillions()).isCloseTo(opt.minCostAtMinPartners(), offset(1e-6));

        TeamingResult.Solved redundant = (TeamingResult.Solved) SOLVER.solve(withPriorities(minCost,
                Objective.MAX_REDUNDANCY));
        Coalitions.assertValid(minCost, redundant.coalition());
        assertThat(redundant.coalition().redundancy()).isEqualTo(opt.maxRedundancy());
    }

    @ParameterizedTest
    @ValueSource(longs = {101, 102, 103, 104, 105, 106, 107, 108, 109, 110})
    void greedyIsValidAndNeverBeatsTheOptimum(long seed) {
        TeamingProblem p = problem(seed, Objective.MIN_COST);
        Optional<BruteForce.Optimum> best = BruteForce.solve(p);
        new CoalitionGreedy().solve(p).ifPresent(g -> {
            Coalitions.assertValid(p, g);
            assertThat(best).isPresent();
            assertThat(g.costUsdMillions()).isGreaterThanOrEqualTo(best.get().minCost() - 1e-6);
        });
    }

    @org.junit.jupiter.api.Test
    void minimalConflictSetsOfTightRandomProblemsAreIrreducible() {
        int filtered = 0;
        for (long seed = 300; seed < 340; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            int n = 5 + random.nextInt(4);
            TeamingProblem base = RandomProblems.generate(random, n, 6, 4, 0.6, 4, n <= 6, Objective.MIN_COST);
            TeamingProblem tight = new TeamingProblem(base.requirements(), base.candidates(),
                    new Constraints(Set.of("p0", "p1"), Set.of("p2"), base.constraints().incompatible(),
                            2 + random.nextInt(2)), base.priorities());
            if (SOLVER.solve(tight) instanceof TeamingResult.Infeasible r) {
                assertExplanationHolds(tight, r);
                if (r.conflicts().get(0).kind() != Conflict.Kind.NO_CAPABLE_PARTNER
                        && r.conflicts().get(0).kind() != Conflict.Kind.TOO_FEW_CAPABLE_PARTNERS) {
                    filtered++;
                }
            } else {
                assertThat(BruteForce.solve(tight)).isPresent();
            }
        }
        assertThat(filtered).as("instances explained by the deletion filter").isGreaterThanOrEqualTo(5);
    }

    private static TeamingProblem withPriorities(TeamingProblem p, Objective... priorities) {
        return new TeamingProblem(p.requirements(), p.candidates(), p.constraints(), List.of(priorities));
    }

    /** Each named requirement is unmeetable on its own; or the conflict set is infeasible and irreducible. */
    static void assertExplanationHolds(TeamingProblem p, TeamingResult.Infeasible r) {
        assertThat(r.conflicts()).isNotEmpty();
        Conflict.Kind first = r.conflicts().get(0).kind();
        if (first == Conflict.Kind.NO_CAPABLE_PARTNER || first == Conflict.Kind.TOO_FEW_CAPABLE_PARTNERS) {
            for (Conflict c : r.conflicts()) {
                Requirement req = p.requirements().stream().filter(q -> q.capability().equals(c.subject()))
                        .findFirst().orElseThrow();
                long able = p.candidates().stream().filter(x -> !p.constraints().excluded().contains(x.id()))
                        .filter(x -> x.offer(req.capability()).filter(o -> o.maturity() >= req.minMaturity()).isPresent())
                        .count();
                assertThat(able).isLessThan(req.redundancy());
            }
            return;
        }
        assertThat(r.minimal()).isTrue();
        assertThat(BruteForce.solve(restrict(p, r.conflicts(), -1))).as("the conflict set alone is infeasible").isEmpty();
        for (int drop = 0; drop < r.conflicts().size(); drop++) {
            TeamingProblem relaxed = restrict(p, r.conflicts(), drop);
            assertThat(BruteForce.solve(relaxed)).as("dropping %s makes it feasible", r.conflicts().get(drop))
                    .isPresent();
        }
    }

    /** The problem with only the conflict's groups (all but {@code drop}); other constraints are dropped. */
    private static TeamingProblem restrict(TeamingProblem p, List<Conflict> conflicts, int drop) {
        List<Conflict> keep = new ArrayList<>(conflicts);
        if (drop >= 0) {
            keep.remove(drop);
        }
        Set<String> reqs = new HashSet<>();
        Set<String> required = new HashSet<>();
        Set<String> excluded = new HashSet<>();
        Set<String> pairs = new HashSet<>();
        Set<String> capped = new HashSet<>();
        boolean max = false;
        for (Conflict c : keep) {
            switch (c.kind()) {
                case REQUIREMENT -> reqs.add(c.subject());
                case REQUIRED_PARTNER -> required.add(c.subject());
                case EXCLUDED_PARTNER -> excluded.add(c.subject());
                case INCOMPATIBLE_PAIR -> pairs.add(c.subject());
                case BUDGET_CAP -> capped.add(c.subject());
                case MAX_PARTNERS -> max = true;
                default -> throw new AssertionError(c);
            }
        }
        List<Requirement> requirements = p.requirements().stream().filter(q -> reqs.contains(q.capability())).toList();
        List<Candidate> candidates = p.candidates().stream().map(c -> new Candidate(c.id(), c.offers(),
                capped.contains(c.id()) ? c.budgetCapUsdMillions() : null)).toList();
        List<IncompatiblePair> incompatible = p.constraints().incompatible().stream()
                .filter(x -> pairs.contains(x.first() + "+" + x.second())).toList();
        if (requirements.isEmpty()) {
            // no requirement left: feasible unless the partner constraints clash on their own, which brute force
            // checks with a dummy requirement anyone meets at zero cost
            requirements = List.of(new Requirement("none", 1, 1, 1, false));
            candidates = candidates.stream().map(c -> {
                List<Offer> offers = new ArrayList<>(c.offers());
                offers.add(new Offer("none", 9, 0));
                return new Candidate(c.id(), offers, c.budgetCapUsdMillions());
            }).toList();
        }
        return new TeamingProblem(requirements, candidates,
                new Constraints(required, excluded, incompatible, max ? p.constraints().maxPartners() : null),
                p.priorities());
    }
}
