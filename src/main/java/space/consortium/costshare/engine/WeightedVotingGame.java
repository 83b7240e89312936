package space.consortium.costshare.engine;

import java.util.Map;

/**
 * A weighted voting game: a coalition wins (value 1) when its members' weights reach the quota, else it loses
 * (value 0). A simple profit game; its Shapley value is the Shapley–Shubik power index and its normalised Banzhaf
 * value the normalised Banzhaf index.
 *
 * <p>Weights are summed in floating point; a sum within 10<sup>-12</sup> of the total weight below the quota
 * counts as reaching it, so that decimal weights such as 0.1 and 0.2 reach a quota of 0.3 in any order.
 */
public final class WeightedVotingGame extends StructuredGame implements IncrementalGame {

    private final double[] weights;
    private final double threshold;
    private final MaskSums weightOf;

    /**
     * @param quota   the weight a coalition needs to win; &gt; 0 and at most the total weight
     * @param weights each player's voting weight ≥ 0, keyed by player in player order (pass a {@code LinkedHashMap})
     * @throws InvalidGame naming {@code model.voting.quota} or {@code model.voting.weights.<player>}
     */
    public WeightedVotingGame(double quota, Map<String, Double> weights) {
        super(GameKind.PROFIT, "model.voting.weights", weights);
        this.weights = new double[size()];
        int i = 0;
        double total = 0;
        for (Map.Entry<String, Double> e : weights.entrySet()) {
            this.weights[i] = nonNegative("model.voting.weights." + e.getKey(), e.getValue());
            total += this.weights[i++];
        }
        finite("model.voting.quota", quota);
        if (quota <= 0) {
            throw new InvalidGame("model.voting.quota", "must be greater than zero, got " + quota);
        }
        if (quota > total) {
            throw new InvalidGame("model.voting.quota", "must not exceed the total weight (" + total + "), got "
                    + quota + "; no coalition could win");
        }
        this.threshold = quota - 1e-12 * total;
        this.weightOf = new MaskSums(this.weights);
    }

    /** 1 if the members' weights reach the quota, else 0; O(n/8). */
    @Override
    public double value(long mask) {
        return mask != 0 && weightOf.sum(mask) >= threshold ? 1 : 0;
    }

    @Override
    public Coalition emptyCoalition() {
        return new Coalition() {
            private double sum;

            @Override
            public double join(int player) {
                sum += weights[player];
                return sum >= threshold ? 1 : 0;
            }
        };
    }
}
