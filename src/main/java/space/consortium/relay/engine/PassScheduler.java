package space.consortium.relay.engine;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.Literal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Chooses which passes to fly: maximise the value-weighted volume returned, each lander's volume counted per sol up
 * to its demand, subject to one lander per orbiter at a time (unless split passes are allowed), one orbiter per
 * lander at a time, a setup gap between sessions and a maximum of sessions per orbiter per sol.
 *
 * <p>Objective (integers, so that CP-SAT and the greedy baseline are compared exactly):
 * {@code Σ_lander,sol 1000·w·min(demand, kbit) + Σ_chosen (kbit + round(100·max elevation°))}, where
 * {@code w = priority × agency weight}; the second sum breaks ties towards more data and higher (more robust)
 * passes. Method: a 0-1 model solved by CP-SAT (OR-Tools), with the conflicts of each orbiter and each lander written
 * as one at-most-one constraint per maximal clique of overlapping intervals (exact for interval graphs), warm-started
 * with the greedy solution; the greedy baseline takes passes by decreasing weighted volume while they add value and
 * break no rule. The result is never worse than greedy: if CP-SAT returns less (time limit), greedy is kept.
 */
public final class PassScheduler {

    private static final long MAIN_SCALE = 1000;

    /** Allocates the passes among the landers under the rules. */
    public Allocation allocate(List<Pass> passes, List<Lander> landers, AllocationRules rules) {
        Problem problem = new Problem(passes, landers, rules);
        boolean[] greedy = problem.greedy();
        long greedyValue = problem.objective(greedy);
        boolean[] best = greedy;
        String method = "greedy";
        boolean optimal = false;
        if (!problem.passes.isEmpty()) {
            Solved solved = problem.cpSat(greedy);
            if (solved != null && problem.feasible(solved.choice) && problem.objective(solved.choice) >= greedyValue) {
                best = solved.choice;
                method = "cp-sat";
                optimal = solved.optimal;
            }
        }
        return problem.result(best, method, optimal, greedyValue);
    }

    /** Greedy baseline only (for comparison and benchmarks). */
    public Allocation greedy(List<Pass> passes, List<Lander> landers, AllocationRules rules) {
        Problem problem = new Problem(passes, landers, rules);
        boolean[] greedy = problem.greedy();
        long value = problem.objective(greedy);
        return problem.result(greedy, "greedy", false, value);
    }

    /** Checks every rule on a choice of passes; the list of broken rules is empty when it is feasible. */
    public List<String> violations(List<Pass> chosen, AllocationRules rules) {
        List<String> broken = new ArrayList<>();
        List<Pass> sorted = chosen.stream().sorted(Comparator.comparing(Pass::start)).toList();
        for (int i = 0; i < sorted.size(); i++) {
            for (int j = i + 1; j < sorted.size(); j++) {
                Pass a = sorted.get(i);
                Pass b = sorted.get(j);
                if (!b.start().isBefore(a.end().plusMillis(Math.round(rules.setupGapSeconds() * 1000)))) {
                    continue;
                }
                if (a.lander().equals(b.lander())) {
                    broken.add("lander " + a.lander() + " has overlapping sessions at " + b.start());
                }
                if (a.orbiter().equals(b.orbiter()) && !rules.allowSplitPasses()) {
                    broken.add("orbiter " + a.orbiter() + " serves two landers at " + b.start());
                }
            }
        }
        Map<String, Integer> sessions = new HashMap<>();
        for (Pass p : chosen) {
            String key = p.orbiter() + "@" + rules.sol(p.start());
            if (sessions.merge(key, 1, Integer::sum) > rules.maxSessionsPerOrbiterPerSol()) {
                broken.add("orbiter " + p.orbiter() + " has more than " + rules.maxSessionsPerOrbiterPerSol()
                        + " sessions in sol " + rules.sol(p.start()));
            }
        }
        return broken;
    }

    private record Solved(boolean[] choice, boolean optimal) {
    }

    /** The passes of known landers, indexed, with their conflict cliques. */
    private static final class Problem {
        final List<Pass> passes;
        final List<Lander> landers;
        final AllocationRules rules;
        final int[] landerOf;
        final int[] solOf;
        final long[] kbit;
        final long[] tie;
        final long[] weight;
        final List<int[]> cliques = new ArrayList<>();
        final Map<String, List<Integer>> sessionGroups = new LinkedHashMap<>();
        final int sols;

        Problem(List<Pass> all, List<Lander> landers, AllocationRules rules) {
            this.landers = List.copyOf(landers);
            this.rules = rules;
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < landers.size(); i++) {
                index.put(landers.get(i).id(), i);
            }
            this.passes = all.stream().filter(p -> index.containsKey(p.lander()))
                    .filter(p -> rules.sol(p.start()) >= 0 && p.start().isBefore(rules.periodEnd()))
                    .sorted(Comparator.comparing(Pass::start)).toList();
            int n = passes.size();
            sols = rules.sols();
            landerOf = new int[n];
            solOf = new int[n];
            kbit = new long[n];
            tie = new long[n];
            weight = new long[landers.size()];
            for (int l = 0; l < landers.size(); l++) {
                Lander lander = landers.get(l);
                weight[l] = Math.max(1, Math.round(MAIN_SCALE * lander.priority() * rules.weight(lander.owner())));
            }
            for (int i = 0; i < n; i++) {
                Pass p = passes.get(i);
                landerOf[i] = index.get(p.lander());
                solOf[i] = Math.min(sols - 1, rules.sol(p.start()));
                kbit[i] = Math.round(p.volumeMbit() * 1000);
                tie[i] = kbit[i] + Math.round(100 * p.maxElevationDeg());
                sessionGroups.computeIfAbsent(p.orbiter() + "@" + solOf[i], k -> new ArrayList<>()).add(i);
            }
            addCliques(Pass::lander);
            if (!rules.allowSplitPasses()) {
                addCliques(Pass::orbiter);
            }
        }

        /** One at-most-one per maximal set of passes of a resource that overlap (with the setup gap). */
        private void addCliques(Function<Pass, String> resource) {
            Map<String, List<Integer>> byResource = new LinkedHashMap<>();
            for (int i = 0; i < passes.size(); i++) {
                byResource.computeIfAbsent(resource.apply(passes.get(i)), k -> new ArrayList<>()).add(i);
            }
            long gapMs = Math.round(rules.setupGapSeconds() * 1000);
            for (List<Integer> ids : byResource.values()) {
                // ids are in start order; at each start, the active set is a clique; keep it if maximal
                List<Integer> previous = List.of();
                for (int k = 0; k < ids.size(); k++) {
                    long t = passes.get(ids.get(k)).start().toEpochMilli();
                    List<Integer> active = new ArrayList<>();
                    for (int m = 0; m <= k; m++) {
                        Pass q = passes.get(ids.get(m));
                        if (q.end().toEpochMilli() + gapMs > t) {
                            active.add(ids.get(m));
                        }
                    }
                    if (active.size() >= 2 && !(previous.containsAll(active))) {
                        cliques.add(active.stream().mapToInt(Integer::intValue).toArray());
                    }
                    previous = active;
                }
            }
        }

        boolean feasible(boolean[] x) {
            for (int[] clique : cliques) {
                int count = 0;
                for (int i : clique) {
                    count += x[i] ? 1 : 0;
                }
                if (count > 1) {
                    return false;
                }
            }
            for (List<Integer> group : sessionGroups.values()) {
                if (group.stream().filter(i -> x[i]).count() > rules.maxSessionsPerOrbiterPerSol()) {
                    return false;
                }
            }
            return true;
        }

        long cap(int lander, int sol) {
            double demand = landers.get(lander).demandMbitPerSol();
            return demand <= 0 ? Long.MAX_VALUE : Math.round(demand * 1000 * rules.solFraction(sol));
        }

        long objective(boolean[] x) {
            long[][] volume = new long[landers.size()][sols];
            long tieSum = 0;
            for (int i = 0; i < x.length; i++) {
                if (x[i]) {
                    volume[landerOf[i]][solOf[i]] += kbit[i];
                    tieSum += tie[i];
                }
            }
            long main = 0;
            for (int l = 0; l < landers.size(); l++) {
                for (int s = 0; s < sols; s++) {
                    main += weight[l] * Math.min(volume[l][s], cap(l, s));
                }
            }
            return main + tieSum;
        }

        boolean[] greedy() {
            int n = passes.size();
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            java.util.Arrays.sort(order, Comparator.<Integer>comparingLong(i -> -weight[landerOf[i]] * kbit[i])
                    .thenComparingLong(i -> -tie[i]).thenComparingInt(i -> i));
            boolean[] x = new boolean[n];
            long current = objective(x);
            for (int i : order) {
                x[i] = true;
                long value = objective(x);
                if (value > current && feasible(x)) {
                    current = value;
                } else {
                    x[i] = false;
                }
            }
            return x;
        }

        Solved cpSat(boolean[] hint) {
            Loader.loadNativeLibraries();
            CpModel model = new CpModel();
            int n = passes.size();
            BoolVar[] x = new BoolVar[n];
            for (int i = 0; i < n; i++) {
                x[i] = model.newBoolVar("x" + i);
                model.addHint(x[i], hint[i]);
            }
            for (int[] clique : cliques) {
                Literal[] lits = new Literal[clique.length];
                for (int k = 0; k < clique.length; k++) {
                    lits[k] = x[clique[k]];
                }
                model.addAtMostOne(lits);
            }
            for (List<Integer> group : sessionGroups.values()) {
                if (group.size() > rules.maxSessionsPerOrbiterPerSol()) {
                    LinearExprBuilder sum = com.google.ortools.sat.LinearExpr.newBuilder();
                    group.forEach(i -> sum.add(x[i]));
                    model.addLessOrEqual(sum, rules.maxSessionsPerOrbiterPerSol());
                }
            }
            LinearExprBuilder objective = com.google.ortools.sat.LinearExpr.newBuilder();
            Map<Long, List<Integer>> cells = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                cells.computeIfAbsent((long) landerOf[i] * sols + solOf[i], k -> new ArrayList<>()).add(i);
                objective.addTerm(x[i], tie[i]);
            }
            for (Map.Entry<Long, List<Integer>> cell : cells.entrySet()) {
                int l = (int) (cell.getKey() / sols);
                int s = (int) (cell.getKey() % sols);
                long total = cell.getValue().stream().mapToLong(i -> kbit[i]).sum();
                long cap = Math.min(cap(l, s), total);
                IntVar y = model.newIntVar(0, cap, "y" + l + "_" + s);
                LinearExprBuilder volume = com.google.ortools.sat.LinearExpr.newBuilder();
                cell.getValue().forEach(i -> volume.addTerm(x[i], kbit[i]));
                model.addLessOrEqual(y, volume);
                objective.addTerm(y, weight[l]);
            }
            model.maximize(objective);
            CpSolver solver = new CpSolver();
            solver.getParameters().setMaxTimeInSeconds(rules.timeLimitSeconds()).setNumWorkers(2).setRandomSeed(1);
            CpSolverStatus status = solver.solve(model);
            if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
                return null;
            }
            boolean[] choice = new boolean[n];
            for (int i = 0; i < n; i++) {
                choice[i] = solver.booleanValue(x[i]);
            }
            return new Solved(choice, status == CpSolverStatus.OPTIMAL);
        }

        Allocation result(boolean[] x, String method, boolean optimal, long greedyValue) {
            List<Pass> chosen = new ArrayList<>();
            double[][] volume = new double[landers.size()][sols];
            int[] sessions = new int[landers.size()];
            for (int i = 0; i < x.length; i++) {
                if (x[i]) {
                    chosen.add(passes.get(i));
                    volume[landerOf[i]][solOf[i]] += passes.get(i).volumeMbit();
                    sessions[landerOf[i]]++;
                }
            }
            List<Allocation.LanderTotal> totals = new ArrayList<>();
            for (int l = 0; l < landers.size(); l++) {
                Lander lander = landers.get(l);
                double sum = 0;
                double unmet = 0;
                List<Double> bySol = new ArrayList<>();
                for (int s = 0; s < sols; s++) {
                    sum += volume[l][s];
                    bySol.add(volume[l][s]);
                    if (lander.demandMbitPerSol() > 0) {
                        unmet += Math.max(0, lander.demandMbitPerSol() * rules.solFraction(s) - volume[l][s]);
                    }
                }
                totals.add(new Allocation.LanderTotal(lander.id(), lander.owner(), sum, sessions[l],
                        lander.demandMbitPerSol(), unmet, bySol));
            }
            return new Allocation(chosen, method, optimal, objective(x), greedyValue, totals);
        }
    }
}
