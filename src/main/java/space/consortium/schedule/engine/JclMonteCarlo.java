package space.consortium.schedule.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import space.consortium.shared.Checkpoint;

/**
 * Joint cost and schedule confidence by Monte Carlo over a cost-loaded network (NASA Cost Estimating Handbook v4.0,
 * appendix J). Each trial samples every duration and cost (correlated groups through a Gaussian copula, which keeps
 * every marginal and so every mean), draws each risk event (Bernoulli), runs the forward pass of the critical path
 * method over FS/SS/FF links with lags, and traces the critical path back from the last finish.
 *
 * <p>Cost per trial: O(activities + links + risk targets + Σ m² over correlated groups of size m). Trials are cut
 * into fixed chunks of {@value #CHUNK}; trial {@code t} draws from its own SplitMix64 stream derived from (seed, t)
 * and the chunks' sums are added in chunk order, so results are bit-identical for any thread count.
 *
 * <p>{@link #prepare(Plan)} validates and compiles the plan (throws {@link InvalidPlan}); {@link #run} may then be
 * called any number of times. The parts: {@link PlanCompiler} (validation, order, correlation factors → a
 * {@link Network}), {@link TrialSampler} (the trials of one chunk) and {@link JclSummaries} (what the trials add up
 * to); this class cuts a run into blocks and chunks and runs them, on a pool when asked.
 */
public final class JclMonteCarlo {

    static final int CHUNK = 250;

    private final Network net;

    private JclMonteCarlo(Network net) {
        this.net = net;
    }

    /**
     * Validates and compiles a plan.
     *
     * @throws InvalidPlan naming every problem: duplicate or unknown ids, cycles (with the activities on the cycle),
     *                     negative durations, probabilities outside [0, 1], correlations outside [-1, 1] or a matrix
     *                     that is not positive semi-definite (unless the plan asks for repair)
     */
    public static JclMonteCarlo prepare(Plan plan) {
        return new JclMonteCarlo(PlanCompiler.compile(plan));
    }

    /** The deterministic finish (days): point estimates, no risks. */
    public double deterministicFinish() {
        return net.deterministicFinish;
    }

    /** Runs the simulation; {@code progress} receives the number of trials done after each block. */
    public JclResult run(RunSettings settings, IntConsumer progress) {
        return run(settings, progress, Checkpoint.NONE);
    }

    /**
     * Runs the simulation; {@code progress} receives the number of trials done after each block, and
     * {@code checkpoint} is called every {@value TrialSampler#CHECK_EVERY} trials (with the trial index) and after each block.
     *
     * @throws space.consortium.shared.Cancelled from the checkpoint, when the run must stop
     */
    public JclResult run(RunSettings settings, IntConsumer progress, Checkpoint checkpoint) {
        int max = settings.trials();
        int block = Math.max(2_000, ((max / 50 + CHUNK - 1) / CHUNK) * CHUNK);
        TrialSampler.Outcomes out = TrialSampler.Outcomes.of(max, net.partners.length);
        TrialSampler.Sums total = new TrialSampler.Sums(net.n, net.linkPred.length, net.riskIds.length);
        ExecutorService pool = settings.threads() > 1 ? Executors.newFixedThreadPool(settings.threads()) : null;
        int done = 0;
        boolean converged = false;
        double[] previous = null;
        // without a convergence stop, the next block's chunks are queued before this block's are awaited, so that no
        // worker waits at the end of a block (at most two blocks of chunks are in flight)
        boolean lookAhead = pool != null && settings.convergence() == 0;
        List<Future<TrialSampler.Sums>> next = null;
        try {
            while (done < max) {
                int end = Math.min(max, done + block);
                List<Future<TrialSampler.Sums>> futures;
                List<TrialSampler.Sums> results = new ArrayList<>();
                if (pool == null) {
                    futures = List.of();
                    for (int from = done; from < end; from += CHUNK) {
                        results.add(new TrialSampler(net, out).run(settings.seed(), from, Math.min(end, from + CHUNK),
                                checkpoint));
                    }
                } else {
                    futures = next != null ? next : submit(pool, settings.seed(), done, end, out, checkpoint);
                    next = lookAhead && end < max ? submit(pool, settings.seed(), end, Math.min(max, end + block), out,
                            checkpoint) : null;
                }
                for (Future<TrialSampler.Sums> future : futures) {
                    results.add(future.get());
                }
                results.forEach(total::add);
                done = end;
                progress.accept(done);
                checkpoint.reached(done);
                if (settings.convergence() > 0 && done < max) {
                    double[] now = JclSummaries.estimates(out.finish(), out.cost(), done);
                    if (previous != null && JclSummaries.settled(previous, now, settings.convergence())) {
                        converged = true;
                        break;
                    }
                    previous = now;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("simulation interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        return JclSummaries.summarise(net, settings.seed(), done, converged, Arrays.copyOf(out.finish(), done),
                Arrays.copyOf(out.cost(), done), out.partnerSlip(), out.partnerGrowth(), total);
    }

    /** Queues the chunks of trials {@code from} to {@code to} (exclusive), in order. */
    private List<Future<TrialSampler.Sums>> submit(ExecutorService pool, long seed, int from, int to,
                                                   TrialSampler.Outcomes out, Checkpoint checkpoint) {
        List<Future<TrialSampler.Sums>> futures = new ArrayList<>();
        for (int f = from; f < to; f += CHUNK) {
            int start = f;
            int stop = Math.min(to, f + CHUNK);
            futures.add(pool.submit(() -> new TrialSampler(net, out).run(seed, start, stop, checkpoint)));
        }
        return futures;
    }
}
