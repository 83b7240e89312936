package space.consortium.costshare.engine;

/**
 * The normalised Banzhaf value: each player's raw Banzhaf value β<sub>i</sub> = Σ<sub>S∌i</sub> (v(S∪{i}) − v(S))
 * / 2<sup>n−1</sup>, its marginal contribution averaged over all coalitions of the others, rescaled so that the
 * shares add up to v(N): x<sub>i</sub> = v(N)·β<sub>i</sub>/Σβ. The same for a cost game (with c). For a weighted
 * voting game it is the normalised Banzhaf power index.
 *
 * <p>Cost: as {@link ShapleyExact}, O(2<sup>n</sup>) evaluations and O(n·2<sup>n−1</sup>) additions, memory
 * 8·2<sup>n</sup> bytes; at most {@value TableGame#MAX_PLAYERS} players.
 *
 * <p>References: [1] J. F. Banzhaf III, "Weighted voting doesn't work: a mathematical analysis", Rutgers Law
 * Review 19, 1965, 317–343. [2] P. Dubey, L. S. Shapley, "Mathematical properties of the Banzhaf power index",
 * Mathematics of Operations Research 4, 1979, 99–131.
 */
public final class BanzhafNormalized implements AllocationRule {

    @Override
    public String name() {
        return "banzhaf";
    }

    /**
     * @throws GameTooLarge above {@value TableGame#MAX_PLAYERS} players
     * @throws InvalidGame  when the raw Banzhaf values add up to zero, so that they cannot be rescaled
     */
    @Override
    public Allocation allocate(Game game) {
        int n = game.size();
        if (n > TableGame.MAX_PLAYERS) {
            throw new GameTooLarge(name(), n, TableGame.MAX_PLAYERS, "shapley-sampled");
        }
        TableGame table = TableGame.tabulate(game);
        double[][] sums = MarginalSums.bySize(table);
        double[] raw = new double[n];
        double total = 0;
        double magnitude = 0;
        for (int i = 0; i < n; i++) {
            for (int s = 0; s < n; s++) {
                raw[i] += sums[s][i];
            }
            raw[i] = Math.scalb(raw[i], -(n - 1));
            total += raw[i];
            magnitude += Math.abs(raw[i]);
        }
        if (Math.abs(total) <= 1e-12 * magnitude) {
            throw new InvalidGame("values", "the raw Banzhaf values add up to zero, so they cannot be rescaled to the"
                    + " grand coalition's value; use 'shapley'");
        }
        double grand = table.value(table.grand());
        double[] shares = new double[n];
        for (int i = 0; i < n; i++) {
            shares[i] = grand * raw[i] / total;
        }
        return new Allocation(name(), shares);
    }
}
