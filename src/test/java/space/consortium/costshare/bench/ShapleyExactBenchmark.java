package space.consortium.costshare.bench;

import java.util.LinkedHashMap;
import java.util.Map;
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
import space.consortium.costshare.engine.Allocation;
import space.consortium.costshare.engine.ShapleyExact;
import space.consortium.costshare.engine.ScaleGame;
import space.consortium.costshare.engine.TableGame;

/** Exact Shapley of a scale game, tabulation of the 2ⁿ coalitions included (target: n = 25 in ≤ 1 s on 2 cores). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
public class ShapleyExactBenchmark {

    @Param({"25"})
    public int players;

    private ScaleGame game;

    @Setup
    public void setUp() {
        game = scaleGame(players, 1);
    }

    @Benchmark
    public Allocation exactShapleyWithTabulation() {
        return new ShapleyExact().allocate(game);
    }

    @Benchmark
    public TableGame tabulationOnly() {
        return TableGame.tabulate(game);
    }

    static ScaleGame scaleGame(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Map<String, Double> demand = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            demand.put("p" + i, 1 + 9 * random.nextDouble());
        }
        return new ScaleGame(500, 20, 0.7, demand);
    }
}
