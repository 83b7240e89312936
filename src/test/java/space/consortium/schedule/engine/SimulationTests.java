package space.consortium.schedule.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Invariants of the engine: determinism, degenerate networks, links, risks, bad plans. */
class SimulationTests {

    static Plan randomPlan(long seed, int size) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Activity> activities = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            List<Link> links = new ArrayList<>();
            for (int j = 0; j < 3 && i > 0; j++) {
                int p = random.nextInt(i);
                if (links.stream().noneMatch(l -> l.predecessor().equals("a" + p))) {
                    LinkType type = LinkType.values()[random.nextInt(3)];
                    links.add(new Link("a" + p, type, random.nextInt(5) - 1));
                }
            }
            double min = 1 + random.nextDouble(10);
            double mode = min + random.nextDouble(5);
            double max = mode + random.nextDouble(10);
            Distribution d = switch (i % 5) {
                case 0 -> Distribution.pert(min, mode, max);
                case 1 -> Distribution.triangular(min, mode, max);
                case 2 -> Distribution.lognormal(mode, mode / 4);
                case 3 -> Distribution.uniform(min, max);
                default -> Distribution.normal(mode, 1);
            };
            activities.add(new Activity("a" + i, "a" + i, "p" + (i % 4), d, links,
                    Distribution.triangular(10, 20, 40), Distribution.uniform(1, 2)));
        }
        List<DiscreteRisk> risks = List.of(
                new DiscreteRisk("r1", "r1", 0.3, List.of("a3", "a7"), Distribution.triangular(1, 5, 20), null),
                new DiscreteRisk("r2", "r2", 0.1, List.of("a11"), null, Distribution.fixed(500)));
        List<Correlation> correlations = List.of(
                new Correlation(List.of("a1", "a2", "a4"), 0.6, Correlation.Target.DURATION),
                new Correlation(List.of("a1", "a9"), 0.3, Correlation.Target.COST));
        return Plan.of(activities).withRisks(risks).withCorrelations(correlations);
    }

    @Test
    void theSameSeedGivesBitIdenticalResultsWhateverTheThreadCount() {
        JclMonteCarlo engine = JclMonteCarlo.prepare(randomPlan(7, 60));
        RunSettings settings = RunSettings.of(5_123, 99);
        JclResult one = engine.run(settings.withThreads(1), d -> { });
        JclResult two = engine.run(settings.withThreads(2), d -> { });
        JclResult five = engine.run(settings.withThreads(5), d -> { });
        assertThat(two).isEqualTo(one);
        assertThat(five).isEqualTo(one);
        assertThat(Double.doubleToRawLongBits(five.finish().mean()))
                .isEqualTo(Double.doubleToRawLongBits(one.finish().mean()));
        JclResult otherSeed = engine.run(RunSettings.of(5_123, 100), d -> { });
        assertThat(otherSeed.finish().mean()).isNotEqualTo(one.finish().mean());
    }

    @Test
    void convergenceStopsEarlyAndReproducibly() {
        JclMonteCarlo engine = JclMonteCarlo.prepare(randomPlan(3, 40));
        RunSettings settings = new RunSettings(200_000, 5, 1, 0.002);
        List<Integer> progress = new ArrayList<>();
        JclResult a = engine.run(settings, progress::add);
        JclResult b = engine.run(settings.withThreads(3), d -> { });
        assertThat(a.converged()).isTrue();
        assertThat(a.trials()).isLessThan(200_000);
        assertThat(progress).isSorted().last().isEqualTo(a.trials());
        assertThat(b).isEqualTo(a);
    }

    @Test
    void aCriticalPathThatIsASingleMilestoneWorks() {
        JclResult r = JclMonteCarlo.prepare(Plan.of(List.of(Activity.of("KDP-C", "nasa", Distribution.fixed(0)))))
                .run(RunSettings.of(100, 1), d -> { });
        assertThat(r.finish().mean()).isZero();
        assertThat(r.criticality()).containsEntry("KDP-C", 1.0);
        assertThat(r.probabilityFinishBy()).isEqualTo(1.0);
        assertThat(r.jcl()).isEqualTo(1.0);
    }

    @Test
    void zeroVarianceActivitiesGiveTheDeterministicAnswer() {
        Plan plan = Plan.of(List.of(
                Activity.of("A", "esa", Distribution.fixed(5)).withCost(Distribution.fixed(100), Distribution.fixed(2)),
                Activity.of("B", "nasa", Distribution.uniform(3, 3), "A"),
                Activity.of("C", "jaxa", Distribution.pert(4, 4, 4), "A"),
                Activity.of("M", "", Distribution.fixed(0), "B", "C")));
        JclResult r = JclMonteCarlo.prepare(plan).run(RunSettings.of(500, 1), d -> { });
        assertThat(r.finish().sd()).isZero();
        assertThat(r.finish().p10()).isEqualTo(9.0);
        assertThat(r.finish().p90()).isEqualTo(9.0);
        assertThat(r.cost().mean()).isEqualTo(110.0);
        assertThat(r.deterministicFinish()).isEqualTo(9.0);
        assertThat(r.tornado().activities()).isEmpty();
        assertThat(r.criticality()).containsEntry("A", 1.0).containsEntry("M", 1.0);
    }

    @Test
    void startToStartAndFinishToFinishLinksWithLags() {
        Plan plan = Plan.of(List.of(
                Activity.of("A", "esa", Distribution.fixed(10)),
                new Activity("B", "B", "nasa", Distribution.fixed(4), List.of(new Link("A", LinkType.SS, 3)),
                        Distribution.fixed(0), Distribution.fixed(0)),
                new Activity("C", "C", "nasa", Distribution.fixed(2), List.of(new Link("A", LinkType.FF, 5)),
                        Distribution.fixed(0), Distribution.fixed(0)),
                new Activity("D", "D", "jaxa", Distribution.fixed(1), List.of(new Link("B", LinkType.FS, -2)),
                        Distribution.fixed(0), Distribution.fixed(0))));
        JclResult r = JclMonteCarlo.prepare(plan).run(RunSettings.of(100, 1), d -> { });
        // B: 3..7, C finishes at 15, D: 5..6
        assertThat(r.deterministicFinish()).isEqualTo(15.0);
        assertThat(r.criticality()).containsEntry("C", 1.0).containsEntry("A", 1.0).containsEntry("B", 0.0);
    }

    @Test
    void riskEventsAreBernoulliNotProbabilityScaled() {
        Plan plan = Plan.of(List.of(Activity.of("A", "esa", Distribution.fixed(10))))
                .withRisks(List.of(new DiscreteRisk("R1", "R1", 0.3, List.of("A"), Distribution.fixed(5),
                        Distribution.fixed(1000))))
                .withTargets(10.0, 0.0);
        JclResult r = JclMonteCarlo.prepare(plan).run(RunSettings.of(100_000, 3), d -> { });
        // finish is 10 or 15, never 11.5
        assertThat(r.finish().min()).isEqualTo(10.0);
        assertThat(r.finish().max()).isEqualTo(15.0);
        assertThat(r.probabilityFinishBy()).isCloseTo(0.7, within(0.005));
        assertThat(r.cost().mean()).isCloseTo(300, within(5.0));
        assertThat(r.tornado().risks()).singleElement().satisfies(b -> {
            assertThat(b.finish()).isCloseTo(5.0, within(1e-9));
            assertThat(b.cost()).isCloseTo(1000.0, within(1e-6));
        });
    }

    @Test
    void partnerTornadoSharesTheSlipOfTheLatePartner() {
        Plan plan = Plan.of(List.of(
                Activity.of("esa-module", "esa", Distribution.triangular(10, 10, 30)),
                Activity.of("nasa-launch", "nasa", Distribution.fixed(5), "esa-module")));
        JclResult r = JclMonteCarlo.prepare(plan).run(RunSettings.of(20_000, 3), d -> { });
        assertThat(r.tornado().partners().get(0).id()).isEqualTo("esa");
        assertThat(r.tornado().partners().get(0).finish()).isGreaterThan(r.tornado().p70SlipDays());
        assertThat(r.tornado().partners().get(1).finish()).isZero();
    }

    @Test
    void frontiersReachTheirLevel() {
        JclMonteCarlo engine = JclMonteCarlo.prepare(randomPlan(11, 30));
        JclResult r = engine.run(RunSettings.of(10_000, 4), d -> { });
        assertThat(r.frontiers()).extracting(JclResult.Frontier::level).containsExactly(0.5, 0.7, 0.8);
        JclResult.Frontier seventy = r.frontiers().get(1);
        assertThat(seventy.points()).isNotEmpty();
        for (JclResult.Point p : seventy.points()) {
            long both = r.scatter().size(); // scatter is only a sample: check on a re-run with the same targets
            JclResult at = JclMonteCarlo.prepare(randomPlan(11, 30).withTargets(p.x(), p.y()))
                    .run(RunSettings.of(10_000, 4), d -> { });
            assertThat(at.jcl()).as("JCL at %s (scatter %d)", p, both).isGreaterThanOrEqualTo(0.7);
        }
    }

    @Test
    void aCycleIsNamed() {
        Plan plan = Plan.of(List.of(Activity.of("A", "esa", Distribution.fixed(1), "C"),
                Activity.of("B", "esa", Distribution.fixed(1), "A"),
                Activity.of("C", "esa", Distribution.fixed(1), "B"),
                Activity.of("D", "esa", Distribution.fixed(1))));
        assertThatThrownBy(() -> JclMonteCarlo.prepare(plan)).isInstanceOf(InvalidPlan.class)
                .hasMessageContaining("cycle").hasMessageContaining("A → B → C → A");
    }

    @Test
    void unknownPredecessorsAndBadProbabilitiesAreNamed() {
        Plan plan = Plan.of(List.of(Activity.of("A", "esa", Distribution.fixed(1), "X")))
                .withRisks(List.of(new DiscreteRisk("R", "R", 1.5, List.of("A"), Distribution.fixed(1), null)));
        assertThatThrownBy(() -> JclMonteCarlo.prepare(plan)).isInstanceOfSatisfying(InvalidPlan.class, e ->
                assertThat(e.problems()).extracting(InvalidPlan.Problem::field)
                        .containsExactly("activities[0].links[0]", "risks[0].probability"));
    }

    @Test
    void impossibleDistributionsAreRejected() {
        assertThatThrownBy(() -> Distribution.triangular(5, 1, 10)).isInstanceOfSatisfying(InvalidDistribution.class,
                e -> assertThat(e.parameter()).isEqualTo("mode"));
        assertThatThrownBy(() -> Distribution.pert(5, 6, 4)).isInstanceOfSatisfying(InvalidDistribution.class,
                e -> assertThat(e.parameter()).isEqualTo("min"));
        assertThatThrownBy(() -> Distribution.normal(5, -1)).isInstanceOf(InvalidDistribution.class);
        assertThatThrownBy(() -> Distribution.lognormal(0, 1)).isInstanceOf(InvalidDistribution.class);
    }

    @Test
    void aMatrixThatIsNotPositiveSemiDefiniteIsRejectedOrRepaired() {
        Plan plan = Plan.of(List.of(Activity.of("A", "esa", Distribution.uniform(1, 2)),
                Activity.of("B", "esa", Distribution.uniform(1, 2)), Activity.of("C", "esa", Distribution.uniform(1, 2))))
                .withCorrelations(List.of(new Correlation(List.of("A", "B"), 0.9, Correlation.Target.DURATION),
                        new Correlation(List.of("B", "C"), 0.9, Correlation.Target.DURATION),
                        new Correlation(List.of("A", "C"), -0.9, Correlation.Target.DURATION)));
        assertThatThrownBy(() -> JclMonteCarlo.prepare(plan)).isInstanceOf(InvalidPlan.class)
                .hasMessageContaining("not positive semi-definite").hasMessageContaining("A, B, C");
        JclResult repaired = JclMonteCarlo.prepare(plan.withRepair(true)).run(RunSettings.of(20_000, 1), d -> { });
        assertThat(repaired.notes()).singleElement().asString().contains("nearest valid matrix");
        assertThat(repaired.finish().max()).isLessThanOrEqualTo(2.0);
    }

    @Test
    void normalFunctionsMatchTables() {
        assertThat(StandardNormal.cdf(1)).isCloseTo(0.8413447460685429, within(1e-14));
        assertThat(StandardNormal.cdf(-2.5)).isCloseTo(0.006209665325776132, within(1e-15));
        assertThat(StandardNormal.quantile(0.975)).isCloseTo(1.959963984540054, within(1e-13));
        assertThat(StandardNormal.quantile(1e-10)).isCloseTo(-6.361340902404056, within(1e-9));
        for (double p = 0.001; p < 1; p += 0.0137) {
            assertThat(StandardNormal.cdf(StandardNormal.quantile(p))).isCloseTo(p, within(1e-13));
        }
    }

    @Test
    void pertQuantilesKeepThePertMean() {
        Distribution d = Distribution.pert(2, 3.5, 8);
        double sum = 0;
        int n = 200_000;
        for (int i = 0; i < n; i++) {
            sum += d.quantile((i + 0.5) / n);
        }
        assertThat(sum / n).isCloseTo((2 + 4 * 3.5 + 8) / 6.0, within(1e-4));
    }
}
