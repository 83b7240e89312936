package space.consortium.fleet.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import space.consortium.support.ApiContract;
import space.consortium.support.Json;
import tools.jackson.databind.JsonNode;

/** The fleet API: one fleet, a comparison with one seed, the shipped presets and the 2014–2015 replay. */
class FleetApiTests extends ApiContract {

    private static final String SINGLE = """
            {"name": "one vehicle", "consumptionKgPerDay": 100, "initialReserveKg": 6000, "reserveThresholdDays": 45,
             "horizonDays": 100, "trials": 2000, "seed": 5,
             "families": [{"id": "rocket", "lossProbability": 0}],
             "vehicles": [{"id": "cargo", "partner": "esa", "family": "rocket", "cadenceDays": 30,
                           "firstFlightDay": 10, "capacityKg": 3000}]}""";

    @Test
    void aFleetWithoutLossesThatMatchesConsumptionNeverFallsBelowTheThreshold() {
        JsonNode report = Json.body(post("/api/fleet/simulate", SINGLE));

        assertThat(report.path("name").asString()).isEqualTo("one vehicle");
        assertThat(report.at("/trials").asInt()).isEqualTo(2000);
        assertThat(report.at("/seed").asLong()).isEqualTo(5);
        assertThat(report.at("/probabilityBelowThreshold").asDouble()).isZero();
        assertThat(report.at("/meanMinimumReserveDays").asDouble()).isEqualTo(50.0);
        assertThat(report.path("initialReserveDays").asDouble()).isEqualTo(60.0);
    }

    @Test
    void theIssFleetOfSeveralPartnersFallsBelowFortyFiveDaysLessOftenThanOnePartnerAlone() {
        JsonNode presets = read("/api/fleet/presets");
        assertThat(Json.strings(presets, "id")).contains("iss-2015", "single-partner", "us-commercial");

        JsonNode reports = Json.body(post("/api/fleet/compare", """
                {"fleets": [%s, %s]}""".formatted(presets.at("/0/fleet"), presets.at("/2/fleet"))));
        double several = reports.at("/0/probabilityBelowThreshold").asDouble();
        double nasaOnly = reports.at("/1/probabilityBelowThreshold").asDouble();
        double se = Math.hypot(reports.at("/0/standardErrorBelowThreshold").asDouble(),
                reports.at("/1/standardErrorBelowThreshold").asDouble());
        assertThat(nasaOnly).isGreaterThan(several + 3 * se);
    }

    @Test
    void theReplayOf2014To2015HasTheThreeLossesAndTheReserveDropsWellBelowSixMonths() {
        JsonNode replay = read("/api/fleet/replay");

        assertThat(replay.path("flights").size()).isEqualTo(20);
        assertThat(Json.strings(replay.path("flights"), "outcome").stream().filter("lost"::equals).count())
                .isEqualTo(3);
        assertThat(replay.path("initialReserveDays").asDouble()).isEqualTo(180.0);
        assertThat(replay.path("minimumReserveDays").asDouble()).isLessThan(150);
        // fitted to the reported level: four months just after the loss of CRS-7 (CBC, 29 June 2015)
        JsonNode afterCrs7 = null;
        for (JsonNode point : replay.path("points").values()) {
            if (point.path("event").asString().equals("Dragon CRS-7 (lost)")) {
                afterCrs7 = point;
            }
        }
        assertThat(afterCrs7).isNotNull();
        assertThat(afterCrs7.path("reserveDays").asDouble()).isCloseTo(120.0, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(replay.path("reachedZero").asBoolean()).isFalse();
        assertThat(Json.strings(replay.path("flights"), "sourceUrl")).allSatisfy(u -> assertThat(u).startsWith("http"));
    }

    @Test
    void aBadFleetIsA400NamingEveryField() {
        assertInvalid(post("/api/fleet/simulate", """
                {"consumptionKgPerDay": 100, "initialReserveKg": 6000, "trials": 0,
                 "families": [{"id": "rocket", "lossProbability": 2}],
                 "vehicles": [{"id": "cargo", "family": "other", "cadenceDays": -1, "capacityKg": 10}]}"""),
                "trials", "families[0].lossProbability", "vehicles[0].family", "vehicles[0].cadenceDays");
        assertInvalid(post("/api/fleet/simulate", "{\"vehicles\": []}"),
                "consumptionKgPerDay", "initialReserveKg", "vehicles");
        // an unknown field hides nothing else
        assertInvalid(post("/api/fleet/simulate", "{\"speed\": 1}"), "speed", "consumptionKgPerDay", "initialReserveKg",
                "vehicles");
        assertProblem(get("/api/fleet/presets/nope"), HttpStatus.NOT_FOUND);
    }

    @Test
    void missingNumbersAndBrokenRulesOfAFleetAreReportedTogether() {
        // missing numbers, empty entries, numbers out of range and an unknown family: one answer names them all
        assertInvalid(post("/api/fleet/simulate", """
                {"initialReserveKg": 6000, "reserveThresholdDays": -1,
                 "families": [{"id": "rocket"}, null, {"id": "rocket", "lossProbability": 0.1}],
                 "vehicles": [null, {"id": "cargo", "family": "other", "cadenceDays": 0}]}"""),
                "consumptionKgPerDay", "reserveThresholdDays", "families[0].lossProbability", "families[1]",
                "families[2].id", "vehicles[0]", "vehicles[1].family", "vehicles[1].cadenceDays",
                "vehicles[1].capacityKg");
        assertInvalid(post("/api/fleet/compare", """
                {"fleets": [%s, {"consumptionKgPerDay": 0, "initialReserveKg": 10, "vehicles": []}]}"""
                        .formatted(SINGLE.replace("\"capacityKg\": 3000", "\"capacityKg\": -3"))),
                "fleets[0].vehicles[0].capacityKg", "fleets[1].consumptionKgPerDay", "fleets[1].vehicles");
    }

    @Test
    void wrongTypedValuesAreNamedWithTheFleetsOtherProblemsInOneAnswer() {
        JsonNode problem = assertInvalid(post("/api/fleet/simulate", """
                {"consumptionKgPerDay": "eighty", "initialReserveKg": 6000, "horizonDays": "two years",
                 "families": [{"id": "rocket", "lossProbability": 1.5}],
                 "vehicles": [{"id": "cargo", "family": "rocket", "cadenceDays": 30}]}"""),
                "consumptionKgPerDay", "horizonDays", "families[0].lossProbability", "vehicles[0].capacityKg");
        assertThat(problem.toString()).contains("must be a number", "must be a whole number")
                .doesNotContain("is required\"},{\"field\":\"consumptionKgPerDay");
        // the export of a run reads its body the same way
        assertInvalid(post("/api/fleet/simulate?format=csv", """
                {"consumptionKgPerDay": "eighty", "initialReserveKg": [6000], "vehicles": []}"""),
                "consumptionKgPerDay", "initialReserveKg", "vehicles");
        assertInvalid(post("/api/fleet/compare", """
                {"fleets": [{"consumptionKgPerDay": true, "initialReserveKg": 10, "vehicles": []}], "seed": 3}"""),
                "seed", "fleets[0].consumptionKgPerDay", "fleets[0].vehicles");
    }
}
