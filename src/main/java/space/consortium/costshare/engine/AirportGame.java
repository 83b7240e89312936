package space.consortium.costshare.engine;

import java.util.Map;

/**
 * An airport game (Littlechild &amp; Owen 1973): each player needs a facility of some size (a runway length, a
 * launch capability, a ground-station aperture) and a coalition pays for the largest its members need,
 * c(S) = max<sub>i∈S</sub> c<sub>i</sub>. A cost game; concave, so its core is non-empty and contains the Shapley
 * value, which {@link AirportShapley} computes in closed form.
 */
public final class AirportGame extends StructuredGame implements IncrementalGame {

    private final double[] requirements;

    /**
     * @param requirements each player's stand-alone cost c<sub>i</sub> (≥ 0, in the game's currency unit), keyed by
     *                     player in player order (pass a {@code LinkedHashMap})
     * @throws InvalidGame naming {@code model.airport.<player>} for a negative or missing requirement
     */
    public AirportGame(Map<String, Double> requirements) {
        super(GameKind.COST, "model.airport", requirements);
        this.requirements = new double[size()];
        int i = 0;
        for (Map.Entry<String, Double> e : requirements.entrySet()) {
            this.requirements[i++] = nonNegative("model.airport." + e.getKey(), e.getValue());
        }
    }

    /** The largest requirement among the members; O(|S|). */
    @Override
    public double value(long mask) {
        double max = 0;
        for (long m = mask; m != 0; m &= m - 1) {
            max = Math.max(max, requirements[Long.numberOfTrailingZeros(m)]);
        }
        return max;
    }

    /** Player i's requirement. */
    public double requirement(int player) {
        return requirements[player];
    }

    /** The requirements in player order; do not modify. */
    double[] requirements() {
        return requirements;
    }

    @Override
    public Coalition emptyCoalition() {
        return new Coalition() {
            private double max;

            @Override
            public double join(int player) {
                max = Math.max(max, requirements[player]);
                return max;
            }
        };
    }
}
