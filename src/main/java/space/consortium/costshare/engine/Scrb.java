package space.consortium.costshare.engine;

/**
 * Separable costs remaining benefits (SCRB), the rule of the Tennessee Valley Authority's cost allocations: each
 * player pays its separable cost SC<sub>i</sub> = c(N) − c(N∖{i}), what it alone adds to the grand coalition, and
 * the non-separable rest c(N) − ΣSC is split in proportion to the remaining benefits r<sub>i</sub> =
 * c({i}) − SC<sub>i</sub>, what it saves by not going alone: x<sub>i</sub> = SC<sub>i</sub> + (c(N) − ΣSC)·
 * r<sub>i</sub>/Σr. Efficient, but not always in the core.
 *
 * <p>For a profit game the same formula is applied to v: each player gets its separable contribution
 * v(N) − v(N∖{i}) and the rest is split in proportion to v({i}) − (v(N) − v(N∖{i})). When the remaining benefits
 * add up to zero the rest is split equally, and the allocation's note says so.
 *
 * <p>Cost: 2n + 1 coalition values, O(n); O(n²) for a game of more than 62 players (each v(N∖{i}) is built up
 * player by player).
 *
 * <p>References: [1] P. D. Straffin, J. P. Heaney, "Game theory and the Tennessee Valley Authority",
 * International Journal of Game Theory 10(1), 1981, 35–43. [2] H. P. Young, N. Okada, T. Hashimoto, "Cost
 * allocation in water resources development", Water Resources Research 18(3), 1982, 463–475.
 */
public final class Scrb implements AllocationRule {

    @Override
    public String name() {
        return "scrb";
    }

    @Override
    public Allocation allocate(Game game) {
        int n = game.size();
        double grand = Coalitions.grand(game);
        double[] separable = new double[n];
        double[] remaining = new double[n];
        double separableTotal = 0;
        double remainingTotal = 0;
        double magnitude = 0;
        for (int i = 0; i < n; i++) {
            separable[i] = grand - Coalitions.allBut(game, i);
            remaining[i] = Coalitions.single(game, i) - separable[i];
            separableTotal += separable[i];
            remainingTotal += remaining[i];
            magnitude += Math.abs(remaining[i]);
        }
        double rest = grand - separableTotal;
        boolean equal = Math.abs(remainingTotal) <= 1e-12 * magnitude;
        double[] shares = new double[n];
        for (int i = 0; i < n; i++) {
            shares[i] = separable[i] + (equal ? rest / n : rest * remaining[i] / remainingTotal);
        }
        return new Allocation(name(), shares, null, equal
                ? "the remaining benefits add up to zero, so the non-separable part is split equally" : null);
    }
}
