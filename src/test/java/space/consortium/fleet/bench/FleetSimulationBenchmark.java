package space.consortium.fleet.bench;

import java.util.List;
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
import space.consortium.fleet.engine.Fleet;
import space.consortium.fleet.engine.FleetResult;
import space.consortium.fleet.engine.FleetSimulation;

/**
 * The fleet Monte Carlo on the shipped ISS fleet of 2015 (4 vehicles on 4 launchers, 730 days, about 22 flights
 * per trial) and on a large synthetic fleet (20 vehicles on 5 launchers, 10 years): trials per second, on 1 and 2
 * threads.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
public class FleetSimulationBenchmark {

    @Param({"iss-2015", "large"})
    public String fleet;

    @Param({"100000"})
    public int trials;

    @Param({"1", "2"})
    public int threads;

    private Fleet model;

    @Setup
    public void setUp() {
        model = fleet.equals("large") ? large() : iss2015();
    }

    @Benchmark
    public FleetResult simulate() {
        return new FleetSimulation(trials, 42, threads).simulate(model);
    }

    /** The preset of src/main/resources/risk/iss-cargo-fleet.json, "iss-2015". */
    static Fleet iss2015() {
        return new Fleet(80, 14_400, 45, null, 730, List.of(
                new Fleet.LauncherFamily("soyuz", 0.0326, 66), new Fleet.LauncherFamily("falcon9", 0.0476, 285),
                new Fleet.LauncherFamily("antares", 0.03, 404), new Fleet.LauncherFamily("h2b", 0.03, 365)),
                List.of(new Fleet.Vehicle("progress", "roscosmos", "soyuz", 91, 20, 2400, 0, 0),
                        new Fleet.Vehicle("dragon", "nasa", "falcon9", 122, 50, 3300, 0, 0),
                        new Fleet.Vehicle("cygnus", "nasa", "antares", 183, 90, 2000, 0, 0),
                        new Fleet.Vehicle("htv", "jaxa", "h2b", 365, 150, 6000, 0, 0)));
    }

    static Fleet large() {
        List<Fleet.LauncherFamily> families = java.util.stream.IntStream.range(0, 5)
                .mapToObj(f -> new Fleet.LauncherFamily("l" + f, 0.03, 120)).toList();
        List<Fleet.Vehicle> vehicles = java.util.stream.IntStream.range(0, 20)
                .mapToObj(v -> new Fleet.Vehicle("v" + v, "p" + v % 7, "l" + v % 5, 200, 10 * v, 800, 0.01, 90))
                .toList();
        return new Fleet(80, 14_400, 45, null, 3650, families, vehicles);
    }
}
