package space.consortium.costshare.engine;

/**
 * The Shapley value, exactly: each player's marginal contribution averaged over all orders in which the grand
 * coalition can form, φ<sub>i</sub> = Σ<sub>S∌i</sub> |S|!(n−|S|−1)!/n! · (v(S∪{i}) − v(S)). For a cost game the
 * same formula applied to c gives cost shares (the Shapley value is linear).
 *
 * <p>Cost: O(2<sup>n</sup>) evaluations of the game to tabulate it, then O(n·2<sup>n−1</sup>) additions in one
 * pass, both in parallel; memory 8·2<sup>n</sup> bytes (256 MiB at n = 25). At most {@value TableGame#MAX_PLAYERS}
 * players; use {@link ShapleySampled} above that, or a closed form ({@link AirportShapley}).
 *
 * <p>Implementation notes: the marginal contributions are summed per coalition size and weighted once at the end
 * (so the pass does no multiplications); the parallel pass is split into fixed blocks whose sums are added in
 * order, so the result is the same on any number of cores.
 *
 * <p>References: [1] L. S. Shapley, "A value for n-person games", Contributions to the Theory of Games II,
 * Annals of Mathematics Studies 28, 1953, 307–317.
 */
public final class ShapleyExact implements AllocationRule {

    @Override
    public String name() {
        return "shapley";
    }

    /** @throws GameTooLarge above {@value TableGame#MAX_PLAYERS} players, suggesting {@code shapley-sampled} */
    @Override
    public Allocation allocate(Game game) {
        int n = game.size();
        if (n > TableGame.MAX_PLAYERS) {
            throw new GameTooLarge(name(), n, TableGame.MAX_PLAYERS, "shapley-sampled");
        }
        double[][] sums = MarginalSums.bySize(TableGame.tabulate(game));
        double[] weight = weights(n);
        double[] shares = new double[n];
        for (int s = 0; s < n; s++) {
            for (int i = 0; i < n; i++) {
                shares[i] += weight[s] * sums[s][i];
            }
        }
        return new Allocation(name(), shares);
    }

    /** w(s) = s!(n−s−1)!/n! = 1/(n·C(n−1, s)), the probability that i finds exactly a given S of size s before it. */
    static double[] weights(int n) {
        double[] w = new double[n];
        double binomial = 1; // C(n−1, s)
        for (int s = 0; s < n; s++) {
            w[s] = 1 / (n * binomial);
            binomial = binomial * (n - 1 - s) / (s + 1);
        }
        return w;
    }
}
