package space.consortium.schedule.engine;

/**
 * How to run the Monte Carlo.
 *
 * @param trials      most trials (at least 100)
 * @param seed        the seed; the same seed gives bit-identical results whatever the thread count
 * @param threads     worker threads (1 = the calling thread only)
 * @param convergence 0 to run every trial; otherwise stop after a block of 1,000 trials once the mean and P80 of
 *                    finish and cost moved by less than this relative amount over the last block
 */
public record RunSettings(int trials, long seed, int threads, double convergence) {

    public static final int MAX_TRIALS = 1_000_000;

    public RunSettings {
        if (trials < 100 || trials > MAX_TRIALS) {
            throw new IllegalArgumentException("trials must be between 100 and " + MAX_TRIALS);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        if (!(convergence >= 0 && convergence < 1)) {
            throw new IllegalArgumentException("convergence must be in [0, 1)");
        }
    }

    public static RunSettings of(int trials, long seed) {
        return new RunSettings(trials, seed, 1, 0);
    }

    public RunSettings withThreads(int n) {
        return new RunSettings(trials, seed, n, convergence);
    }
}
