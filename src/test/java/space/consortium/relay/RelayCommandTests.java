package space.consortium.relay;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import space.consortium.cli.ConsortiumCommand;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import space.consortium.support.Cli;
import space.consortium.support.Cli.Run;

/** {@code relay PLAN.json}: the issue's file format, shipped ids, the three formats and bad input (exit 2). */
class RelayCommandTests {

    @TempDir Path temp;

    private static Run run(String... args) {
        return Cli.run(args);
    }

    private static final String ISSUE_PLAN = """
            {"start":"2026-01-01T00:00:00Z","end":"2026-01-03T00:00:00Z","minElevationDeg":10,
             "propagator":"numerical-j2","orbiters":[{"id":"mro","owner":"nasa",
             "elements":{"aKm":3683.7,"e":0.009,"iDeg":92.65,"raanDeg":0,"argPeriapsisDeg":0,
             "meanAnomalyDeg":0,"epoch":"2026-01-01T00:00:00Z","kind":"osculating"},"radio":"electra"}, "tgo"],
             "landers":[{"id":"curiosity","owner":"nasa","latDeg":-4.5895,"lonDeg":137.4417,"altKm":-4.5,
             "demandMbitPerSol":500}, "perseverance"],
             "whatIf":{"removeOrbiters":["tgo"]}}""";

    @Test
    void jsonHasEveryPassAndThePlanWithPerLanderTotals() throws Exception {
        Path plan = Files.writeString(temp.resolve("plan.json"), ISSUE_PLAN);
        Run run = run("relay", plan.toString(), "--format", "json");
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode body = JsonMapper.builder().build().readTree(run.out());
        assertThat(body.path("passes").size()).isGreaterThan(5);
        body.path("passes").forEach(p -> {
            assertThat(p.has("orbiter") && p.has("lander") && p.has("start") && p.has("end")).isTrue();
            assertThat(p.path("maxElevationDeg").asDouble()).isGreaterThanOrEqualTo(10.0);
            assertThat(p.path("volumeMbit").asDouble()).isNotNegative();
        });
        assertThat(body.at("/plan/landers").size()).isEqualTo(2);
        assertThat(body.at("/whatIf/changes/0/changeMbit").asDouble()).isNotPositive();
    }

    @Test
    void tableAndCsvListTheWindows() throws Exception {
        Path plan = Files.writeString(temp.resolve("plan.json"), ISSUE_PLAN);
        Run table = run("relay", plan.toString());
        assertThat(table.exit()).as(table.err()).isZero();
        assertThat(table.out()).contains("windows above the mask", "curiosity", "perseverance", "What if tgo");
        Run csv = run("relay", plan.toString(), "--format", "csv");
        assertThat(csv.exit()).isZero();
        assertThat(csv.out().lines().findFirst().orElseThrow()).startsWith("orbiter,orbiter_owner,lander");
        assertThat(csv.out().lines().skip(1)).allMatch(l -> l.startsWith("mro,nasa,") || l.startsWith("tgo,esa,"));
    }

    @Test
    void badInputExitsWith2NamingTheField() throws Exception {
        Path plan = Files.writeString(temp.resolve("bad.json"), ISSUE_PLAN.replace("\"e\":0.009", "\"e\":1.0")
                .replace("\"tgo\"]", "\"phobos-orbiter\"]"));
        Run run = run("relay", plan.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("orbiters[0].elements.e", "orbiters[1]", "phobos-orbiter");
        Path broken = Files.writeString(temp.resolve("broken.json"), "{\"start\": ");
        assertThat(run("relay", broken.toString()).exit()).isEqualTo(2);
        assertThat(run("relay", temp.resolve("missing.json").toString()).exit()).isEqualTo(2);
    }
}
