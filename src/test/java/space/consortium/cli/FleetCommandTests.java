package space.consortium.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import space.consortium.shared.JsonProblems;
import space.consortium.support.Cli;
import space.consortium.support.Cli.Run;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The {@code fleet} command: a file or presets in, a table, JSON or CSV out, exit code 2 on bad input. */
class FleetCommandTests {

    @TempDir Path temp;

    private static final String SINGLE = """
            {"name": "one vehicle", "consumptionKgPerDay": 100, "initialReserveKg": 6000, "horizonDays": 100,
             "families": [{"id": "rocket", "lossProbability": 1}],
             "vehicles": [{"id": "cargo", "family": "rocket", "cadenceDays": 30, "firstFlightDay": 10,
                           "capacityKg": 3000}]}""";

    @Test
    void aFleetWhoseEveryLaunchFailsRunsOutInEveryTrial() throws Exception {
        Path file = Files.writeString(temp.resolve("fleet.json"), SINGLE);
        Run run = run("fleet", file.toString(), "--format", "json", "--trials", "500", "--seed", "9");
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode report = JsonMapper.builder().build().readTree(run.out());
        assertThat(report.path("probabilityEmpty").asDouble()).isEqualTo(1.0);
        // nothing arrives: 6,000 kg last 60 days; below 45 days from day 15 to 100
        assertThat(report.path("meanDaysBelowThreshold").asDouble()).isEqualTo(85.0);
        assertThat(report.path("seed").asLong()).isEqualTo(9);
        assertThat(report.path("trials").asInt()).isEqualTo(500);
    }

    @Test
    void presetsCompareInATableAndInCsvWithTheSameSeed() {
        Run table = run("fleet", "--preset", "iss-2015", "--preset", "us-commercial", "--trials", "2000");
        assertThat(table.exit()).as(table.err()).isZero();
        assertThat(table.out()).contains("2000 trials per fleet, seed 1", "ISS fleet of 2015", "NASA commercial only",
                "below threshold", "Reserve (days) of");
        Run csv = run("fleet", "--preset", "iss-2015", "--preset", "single-partner", "--trials", "2000",
                "--format", "csv");
        assertThat(csv.out().lines().findFirst().orElseThrow()).startsWith("fleet,trials,seed,supply_kg_per_day");
        assertThat(csv.out().lines().count()).isEqualTo(3);
        assertThat(run("fleet", "--preset", "iss-2015", "--trials", "2000", "--format", "csv").out())
                .isEqualTo(run("fleet", "--preset", "iss-2015", "--trials", "2000", "--format", "csv").out());
    }

    @Test
    void aBadTrialsOptionIsNamedAsTheOptionNotAsAFieldOfTheFleet() throws Exception {
        Path file = Files.writeString(temp.resolve("fleet.json"), SINGLE);
        Run run = run("fleet", file.toString(), "--trials", "0");
        assertThat(run.exit()).isEqualTo(ConsortiumCommand.BAD_INPUT);
        assertThat(run.err()).startsWith("--trials: ").doesNotContain("fleet.json", "fleets[0]");
        Run preset = run("fleet", "--preset", "iss-2015", "--trials", "0");
        assertThat(preset.exit()).isEqualTo(ConsortiumCommand.BAD_INPUT);
        assertThat(preset.err()).startsWith("--trials: ").doesNotContain("The fleet", "fleets[0]");
    }

    @Test
    void badFleetFilesExitWithTwoAndNameTheField() throws Exception {
        Path bad = Files.writeString(temp.resolve("bad.json"), SINGLE.replace("\"cadenceDays\": 30",
                "\"cadenceDays\": 0"));
        Run run = run("fleet", bad.toString());
        assertThat(run.exit()).isEqualTo(ConsortiumCommand.BAD_INPUT);
        assertThat(run.err()).contains("vehicles[0].cadenceDays", "more than zero");

        Path unknown = Files.writeString(temp.resolve("unknown.json"), "{\"speed\": 3}");
        assertThat(run("fleet", unknown.toString()).err()).contains(unknown + ":speed: is not a known field");
        assertThat(run("fleet", temp.resolve("nope.json").toString()).exit()).isEqualTo(2);
        assertThat(run("fleet", "--preset", "mir").err()).contains("Unknown preset 'mir'");
        assertThat(run("fleet").exit()).isEqualTo(2);
    }

    @Test
    void everyProblemOfAFleetFileIsPrintedAtOnceWithItsFieldPath() throws Exception {
        // two wrong-typed values, an unknown field, a missing number, a probability above 1 and an unknown family
        Path bad = Files.writeString(temp.resolve("several.json"), """
                {"consumptionKgPerDay": "eighty", "initialReserveKg": 6000, "colour": "red",
                 "families": [{"id": "rocket", "lossProbability": 1.5}],
                 "vehicles": [{"id": "cargo", "family": "rockt", "cadenceDays": "monthly", "capacityKg": 3000},
                              {"id": "cargo2", "family": "rocket", "cadenceDays": 30}]}""");
        Run run = run("fleet", bad.toString());
        assertThat(run.exit()).isEqualTo(ConsortiumCommand.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines().toList()).containsExactlyInAnyOrder(
                bad + ":consumptionKgPerDay: has a value of the wrong type: it must be a number ('eighty' is not)",
                bad + ":colour: is not a known field; known fields: consumptionKgPerDay, families, horizonDays, "
                        + "initialReserveKg, name, reserveThresholdDays, seed, storageLimitKg, trials, vehicles",
                bad + ":vehicles[0].cadenceDays: has a value of the wrong type: it must be a number ('monthly' is not)",
                bad + ":families[0].lossProbability: must be a probability between 0 and 1, was 1.5",
                bad + ":vehicles[0].family: 'rockt' is not one of the families [rocket]",
                bad + ":vehicles[1].capacityKg: is required");
        assertThat(JsonProblems.leaksInternals(run.err())).as(run.err()).isFalse();
    }

    @Test
    void wrongTypedValuesInEveryFleetOfAComparisonAreAllNamed() throws Exception {
        Path bad = Files.writeString(temp.resolve("compare.json"), "{\"fleets\": [" + SINGLE.replace("6000", "\"lots\"")
                + ", " + SINGLE.replace("\"horizonDays\": 100", "\"horizonDays\": \"long\"")
                .replace("\"cadenceDays\": 30", "\"cadenceDays\": [30]") + "]}");
        Run run = run("fleet", bad.toString());
        assertThat(run.exit()).isEqualTo(ConsortiumCommand.BAD_INPUT);
        assertThat(run.err()).contains(bad + ":fleets[0].initialReserveKg: has a value of the wrong type",
                bad + ":fleets[1].horizonDays: has a value of the wrong type: it must be a whole number",
                bad + ":fleets[1].vehicles[0].cadenceDays: has a value of the wrong type: it must be a number")
                .doesNotContain("is required");
        assertThat(JsonProblems.leaksInternals(run.err())).as(run.err()).isFalse();
    }

    @Test
    void aFileThatIsNotAFleetIsOneProblemAndAFleetThatIsNotAnObjectIsNamedByItsIndex() throws Exception {
        Path list = Files.writeString(temp.resolve("list.json"), "[1, 2]");
        Run run = run("fleet", list.toString());
        assertThat(run.exit()).isEqualTo(ConsortiumCommand.BAD_INPUT);
        assertThat(run.err().lines().toList()).containsExactly(list + ": has a value of the wrong type: it must be an object");

        Path second = Files.writeString(temp.resolve("second.json"), "{\"fleets\": [" + SINGLE + ", 7]}");
        run = run("fleet", second.toString());
        assertThat(run.exit()).isEqualTo(ConsortiumCommand.BAD_INPUT);
        assertThat(run.err().lines().toList()).containsExactly(second + ":fleets[1]: has a value of the wrong type: it must be an object");
    }

    private static Run run(String... args) {
        return Cli.run(args);
    }
}
