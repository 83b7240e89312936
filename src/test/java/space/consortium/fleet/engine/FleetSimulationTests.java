package space.consortium.fleet.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fleet Monte Carlo against hand-computable cases and invariants. The base case: 100 kg/day consumed, 6,000 kg on
 * board, a 45-day (4,500 kg) threshold, one vehicle bringing 3,000 kg every 30 days from day 10 over a 100-day horizon
 * (flights on days 10, 40, 70). Without losses the reserve swings between 5,000 and 8,000 kg. A loss leaves 5,000 kg
 * falling for 30 days (to 2,000 kg): below the threshold 5 days later; a second loss empties the station 20 days
 * after it.
 */
class FleetSimulationTests {

    private static Fleet single(double lossProbability) {
        return new Fleet(100, 6000, 45, null, 100,
                List.of(new Fleet.LauncherFamily("rocket", lossProbability, 0)),
                List.of(new Fleet.Vehicle("cargo", "esa", "rocket", 30, 10, 3000, 0, 0)));
    }

    @Test
    void withoutLossesAndSupplyMatchingConsumptionTheReserveNeverFallsBelowTheThreshold() {
        FleetResult result = new FleetSimulation(2000, 7, 1).simulate(single(0));

        assertThat(result.probabilityBelowThreshold()).isZero();
        assertThat(result.probabilityEmpty()).isZero();
        assertThat(result.meanDaysBelowThreshold()).isZero();
        assertThat(result.meanMinimumReserveDays()).isCloseTo(50, within(1e-9));
        assertThat(result.vehicles().get(0).meanFlights()).isEqualTo(3);
        assertThat(result.bands()).allSatisfy(b -> assertThat(b.p5()).isGreaterThanOrEqualTo(45));
        assertThat(result.nominalSupplyKgPerDay()).isEqualTo(100);
    }

    @Test
    void aSingleVehicleFallsBelowTheThresholdWithTheProbabilityOfAtLeastOneLoss() {
        double p = 0.3;
        FleetResult result = new FleetSimulation(20_000, 11, 2).simulate(single(p));

        double below = 1 - Math.pow(1 - p, 3);          // 0.657
        // a loss shifts the whole cycle down by 3,000 kg for good (supply only matches consumption), so any second
        // loss empties the station before day 100: P(at least two losses among three) = 3p²(1-p) + p³ = 0.216
        double empty = 3 * p * p * (1 - p) + p * p * p;
        assertThat(result.probabilityBelowThreshold()).isCloseTo(below, within(4 * result.standardErrorBelowThreshold()));
        assertThat(result.probabilityEmpty()).isCloseTo(empty, within(4 * result.standardErrorEmpty()));
        assertThat(result.meanLosses()).isCloseTo(3 * p, within(0.03));
    }

    @Test
    void aCertainLossEmptiesTheStationOnTheHandComputedDay() {
        FleetResult result = new FleetSimulation(10, 1, 1).simulate(single(1));

        // nothing arrives: 6,000 kg last 60 days; below 4,500 kg from day 15 to day 100 = 85 days
        assertThat(result.probabilityEmpty()).isEqualTo(1);
        assertThat(result.meanDaysBelowThreshold()).isCloseTo(85, within(1e-9));
        assertThat(result.meanMinimumReserveDays()).isZero();
        assertThat(result.bands().get(result.bands().size() - 1).p50()).isZero();
    }

    @Test
    void aSharedLauncherThatGroundsBothVehiclesEmptiesTheStationMoreOftenThanTwoSeparateOnes() {
        List<Fleet.Vehicle> vehicles = List.of(
                new Fleet.Vehicle("a", "esa", "one", 60, 10, 3000, 0, 0),
                new Fleet.Vehicle("b", "jaxa", "two", 60, 40, 3000, 0, 0));
        List<Fleet.Vehicle> shared = vehicles.stream()
                .map(v -> new Fleet.Vehicle(v.id(), v.partner(), "one", v.cadenceDays(), v.firstFlightDay(),
                        v.capacityKg(), 0, 0)).toList();
        List<Fleet.LauncherFamily> families = List.of(new Fleet.LauncherFamily("one", 0.1, 90),
                new Fleet.LauncherFamily("two", 0.1, 90));
        FleetSimulation simulation = new FleetSimulation(20_000, 3, 2);

        FleetResult separate = simulation.simulate(new Fleet(100, 6000, 45, null, 365, families, vehicles));
        FleetResult common = simulation.simulate(new Fleet(100, 6000, 45, null, 365, families, shared));

        double se = Math.hypot(separate.standardErrorEmpty(), common.standardErrorEmpty());
        assertThat(common.probabilityEmpty()).isGreaterThan(separate.probabilityEmpty() + 4 * se);
        assertThat(common.meanLosses()).isLessThan(separate.meanLosses()); // grounded vehicles do not fly
    }

    @Test
    void theSameSeedGivesTheSameResultWhateverTheThreadCount() {
        Fleet fleet = single(0.2);
        FleetResult one = new FleetSimulation(5000, 42, 1).simulate(fleet);
        FleetResult four = new FleetSimulation(5000, 42, 4).simulate(fleet);
        FleetResult other = new FleetSimulation(5000, 43, 4).simulate(fleet);

        assertThat(four).isEqualTo(one);
        assertThat(other.probabilityBelowThreshold()).isNotEqualTo(one.probabilityBelowThreshold());
        assertThat(one.seed()).isEqualTo(42);
    }

    @Test
    void theStorageLimitCapsDeliveries() {
        Fleet fleet = new Fleet(100, 6000, 45, 7000.0, 100, List.of(new Fleet.LauncherFamily("rocket", 0, 0)),
                List.of(new Fleet.Vehicle("cargo", "esa", "rocket", 30, 10, 3000, 0, 0)));
        FleetResult result = new FleetSimulation(10, 1, 1).simulate(fleet);

        // day 10: 5,000 + 3,000 capped at 7,000; then 4,000 before day 40: below 4,500 for 5 days before each flight
        assertThat(result.probabilityBelowThreshold()).isEqualTo(1);
        assertThat(result.vehicles().get(0).meanDeliveredKg()).isEqualTo(2000 + 3000 + 3000);
        assertThat(result.meanMinimumReserveDays()).isCloseTo(40, within(1e-9));
    }

    @Test
    void bandsAreOrderedAndCoverTheHorizon() {
        FleetResult result = new FleetSimulation(3000, 5, 2).simulate(single(0.25));

        assertThat(result.bands().get(0).day()).isZero();
        assertThat(result.bands().get(result.bands().size() - 1).day()).isEqualTo(100);
        assertThat(result.bands()).allSatisfy(b -> assertThat(b.p5()).isLessThanOrEqualTo(b.p25())
                .isGreaterThanOrEqualTo(0));
        assertThat(result.bands()).allSatisfy(b -> assertThat(b.p25()).isLessThanOrEqualTo(b.p50()));
        assertThat(result.bands()).allSatisfy(b -> assertThat(b.p75()).isLessThanOrEqualTo(b.p95()));
    }

    @Test
    void aBadFleetNamesEveryOffendingField() {
        Fleet bad = new Fleet(0, 100, 45, null, 100, List.of(new Fleet.LauncherFamily("rocket", 1.5, 0)),
                List.of(new Fleet.Vehicle("cargo", "esa", "nope", 0, 0, 100, 0, 0)));

        assertThatThrownBy(() -> new FleetSimulation(10, 1, 1).simulate(bad))
                .isInstanceOfSatisfying(InvalidFleet.class, e -> assertThat(e.problems()).extracting(FleetProblem::field)
                        .containsExactly("consumptionKgPerDay", "families[0].lossProbability", "vehicles[0].family",
                                "vehicles[0].cadenceDays"));
    }

    @Test
    void supplyBelowConsumptionDrainsTheReserveOnTheHandComputedCourse() {
        // 100 kg/day used, 2,000 kg every 30 days from day 10 (67 kg/day): 1,000 kg lost per cycle. From 6,000 kg
        // the reserve is 5,000 → 7,000 on day 10, 4,000 → 6,000 on day 40, 3,000 → 5,000 on day 70, 2,000 on day 100
        Fleet fleet = new Fleet(100, 6000, 45, null, 100, List.of(new Fleet.LauncherFamily("rocket", 0, 0)),
                List.of(new Fleet.Vehicle("cargo", "esa", "rocket", 30, 10, 2000, 0, 0)));
        FleetResult result = new FleetSimulation(3, 1, 1).simulate(fleet);

        assertThat(result.probabilityBelowThreshold()).isEqualTo(1);
        assertThat(result.probabilityEmpty()).isZero();
        assertThat(result.meanMinimumReserveDays()).isCloseTo(20, within(1e-9));
        // below 4,500 kg from day 35 to 40, from 55 to 70 and from 75 to 100
        assertThat(result.meanDaysBelowThreshold()).isCloseTo(5 + 15 + 25, within(1e-9));
    }

    @Test
    void trialsAndThreadsOutsideTheirRangeAreRefused() {
        assertThatThrownBy(() -> new FleetSimulation(0, 1, 1)).hasMessageContaining("trials");
        assertThatThrownBy(() -> new FleetSimulation(10, 1, 0)).hasMessageContaining("threads");
    }
}
