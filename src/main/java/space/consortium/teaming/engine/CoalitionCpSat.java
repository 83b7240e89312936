package space.consortium.teaming.engine;

import com.google.ortools.Loader;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import java.util.ArrayList;
import java.util.List;

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
 * <p>The parts: {@link CoalitionInstance} indexes the problem, builds the model for a set of constraint groups and
 * reads a coalition or a conflict back; {@link CoalitionModel} holds a built CP-SAT model and its variables; this class
 * runs the stages, the Pareto sweep and the deletion filter.
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
        CoalitionInstance in = new CoalitionInstance(problem);
        long deadline = System.nanoTime() + settings.timeLimit().toNanos();
        CoalitionModel model = in.build(in.allGroups(), null);
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
    private List<TeamingResult.ParetoPoint> pareto(CoalitionInstance in) {
        List<TeamingResult.ParetoPoint> points = new ArrayList<>();
        double seconds = Math.max(1, settings.timeLimit().toMillis() / 1000.0 / (2 * settings.paretoPoints()));
        CoalitionModel sizeModel = in.build(in.allGroups(), null);
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
            CoalitionModel model = in.build(in.allGroups(), k);
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

    private TeamingResult explain(CoalitionInstance in) {
        List<Conflict> perRequirement = in.requirementChecks();
        if (!perRequirement.isEmpty()) {
            return new TeamingResult.Infeasible(perRequirement, true);
        }
        List<ConstraintGroup> groups = new ArrayList<>(in.allGroups());
        boolean minimal = true;
        for (ConstraintGroup g : List.copyOf(groups)) {
            List<ConstraintGroup> without = new ArrayList<>(groups);
            without.remove(g);
            CoalitionModel model = in.build(without, null);
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
}
