package space.consortium.relay.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PassSchedulerTests {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private final PassScheduler scheduler = new PassScheduler();

    private static Pass pass(String orbiter, String owner, String lander, double startMin, double minutes,
                             double mbit, double elevation) {
        Instant start = T0.plusMillis(Math.round(startMin * 60_000));
        return new Pass(orbiter, owner, lander, "nasa", start, start.plusMillis(Math.round(minutes * 60_000)),
                elevation, start, 500, mbit, 12, List.of());
    }

    /** Random passes of 3 orbiters over 2 landers in 2 sols, fixed seed. */
    private static List<Pass> randomPasses(Random random, int count) {
        List<Pass> passes = new ArrayList<>();
        String[] orbiters = {"a", "b", "c"};
        String[] owners = {"nasa", "nasa", "esa"};
        for (int i = 0; i < count; i++) {
            int o = random.nextInt(3);
            passes.add(pass(orbiters[o], owners[o], random.nextBoolean() ? "l1" : "l2",
                    random.nextDouble() * 2 * 1440, 4 + random.nextDouble() * 12, 10 + random.nextInt(200),
                    10 + random.nextInt(80)));
        }
        return passes;
    }

    private static final List<Lander> LANDERS = List.of(new Lander("l1", "nasa", 0, 0, 0, 300, 1),
            new Lander("l2", "cnsa", 10, 10, 0, 200, 2));

    private static AllocationRules rules(int sessions) {
        return new AllocationRules(T0, T0.plusSeconds(2 * 86_400), 120, sessions, false, Map.of("cnsa", 1.5), 10);
    }

    @Test
    void neverBreaksARuleAndNeverDoesWorseThanGreedyOnRandomInstances() {
        Random random = new Random(42);
        for (int trial = 0; trial < 30; trial++) {
            List<Pass> passes = randomPasses(random, 10 + random.nextInt(60));
            AllocationRules rules = rules(1 + random.nextInt(4));
            Allocation best = scheduler.allocate(passes, LANDERS, rules);
            Allocation greedy = scheduler.greedy(passes, LANDERS, rules);
            assertThat(scheduler.violations(best.chosen(), rules)).as("trial " + trial).isEmpty();
            assertThat(scheduler.violations(greedy.chosen(), rules)).as("trial " + trial).isEmpty();
            assertThat(best.objective()).as("trial " + trial).isGreaterThanOrEqualTo(greedy.objective());
            assertThat(best.greedyObjective()).isEqualTo(greedy.objective());
        }
    }

    @Test
    void matchesBruteForceOnSmallInstances() {
        Random random = new Random(7);
        for (int trial = 0; trial < 20; trial++) {
            List<Pass> passes = randomPasses(random, 12);
            AllocationRules rules = rules(2);
            Allocation best = scheduler.allocate(passes, LANDERS, rules);
            assertThat(best.optimal()).isTrue();
            long bruteForce = 0;
            for (int mask = 0; mask < (1 << passes.size()); mask++) {
                List<Pass> chosen = new ArrayList<>();
                for (int i = 0; i < passes.size(); i++) {
                    if ((mask & (1 << i)) != 0) {
                        chosen.add(passes.get(i));
                    }
                }
                if (scheduler.violations(chosen, rules).isEmpty()) {
                    bruteForce = Math.max(bruteForce, scheduler.greedy(chosen, LANDERS,
                            new AllocationRules(T0, T0.plusSeconds(2 * 86_400), 0, 1000, true, Map.of("cnsa", 1.5), 10))
                            .objective());
                }
            }
            assertThat(best.objective()).as("trial " + trial).isEqualTo(bruteForce);
        }
    }

    @Test
    void demandCapsTheValueOfExtraData() {
        // two passes of one lander in one sol: the demand of 300 Mbit is met by the first; the second adds no main value
        List<Pass> passes = List.of(pass("a", "nasa", "l1", 0, 10, 300, 40), pass("b", "nasa", "l1", 100, 10, 300, 40),
                pass("b", "nasa", "l2", 0, 10, 100, 40));
        Allocation allocation = scheduler.allocate(passes, LANDERS, rules(4));
        assertThat(allocation.total("l1").orElseThrow().unmetMbit()).isLessThan(300);
        assertThat(allocation.total("l2").orElseThrow().volumeMbit()).isEqualTo(100);
    }

    @Test
    void anOrbiterServesOneLanderAtATimeUnlessSplitPassesAreAllowed() {
        List<Pass> passes = List.of(pass("a", "nasa", "l1", 0, 10, 100, 40), pass("a", "nasa", "l2", 5, 10, 100, 40));
        assertThat(scheduler.allocate(passes, LANDERS, rules(4)).chosen()).hasSize(1);
        AllocationRules split = new AllocationRules(T0, T0.plusSeconds(2 * 86_400), 120, 4, true, Map.of(), 10);
        assertThat(scheduler.allocate(passes, LANDERS, split).chosen()).hasSize(2);
    }

    @Test
    void removingAPartnersOrbitersShowsTheLoss() {
        List<Pass> passes = List.of(pass("a", "nasa", "l1", 0, 10, 100, 40), pass("c", "esa", "l1", 200, 10, 150, 40),
                pass("c", "esa", "l2", 400, 10, 80, 40));
        AllocationRules rules = rules(4);
        Allocation baseline = scheduler.allocate(passes, LANDERS, rules);
        WhatIf noEsa = WhatIf.of(scheduler, baseline, passes, LANDERS, rules, Set.of(), Set.of("esa"));
        assertThat(noEsa.changes()).extracting(WhatIf.Change::changeMbit).containsExactly(-150.0, -80.0);
        assertThat(noEsa.changes().get(1).scenarioUnmetMbit()).isGreaterThan(noEsa.changes().get(1).baselineUnmetMbit());
    }

    @Test
    void aWeekOfTheNominalFleetIsAllocatedWithinTheRules() {
        PassSearch search = new PassFinder(MarsModel.standard())
                .find(NominalFleet.week(NominalFleet.ORBITERS, NominalFleet.LANDERS, PropagatorKind.AUTO));
        AllocationRules rules = AllocationRules.defaults(NominalFleet.EPOCH, NominalFleet.EPOCH.plusSeconds(7 * 86_400));
        Allocation allocation = scheduler.allocate(search.passes(), NominalFleet.LANDERS, rules);
        assertThat(scheduler.violations(allocation.chosen(), rules)).isEmpty();
        assertThat(allocation.objective()).isGreaterThanOrEqualTo(allocation.greedyObjective());
        assertThat(allocation.method()).isEqualTo("cp-sat");
    }
}
