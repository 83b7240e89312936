package space.consortium.costshare.engine;

/**
 * Σ<sub>i∈S</sub> a<sub>i</sub> for a coalition mask in a few table look-ups instead of one dependent addition
 * per member: the mask is cut into bytes and each byte's subset sum is precomputed (at most 8 tables of 256
 * values, 16 KiB, so they stay in the L1 cache). Used by the structured models whose value depends on a sum over
 * the members, so that tabulating 2<sup>n</sup> coalitions costs a few nanoseconds per coalition.
 */
final class MaskSums {

    private final double[][] byteSums;

    /** @param amounts a<sub>i</sub> per player; only players 0..63 are reachable by a mask */
    MaskSums(double[] amounts) {
        int players = Math.min(amounts.length, 64);
        byteSums = new double[(players + 7) / 8][256];
        for (int b = 0; b < byteSums.length; b++) {
            double[] sums = byteSums[b];
            for (int m = 1; m < 256; m++) {
                int player = 8 * b + Integer.numberOfTrailingZeros(m);
                sums[m] = sums[m & (m - 1)] + (player < players ? amounts[player] : 0);
            }
        }
    }

    /** The sum over the members of {@code mask}. */
    double sum(long mask) {
        double sum = 0;
        long rest = mask;
        for (int b = 0; rest != 0; b++, rest >>>= 8) {
            sum += byteSums[b][(int) (rest & 0xFF)];
        }
        return sum;
    }
}
