package space.consortium.teaming.engine;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearArgument;
import com.google.ortools.sat.LinearExpr;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Exact coalition building with OR-Tools CP-SAT.
 *
 * <p>Model: a boolean x<sub>p</sub> per candidate (in the coalition) and y<sub>r,p</sub> per requirement r and
 * candidate p that offers r's capability at r's minimum maturity and is not excluded (p provides r). Constraints:
 * Σ<sub>p</sub> y<sub>r,p</sub> = 1; y<sub>r,p</sub> ≤ x<sub>p</sub>; Σ<sub>capable p</sub> x<sub>p</sub> ≥
 * redundancy<sub>r</sub>; Σ<sub>r</sub> cost<sub>r,p</sub>·y<sub>r,p</sub> ≤ cap<sub>p</sub>; x = 1 for required and
 * 0 for excluded partners; x<sub>a</sub> + x<sub>b</sub> ≤ 1 per incompatible pair; Σ x ≤ maxPartners. Costs are
 * scaled to integers at {@value #COST_SCALE} units per million US dollars (a resolution of one thousand dollars).
 *
 * <p>Objectives are solved lexicographically in stages: each stage optimises one objective, then fixes it at its
 * optimum (or, after a time-out, at least as good as the value found) for the next. Minimum cost and minimum size are
 * always appended as tie-breaks, so a min-cost coalition holds no idle members.
 *
 * <p>When infeasible, per-requirement checks come first (no allowed capable partner; fewer than the redundancy);
 * then a deletion filter over constraint groups (each requirement, required partner, excluded partner, incompatible
 * pair, the size limit, each budget cap) finds an irreducible infeasible subset: a group is dropped for good when the
 * rest stays infeasible (Chinneck and Dravnieks, "Locating minimal infeasible constraint sets in linear programs",
 * ORSA Journal on Computing 3(2), 1991). That costs one feasibility solve per group.
 *
 * <p>NP-hard in general (it contains set cover); CP-SAT proves optimality by branch and bound with LP relaxations.
 */
public final class CoalitionCpSat {

    /** Integer cost units per million US dollars. */
    public static final long COST_SCALE = 1000;

    private static final double FEASIBILITY_SECONDS = 5;

    private final Settings settings;

    public CoalitionCpSat(Settings settings) {
        this.settings = settings;
    }

    private static final class NativeLibrary {
        static {
            Loader.loadNativeLibraries();
        }

        static void ensureLoaded() {
            // the static initialiser does the work, exactly once
        }
    }

    /** Solves the problem: the best coalition, or why none exists. */
    public TeamingResult solve(TeamingProblem problem) {
        NativeLibrary.ensureLoaded();
        Instance in = new Instance(problem);
        long deadline = System.nanoTime() + settings.timeLimit().toNanos();
        Built model = in.build(in.allGroups(), null);
        if (model.trivialInfeasible) {
            return explain(in);
        }
        List<Objective> stages = new ArrayList<>(problem.priorities());
        for (Objective tieBreak : List.of(Objective.MIN_COST, Objective.MIN_PARTNERS)) {
            if (!stages.contains(tieBreak)) {
                stages.add(tieBreak);
            }
        }
        List<TeamingResult.Stage> done = new ArrayList<>();
        long[] hint = null;
        boolean optimal = true;
        for (Objective objective : stages) {
            boolean requested = problem.priorities().contains(objective);
            LinearExpr expr = model.expr(objective);
            if (objective == Objective.MAX_REDUNDANCY) {
                model.cp.maximize(expr);
            } else {
                model.cp.minimize(expr);
            }
            if (hint != null) {
                model.hint(hint);
            }
            double seconds = Math.max(0.05, (deadline - System.nanoTime()) / 1e9);
            if (!requested) {
                seconds = Math.min(seconds, Math.max(1, settings.timeLimit().toMillis() / 4000.0));
            }
            CpSolver solver = solver(seconds);
            CpSolverStatus status = solver.solve(model.cp);
            if (status == CpSolverStatus.INFEASIBLE && done.isEmpty()) {
                return explain(in);
            }
            if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
                if (done.isEmpty()) {
                    return new TeamingResult.Unknown("no coalition found within " + settings.timeLimit().toSeconds()
                            + " s (solver status " + status + "); allow more time or relax the constraints");
                }
                break; // a tie-break timed out: keep the previous stage's solution
            }
            long value = solver.value(expr);
            long bound = Math.round(solver.bestObjectiveBound());
            boolean stageOptimal = status == CpSolverStatus.OPTIMAL;
            if (requested && !stageOptimal) {
                optimal = false;
            }
            double scale = objective == Objective.MIN_COST ? COST_SCALE : 1;
            done.add(new TeamingResult.Stage(objective, value / scale, (stageOptimal ? value : bound) / scale,
                    stageOptimal, requested));
            hint = model.values(solver);
            if (objective == Objective.MAX_REDUNDANCY) {
                model.cp.addGreaterOrEqual(expr, value);
            } else {
                model.cp.addLessOrEqual(expr, value);
            }
        }
        Coalition coalition = in.coalition(hint);
        List<TeamingResult.ParetoPoint> pareto = settings.paretoPoints() > 0 ? pareto(in) : List.of();
        return new TeamingResult.Solved(optimal, coalition, done, pareto);
    }

    private CpSolver solver(double seconds) {
        CpSolver solver = new CpSolver();
        solver.getParameters().setMaxTimeInSeconds(seconds).setNumWorkers(settings.workers()).setRandomSeed(1);
        return solver;
    }

    /**
     * The Pareto set over (partners ↓, cost ↓, redundancy ↑): for each size limit k from the smallest feasible size,
     * the least cost of a coalition of at most k partners, ties broken by the most redundancy, then the fewest
     * partners; a point is kept when it is cheaper or more redundant than every smaller one. Stops when the size
     * limit no longer binds.
     */
    private List<TeamingResult.ParetoPoint> pareto(Instance in) {
        List<TeamingResult.ParetoPoint> points = new ArrayList<>();
        double seconds = Math.max(1, settings.timeLimit().toMillis() / 1000.0 / (2 * settings.paretoPoints()));
        Built sizeModel = in.build(in.allGroups(), null);
        sizeModel.cp.minimize(sizeModel.size);
        CpSolver sizeSolver = solver(seconds);
        if (sizeSolver.solve(sizeModel.cp) != CpSolverStatus.OPTIMAL) {
            return points;
        }
        int k = (int) sizeSolver.value(sizeModel.size);
        int max = in.maxPartners();
        long sizeWeight = in.candidates.size() + 1L;
        long costWeight = (in.maxRedundancy() + 1L) * sizeWeight;
        double lastCost = Double.POSITIVE_INFINITY;
        int lastRedundancy = -1;
        while (k <= max && points.size() < settings.paretoPoints()) {
            Built model = in.build(in.allGroups(), k);
            // lexicographic in one solve: cost first, then redundancy (weighted below one cost unit), then size
            model.cp.minimize(LinearExpr.newBuilder().addTerm(model.cost, costWeight)
                    .addTerm(model.redundancy, -sizeWeight).add(model.size).build());
            CpSolver solver = solver(seconds);
            CpSolverStatus status = solver.solve(model.cp);
            if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
                break;
            }
            Coalition c = in.coalition(model.values(solver));
            if (c.costUsdMillions() < lastCost - 0.5 / COST_SCALE || c.redundancy() > lastRedundancy) {
                points.add(new TeamingResult.ParetoPoint(c.size(), c.costUsdMillions(), c.redundancy(),
                        status == CpSolverStatus.OPTIMAL, c.partners()));
                lastCost = Math.min(lastCost, c.costUsdMillions());
                lastRedundancy = Math.max(lastRedundancy, c.redundancy());
            }
            if (status == CpSolverStatus.OPTIMAL && c.size() < k) {
                break; // the limit does not bind: larger limits give the same coalition
            }
            k = Math.max(k, c.size()) + 1;
        }
        return points;
    }

    // ---- infeasibility --------------------------------------------------------------------------------------------

    private TeamingResult explain(Instance in) {
        List<Conflict> perRequirement = in.requirementChecks();
        if (!perRequirement.isEmpty()) {
            return new TeamingResult.Infeasible(perRequirement, true);
        }
        List<Group> groups = new ArrayList<>(in.allGroups());
        boolean minimal = true;
        for (Group g : List.copyOf(groups)) {
            List<Group> without = new ArrayList<>(groups);
            without.remove(g);
            Built model = in.build(without, null);
            if (model.trivialInfeasible) {
                groups = without;
                continue;
            }
            CpSolverStatus status = solver(FEASIBILITY_SECONDS).solve(model.cp);
            if (status == CpSolverStatus.INFEASIBLE) {
                groups = without;
            } else if (status == CpSolverStatus.UNKNOWN) {
                minimal = false;
            }
        }
        return new TeamingResult.Infeasible(groups.stream().map(in::describe).toList(), minimal);
    }

    /** A constraint group of the deletion filter; {@code index} is a requirement, candidate or pair index. */
    private record Group(Conflict.Kind kind, int index) {
    }

    // ---- the model ------------------------------------------------------------------------------------------------

    /** The problem indexed for modelling. */
    private static final class Instance {

        final TeamingProblem problem;
        final List<Candidate> candidates;
        final Map<String, Integer> index = new HashMap<>();
        /** Per requirement: candidates whose offer meets the minimum maturity (excluded ones included). */
        final List<int[]> meets = new ArrayList<>();
        /** Per requirement, parallel to {@link #meets}: scaled cost × quantity. */
        final List<long[]> costs = new ArrayList<>();

        Instance(TeamingProblem problem) {
            this.problem = problem;
            this.candidates = problem.candidates();
            for (int p = 0; p < candidates.size(); p++) {
                index.put(candidates.get(p).id(), p);
            }
            for (Requirement r : problem.requirements()) {
                List<Integer> ps = new ArrayList<>();
                List<Long> cs = new ArrayList<>();
                for (int p = 0; p < candidates.size(); p++) {
                    Offer o = candidates.get(p).offer(r.capability()).orElse(null);
                    if (o != null && o.maturity() >= r.minMaturity()) {
                        ps.add(p);
                        cs.add(Math.round(o.costUsdMillions() * COST_SCALE) * r.quantity());
                    }
                }
                meets.add(ps.stream().mapToInt(Integer::intValue).toArray());
                costs.add(cs.stream().mapToLong(Long::longValue).toArray());
            }
        }

        /** An upper bound of the redundancy objective: every candidate able to meet every counted requirement. */
        int maxRedundancy() {
            int total = 0;
            for (int r = 0; r < problem.requirements().size(); r++) {
                if (problem.counts(problem.requirements().get(r))) {
                    total += meets.get(r).length;
                }
            }
            return total;
        }

        int maxPartners() {
            Integer max = problem.constraints().maxPartners();
            return max == null ? candidates.size() : Math.min(max, candidates.size());
        }

        @Nullable Integer candidate(String id) {
            return index.get(id);
        }

        List<Group> allGroups() {
            List<Group> groups = new ArrayList<>();
            for (int r = 0; r < problem.requirements().size(); r++) {
                groups.add(new Group(Conflict.Kind.REQUIREMENT, r));
            }
            Constraints c = problem.constraints();
            for (int p = 0; p < candidates.size(); p++) {
                String id = candidates.get(p).id();
                if (c.required().contains(id)) {
                    groups.add(new Group(Conflict.Kind.REQUIRED_PARTNER, p));
                }
                if (c.excluded().contains(id)) {
                    groups.add(new Group(Conflict.Kind.EXCLUDED_PARTNER, p));
                }
                if (candidates.get(p).budgetCapUsdMillions() != null) {
                    groups.add(new Group(Conflict.Kind.BUDGET_CAP, p));
                }
            }
            for (int i = 0; i < c.incompatible().size(); i++) {
                IncompatiblePair pair = c.incompatible().get(i);
                if (index.containsKey(pair.first()) && index.containsKey(pair.second())) {
                    groups.add(new Group(Conflict.Kind.INCOMPATIBLE_PAIR, i));
                }
            }
            if (c.maxPartners() != null) {
                groups.add(new Group(Conflict.Kind.MAX_PARTNERS, 0));
            }
            return groups;
        }

        /** Builds the model with only the given constraint groups (and an optional extra size limit). */
        Built build(List<Group> groups, @Nullable Integer sizeLimit) {
            Set<Group> active = new HashSet<>(groups);
            Built b = new Built(this);
            CpModel cp = b.cp;
            int n = candidates.size();
            b.x = new BoolVar[n];
            for (int p = 0; p < n; p++) {
                b.x[p] = cp.newBoolVar("x_" + p);
            }
            Set<Integer> excluded = new HashSet<>();
            for (Group g : groups) {
                switch (g.kind()) {
                    case EXCLUDED_PARTNER -> {
                        excluded.add(g.index());
                        cp.addEquality(b.x[g.index()], 0);
                    }
                    case REQUIRED_PARTNER -> cp.addEquality(b.x[g.index()], 1);
                    case INCOMPATIBLE_PAIR -> {
                        IncompatiblePair pair = problem.constraints().incompatible().get(g.index());
                        cp.addLessOrEqual(LinearExpr.sum(new LinearArgument[]{
                                b.x[index.get(pair.first())], b.x[index.get(pair.second())]}), 1);
                    }
                    case MAX_PARTNERS -> cp.addLessOrEqual(LinearExpr.sum(b.x), problem.constraints().maxPartners());
                    default -> {
                        // requirements and budget caps below
                    }
                }
            }
            if (sizeLimit != null) {
                cp.addLessOrEqual(LinearExpr.sum(b.x), sizeLimit);
            }
            List<Requirement> reqs = problem.requirements();
            b.y = new BoolVar[reqs.size()][];
            b.providers = new int[reqs.size()][];
            b.providerCosts = new long[reqs.size()][];
            var costTerms = LinearExpr.newBuilder();
            var redundancyTerms = LinearExpr.newBuilder();
            List<List<BoolVar>> perPartnerY = new ArrayList<>();
            List<List<Long>> perPartnerCost = new ArrayList<>();
            for (int p = 0; p < n; p++) {
                perPartnerY.add(new ArrayList<>());
                perPartnerCost.add(new ArrayList<>());
            }
            for (int r = 0; r < reqs.size(); r++) {
                int[] all = meets.get(r);
                long[] allCosts = costs.get(r);
                List<Integer> keep = new ArrayList<>();
                for (int i = 0; i < all.length; i++) {
                    if (!excluded.contains(all[i])) {
                        keep.add(i);
                    }
                }
                int[] ps = new int[keep.size()];
                long[] cs = new long[keep.size()];
                BoolVar[] ys = new BoolVar[keep.size()];
                BoolVar[] xs = new BoolVar[keep.size()];
                for (int j = 0; j < keep.size(); j++) {
                    ps[j] = all[keep.get(j)];
                    cs[j] = allCosts[keep.get(j)];
                    ys[j] = cp.newBoolVar("y_" + r + "_" + ps[j]);
                    xs[j] = b.x[ps[j]];
                    cp.addImplication(ys[j], xs[j]);
                    costTerms.addTerm(ys[j], cs[j]);
                    perPartnerY.get(ps[j]).add(ys[j]);
                    perPartnerCost.get(ps[j]).add(cs[j]);
                    if (problem.counts(reqs.get(r))) {
                        redundancyTerms.add(xs[j]);
                    }
                }
                b.y[r] = ys;
                b.providers[r] = ps;
                b.providerCosts[r] = cs;
                if (active.contains(new Group(Conflict.Kind.REQUIREMENT, r))) {
                    if (ps.length < reqs.get(r).redundancy()) {
                        b.trivialInfeasible = true;
                        continue;
                    }
                    cp.addExactlyOne(ys);
                    if (reqs.get(r).redundancy() > 1) {
                        cp.addGreaterOrEqual(LinearExpr.sum(xs), reqs.get(r).redundancy());
                    }
                } else if (ys.length > 0) {
                    cp.addAtMostOne(ys);
                }
            }
            for (int p = 0; p < n; p++) {
                Double cap = candidates.get(p).budgetCapUsdMillions();
                if (cap != null && active.contains(new Group(Conflict.Kind.BUDGET_CAP, p)) && !perPartnerY.get(p).isEmpty()) {
                    cp.addLessOrEqual(LinearExpr.weightedSum(perPartnerY.get(p).toArray(BoolVar[]::new),
                            perPartnerCost.get(p).stream().mapToLong(Long::longValue).toArray()),
                            (long) Math.floor(cap * COST_SCALE + 1e-6));
                }
            }
            b.cost = costTerms.build();
            b.size = LinearExpr.sum(b.x);
            b.redundancy = redundancyTerms.build();
            return b;
        }

        /** The coalition a solution vector ({@link Built#values}) describes. */
        Coalition coalition(long[] values) {
            int n = candidates.size();
            List<String> members = new ArrayList<>();
            for (int p = 0; p < n; p++) {
                if (values[p] == 1) {
                    members.add(candidates.get(p).id());
                }
            }
            members.sort(null);
            Map<String, String> providers = new LinkedHashMap<>();
            Map<String, List<String>> capable = new LinkedHashMap<>();
            long cost = 0;
            int redundancy = 0;
            int at = n;
            Set<String> excluded = problem.constraints().excluded();
            for (int r = 0; r < problem.requirements().size(); r++) {
                Requirement req = problem.requirements().get(r);
                int[] all = meets.get(r);
                int provider = -1;
                for (int j = 0; j < all.length; j++) {
                    if (!excluded.contains(candidates.get(all[j]).id())) {
                        if (values[at++] == 1) {
                            provider = j;
                        }
                    }
                }
                List<String> able = new ArrayList<>();
                if (provider >= 0) {
                    providers.put(req.capability(), candidates.get(all[provider]).id());
                    able.add(candidates.get(all[provider]).id());
                    cost += costs.get(r)[provider];
                }
                for (int p : all) {
                    String id = candidates.get(p).id();
                    if (values[p] == 1 && !able.contains(id)) {
                        able.add(id);
                    }
                }
                if (problem.counts(req)) {
                    redundancy += able.size();
                }
                capable.put(req.capability(), able);
            }
            return new Coalition(members, providers, capable, cost / (double) COST_SCALE, redundancy);
        }

        List<Conflict> requirementChecks() {
            List<Conflict> found = new ArrayList<>();
            Set<String> excluded = problem.constraints().excluded();
            for (Requirement r : problem.requirements()) {
                List<String> allowed = new ArrayList<>();
                List<String> excludedCapable = new ArrayList<>();
                Map<String, Integer> tooImmature = new TreeMap<>();
                for (Candidate c : candidates) {
                    c.offer(r.capability()).ifPresent(o -> {
                        if (o.maturity() < r.minMaturity()) {
                            tooImmature.put(c.id(), o.maturity());
                        } else if (excluded.contains(c.id())) {
                            excludedCapable.add(c.id());
                        } else {
                            allowed.add(c.id());
                        }
                    });
                }
                if (allowed.isEmpty()) {
                    StringBuilder why = new StringBuilder("No allowed partner offers '" + r.capability()
                            + "' at maturity " + r.minMaturity() + " or more");
                    if (excludedCapable.isEmpty() && tooImmature.isEmpty()) {
                        why.append(": no candidate offers it at all");
                    }
                    if (!excludedCapable.isEmpty()) {
                        why.append("; capable but excluded: ").append(String.join(", ", excludedCapable));
                    }
                    if (!tooImmature.isEmpty()) {
                        why.append("; offered below the minimum maturity by: ").append(tooImmature.entrySet().stream()
                                .map(e -> e.getKey() + " (TRL " + e.getValue() + ")").collect(Collectors.joining(", ")));
                    }
                    found.add(new Conflict(Conflict.Kind.NO_CAPABLE_PARTNER, r.capability(), why.toString()));
                } else if (allowed.size() < r.redundancy()) {
                    found.add(new Conflict(Conflict.Kind.TOO_FEW_CAPABLE_PARTNERS, r.capability(),
                            "'" + r.capability() + "' asks for redundancy " + r.redundancy() + " but only "
                                    + allowed.size() + " allowed partner" + (allowed.size() == 1 ? "" : "s")
                                    + " can provide it at maturity " + r.minMaturity() + "+: " + String.join(", ", allowed)
                                    + (excludedCapable.isEmpty() ? "" : "; capable but excluded: "
                                    + String.join(", ", excludedCapable))));
                }
            }
            return found;
        }

        Conflict describe(Group g) {
            Constraints c = problem.constraints();
            return switch (g.kind()) {
                case REQUIREMENT -> {
                    Requirement r = problem.requirements().get(g.index());
                    yield new Conflict(g.kind(), r.capability(), "Requirement '" + r.capability() + "' (maturity "
                            + r.minMaturity() + "+, redundancy " + r.redundancy() + ", quantity " + r.quantity() + ")");
                }
                case REQUIRED_PARTNER -> new Conflict(g.kind(), candidates.get(g.index()).id(),
                        "Partner '" + candidates.get(g.index()).id() + "' is required");
                case EXCLUDED_PARTNER -> new Conflict(g.kind(), candidates.get(g.index()).id(),
                        "Partner '" + candidates.get(g.index()).id() + "' is excluded");
                case BUDGET_CAP -> new Conflict(g.kind(), candidates.get(g.index()).id(),
                        "Partner '" + candidates.get(g.index()).id() + "' has a budget cap of "
                                + candidates.get(g.index()).budgetCapUsdMillions() + " M USD");
                case INCOMPATIBLE_PAIR -> {
                    IncompatiblePair pair = c.incompatible().get(g.index());
                    yield new Conflict(g.kind(), pair.first() + "+" + pair.second(), "Partners '" + pair.first()
                            + "' and '" + pair.second() + "' may not both take part"
                            + (pair.reason().isBlank() ? "" : " (" + pair.reason() + ")"));
                }
                case MAX_PARTNERS -> new Conflict(g.kind(), "maxPartners",
                        "At most " + c.maxPartners() + " partner" + (c.maxPartners() == 1 ? "" : "s"));
                default -> throw new IllegalStateException("not a constraint group: " + g.kind());
            };
        }
    }

    /** A built CP-SAT model and its variables. */
    private static final class Built {

        final CpModel cp = new CpModel();
        final Instance in;
        BoolVar[] x = new BoolVar[0];
        BoolVar[][] y = new BoolVar[0][];
        int[][] providers = new int[0][];
        long[][] providerCosts = new long[0][];
        LinearExpr cost = LinearExpr.constant(0);
        LinearExpr size = LinearExpr.constant(0);
        LinearExpr redundancy = LinearExpr.constant(0);
        boolean trivialInfeasible;

        Built(Instance in) {
            this.in = in;
        }

        LinearExpr expr(Objective objective) {
            return switch (objective) {
                case MIN_COST -> cost;
                case MIN_PARTNERS -> size;
                case MAX_REDUNDANCY -> redundancy;
            };
        }

        /** x values, then y values requirement by requirement: the layout {@link Instance#coalition} reads. */
        long[] values(CpSolver solver) {
            List<Long> out = new ArrayList<>();
            for (BoolVar v : x) {
                out.add(solver.booleanValue(v) ? 1L : 0L);
            }
            for (BoolVar[] row : y) {
                for (BoolVar v : row) {
                    out.add(solver.booleanValue(v) ? 1L : 0L);
                }
            }
            return out.stream().mapToLong(Long::longValue).toArray();
        }

        void hint(long[] values) {
            cp.clearHints();
            int at = 0;
            for (BoolVar v : x) {
                cp.addHint(v, values[at++] == 1);
            }
            for (BoolVar[] row : y) {
                for (BoolVar v : row) {
                    cp.addHint(v, values[at++] == 1);
                }
            }
        }
    }
}
