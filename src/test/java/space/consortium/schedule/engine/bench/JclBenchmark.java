package space.consortium.schedule.engine.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import space.consortium.schedule.engine.Activity;
import space.consortium.schedule.engine.Correlation;
import space.consortium.schedule.engine.Distribution;
import space.consortium.schedule.engine.JclMonteCarlo;
import space.consortium.schedule.engine.JclResult;
import space.consortium.schedule.engine.Link;
import space.consortium.schedule.engine.LinkType;
import space.consortium.schedule.engine.Plan;
import space.consortium.schedule.engine.DiscreteRisk;
import space.consortium.schedule.engine.RunSettings;

/**
 * The target: 10,000 trials × 2,000 activities with cost loading, 50 risk events, correlation and the tornado
 * in ≤ 3 s on 2 cores. {@code prepareAndRun} includes validation and compilation (PERT tables); {@code run} is the
 * Monte Carlo alone. Also a bare sampling loop (one PERT quantile per activity-sample) as the yardstick.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
public class JclBenchmark {

    @Param({"2000"})
    public int activities;

    @Param({"10000"})
    public int trials;

    @Param({"2"})
    public int threads;

    private Plan plan;
    private JclMonteCarlo engine;
    private Distribution[] bare;

    /**
     * A random network: each activity has 1–3 predecessors among the previous 50 (FS mostly, some SS/FF with lags),
     * durations of the six kinds, a triangular fixed cost and a uniform burn rate, 50 risks on 1–3 activities each,
     * and 40 correlation groups of 5 activities (ρ = 0.5) on durations and 10 on costs.
     */
    public static Plan plan(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Activity> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<Link> links = new ArrayList<>();
            int preds = i == 0 ? 0 : 1 + random.nextInt(3);
            for (int j = 0; j < preds; j++) {
                int p = Math.max(0, i - 1 - random.nextInt(Math.min(i, 50)));
                String id = "a" + p;
                if (links.stream().noneMatch(l -> l.predecessor().equals(id))) {
                    int kind = random.nextInt(10);
                    links.add(kind < 8 ? Link.after(id) : new Link(id, kind == 8 ? LinkType.SS : LinkType.FF,
                            random.nextInt(5)));
                }
            }
            double min = 5 + random.nextInt(20);
            double mode = min + random.nextInt(10);
            double max = mode + 1 + random.nextInt(30);
            Distribution d = switch (i % 6) {
                case 0, 1 -> Distribution.pert(min, mode, max);
                case 2, 3 -> Distribution.triangular(min, mode, max);
                case 4 -> Distribution.lognormal(mode, (max - min) / 6);
                default -> Distribution.uniform(min, max);
            };
            list.add(new Activity("a" + i, "a" + i, "p" + (i % 6), d, links,
                    Distribution.triangular(1e5, 2e5, 5e5), Distribution.uniform(1e4, 2e4)));
        }
        List<DiscreteRisk> risks = new ArrayList<>();
        for (int r = 0; r < 50; r++) {
            List<String> affects = new ArrayList<>();
            int k = 1 + random.nextInt(3);
            for (int j = 0; j < k; j++) {
                String id = "a" + random.nextInt(n);
                if (!affects.contains(id)) {
                    affects.add(id);
                }
            }
            risks.add(new DiscreteRisk("r" + r, "r" + r, 0.05 + 0.3 * random.nextDouble(), affects,
                    Distribution.triangular(5, 15, 60), Distribution.fixed(1e6)));
        }
        List<Correlation> correlations = new ArrayList<>();
        for (int g = 0; g < 50; g++) {
            List<String> ids = new ArrayList<>();
            for (int j = 0; j < 5; j++) {
                ids.add("a" + (g * 5 * 7 + j * 7) % n);
            }
            correlations.add(new Correlation(ids, 0.5, g < 40 ? Correlation.Target.DURATION
                    : Correlation.Target.COST));
        }
        return Plan.of(list).withRisks(risks).withCorrelations(correlations);
    }

    @Setup
    public void setUp() {
        plan = plan(activities, 42);
        engine = JclMonteCarlo.prepare(plan);
        bare = new Distribution[activities];
        for (int i = 0; i < activities; i++) {
            bare[i] = Distribution.pert(5 + i % 20, 10 + i % 20, 30 + i % 20);
        }
    }

    @Benchmark
    public JclResult run() {
        return engine.run(new RunSettings(trials, 7, threads, 0), done -> { });
    }

    @Benchmark
    public JclResult prepareAndRun() {
        return JclMonteCarlo.prepare(plan).run(new RunSettings(trials, 7, threads, 0), done -> { });
    }

    /** The yardstick: activity-samples with one uniform and one PERT quantile each, summed; one thread. */
    @Benchmark
    public double bareSamplingLoop() {
        SplittableRandom random = new SplittableRandom(7);
        double sum = 0;
        for (int t = 0; t < trials; t++) {
            for (Distribution d : bare) {
                sum += d.quantile(random.nextDouble());
            }
        }
        return sum;
    }
}
