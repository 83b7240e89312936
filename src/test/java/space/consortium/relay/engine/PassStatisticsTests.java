package space.consortium.relay.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The engine's pass statistics over a week of the nominal fleet against the published figures collected in
 * shared/reference/relay-reference.md ("Reference numbers" and "Accuracy and speed bar"). The nominal node and
 * phase angles are illustrative, so these are ranges, not instants: they catch a search that misses or invents
 * passes, or gets their length wrong by minutes; {@link PassCrossPropagatorTests} and {@link PassGeometryTests}
 * check the instants.
 */
class PassStatisticsTests {

    /** A sol, s (24 h 39 m 35.244 s, relay-reference.md). */
    private static final double SOL_S = 88_775.244;
    private static final double WEEK_S = 7 * 86_400.0;

    private static List<Pass> mask10;
    private static List<Pass> horizon;

    @BeforeAll
    static void search() {
        mask10 = week(10);
        horizon = week(0);
    }

    private static List<Pass> week(double maskDeg) {
        PassQuery query = new PassQuery(NominalFleet.ORBITERS, NominalFleet.LANDERS, NominalFleet.EPOCH,
                NominalFleet.EPOCH.plusSeconds((long) WEEK_S), maskDeg, 5000, PropagatorKind.AUTO,
                PassQuery.DEFAULT_STEP_SECONDS, LinkModel.CALIBRATED);
        return new PassFinder(MarsModel.standard()).find(query).passes();
    }

    private static List<Pass> of(List<Pass> passes, String orbiter, String lander) {
        return passes.stream().filter(p -> p.orbiter().equals(orbiter) && p.lander().equals(lander)).toList();
    }

    /** Passes that open and close inside the week (not cut by its ends). */
    private static Predicate<Pass> whole() {
        Instant end = NominalFleet.EPOCH.plusSeconds((long) WEEK_S);
        return p -> p.start().isAfter(NominalFleet.EPOCH) && p.end().isBefore(end);
    }

    @Test
    void curiosityHasRoughlyTwoPassesPerSolFromEachOfMroAndOdyssey() {
        // relay-reference.md, from JPL's MSL relay operations: "roughly two ~15-minute sessions per relay orbiter
        // (Odyssey, MRO) per sol"; at the 10° planning mask: between 1.5 and 3 windows per sol each
        for (String orbiter : List.of("mro", "odyssey")) {
            double perSol = of(mask10, orbiter, "curiosity").size() / (WEEK_S / SOL_S);
            System.out.printf("%s over Curiosity: %.2f passes per sol%n", orbiter, perSol);
            assertThat(perSol).as(orbiter).isBetween(1.5, 3.0);
        }
    }

    @Test
    void theLongestMroAndOdysseyWindowsOverCuriosityLastAbout15Minutes() {
        // the same source: "~15-minute sessions"; horizon to horizon (0° mask) the best passes of a low orbiter last
        // that long, so the longest window of each must be 15 min within ±20 %
        for (String orbiter : List.of("mro", "odyssey")) {
            double longest = of(horizon, orbiter, "curiosity").stream().filter(whole())
                    .mapToDouble(Pass::durationSeconds).max().orElseThrow() / 60;
            System.out.printf("%s over Curiosity: longest horizon-to-horizon window %.1f min%n", orbiter, longest);
            assertThat(longest).as(orbiter).isBetween(12.0, 18.0);
        }
    }

    @Test
    void perseveranceCanRelayAtLeastTwiceEverySolAndTypicallyFourToSixTimes() {
        // relay-reference.md (Mars 2020 operations): "relay at least twice a sol, typically four to six times";
        // the visible windows of the fleet are what sessions are chosen from, so every whole sol must offer at least
        // two and a sol on average at least four
        List<Pass> passes = mask10.stream().filter(p -> p.lander().equals("perseverance")).toList();
        int wholeSols = (int) Math.floor(WEEK_S / SOL_S);
        int fewest = Integer.MAX_VALUE;
        for (int sol = 0; sol < wholeSols; sol++) {
            double from = sol * SOL_S;
            double to = from + SOL_S;
            int count = (int) passes.stream().map(p -> Duration.between(NominalFleet.EPOCH, p.start()).toMillis() / 1e3)
                    .filter(t -> t >= from && t < to).count();
            fewest = Math.min(fewest, count);
        }
        double mean = passes.size() / (WEEK_S / SOL_S);
        System.out.printf("Perseverance: at least %d windows in every sol, %.1f per sol on average%n", fewest, mean);
        assertThat(fewest).isGreaterThanOrEqualTo(2);
        assertThat(mean).isGreaterThanOrEqualTo(4.0);
    }

    @Test
    void weeklyCountsAndMeanDurationsForCuriosityMatchTheIllustrativeReferenceFigures() {
        // relay-reference.md, "Accuracy and speed bar": at a 10° mask with numerical J2, MRO–Curiosity 14 passes
        // (mean 7.8 min), Odyssey–Curiosity 17 (9.6 min), TGO–Curiosity 19 (9.7 min), "depends on phasing":
        // counts within ±2 and means within ±1 min
        record Figure(String orbiter, int passes, double meanMin) {
        }
        for (Figure f : List.of(new Figure("mro", 14, 7.8), new Figure("odyssey", 17, 9.6),
                new Figure("tgo", 19, 9.7))) {
            List<Pass> passes = of(mask10, f.orbiter(), "curiosity");
            double mean = passes.stream().mapToDouble(Pass::durationSeconds).average().orElseThrow() / 60;
            System.out.printf("%s over Curiosity: %d passes a week, mean %.1f min%n", f.orbiter(), passes.size(), mean);
            assertThat(passes).as(f.orbiter()).hasSizeBetween(f.passes() - 2, f.passes() + 2);
            assertThat(mean).as(f.orbiter()).isCloseTo(f.meanMin(), within(1.0));
        }
    }

    @Test
    void curiosityGetsAbout500MbitPerSolFromMroAndOdyssey() {
        // MSL returned ~500 Mbit/sol on average over its first 200 sols (relay-reference.md). LinkModel.CALIBRATED
        // was tuned to this figure (docs/relay.md), so this guards the calibration rather than validating it.
        double perSol = mask10.stream().filter(p -> p.lander().equals("curiosity"))
                .filter(p -> p.orbiter().equals("mro") || p.orbiter().equals("odyssey"))
                .mapToDouble(Pass::volumeMbit).sum() / (WEEK_S / SOL_S);
        System.out.printf("Curiosity from MRO and Odyssey: %.0f Mbit per sol%n", perSol);
        assertThat(perSol).isBetween(450.0, 550.0);
    }
}
