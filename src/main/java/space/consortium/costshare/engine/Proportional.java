package space.consortium.costshare.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Proportional allocation: x<sub>i</sub> = v(N)·w<sub>i</sub>/Σw for weights w<sub>i</sub> ≥ 0 that are not all
 * zero: fixed weights (a GDP key, a share of use, a negotiated table), or each player's stand-alone value
 * ({@link #standAlone()}). Ignores what coalitions other than N and the singletons are worth, so it can leave the
 * core. Cost: O(n), plus n coalition values for {@link #standAlone()}.
 */
public final class Proportional implements AllocationRule {

    private final Function<Game, double[]> weightsFor;
    private final @Nullable String note;

    private Proportional(Function<Game, double[]> weightsFor, @Nullable String note) {
        this.weightsFor = weightsFor;
        this.note = note;
    }

    /**
     * Weights in player order.
     *
     * @param weights one weight per player, ≥ 0, not all zero (any unit; only ratios matter)
     * @throws InvalidGame naming {@code weights[i]} for a negative or non-finite weight, or {@code weights} when all
     *                     are zero; at allocation, naming {@code weights} when the count differs from the players'
     */
    public Proportional(double[] weights) {
        this(inPlayerOrder(weights.clone()), null);
    }

    /**
     * Weights by player name.
     *
     * @param weights one weight per player, ≥ 0, not all zero, keyed by player name
     * @throws InvalidGame naming {@code weights.<player>} for a negative, non-finite, missing or unknown player's
     *                     weight, or {@code weights} when all are zero
     */
    public Proportional(Map<String, Double> weights) {
        this(byName(new LinkedHashMap<>(weights)), null);
    }

    /**
     * Weights equal to each player's stand-alone value v({i}): proportional to stand-alone cost in a cost game.
     * At allocation, throws {@link InvalidGame} naming {@code values.<player>} for a negative stand-alone value.
     */
    public static Proportional standAlone() {
        return new Proportional(Proportional::standAloneValues, "weights: stand-alone values");
    }

    @Override
    public String name() {
        return "proportional";
    }

    @Override
    public Allocation allocate(Game game) {
        double[] weights = weightsFor.apply(game);
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double grand = Coalitions.grand(game);
        double[] shares = new double[weights.length];
        for (int i = 0; i < weights.length; i++) {
            shares[i] = grand * weights[i] / total;
        }
        return new Allocation(name(), shares, null, note);
    }

    private static Function<Game, double[]> inPlayerOrder(double[] weights) {
        for (int i = 0; i < weights.length; i++) {
            StructuredGame.nonNegative("weights[" + i + "]", weights[i]);
        }
        checkTotal("weights", weights, "the weights");
        return game -> checkCount(game, weights);
    }

    private static Function<Game, double[]> byName(Map<String, Double> weights) {
        double[] values = new double[weights.size()];
        int i = 0;
        for (Map.Entry<String, Double> e : weights.entrySet()) {
            values[i++] = StructuredGame.nonNegative("weights." + e.getKey(), e.getValue());
        }
        checkTotal("weights", values, "the weights");
        return game -> byPlayer(game, weights);
    }

    private static double[] checkCount(Game game, double[] weights) {
        if (weights.length != game.size()) {
            throw new InvalidGame("weights", "expected one weight per player (" + game.size() + "), got "
                    + weights.length);
        }
        return weights.clone();
    }

    private static double[] byPlayer(Game game, Map<String, Double> weights) {
        List<String> players = game.players();
        Map<String, Double> left = new LinkedHashMap<>(weights);
        double[] w = new double[players.size()];
        for (int i = 0; i < w.length; i++) {
            Double value = left.remove(players.get(i));
            if (value == null) {
                throw new InvalidGame("weights." + players.get(i), "no weight given for player '" + players.get(i)
                        + "'; every player needs one");
            }
            w[i] = value;
        }
        if (!left.isEmpty()) {
            String unknown = left.keySet().iterator().next();
            throw new InvalidGame("weights." + unknown, "'" + unknown + "' is not a player; players are " + players);
        }
        return w;
    }

    private static double[] standAloneValues(Game game) {
        double[] w = new double[game.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = Coalitions.single(game, i);
            if (!(w[i] >= 0)) {
                throw new InvalidGame("values." + game.players().get(i), "the stand-alone value " + w[i]
                        + " cannot be a weight for 'proportional': weights must be zero or more");
            }
        }
        checkTotal("values", w, "the stand-alone values");
        return w;
    }

    private static void checkTotal(String field, double[] weights, String what) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        if (!(total > 0)) {
            throw new InvalidGame(field, what + " add up to zero; proportional needs at least one positive weight");
        }
    }
}
