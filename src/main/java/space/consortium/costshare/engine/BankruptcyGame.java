package space.consortium.costshare.engine;

import java.util.Map;

/**
 * A bankruptcy game (O'Neill 1982; Aumann &amp; Maschler 1985): an estate E smaller than the claims d<sub>i</sub>
 * against it, and a coalition is worth what is left once everyone outside has been paid in full,
 * v(S) = max(0, E − Σ<sub>j∉S</sub> d<sub>j</sub>). A profit game; its nucleolus is the Talmud rule.
 */
public final class BankruptcyGame extends StructuredGame implements IncrementalGame {

    private final double estate;
    private final double[] claims;
    private final double totalClaims;
    private final MaskSums claimsOf;

    /**
     * @param estate the amount to divide, in the game's currency unit; ≥ 0 and at most the total of the claims
     * @param claims each player's claim d<sub>i</sub> ≥ 0, same unit, keyed by player in player order (pass a
     *               {@code LinkedHashMap})
     * @throws InvalidGame naming {@code model.bankruptcy.estate} or {@code model.bankruptcy.claims.<player>}
     */
    public BankruptcyGame(double estate, Map<String, Double> claims) {
        super(GameKind.PROFIT, "model.bankruptcy.claims", claims);
        this.claims = new double[size()];
        int i = 0;
        double total = 0;
        for (Map.Entry<String, Double> e : claims.entrySet()) {
            this.claims[i] = nonNegative("model.bankruptcy.claims." + e.getKey(), e.getValue());
            total += this.claims[i++];
        }
        this.totalClaims = total;
        this.claimsOf = new MaskSums(this.claims);
        this.estate = nonNegative("model.bankruptcy.estate", estate);
        if (estate > total) {
            throw new InvalidGame("model.bankruptcy.estate", "must not exceed the total of the claims (" + total
                    + "), got " + estate + "; with enough to pay every claim there is nothing to share");
        }
    }

    /** O(n/8): the claims of the players outside, by byte-table look-ups (0 for the grand coalition, exactly). */
    @Override
    public double value(long mask) {
        return mask == 0 ? 0 : Math.max(0, estate - claimsOf.sum(~mask & maskOfAll()));
    }

    private long maskOfAll() {
        return size() >= 64 ? -1L : (1L << size()) - 1;
    }

    @Override
    public Coalition emptyCoalition() {
        return new Coalition() {
            private double inside;
            private int members;

            @Override
            public double join(int player) {
                inside += claims[player];
                members++;
                // the grand coalition gets exactly E, whatever the rounding in the running sum
                return members == size() ? estate : Math.max(0, estate - (totalClaims - inside));
            }
        };
    }
}
