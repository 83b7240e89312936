package space.consortium.costshare.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The nucleolus (Schmeidler 1969) and the prenucleolus: the allocation that lexicographically minimises the
 * coalitions' excesses, largest first. The nucleolus searches the imputations (no player worse off than alone:
 * x_i ≥ v(i) in a profit game, x_i ≤ c(i) in a cost game); the prenucleolus only requires efficiency. They coincide
 * whenever the prenucleolus is individually rational, in particular whenever the core is non-empty.
 *
 * <p>Accepts games of up to {@link #MAX_PLAYERS} players; cost O(n) stages, each a linear program over the 2ⁿ − 2
 * coalitions solved by constraint generation (O(2ⁿ) per scan).
 *
 * <h2>Implementation notes</h2>
 * <ol>
 * <li><b>Sign conventions.</b> A cost game c is solved as the profit game v = −c and the result negated:
 * nucleolus(c) = −nucleolus(−c) [4]. The excess of coalition S at x is e(S, x) = v(S) − x(S) (for a cost game:
 * x(S) − c(S)); the LPs maximise the least <em>slack</em> x(S) − v(S) = −e(S, x), which minimises the largest
 * excess. Values are divided by max_S |v(S)| inside the LPs; tolerances (1e-9) are relative to that scale.</li>
 * <li><b>Sequential LPs</b> (Maschler, Peleg &amp; Shapley [1]). Stage k: maximise ε subject to x(N) = v(N),
 * x(S) = v(S) + ε_S for the coalitions fixed at earlier stages, x(S) − v(S) ≥ ε for the others (and x_i ≥ v(i)
 * for the nucleolus). Then fix only the coalitions that are tight at <em>every</em> optimum of the stage: those with
 * a non-zero dual in the optimal dual solution (complementary slackness), and, for tight coalitions whose dual is
 * zero, those whose slack cannot be raised above ε_k by a check LP (maximise x(S) with ε held at ε_k). Fixing every
 * coalition that is tight at the optimum found is the classic error (Guajardo &amp; Jörnsten [2]): a tight
 * coalition with a zero dual may be slack at another optimum, and fixing it cuts off the nucleolus. At most n check
 * LPs run per stage; candidates beyond that stay free, which is safe because fixing a subset of the
 * everywhere-tight coalitions only delays them to the next stage (where ε_{k+1} = ε_k).</li>
 * <li><b>Coalitions in the span.</b> A coalition whose indicator vector lies in the span of 1_N and the fixed
 * coalitions' vectors has the same excess everywhere on the remaining feasible set, so it cannot discriminate
 * between candidates and is dropped from later stages. Every stage therefore fixes at least one independent
 * coalition (the duals of the cut rows sum to 1), and after at most n − 1 stages the fixed vectors span ℝⁿ and the
 * point is unique. Span membership is decided exactly, modulo a prime ({@link CoalitionSpan}).</li>
 * <li><b>Constraint generation</b> ({@link ExcessLp}): each LP starts from the singletons, their complements and
 * the previous stage's cuts, and adds the most violated coalitions until none is violated, so GLOP sees a few
 * hundred rows rather than 2ⁿ.</li>
 * <li><b>Polish.</b> The result is the solution of the n × n system x(N) = v(N), x(S) = v(S) + ε_S over the
 * fixed coalitions, in the game's own units.</li>
 * </ol>
 *
 * <p>References: [1] M. Maschler, B. Peleg, L. S. Shapley, Geometric properties of the kernel, nucleolus and
 * related solution concepts, Math. Oper. Res. 4 (1979) 303–338. [2] M. Guajardo, K. Jörnsten, Common mistakes in
 * computing the nucleolus, Eur. J. Oper. Res. 241 (2015) 931–935. [3] E. Kohlberg, On the nucleolus of a
 * characteristic function game, SIAM J. Appl. Math. 20 (1971) 62–66 (checked by {@link Kohlberg}). [4] B. Peleg,
 * P. Sudhölter, Introduction to the Theory of Cooperative Games, 2nd ed., Springer 2007, ch. 5–6.
 */
public final class Nucleolus implements AllocationRule {

    /** The largest game solved: the scans and the tabulated values take O(2ⁿ) time and memory. */
    public static final int MAX_PLAYERS = 20;

    private static final double DUAL_TOLERANCE = 1e-9;

    private final boolean imputations;

    private Nucleolus(boolean imputations) {
        this.imputations = imputations;
    }

    /** The nucleolus: the lexicographic minimiser over the imputations (individually rational, efficient). */
    public static Nucleolus nucleolus() {
        return new Nucleolus(true);
    }

    /** The prenucleolus: the lexicographic minimiser over all efficient allocations. */
    public static Nucleolus prenucleolus() {
        return new Nucleolus(false);
    }

    @Override
    public String name() {
        return imputations ? "nucleolus" : "prenucleolus";
    }

    /**
     * Computes the (pre)nucleolus of {@code game}: cost shares for a cost game, payoffs for a profit game, in the
     * game's unit.
     *
     * @throws GameTooLarge above {@link #MAX_PLAYERS} players
     * @throws InvalidGame  for the nucleolus, when the game has no imputation (the stand-alone values add up to more
     *                      than v(N) in a profit game, or less than c(N) in a cost game)
     */
    @Override
    public Allocation allocate(Game game) {
        int n = game.size();
        if (n > MAX_PLAYERS) {
            throw new GameTooLarge(name(), n, MAX_PLAYERS, "shapley-sampled");
        }
        double[] v = profitValues(TableGame.tabulate(game));
        int grand = (1 << n) - 1;
        if (imputations) {
            double standAlone = 0;
            for (int i = 0; i < n; i++) {
                standAlone += v[1 << i];
            }
            double scale = Arrays.stream(v).map(Math::abs).max().orElse(0);
            if (standAlone > v[grand] + 1e-9 * scale) {
                boolean cost = game.kind() == GameKind.COST;
                throw new InvalidGame("values", "the nucleolus needs an imputation, but the players' stand-alone "
                        + (cost ? "costs add up to " + (-standAlone) + ", less than the grand coalition's cost "
                        + (-v[grand]) : "values add up to " + standAlone + ", more than the grand coalition's value "
                        + v[grand]) + "; use 'prenucleolus' instead");
            }
        }
        double[] x = new SequentialLp(n, v, imputations).solve();
        if (game.kind() == GameKind.COST) {
            for (int i = 0; i < n; i++) {
                x[i] = 0.0 - x[i]; // not -x[i]: no negative zeros in the output
            }
        }
        return new Allocation(name(), x);
    }

    /** The profit form of the game's values by mask: v for a profit game, −c for a cost game. */
    static double[] profitValues(TableGame game) {
        double[] values = game.table().clone();
        if (game.kind() == GameKind.COST) {
            for (int mask = 0; mask < values.length; mask++) {
                values[mask] = -values[mask];
            }
        }
        return values;
    }

    /** One run of the sequential LPs on a profit game. */
    private static final class SequentialLp {

        private final int n;
        private final int grand;
        private final double[] v;
        private final double scale;
        private final double[] w;
        private final double @Nullable [] lower;
        private final boolean[] settled;
        private final CoalitionSpan span;
        private final List<Integer> fixedMasks = new ArrayList<>();
        private final List<Double> fixedSlacks = new ArrayList<>();

        SequentialLp(int n, double[] v, boolean imputations) {
            this.n = n;
            this.grand = (1 << n) - 1;
            this.v = v;
            this.scale = Arrays.stream(v).map(Math::abs).max().orElse(0);
            this.w = new double[v.length];
            for (int mask = 0; mask < v.length; mask++) {
                w[mask] = scale == 0 ? 0 : v[mask] / scale;
            }
            if (imputations) {
                lower = new double[n];
                for (int i = 0; i < n; i++) {
                    lower[i] = w[1 << i];
                }
            } else {
                lower = null;
            }
            this.settled = new boolean[1 << n];
            this.span = new CoalitionSpan(n);
        }

        double[] solve() {
            if (scale == 0) {
                return new double[n];
            }
            settled[0] = true;
            settled[grand] = true;
            span.add(grand);
            List<Integer> seeds = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                seeds.add(1 << i);
                seeds.add(grand ^ (1 << i));
            }
            for (int stage = 1; span.rank() < n; stage++) {
                if (stage > n) {
                    throw new IllegalStateException("the nucleolus LPs made no progress at stage " + stage
                            + " (rank " + span.rank() + " of " + n + "); this is a bug");
                }
                seeds = stage(seeds);
            }
            return polish();
        }

        /** Runs one stage; returns the coalitions worth seeding the next stage's LP with. */
        private List<Integer> stage(List<Integer> seeds) {
            try (ExcessLp lp = new ExcessLp(n, w, settled, mask -> !span.contains(mask), lower)) {
                for (int k = 0; k < fixedMasks.size(); k++) {
                    lp.fixCoalition(fixedMasks.get(k), w[fixedMasks.get(k)] + fixedSlacks.get(k));
                }
                for (int seed : seeds) {
                    offer(lp, seed);
                }
                for (int i = 0; i < n; i++) {
                    offer(lp, 1 << i); // keeps the restricted LP bounded
                }
                lp.maximiseLevel();
                lp.optimise();
                double level = lp.level();
                double[] x = lp.x();

                for (int k = 0; k < lp.cutCount(); k++) {
                    if (lp.cutDual(k) > DUAL_TOLERANCE) {
                        fix(lp, lp.cutMask(k), level);
                    }
                }
                if (lower != null) {
                    for (int i = 0; i < n; i++) {
                        if (lp.reducedCost(i) > DUAL_TOLERANCE) {
                            fix(lp, 1 << i, 0.0);
                        }
                    }
                }
                if (span.rank() == n) {
                    return List.of();
                }
                List<Integer> open = checkZeroDualCandidates(lp, x, level);
                List<Integer> next = new ArrayList<>();
                for (int k = 0; k < lp.cutCount(); k++) {
                    if (!settled[lp.cutMask(k)]) {
                        next.add(lp.cutMask(k));
                    }
                }
                for (int k = 0; k < open.size() && k < 4 * n; k++) {
                    next.add(open.get(k));
                }
                return next;
            }
        }

        private void offer(ExcessLp lp, int mask) {
            if (settled[mask] || lp.hasCut(mask)) {
                return;
            }
            if (span.contains(mask)) {
                settled[mask] = true;
            } else {
                lp.addCut(mask);
            }
        }

        /** Fixes x(mask) = v(mask) + slack when 1_mask is independent of the fixed vectors; settles it either way. */
        private void fix(ExcessLp lp, int mask, double slack) {
            settled[mask] = true;
            if (span.add(mask)) {
                fixedMasks.add(mask);
                fixedSlacks.add(slack);
                lp.fixCoalition(mask, w[mask] + slack);
            }
        }

        /**
         * Decides, for coalitions tight at the optimum found but with a zero dual (and, for the nucleolus, players
         * at their stand-alone bound with a zero reduced cost), whether they are tight at every optimum. Returns
         * those left undecided or shown not to be.
         */
        private List<Integer> checkZeroDualCandidates(ExcessLp lp, double[] x, double level) {
            CoalitionSums sums = new CoalitionSums(x);
            List<Integer> masks = new ArrayList<>();
            List<Double> targets = new ArrayList<>();
            for (int mask = 1; mask < grand; mask++) {
                if (!settled[mask] && Math.abs(sums.of(mask) - w[mask] - level) <= ExcessLp.TOLERANCE) {
                    masks.add(mask);
                    targets.add(level);
                }
            }
            if (lower != null) {
                for (int i = 0; i < n; i++) {
                    int mask = 1 << i;
                    if (!settled[mask] && x[i] - w[mask] <= ExcessLp.TOLERANCE
                            && Math.abs(level) > ExcessLp.TOLERANCE) {
                        masks.add(mask);
                        targets.add(0.0);
                    }
                }
            }
            List<CoalitionSums> witnesses = new ArrayList<>();
            List<Integer> open = new ArrayList<>();
            int checks = 0;
            for (int k = 0; k < masks.size() && span.rank() < n; k++) {
                int mask = masks.get(k);
                double target = targets.get(k);
                if (settled[mask]) {
                    continue;
                }
                if (span.contains(mask)) {
                    settled[mask] = true; // constant on the optimal face and tight at x: tight everywhere
                    continue;
                }
                if (slackSomewhere(witnesses, mask, target)) {
                    open.add(mask);
                    continue;
                }
                if (checks == n) {
                    open.add(mask);
                    continue;
                }
                checks++;
                lp.optimiseCoalition(mask, 1, level);
                lp.optimise();
                if (lp.objective() - w[mask] <= target + ExcessLp.TOLERANCE) {
                    fix(lp, mask, target);
                } else {
                    witnesses.add(new CoalitionSums(lp.x()));
                    open.add(mask);
                }
            }
            return open;
        }

        private boolean slackSomewhere(List<CoalitionSums> witnesses, int mask, double target) {
            for (CoalitionSums witness : witnesses) {
                if (witness.of(mask) - w[mask] > target + ExcessLp.TOLERANCE) {
                    return true;
                }
            }
            return false;
        }

        /** Solves x(N) = v(N), x(S) = v(S) + scale·slack_S over the fixed coalitions, in the game's units. */
        private double[] polish() {
            double[][] a = new double[n][n + 1];
            for (int i = 0; i < n; i++) {
                a[0][i] = 1;
            }
            a[0][n] = v[grand];
            for (int k = 0; k < fixedMasks.size(); k++) {
                int mask = fixedMasks.get(k);
                for (int i = 0; i < n; i++) {
                    a[k + 1][i] = (mask >>> i) & 1;
                }
                a[k + 1][n] = v[mask] + scale * fixedSlacks.get(k);
            }
            return gauss(a, n);
        }
    }

    /** Gaussian elimination with partial pivoting on the augmented n × (n+1) matrix {@code a} (overwritten). */
    static double[] gauss(double[][] a, int n) {
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            double[] swap = a[col];
            a[col] = a[pivot];
            a[pivot] = swap;
            for (int r = col + 1; r < n; r++) {
                double factor = a[r][col] / a[col][col];
                if (factor != 0) {
                    for (int c = col; c <= n; c++) {
                        a[r][c] -= factor * a[col][c];
                    }
                }
            }
        }
        double[] x = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double sum = a[r][n];
            for (int c = r + 1; c < n; c++) {
                sum -= a[r][c] * x[c];
            }
            x[r] = sum / a[r][r];
        }
        return x;
    }
}
