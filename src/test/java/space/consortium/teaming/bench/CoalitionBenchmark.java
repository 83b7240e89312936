package space.consortium.teaming.bench;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import space.consortium.teaming.engine.CoalitionCpSat;
import space.consortium.teaming.engine.CoalitionGreedy;
import space.consortium.teaming.engine.Settings;
import space.consortium.teaming.engine.TeamingProblem;
import space.consortium.teaming.engine.TeamingResult;
import space.consortium.teaming.teamingbench.Instances;

/**
 * The coalition builder on 200 candidate partners × 80 capabilities, every capability required (about a tenth with
 * redundancy 2), 60 incompatible pairs, min-cost (with the min-partners tie-break stage), no Pareto set; without a
 * size limit (the case) and, with {@code -p maxPartners=40}, with a size limit. Target: proven optimal in ≤ 5 s on 2 cores. The set-up prints each seed's status, cost, bound and the greedy baseline's
 * cost ratio. Run: {@code java -cp ... org.openjdk.jmh.Main 'teaming.bench.Coalition.*' -f 1 -wi 1 -i 3}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CoalitionBenchmark {

    @Param({"1", "2", "3"})
    public long seed;

    @Param({"2"})
    public int workers;

    /** 0: no size limit (the case); otherwise at most this many partners, which makes the choice hard. */
    @Param({"0"})
    public int maxPartners;

    private TeamingProblem problem;
    private CoalitionCpSat solver;

    @Setup
    public void setUp() {
        problem = Instances.large(seed, maxPartners == 0 ? null : maxPartners);
        solver = new CoalitionCpSat(new Settings(Duration.ofSeconds(60), workers, 0));
        long start = System.nanoTime();
        TeamingResult result = solver.solve(problem);
        double seconds = (System.nanoTime() - start) / 1e9;
        var greedy = new CoalitionGreedy().solve(problem);
        if (result instanceof TeamingResult.Solved s) {
            System.out.printf("%nseed %d, maxPartners %d: %s, cost %.3f, bound %.3f, %d partners, first solve %.2f s; greedy %s%n",
                    seed, maxPartners, s.optimal() ? "optimal" : "feasible", s.coalition().costUsdMillions(),
                    s.stages().get(0).bound(), s.coalition().size(), seconds,
                    greedy.map(g -> String.format("%.3f (ratio %.4f, %d partners)", g.costUsdMillions(),
                            g.costUsdMillions() / s.coalition().costUsdMillions(), g.size())).orElse("found none"));
        } else {
            System.out.printf("%nseed %d: %s%n", seed, result);
        }
    }

    @Benchmark
    public TeamingResult cpSat() {
        return solver.solve(problem);
    }

    @Benchmark
    public Object greedy() {
        return new CoalitionGreedy().solve(problem);
    }
}
