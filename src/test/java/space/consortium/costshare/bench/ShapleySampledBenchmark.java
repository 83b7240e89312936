package space.consortium.costshare.bench;

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
import space.consortium.costshare.engine.Allocation;
import space.consortium.costshare.engine.ScaleGame;
import space.consortium.costshare.engine.ShapleySampled;

/** Sampled Shapley of a scale game (target: n = 1000 with 10⁵ permutations in ≤ 5 s on 2 cores). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
public class ShapleySampledBenchmark {

    @Param({"1000"})
    public int players;

    @Param({"100000"})
    public int samples;

    private ScaleGame game;

    @Setup
    public void setUp() {
        game = ShapleyExactBenchmark.scaleGame(players, 2);
    }

    @Benchmark
    public Allocation sampledShapley() {
        return new ShapleySampled(samples, 42).allocate(game);
    }
}
