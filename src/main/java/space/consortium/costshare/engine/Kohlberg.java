package space.consortium.costshare.engine;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.util.ArrayList;
import java.util.List;

/**
 * The Kohlberg criterion: a certificate, independent of how an allocation was computed, that it is the
 * prenucleolus or the nucleolus of a game.
 *
 * <p>Order the coalitions S ∉ {∅, N} by excess e(S, x) = v(S) − x(S) (cost game: x(S) − c(S)) and let B_k be the
 * coalitions whose excess is at least the k-th largest distinct value (cumulative from the top). An efficient x is
 * the prenucleolus iff every B_k is balanced: there are weights λ_S &gt; 0 with Σ_{S∈B_k} λ_S 1_S = 1_N [1]. An
 * imputation x is the nucleolus iff every B_k together with the singletons I₀ = {{i} : x_i = v(i)} is balanced with
 * positive weights on B_k and non-negative weights on I₀ [1, 2] (the theorem of the alternative applied to the
 * directions that keep x an imputation).
 *
 * <p>Balancedness is tested by an LP (GLOP): maximise t subject to Σ λ_S 1_S + Σ μ_i 1_{i} = 1_N, λ_S ≥ t, μ ≥ 0;
 * balanced iff t* &gt; 1e-7. Levels are checked from the top until B_k ∪ {N} spans ℝⁿ: beyond that the criterion
 * holds automatically (any direction that does not raise an excess in B_k is then zero). Cost: one O(2ⁿ) pass and
 * one LP with |B_k| columns per level examined. Excesses within {@code tol} of a level's largest belong to it.
 *
 * <p>References: [1] E. Kohlberg, On the nucleolus of a characteristic function game, SIAM J. Appl. Math. 20
 * (1971) 62–66. [2] B. Peleg, P. Sudhölter, Introduction to the Theory of Cooperative Games, 2nd ed., Springer
 * 2007, Theorem 5.1.6 and §6.1.
 */
public final class Kohlberg {

    private static final double BALANCED = 1e-7;

    private Kohlberg() {
    }

    /**
     * Whether {@code x} is the prenucleolus of {@code game}.
     *
     * @param x   one value per player, in player order, in the game's unit
     * @param tol absolute tolerance in the game's unit, for efficiency and for telling excess levels apart
     * @throws GameTooLarge above {@link Nucleolus#MAX_PLAYERS} players
     */
    public static boolean holds(Game game, double[] x, double tol) {
        return check(game, x, tol, false);
    }

    /**
     * Whether {@code x} is the nucleolus of {@code game} (the lexicographic minimiser over the imputations).
     *
     * @param x   one value per player, in player order, in the game's unit
     * @param tol absolute tolerance in the game's unit, for efficiency, individual rationality and excess levels
     * @throws GameTooLarge above {@link Nucleolus#MAX_PLAYERS} players
     */
    public static boolean holdsOnImputations(Game game, double[] x, double tol) {
        return check(game, x, tol, true);
    }

    private static boolean check(Game game, double[] x, double tol, boolean imputations) {
        int n = game.size();
        if (n > Nucleolus.MAX_PLAYERS) {
            throw new GameTooLarge("Kohlberg criterion", n, Nucleolus.MAX_PLAYERS, "the core test");
        }
        if (x.length != n) {
            throw new IllegalArgumentException("expected " + n + " shares, one per player, got " + x.length);
        }
        double[] v = Nucleolus.profitValues(TableGame.tabulate(game));
        double[] y = game.kind() == GameKind.COST ? negate(x) : x.clone();
        int grand = (1 << n) - 1;
        CoalitionSums sums = new CoalitionSums(y);
        if (Math.abs(sums.of(grand) - v[grand]) > tol) {
            return false;
        }
        boolean[] atStandAlone = new boolean[n];
        if (imputations) {
            for (int i = 0; i < n; i++) {
                if (y[i] < v[1 << i] - tol) {
                    return false;
                }
                atStandAlone[i] = y[i] <= v[1 << i] + tol;
            }
        }
        double[] excess = new double[1 << n];
        for (int mask = 1; mask < grand; mask++) {
            excess[mask] = v[mask] - sums.of(mask);
        }
        boolean[] taken = new boolean[1 << n];
        List<Integer> collection = new ArrayList<>();
        CoalitionSpan span = new CoalitionSpan(n);
        span.add(grand);
        while (span.rank() < n) {
            double top = Double.NEGATIVE_INFINITY;
            for (int mask = 1; mask < grand; mask++) {
                if (!taken[mask] && excess[mask] > top) {
                    top = excess[mask];
                }
            }
            for (int mask = 1; mask < grand; mask++) {
                if (!taken[mask] && excess[mask] >= top - tol) {
                    taken[mask] = true;
                    collection.add(mask);
                    span.add(mask);
                }
            }
            if (!balanced(n, collection, atStandAlone)) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code collection} ∪ {{i} : free[i]} is balanced with positive weights on {@code collection}. */
    static boolean balanced(int n, List<Integer> collection, boolean[] free) {
        MPSolver solver = Glop.create();
        try {
            double infinity = MPSolver.infinity();
            MPVariable t = solver.makeNumVar(-infinity, 1, "t");
            MPConstraint[] rows = new MPConstraint[n];
            int[] cover = new int[n];
            for (int i = 0; i < n; i++) {
                rows[i] = solver.makeConstraint(1, 1);
                if (free[i]) {
                    rows[i].setCoefficient(solver.makeNumVar(0, infinity, "mu" + i), 1);
                }
            }
            for (int mask : collection) {
                MPVariable lambda = solver.makeNumVar(0, infinity, "l" + mask); // λ_S − t
                for (int i = 0; i < n; i++) {
                    if ((mask & (1 << i)) != 0) {
                        rows[i].setCoefficient(lambda, 1);
                        cover[i]++;
                    }
                }
            }
            for (int i = 0; i < n; i++) {
                rows[i].setCoefficient(t, cover[i]);
            }
            solver.objective().setCoefficient(t, 1);
            solver.objective().setMaximization();
            MPSolver.ResultStatus status = solver.solve();
            return status == MPSolver.ResultStatus.OPTIMAL && t.solutionValue() > BALANCED;
        } finally {
            solver.delete();
        }
    }

    private static double[] negate(double[] x) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = -x[i];
        }
        return y;
    }
}
