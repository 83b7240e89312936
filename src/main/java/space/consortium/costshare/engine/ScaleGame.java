package space.consortium.costshare.engine;

import java.util.Map;

/**
 * A cost game with a fixed cost and economies (or diseconomies) of scale in the joint demand:
 * c(S) = F + k·(Σ<sub>i∈S</sub> d<sub>i</sub>)<sup>a</sup> for a non-empty coalition, 0 for the empty one. With
 * a &lt; 1 sharing a facility is cheaper per unit of demand the more the partners demand together (a launch
 * contract, a ground network, a production run).
 */
public final class ScaleGame extends StructuredGame implements IncrementalGame {

    private final double fixed;
    private final double k;
    private final double exponent;
    private final double[] demand;
    private final MaskSums demandOf;

    /**
     * @param fixed    F, the fixed cost any non-empty coalition pays, in the game's currency unit; ≥ 0
     * @param k        the cost of one unit of demand raised to the exponent, in currency per (demand unit)^a; ≥ 0
     * @param exponent a, the scale exponent; &gt; 0 (a &lt; 1: economies of scale)
     * @param demand   each player's demand d<sub>i</sub> ≥ 0, in any unit consistent with {@code k}, keyed by
     *                 player in player order (pass a {@code LinkedHashMap})
     * @throws InvalidGame naming {@code model.scale.fixed}, {@code .k}, {@code .exponent} or
     *                     {@code .demand.<player>}
     */
    public ScaleGame(double fixed, double k, double exponent, Map<String, Double> demand) {
        super(GameKind.COST, "model.scale.demand", demand);
        this.fixed = nonNegative("model.scale.fixed", fixed);
        this.k = nonNegative("model.scale.k", k);
        this.exponent = finite("model.scale.exponent", exponent);
        if (exponent <= 0) {
            throw new InvalidGame("model.scale.exponent", "must be greater than zero, got " + exponent);
        }
        this.demand = new double[size()];
        int i = 0;
        for (Map.Entry<String, Double> e : demand.entrySet()) {
            this.demand[i++] = nonNegative("model.scale.demand." + e.getKey(), e.getValue());
        }
        this.demandOf = new MaskSums(this.demand);
    }

    /** O(n/8): the members' demand by byte-table look-ups, then one {@code Math.pow}. */
    @Override
    public double value(long mask) {
        return mask == 0 ? 0 : cost(demandOf.sum(mask));
    }

    private double cost(double totalDemand) {
        return fixed + k * Math.pow(totalDemand, exponent);
    }

    @Override
    public Coalition emptyCoalition() {
        return new Coalition() {
            private double sum;

            @Override
            public double join(int player) {
                sum += demand[player];
                return cost(sum);
            }
        };
    }
}
