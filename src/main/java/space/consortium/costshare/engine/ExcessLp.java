package space.consortium.costshare.engine;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;
import org.jspecify.annotations.Nullable;

/**
 * One linear program over the coalitions of a profit game, solved by GLOP with constraint generation.
 *
 * <p>Variables: the allocation x₀…x_{n−1} and a level ε. Rows: efficiency x(N) = w(N); equalities x(S) = r_S for
 * settled coalitions; and a <em>cut</em> x(S) − ε ≥ w(S) for each coalition in the working set. Every coalition
 * that is neither settled nor a cut is implicitly constrained too: {@link #optimise()} re-solves, scanning all 2ⁿ
 * coalitions after each solve and adding the most violated ones as cuts, until none is violated by more than
 * {@link #TOLERANCE}. The restricted LP is a relaxation, so a solution that satisfies every constraint is optimal
 * for the full LP, and its duals (zero for coalitions that never became cuts) are optimal duals of the full LP.
 *
 * <p>Values must be normalised to [−1, 1]; masks are ints (n ≤ 20). Not thread-safe; close it to free the native
 * solver.
 */
final class ExcessLp implements AutoCloseable {

    /** Absolute tolerance on normalised values for "violated" and "tight". */
    static final double TOLERANCE = 1e-9;

    private final int n;
    private final int grand;
    private final double[] w;
    private final boolean[] settled;
    private final IntPredicate admissible;
    private final MPSolver solver;
    private final MPVariable[] x;
    private final MPVariable eps;
    private final boolean[] inModel;
    private final List<MPConstraint> cutRows = new ArrayList<>();
    private int[] cutMasks = new int[16];
    private final int batch;
    private double[] xValue;
    private double epsValue;
    private double objectiveValue;
    private int solves;
    private double[] duals = new double[0];
    private final double[] reducedCosts;

    /**
     * @param w          profit values by mask, normalised to [−1, 1]
     * @param settled    coalitions that never become cuts (shared with the caller, who may add to it; this class
     *                   marks a violated coalition settled when {@code admissible} rejects it)
     * @param admissible whether a violated coalition may become a cut; the caller rejects coalitions whose excess
     *                   is constant on the feasible set (their constraint is implied or irrelevant)
     * @param lower      lower bounds on x_i (imputations), or null for none
     */
    ExcessLp(int n, double[] w, boolean[] settled, IntPredicate admissible, double @Nullable [] lower) {
        this.n = n;
        this.grand = (1 << n) - 1;
        this.w = w;
        this.settled = settled;
        this.admissible = admissible;
        this.solver = Glop.create();
        double infinity = MPSolver.infinity();
        this.x = new MPVariable[n];
        for (int i = 0; i < n; i++) {
            x[i] = solver.makeNumVar(lower == null ? -infinity : lower[i], infinity, "x" + i);
        }
        this.eps = solver.makeNumVar(-infinity, infinity, "eps");
        this.inModel = new boolean[1 << n];
        this.batch = 2 * n + 8;
        this.xValue = new double[n];
        this.reducedCosts = new double[n];
        fixCoalition(grand, w[grand]);
    }

    /** Adds the equality x(mask) = rhs. */
    void fixCoalition(int mask, double rhs) {
        MPConstraint row = solver.makeConstraint(rhs, rhs);
        for (int i = 0; i < n; i++) {
            if ((mask & (1 << i)) != 0) {
                row.setCoefficient(x[i], 1);
            }
        }
    }

    /** Adds the cut x(mask) − ε ≥ w(mask) unless it is already there. */
    void addCut(int mask) {
        if (inModel[mask]) {
            return;
        }
        inModel[mask] = true;
        MPConstraint row = solver.makeConstraint(w[mask], MPSolver.infinity());
        for (int i = 0; i < n; i++) {
            if ((mask & (1 << i)) != 0) {
                row.setCoefficient(x[i], 1);
            }
        }
        row.setCoefficient(eps, -1);
        if (cutRows.size() == cutMasks.length) {
            cutMasks = Arrays.copyOf(cutMasks, 2 * cutMasks.length);
        }
        cutMasks[cutRows.size()] = mask;
        cutRows.add(row);
    }

    boolean hasCut(int mask) {
        return inModel[mask];
    }

    /** Objective: maximise ε, with ε free. */
    void maximiseLevel() {
        MPObjective objective = solver.objective();
        objective.clear();
        objective.setCoefficient(eps, 1);
        objective.setMaximization();
        eps.setBounds(-MPSolver.infinity(), MPSolver.infinity());
    }

    /** Objective: maximise sign·x(mask), with ε fixed at {@code level}. */
    void optimiseCoalition(int mask, double sign, double level) {
        MPObjective objective = solver.objective();
        objective.clear();
        for (int i = 0; i < n; i++) {
            if ((mask & (1 << i)) != 0) {
                objective.setCoefficient(x[i], sign);
            }
        }
        objective.setMaximization();
        eps.setBounds(level, level);
    }

    /** Solves to optimality over all coalitions by constraint generation (see the class comment). */
    void optimise() {
        while (true) {
            MPSolver.ResultStatus status = solver.solve();
            solves++;
            if (status != MPSolver.ResultStatus.OPTIMAL) {
                solver.reset(); // drop the warm start and try once more from scratch
                status = solver.solve();
                solves++;
            }
            if (status != MPSolver.ResultStatus.OPTIMAL) {
                throw new IllegalStateException("GLOP ended with status " + status + " on a coalition LP with "
                        + n + " players and " + cutRows.size() + " cuts; this is a bug, not a property of the game");
            }
            for (int i = 0; i < n; i++) {
                xValue[i] = x[i].solutionValue();
            }
            epsValue = eps.solutionValue();
            objectiveValue = solver.objective().value();
            if (!addViolatedCuts()) {
                break;
            }
        }
        // read now: any later change to the model invalidates the solver's solution
        duals = new double[cutRows.size()];
        for (int k = 0; k < duals.length; k++) {
            duals[k] = Math.abs(cutRows.get(k).dualValue());
        }
        for (int i = 0; i < n; i++) {
            reducedCosts[i] = Math.abs(x[i].reducedCost());
        }
    }

    /** Adds up to {@link #batch} of the most violated coalitions as cuts; false when none is violated. */
    private boolean addViolatedCuts() {
        while (true) {
            CoalitionSums sums = new CoalitionSums(xValue);
            double threshold = epsValue - TOLERANCE;
            int[] heapMask = new int[batch];
            double[] heapSlack = new double[batch];
            int size = 0;
            for (int mask = 1; mask < grand; mask++) {
                if (settled[mask] || inModel[mask]) {
                    continue;
                }
                double slack = sums.of(mask) - w[mask];
                if (slack < threshold) {
                    if (size < batch) {
                        siftUp(heapMask, heapSlack, size++, mask, slack);
                    } else if (slack < heapSlack[0]) {
                        siftDown(heapMask, heapSlack, size, mask, slack);
                    }
                }
            }
            if (size == 0) {
                return false;
            }
            int added = 0;
            for (int k = 0; k < size; k++) {
                int mask = heapMask[k];
                if (admissible.test(mask)) {
                    addCut(mask);
                    added++;
                } else {
                    settled[mask] = true;
                }
            }
            if (added > 0) {
                return true;
            }
        }
    }

    /** Max-heap on slack: the root is the least violated of the kept coalitions. */
    private static void siftUp(int[] masks, double[] slacks, int position, int mask, double slack) {
        int k = position;
        while (k > 0) {
            int parent = (k - 1) / 2;
            if (slacks[parent] >= slack) {
                break;
            }
            masks[k] = masks[parent];
            slacks[k] = slacks[parent];
            k = parent;
        }
        masks[k] = mask;
        slacks[k] = slack;
    }

    /** Replaces the root and restores the heap. */
    private static void siftDown(int[] masks, double[] slacks, int size, int mask, double slack) {
        int k = 0;
        while (true) {
            int child = 2 * k + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && slacks[child + 1] > slacks[child]) {
                child++;
            }
            if (slacks[child] <= slack) {
                break;
            }
            masks[k] = masks[child];
            slacks[k] = slacks[child];
            k = child;
        }
        masks[k] = mask;
        slacks[k] = slack;
    }

    /** The allocation of the last solve (normalised units). */
    double[] x() {
        return xValue.clone();
    }

    /** ε of the last solve. */
    double level() {
        return epsValue;
    }

    /** Objective value of the last solve. */
    double objective() {
        return objectiveValue;
    }

    int cutCount() {
        return cutRows.size();
    }

    int cutMask(int k) {
        return cutMasks[k];
    }

    /**
     * |dual| of cut k at the end of the last {@link #optimise()} (0 for cuts added since); positive means the cut is
     * tight at every optimum (complementary slackness).
     */
    double cutDual(int k) {
        return k < duals.length ? duals[k] : 0;
    }

    /** |reduced cost| of x_i at the end of the last {@link #optimise()}; positive: x_i at its bound at every optimum. */
    double reducedCost(int player) {
        return reducedCosts[player];
    }

    /** LP solves so far (for diagnostics and benchmarks). */
    int solves() {
        return solves;
    }

    @Override
    public void close() {
        solver.delete();
    }
}
