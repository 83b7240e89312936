package space.consortium.costshare.engine;

/**
 * x(S) = Σ_{i∈S} x_i for every coalition, from two tables of partial sums over the low and the high half of the
 * players: O(2^(n/2)) memory and set-up, then one addition per coalition (so each sum carries at most two rounding
 * steps more than the half sums, unlike a running Gray-code sum that drifts).
 */
final class CoalitionSums {

    private final int lowBits;
    private final int lowMask;
    private final double[] low;
    private final double[] high;

    CoalitionSums(double[] x) {
        int n = x.length;
        this.lowBits = n / 2;
        this.lowMask = (1 << lowBits) - 1;
        this.low = halfSums(x, 0, lowBits);
        this.high = halfSums(x, lowBits, n - lowBits);
    }

    /** x(mask); mask must be a coalition of the n players given to the constructor. */
    double of(long mask) {
        return low[(int) (mask & lowMask)] + high[(int) (mask >>> lowBits)];
    }

    private static double[] halfSums(double[] x, int from, int count) {
        double[] sums = new double[1 << count];
        for (int mask = 1; mask < sums.length; mask++) {
            int bit = Integer.numberOfTrailingZeros(mask);
            sums[mask] = sums[mask & (mask - 1)] + x[from + bit];
        }
        return sums;
    }
}
