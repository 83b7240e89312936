package space.consortium.relay.bench;

import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import space.consortium.relay.engine.Allocation;
import space.consortium.relay.engine.AllocationRules;
import space.consortium.relay.engine.LinkModel;
import space.consortium.relay.engine.MarsModel;
import space.consortium.relay.engine.NominalFleet;
import space.consortium.relay.engine.PassFinder;
import space.consortium.relay.engine.PassQuery;
import space.consortium.relay.engine.PassScheduler;
import space.consortium.relay.engine.PassSearch;
import space.consortium.relay.engine.PropagatorKind;

/**
 * The bar: 5 orbiters × 4 landers over 30 days, windows (Eckstein-Hechler for the near-circular orbits,
 * numerical J2 for MAVEN and Mars Express, or numerical J2 for all) plus the allocation, ≤ 3 s on 2 cores.
 * Run: {@code java -cp ... org.openjdk.jmh.Main 'relay.bench.RelayPlan.*' -f 1 -wi 2 -i 3}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RelayPlanBenchmark {

    @Param({"auto", "numerical-j2"})
    public String propagator;

    private PassQuery query;
    private AllocationRules rules;
    private PassSearch windows;
    private final PassFinder finder = new PassFinder(MarsModel.standard());
    private final PassScheduler scheduler = new PassScheduler();

    @Setup
    public void setUp() {
        Instant start = NominalFleet.EPOCH;
        Instant end = start.plusSeconds(30 * 86_400);
        query = new PassQuery(NominalFleet.ORBITERS, NominalFleet.LANDERS, start, end, 10, 5000,
                propagator.equals("auto") ? PropagatorKind.AUTO : PropagatorKind.NUMERICAL_J2,
                PassQuery.DEFAULT_STEP_SECONDS, LinkModel.CALIBRATED);
        rules = new AllocationRules(start, end, 120, 6, false, java.util.Map.of(), 2);
        windows = finder.find(query);
    }

    /** Windows of the 20 pairs over 30 days. */
    @Benchmark
    public PassSearch windows() {
        return finder.find(query);
    }

    /** Allocation of the 30 days' windows (CP-SAT, 2 s limit, warm-started by greedy). */
    @Benchmark
    public Allocation allocation() {
        return scheduler.allocate(windows.passes(), NominalFleet.LANDERS, rules);
    }

    /** Greedy baseline alone. */
    @Benchmark
    public Allocation greedy() {
        return scheduler.greedy(windows.passes(), NominalFleet.LANDERS, rules);
    }

    /** Windows plus allocation: the figure the target applies to. */
    @Benchmark
    public Allocation windowsAndAllocation() {
        return scheduler.allocate(finder.find(query).passes(), NominalFleet.LANDERS, rules);
    }
}
