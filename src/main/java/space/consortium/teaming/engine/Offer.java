package space.consortium.teaming.engine;

/**
 * What a candidate partner can provide.
 *
 * @param capability       catalogue id
 * @param maturity         TRL 1–9 (9: flight proven)
 * @param costUsdMillions  estimated cost of one unit, in millions of US dollars, at least 0
 */
public record Offer(String capability, int maturity, double costUsdMillions) {

    public Offer {
        if (maturity < 1 || maturity > 9) {
            throw new IllegalArgumentException("maturity of " + capability + " must be 1–9, not " + maturity);
        }
        if (!(costUsdMillions >= 0) || Double.isInfinite(costUsdMillions)) {
            throw new IllegalArgumentException("cost of " + capability + " must be a finite number ≥ 0");
        }
    }
}
