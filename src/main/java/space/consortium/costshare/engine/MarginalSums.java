package space.consortium.costshare.engine;

import java.util.stream.IntStream;

/**
 * One pass over a coalition table that sums every marginal contribution v(S∪{i}) − v(S), grouped by the size
 * of S: {@code sums[s][i]} = Σ over S ∌ i with |S| = s. Shapley and Banzhaf are weighted sums of these.
 *
 * <p>Cost O(n·2<sup>n−1</sup>) in principle; in practice about 4 subtractions per coalition: a mask is split into
 * its low {@value #LOW_BITS} bits l (a block of 256 neighbouring coalitions, in cache together) and its high bits
 * H. The low players' marginal contributions are taken one by one inside the block. A high player i's
 * contributions to the coalitions (H, l) with |l| = k are summed a block at a time, as
 * Σ<sub>|l|=k</sub> v(H∪{i}, l) − Σ<sub>|l|=k</sub> v(H, l): the same sum in another order, over at most 70
 * coalitions, so without measurable cancellation.
 *
 * <p>Both passes run in parallel over fixed ranges of blocks whose partial sums are added in range order, so the
 * result does not depend on the number of threads.
 */
final class MarginalSums {

    /** Players handled inside a block: 2⁸ coalitions = 2 KiB of the table. */
    static final int LOW_BITS = 8;

    /**
     * Coalitions per parallel task (~0.5 ms of work; 256 tasks and 2.7 MB of partial sums at n = 25), fixed so that
     * the partial sums do not depend on the number of cores.
     */
    private static final int TASK = 1 << 17;

    private MarginalSums() {
    }

    /** {@code sums[s][i]} for s = 0..n (row n is all zero: no coalition of n players leaves anyone out). */
    static double[][] bySize(TableGame game) {
        int n = game.size();
        double[] table = game.table();
        int low = Math.min(n, LOW_BITS);
        int blocks = 1 << (n - low);
        int blocksPerTask = Math.max(1, TASK >> low);
        int tasks = (blocks + blocksPerTask - 1) / blocksPerTask;
        // blockSums[H·(low+1) + k] = Σ v(H, l) over the low parts l of size k
        double[] blockSums = new double[blocks * (low + 1)];
        // every array is allocated here, before the parallel passes: running out of memory in a worker of the
        // common pool can leave the caller waiting for ever, running out here throws in the caller
        double[][][] lowPartials = new double[tasks][n + 1][n];
        double[][][] highPartials = new double[tasks][n + 1][n];
        IntStream.range(0, tasks).parallel().forEach(t -> lowPlayers(table, low, t * blocksPerTask,
                Math.min(blocks, (t + 1) * blocksPerTask), blockSums, lowPartials[t]));
        IntStream.range(0, tasks).parallel().forEach(t -> highPlayers(blockSums, n, low, t * blocksPerTask,
                Math.min(blocks, (t + 1) * blocksPerTask), highPartials[t]));
        double[][] sums = new double[n + 1][n];
        for (int t = 0; t < tasks; t++) {
            add(sums, lowPartials[t]);
            add(sums, highPartials[t]);
        }
        return sums;
    }

    /** Adds players 0..low−1's marginal contributions, one by one, and fills blockSums, for blocks [from, to). */
    private static void lowPlayers(double[] table, int low, int from, int to, double[] blockSums, double[][] sums) {
        int lowAll = (1 << low) - 1;
        for (int block = from; block < to; block++) {
            int base = block << low;
            int highSize = Integer.bitCount(block);
            int sumsAt = block * (low + 1);
            for (int l = 0; l <= lowAll; l++) {
                int mask = base | l;
                double value = table[mask];
                int lowSize = Integer.bitCount(l);
                blockSums[sumsAt + lowSize] += value;
                double[] row = sums[highSize + lowSize];
                for (int out = ~l & lowAll; out != 0; out &= out - 1) {
                    int i = Integer.numberOfTrailingZeros(out);
                    row[i] += table[mask | (1 << i)] - value;
                }
            }
        }
    }

    /** Adds players low..n−1's marginal contributions, a block at a time, for blocks [from, to). */
    private static void highPlayers(double[] blockSums, int n, int low, int from, int to, double[][] sums) {
        int highAll = (1 << (n - low)) - 1;
        int width = low + 1;
        for (int block = from; block < to; block++) {
            int highSize = Integer.bitCount(block);
            int at = block * width;
            for (int out = ~block & highAll; out != 0; out &= out - 1) {
                int h = Integer.numberOfTrailingZeros(out);
                int withAt = (block | (1 << h)) * width;
                for (int k = 0; k <= low; k++) {
                    sums[highSize + k][low + h] += blockSums[withAt + k] - blockSums[at + k];
                }
            }
        }
    }

    private static void add(double[][] into, double[][] part) {
        for (int s = 0; s < into.length; s++) {
            for (int i = 0; i < into[s].length; i++) {
                into[s][i] += part[s][i];
            }
        }
    }
}
