package space.consortium.teaming;

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

/** {@code team MISSION.json}: a file with partners is solved without Spring; bad files exit with code 2. */
class TeamCommandTests {

    @TempDir Path temp;

    @Test
    void issMissionWithAnIncompatiblePairHasTheHandComputedOptimum() throws Exception {
        // csa and jaxa may not both take part: csa arm 120 + esa service 300 + nasa cargo 180 = 600
        Run run = run("team", resource("iss.json").toString(), "--format", "json");
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode report = JsonMapper.builder().build().readTree(run.out());
        assertThat(report.path("status").asString()).isEqualTo("optimal");
        assertThat(report.path("cost").asDouble()).isEqualTo(600.0);
        assertThat(report.path("assignment").path("cargo-resupply").get(0).asString()).isEqualTo("nasa");
        assertThat(report.has("explanation")).isFalse();
    }

    @Test
    void tableAndCsvShowTheProviders() throws Exception {
        Run table = run("team", resource("iss.json").toString());
        assertThat(table.out()).contains("Status: optimal").contains("Cost: 600 M USD").contains("service-module")
                .contains("Trade-off").contains("Greedy baseline");
        Run csv = run("team", resource("iss.json").toString(), "--format", "csv");
        assertThat(csv.out().lines()).first().isEqualTo("capability,provider,maturity,cost_usd_millions,backups,redundancy");
        assertThat(csv.out()).contains("robotic-arm,csa,9,120,");
    }

    @Test
    void anUnmeetableRequirementIsInfeasibleWithExitCodeZero() throws Exception {
        Path file = temp.resolve("relay.json");
        Files.writeString(file, """
                {"requirements": [{"capability": "mars-relay"}],
                 "partners": [{"id": "csa", "capabilities": [{"capability": "robotic-arm", "maturity": 9, "cost": 1}]}]}""");
        Run run = run("team", file.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Status: infeasible").contains("mars-relay");
    }

    @Test
    void badFilesExitWithCodeTwoNamingTheField() throws Exception {
        Path file = temp.resolve("bad.json");
        Files.writeString(file, """
                {"requirements": [],
                 "partners": [{"id": "a", "capabilities": [{"capability": "x", "maturity": 12, "cost": -1}]},
                              {"id": "a", "capabilities": []}]}""");
        Run run = run("team", file.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("requirements:").contains("partners[0].capabilities[0].maturity")
                .contains("partners[0].capabilities[0].cost").contains("partners[1].id: duplicate partner id 'a'");
        Files.writeString(file, "{\"requirements\": [{\"capability\": \"x\"}], \"colour\": 1}");
        assertThat(run("team", file.toString()).exit()).isEqualTo(2);
        assertThat(run("team", temp.resolve("missing.json").toString()).err()).contains("missing.json: no such file");
    }

    private static Path resource(String name) throws Exception {
        return Path.of(TeamCommandTests.class.getResource("/teaming/" + name).toURI());
    }

    private static Run run(String... args) {
        return Cli.run(args);
    }
}
