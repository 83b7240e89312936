package space.consortium.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import space.consortium.costshare.engine.AirportGame;
import space.consortium.costshare.engine.Allocation;
import space.consortium.costshare.engine.ShapleySampled;
import space.consortium.relay.engine.MarsModel;
import space.consortium.relay.engine.NominalFleet;
import space.consortium.relay.engine.PassFinder;
import space.consortium.relay.engine.PassQuery;
import space.consortium.relay.engine.PassSearch;
import space.consortium.relay.engine.PropagatorKind;
import space.consortium.fleet.engine.Fleet;
import space.consortium.fleet.engine.FleetResult;
import space.consortium.fleet.engine.FleetSimulation;
import space.consortium.schedule.JclReport;
import space.consortium.schedule.JclPlan;
import space.consortium.schedule.JclService;
import space.consortium.schedule.ScheduleService;
import space.consortium.support.JclPlans;

/**
 * The engines' checkpoint: it is called while they run, it does not change their results, and a {@link Cancelled}
 * thrown from it stops them (also from their worker threads).
 */
class CheckpointEngineTests {

    /** Counts its calls; throws once it has been called {@code stopAfter} times. */
    private static final class Counting implements Checkpoint {
        final AtomicLong calls = new AtomicLong();
        final AtomicLong most = new AtomicLong();
        private final long stopAfter;

        Counting(long stopAfter) {
            this.stopAfter = stopAfter;
        }

        @Override
        public void reached(long done) {
            most.accumulateAndGet(done, Math::max);
            if (calls.incrementAndGet() > stopAfter) {
                throw new Cancelled("stopped by the test");
            }
        }
    }

    private static Work work(Checkpoint checkpoint) {
        return new Work(WorkLimits.NONE, "the test", null, checkpoint);
    }

    @Test
    void jclResultsAreTheSameWithACheckpointAndItStopsTheRun() {
        JclPlan plan = ScheduleService.parse(JclPlans.chain(20));
        JclService jcl = new JclService();
        JclReport plain = jcl.run(plan, 10_000, 3L, 10_000, done -> { });
        Counting counting = new Counting(Long.MAX_VALUE);
        JclReport checked = jcl.run(plan, 10_000, 3L, 10_000, done -> { }, work(counting));
        assertThat(checked).usingRecursiveComparison().isEqualTo(plain);
        // one call every 50 trials (200) and one after each of the 5 blocks of 2,000
        assertThat(counting.calls.get()).isEqualTo(205);
        assertThat(counting.most.get()).isEqualTo(10_000);
        assertThatThrownBy(() -> jcl.run(plan, 10_000, 3L, 10_000, done -> { }, work(new Counting(5))))
                .isInstanceOf(Cancelled.class);
    }

    @Test
    void fleetResultsAreTheSameWithACheckpointAndItStopsTheRun() {
        Fleet fleet = new Fleet(100, 6000, 45, null, 400, List.of(new Fleet.LauncherFamily("rocket", 0.1, 60)),
                List.of(new Fleet.Vehicle("cargo", "esa", "rocket", 30, 10, 3000, 0, 0)));
        FleetSimulation simulation = new FleetSimulation(5_000, 11, 2);
        FleetResult plain = simulation.simulate(fleet);
        Counting counting = new Counting(Long.MAX_VALUE);
        FleetResult checked = simulation.simulate(fleet, counting);
        assertThat(checked).usingRecursiveComparison().isEqualTo(plain);
        assertThat(counting.calls.get()).as("one call per trial").isEqualTo(5_000);
        assertThatThrownBy(() -> simulation.simulate(fleet, new Counting(100))).isInstanceOf(Cancelled.class);
    }

    @Test
    void sampledShapleyIsTheSameWithACheckpointAndItStopsTheRun() {
        Map<String, Double> runways = new LinkedHashMap<>();
        for (int i = 0; i < 30; i++) {
            runways.put("p" + i, 1.0 + i % 7);
        }
        AirportGame game = new AirportGame(runways);
        Allocation plain = new ShapleySampled(20_000, 5).allocate(game);
        Counting counting = new Counting(Long.MAX_VALUE);
        Allocation checked = new ShapleySampled(20_000, 5, counting).allocate(game);
        assertThat(checked).usingRecursiveComparison().isEqualTo(plain);
        assertThat(counting.calls.get()).as("one call per block of 256 orders").isEqualTo((20_000 + 255) / 256);
        assertThatThrownBy(() -> new ShapleySampled(20_000, 5, new Counting(3)).allocate(game))
                .isInstanceOf(Cancelled.class);
    }

    @Test
    void relayPassesAreTheSameWithACheckpointAndItStopsTheSearch() {
        PassQuery query = NominalFleet.week(List.of(NominalFleet.MRO, NominalFleet.TGO),
                List.of(NominalFleet.CURIOSITY), PropagatorKind.ECKSTEIN_HECHLER);
        PassFinder finder = new PassFinder(MarsModel.standard());
        PassSearch plain = finder.find(query);
        Counting counting = new Counting(Long.MAX_VALUE);
        PassSearch checked = finder.find(query, counting);
        assertThat(checked.passes()).usingRecursiveComparison().isEqualTo(plain.passes());
        // 7 days of 20 s steps: 30,241 steps per orbiter, a call every 1,000 and one before the orbit is sampled
        assertThat(counting.calls.get()).isEqualTo(2 * (31 + 1));
        assertThatThrownBy(() -> finder.find(query, new Counting(10))).isInstanceOf(Cancelled.class);
    }
}
