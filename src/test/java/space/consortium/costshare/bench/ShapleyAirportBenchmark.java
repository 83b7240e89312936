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
import space.consortium.costshare.engine.AirportGame;
import space.consortium.costshare.engine.AirportShapley;

/** Shapley of an airport game in closed form (target: n = 100,000 in ≤ 0.5 s). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
public class ShapleyAirportBenchmark {

    @Param({"100000"})
    public int players;

    private Map<String, Double> requirements;
    private AirportGame game;

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(3);
        requirements = new LinkedHashMap<>();
        for (int i = 0; i < players; i++) {
            requirements.put("p" + i, 1000 * random.nextDouble());
        }
        game = new AirportGame(requirements);
    }

    @Benchmark
    public Allocation closedForm() {
        return new AirportShapley().allocate(game);
    }

    /** Building the game from the map (validation, names) plus the closed form: what a request costs. */
    @Benchmark
    public Allocation buildGameAndClosedForm() {
        return new AirportShapley().allocate(new AirportGame(requirements));
    }
}
