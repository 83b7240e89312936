package space.consortium.schedule.engine;

/**
 * SplitMix64 (Steele, Lea and Flood, "Fast splittable pseudorandom number generators", OOPSLA 2014), the generator
 * behind {@link java.util.SplittableRandom}. One stream per trial, derived from the seed and the trial index, so a
 * trial's numbers do not depend on which thread runs it or in which order.
 */
final class SplitMix {

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private long state;

    SplitMix(long seed, long trial) {
        this.state = mix(seed ^ mix(trial * GOLDEN + 0x632BE59BD9B4E019L));
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A uniform number strictly inside (0, 1), so that quantile functions never see 0 or 1. */
    double nextOpen() {
        state += GOLDEN;
        return ((mix(state) >>> 11) + 0.5) * 0x1.0p-53;
    }
}
