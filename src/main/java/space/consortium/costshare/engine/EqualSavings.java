package space.consortium.costshare.engine;

/**
 * Equal savings: the gain of cooperating is split equally. For a cost game each player pays its stand-alone cost
 * less an equal part of the savings, x<sub>i</sub> = c({i}) − (Σ<sub>j</sub> c({j}) − c(N))/n; for a profit game
 * each gets its stand-alone worth plus an equal part of the surplus, x<sub>i</sub> = v({i}) + (v(N) −
 * Σ<sub>j</sub> v({j}))/n (the same formula). In the TVA case it coincides with the nucleolus. Cost: n + 1
 * coalition values, O(n).
 *
 * <p>Reference: P. D. Straffin, J. P. Heaney, "Game theory and the Tennessee Valley Authority", International
 * Journal of Game Theory 10(1), 1981, 35–43.
 */
public final class EqualSavings implements AllocationRule {

    @Override
    public String name() {
        return "equal-savings";
    }

    @Override
    public Allocation allocate(Game game) {
        int n = game.size();
        double[] shares = new double[n];
        double alone = 0;
        for (int i = 0; i < n; i++) {
            shares[i] = Coalitions.single(game, i);
            alone += shares[i];
        }
        double gainEach = (Coalitions.grand(game) - alone) / n;
        for (int i = 0; i < n; i++) {
            shares[i] += gainEach;
        }
        return new Allocation(name(), shares);
    }
}
