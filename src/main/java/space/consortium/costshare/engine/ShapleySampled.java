package space.consortium.costshare.engine;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import space.consortium.shared.Checkpoint;

/**
 * The Shapley value estimated by sampling orders: for each of {@code samples} random permutations of the
 * players, each player's marginal contribution when it joins those before it; the estimate is the mean, with a
 * 95 % confidence half-width 1.96·sd/√samples per player. Every permutation's marginal contributions add up to
 * v(N), so the estimate is efficient (to rounding) whatever the sample.
 *
 * <p>Cost: O(samples·n) joins for a game that adds players one at a time (the structured models: airport, scale,
 * elements, bankruptcy, voting; any number of players), else O(samples·n) evaluations of {@link Game#value} on
 * masks (at most 62 players). Memory O(n) per block of permutations.
 *
 * <p>Implementation notes: the permutations are drawn in fixed blocks of {@value #BLOCK}, each from its own
 * {@link SplittableRandom} split off the seed in block order; block results (mean and sum of squared deviations,
 * Welford) are merged in block order (Chan et al.). So the same seed gives the same result on any number of
 * cores.
 *
 * <p>References: [1] J. Castro, D. Gómez, J. Tejada, "Polynomial calculation of the Shapley value based on
 * sampling", Computers &amp; Operations Research 36, 2009, 1726–1730. [2] T. F. Chan, G. H. Golub, R. J. LeVeque,
 * "Updating formulae and a pairwise algorithm for computing sample variances", COMPSTAT 1982.
 */
public final class ShapleySampled implements AllocationRule {

    /** Permutations per block; fixed, so that the split of the random streams does not depend on the cores. */
    static final int BLOCK = 256;

    /** Blocks run in parallel at a time, merged before the next ones start; bounds memory at O(n) per block. */
    private static final int BLOCKS_PER_ROUND = 32;

    private final int samples;
    private final long seed;
    private final Checkpoint checkpoint;

    /**
     * @param samples number of random permutations, ≥ 2; the half-width shrinks as 1/√samples
     * @param seed    seed of the random permutations; the same seed gives the same allocation
     * @throws InvalidGame naming {@code samples} when fewer than 2
     */
    public ShapleySampled(int samples, long seed) {
        this(samples, seed, Checkpoint.NONE);
    }

    /**
     * @param checkpoint called before each block of {@value #BLOCK} orders (with the orders done before it)
     * @see #ShapleySampled(int, long)
     */
    public ShapleySampled(int samples, long seed, Checkpoint checkpoint) {
        this.checkpoint = checkpoint;
        if (samples < 2) {
            throw new InvalidGame("samples", "need at least 2 permutations to estimate a confidence interval, got "
                    + samples);
        }
        this.samples = samples;
        this.seed = seed;
    }

    @Override
    public String name() {
        return "shapley-sampled";
    }

    public int samples() {
        return samples;
    }

    public long seed() {
        return seed;
    }

    /** @throws GameTooLarge for a game of more than 62 players that cannot add players one at a time */
    @Override
    public Allocation allocate(Game game) {
        int n = game.size();
        if (!(game instanceof IncrementalGame) && n > StructuredGame.MAX_MASK_PLAYERS) {
            throw new GameTooLarge(name(), n, StructuredGame.MAX_MASK_PLAYERS, "a structured model");
        }
        int blocks = (samples + BLOCK - 1) / BLOCK;
        SplittableRandom root = new SplittableRandom(seed);
        SplittableRandom[] streams = new SplittableRandom[blocks];
        for (int b = 0; b < blocks; b++) {
            streams[b] = root.split();
        }
        Moments total = new Moments(n);
        for (int first = 0; first < blocks; first += BLOCKS_PER_ROUND) {
            int last = Math.min(blocks, first + BLOCKS_PER_ROUND);
            // allocated here rather than in the workers: see MarginalSums
            Moments[] round = new Moments[last - first];
            for (int b = first; b < last; b++) {
                round[b - first] = new Moments(n);
            }
            int start = first;
            IntStream.range(first, last).parallel()
                    .forEach(b -> sample(game, checkpoint, (long) b * BLOCK, streams[b],
                            Math.min(BLOCK, samples - b * BLOCK), round[b - start]));
            for (Moments part : round) {
                total.merge(part);
            }
        }
        double[] halfWidth = new double[n];
        for (int i = 0; i < n; i++) {
            halfWidth[i] = 1.96 * Math.sqrt(total.m2[i] / (samples - 1) / samples);
        }
        return new Allocation(name(), total.mean, halfWidth,
                "mean of " + samples + " random orders (seed " + seed + "); half-widths of 95 % confidence intervals");
    }

    /** Draws {@code permutations} random orders into {@code moments}, which must be empty. */
    private static void sample(Game game, Checkpoint checkpoint, long done, SplittableRandom random,
                               int permutations, Moments moments) {
        checkpoint.reached(done);
        int n = game.size();
        double[] mean = moments.mean;
        double[] m2 = moments.m2;
        int[] order = IntStream.range(0, n).toArray();
        IncrementalGame incremental = game instanceof IncrementalGame g ? g : null;
        for (int p = 0; p < permutations; p++) {
            for (int k = n - 1; k > 0; k--) {
                int j = random.nextInt(k + 1);
                int swap = order[k];
                order[k] = order[j];
                order[j] = swap;
            }
            double inverseCount = 1.0 / (p + 1);
            double before = 0;
            if (incremental != null) {
                IncrementalGame.Coalition coalition = incremental.emptyCoalition();
                for (int k = 0; k < n; k++) {
                    int i = order[k];
                    double after = coalition.join(i);
                    double delta = after - before - mean[i];
                    mean[i] += delta * inverseCount;
                    m2[i] += delta * (after - before - mean[i]);
                    before = after;
                }
            } else {
                long mask = 0;
                for (int k = 0; k < n; k++) {
                    int i = order[k];
                    mask |= 1L << i;
                    double after = game.value(mask);
                    double delta = after - before - mean[i];
                    mean[i] += delta * inverseCount;
                    m2[i] += delta * (after - before - mean[i]);
                    before = after;
                }
            }
        }
        moments.count = permutations;
    }

    /** Per-player sample mean and sum of squared deviations of a number of permutations. */
    private static final class Moments {
        final double[] mean;
        final double[] m2;
        long count;

        Moments(int n) {
            mean = new double[n];
            m2 = new double[n];
        }

        void merge(Moments other) {
            long combined = count + other.count;
            double weight = (double) other.count / combined;
            double cross = (double) count * other.count / combined;
            for (int i = 0; i < mean.length; i++) {
                double delta = other.mean[i] - mean[i];
                mean[i] += delta * weight;
                m2[i] += other.m2[i] + delta * delta * cross;
            }
            count = combined;
        }
    }
}
