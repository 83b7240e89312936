package space.consortium.costshare.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Rounds shares to a number of decimals so that the rounded parts add up exactly to the rounded total: the
 * largest-remainder (Hamilton) method. Each share is first rounded down; the units still missing go, one each, to
 * the shares with the largest remainders (ties to the earlier player). Every part then differs from its share by
 * less than one unit of the last decimal.
 *
 * <p>Cost O(n log n). Reference: M. L. Balinski, H. P. Young, Fair Representation, Yale University Press, 1982.
 */
public final class LargestRemainder {

    private LargestRemainder() {
    }

    /**
     * Rounds {@code shares} to {@code scale} decimals, adding up to {@code total}.
     *
     * @param shares unrounded shares, e.g. an {@link Allocation}'s, in any unit; they should add up to
     *               {@code total} (to rounding)
     * @param total  the amount the parts must add up to, same unit; rounded half-up to {@code scale} decimals first
     * @param scale  decimals to keep, e.g. 2 for cents of a currency; may be negative (−3: thousands)
     * @return one part per share, in order, each with exactly {@code scale} decimals
     * @throws IllegalArgumentException when a share is not finite, or the shares miss the total by a unit or more,
     *                                  so that no rounding can add up without moving a part by a whole unit
     */
    public static List<BigDecimal> round(double[] shares, BigDecimal total, int scale) {
        int n = shares.length;
        BigDecimal target = total.setScale(scale, RoundingMode.HALF_UP);
        BigDecimal[] parts = new BigDecimal[n];
        BigDecimal[] remainders = new BigDecimal[n];
        BigDecimal floorSum = BigDecimal.ZERO.setScale(scale);
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(shares[i])) {
                throw new IllegalArgumentException("share " + i + " is " + shares[i] + "; shares must be finite");
            }
            BigDecimal exact = new BigDecimal(shares[i]);
            parts[i] = exact.setScale(scale, RoundingMode.FLOOR);
            remainders[i] = exact.subtract(parts[i]);
            floorSum = floorSum.add(parts[i]);
        }
        BigDecimal unit = BigDecimal.ONE.scaleByPowerOfTen(-scale);
        int missing = target.subtract(floorSum).divide(unit).intValueExact();
        if (missing < 0 || missing > n) {
            throw new IllegalArgumentException("the shares add up to " + floorSum + " and more rounded down, which"
                    + " misses the total " + target + " by a unit of the last decimal or more; round shares that add"
                    + " up to the total");
        }
        List<Integer> byRemainder = IntStream.range(0, n).boxed()
                .sorted(Comparator.comparing((Integer i) -> remainders[i]).reversed().thenComparing(i -> i))
                .toList();
        for (int k = 0; k < missing; k++) {
            int i = byRemainder.get(k);
            parts[i] = parts[i].add(unit);
        }
        return List.of(parts);
    }

    /** Rounds {@code shares} to {@code scale} decimals, adding up to their own sum rounded half-up. */
    public static List<BigDecimal> round(double[] shares, int scale) {
        BigDecimal sum = BigDecimal.ZERO;
        for (double share : shares) {
            if (!Double.isFinite(share)) {
                throw new IllegalArgumentException("share " + share + " is not finite; shares must be finite");
            }
            sum = sum.add(new BigDecimal(share));
        }
        return round(shares, sum, scale);
    }
}
