package space.consortium.costshare.engine;

/**
 * The core of a game: the efficient allocations that no coalition blocks (x(S) ≤ c(S) for every S in a cost game,
 * x(S) ≥ v(S) in a profit game), its least-core relaxation, and each player's range over it.
 *
 * <p>{@link #check} scans all 2ⁿ coalitions once, with coalition sums from half tables (O(2ⁿ) time, O(2^(n/2))
 * memory); {@link #leastCore} and {@link #coreBounds} solve linear programs over the 2ⁿ − 2 coalition constraints
 * with GLOP and constraint generation (see {@link ExcessLp}): O(2ⁿ) per scan, n ≤ {@link Nucleolus#MAX_PLAYERS}.
 *
 * <p>Reference: L. S. Shapley, M. Shubik, Quasi-cores in a monetary economy with nonconvex preferences,
 * Econometrica 34 (1966) 805–827 (the ε-core and least core); Peleg &amp; Sudhölter (2007) ch. 3.
 */
public final class Core {

    /** Relative tolerance (times max |v(S)|) for deciding that the least-core ε* is not positive. */
    private static final double EMPTY_TOLERANCE = 1e-9;

    private Core() {
    }

    /**
     * Tests {@code x} against the core and reports the most violated coalition.
     *
     * @param x   one value per player, in player order, in the game's unit
     * @param tol absolute tolerance in the game's unit (e.g. 1e-9·|v(N)|)
     * @throws GameTooLarge above {@link TableGame#MAX_PLAYERS} players
     */
    public static CoreVerdict check(Game game, double[] x, double tol) {
        int n = game.size();
        if (n > TableGame.MAX_PLAYERS) {
            throw new GameTooLarge("core test", n, TableGame.MAX_PLAYERS, "nucleolus");
        }
        if (x.length != n) {
            throw new IllegalArgumentException("expected " + n + " shares, one per player, got " + x.length);
        }
        double sign = game.kind() == GameKind.COST ? 1 : -1; // excess = sign·(x(S) − value(S))
        CoalitionSums sums = new CoalitionSums(x);
        long grand = game.grand();
        double grandExcess = sign * (sums.of(grand) - game.value(grand));
        if (Math.abs(grandExcess) > tol) {
            return new CoreVerdict(false, grand, TableGame.label(game.players(), grand), grandExcess);
        }
        double worst = Double.NEGATIVE_INFINITY;
        long worstMask = 0;
        for (long mask = 1; mask < grand; mask++) {
            double excess = sign * (sums.of(mask) - game.value(mask));
            if (excess > worst) {
                worst = excess;
                worstMask = mask;
            }
        }
        if (worstMask == 0) {
            return new CoreVerdict(true, 0, "", 0);
        }
        return worst > tol
                ? new CoreVerdict(false, worstMask, TableGame.label(game.players(), worstMask), worst)
                : new CoreVerdict(true, 0, "", worst);
    }

    /** Whether {@code x} is in the core, within {@code tol} (absolute, in the game's unit); see {@link #check}. */
    public static boolean inCore(Game game, double[] x, double tol) {
        return check(game, x, tol).inCore();
    }

    /**
     * The least-core value ε*: the smallest ε for which some efficient x has x(S) ≤ c(S) + ε for every coalition
     * S ∉ {∅, N} (cost game), or x(S) ≥ v(S) − ε (profit game). The core is non-empty iff ε* ≤ 0. One LP.
     *
     * @return ε* in the game's unit; negative infinity for a one-player game (no constraint at all)
     * @throws GameTooLarge above {@link Nucleolus#MAX_PLAYERS} players
     */
    public static double leastCore(Game game) {
        int n = game.size();
        if (n > Nucleolus.MAX_PLAYERS) {
            throw new GameTooLarge("least core", n, Nucleolus.MAX_PLAYERS, "the core test of a given allocation");
        }
        if (n == 1) {
            return Double.NEGATIVE_INFINITY;
        }
        Normalised g = new Normalised(game);
        if (g.scale == 0) {
            return 0;
        }
        try (ExcessLp lp = g.lp()) {
            lp.maximiseLevel();
            lp.optimise();
            return -lp.level() * g.scale;
        }
    }

    /**
     * Each player's smallest and largest value over the core: 2n LPs sharing their generated constraints.
     *
     * @return {@code bounds[i] = {min x_i, max x_i}} in the game's unit, or an array of length 0 when the core is
     *         empty (least-core ε* &gt; 1e-9·max |v(S)|)
     * @throws GameTooLarge above {@link Nucleolus#MAX_PLAYERS} players
     */
    public static double[][] coreBounds(Game game) {
        int n = game.size();
        if (n > Nucleolus.MAX_PLAYERS) {
            throw new GameTooLarge("core bounds", n, Nucleolus.MAX_PLAYERS, "the core test of a given allocation");
        }
        if (n == 1) {
            double value = game.value(1);
            return new double[][] {{value, value}};
        }
        Normalised g = new Normalised(game);
        double[][] bounds = new double[n][2];
        if (g.scale == 0) {
            return bounds;
        }
        double sign = game.kind() == GameKind.COST ? -1 : 1; // x = sign·y, y the allocation of the profit form
        try (ExcessLp lp = g.lp()) {
            lp.maximiseLevel();
            lp.optimise();
            double level = lp.level();
            if (level < -EMPTY_TOLERANCE) {
                return new double[0][];
            }
            double floor = Math.min(0, level); // slack ≥ 0, or the least core when ε* is within the tolerance
            for (int i = 0; i < n; i++) {
                lp.optimiseCoalition(1 << i, 1, floor);
                lp.optimise();
                double largest = lp.objective();
                lp.optimiseCoalition(1 << i, -1, floor);
                lp.optimise();
                double smallest = -lp.objective();
                double a = sign * smallest * g.scale;
                double b = sign * largest * g.scale;
                bounds[i][0] = Math.min(a, b);
                bounds[i][1] = Math.max(a, b);
            }
        }
        return bounds;
    }

    /** A game's profit form divided by max |v(S)|. */
    private static final class Normalised {
        final int n;
        final double scale;
        final double[] w;
        final boolean[] settled;

        Normalised(Game game) {
            this.n = game.size();
            double[] v = Nucleolus.profitValues(TableGame.tabulate(game));
            double max = 0;
            for (double value : v) {
                max = Math.max(max, Math.abs(value));
            }
            this.scale = max;
            this.w = new double[v.length];
            for (int mask = 0; mask < v.length; mask++) {
                w[mask] = max == 0 ? 0 : v[mask] / max;
            }
            this.settled = new boolean[v.length];
            settled[0] = true;
            settled[v.length - 1] = true;
        }

        /** The LP with the singletons and their complements as initial cuts. */
        ExcessLp lp() {
            ExcessLp lp = new ExcessLp(n, w, settled, mask -> true, null);
            int grand = (1 << n) - 1;
            for (int i = 0; i < n; i++) {
                lp.addCut(1 << i);
                lp.addCut(grand ^ (1 << i));
            }
            return lp;
        }
    }
}
