package space.consortium.costshare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import space.consortium.cli.ConsortiumCommand;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import space.consortium.support.Cli;
import space.consortium.support.Cli.Run;

/** The published reference cases through the command line ({@code allocate GAME.json --format json}). */
class AllocateCommandTests {

    @TempDir Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"tva.json", "airport.json", "lemaire.json", "talmud200.json", "textbook4.json", "eec.json"})
    void referenceCasesMatchThePublishedAnswers(String file) throws Exception {
        Run run = run("allocate", resource(file).toString(), "--format", "json");
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode report = JsonMapper.builder().build().readTree(run.out());
        List<String> players = new ArrayList<>();
        report.path("players").values().forEach(p -> players.add(p.asString()));
        ReferenceCases.check(file, players,
                (method, player) -> report.path("allocations").path(method).path(player).asDouble(Double.NaN));
        assertThat(report.path("core").has("nonEmpty")).isTrue();
        assertThat(report.path("core").has("leastCore")).isTrue();
    }

    @Test
    void tvaAllocationsAreAllInTheNonEmptyCoreWithThePublishedRanges() throws Exception {
        Run run = run("allocate", resource("tva.json").toString(), "--format", "json",
                "--method", "shapley", "--method", "nucleolus", "--method", "scrb");
        JsonNode core = JsonMapper.builder().build().readTree(run.out()).path("core");
        assertThat(core.path("nonEmpty").asBoolean()).isTrue();
        assertThat(core.path("inCore").path("shapley").asBoolean()).isTrue();
        assertThat(core.path("inCore").path("nucleolus").asBoolean()).isTrue();
        assertThat(core.path("inCore").path("scrb").asBoolean()).isTrue();
        ReferenceCases.TVA_CORE.forEach((player, range) -> {
            assertThat(core.path("bounds").path(player).get(0).asDouble()).isCloseTo(range[0], within(1e-3));
            assertThat(core.path("bounds").path(player).get(1).asDouble()).isCloseTo(range[1], within(1e-3));
        });
    }

    @Test
    void tableAndCsvShowEveryMethodAndRowsThatAddUpToTheTotal() throws Exception {
        Run table = run("allocate", resource("airport.json").toString());
        assertThat(table.exit()).isZero();
        assertThat(table.out()).contains("shapley", "nucleolus", "scrb", "total", "Core: non-empty");
        Run csv = run("allocate", resource("airport.json").toString(), "--format", "csv", "--decimals", "2",
                "--method", "shapley", "--method", "scrb");
        List<String> lines = csv.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("player,shapley,scrb");
        assertThat(lines.subList(1, 5)).extracting(l -> l.split(",")[1]).containsExactly("2.00", "3.00", "4.00", "9.00");
        assertThat(lines.get(5)).isEqualTo("total,18.00,18.00");
        // SCRB's exact shares 2.3111.., 3.1777.., 3.7555.., 8.7555.. rounded to cents still add up to 18.00
        assertThat(lines.subList(1, 5).stream().map(l -> new java.math.BigDecimal(l.split(",")[2]))
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add)).isEqualByComparingTo("18.00");
    }

    @Test
    void sampledShapleyReportsItsSeedAndIsReproducible() throws Exception {
        String[] args = {"allocate", resource("tva.json").toString(), "--format", "json", "--method", "shapley-sampled",
                "--samples", "20000", "--seed", "42"};
        Run first = run(args);
        Run second = run(args);
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).isEqualTo(second.out());
        JsonNode report = JsonMapper.builder().build().readTree(first.out());
        assertThat(report.path("seed").asLong()).isEqualTo(42);
        assertThat(report.path("intervals").path("N").asDouble()).isPositive();
        assertThat(report.path("allocations").path("shapley-sampled").path("N").asDouble())
                .isCloseTo(117829, within(4 * report.path("intervals").path("N").asDouble() + 1e-6));
    }

    @Test
    void badGameFilesExitWithTwoAndSayWhatIsWrong() throws Exception {
        Path missing = write("missing.json", """
                {"type": "cost", "players": ["a", "b"], "values": {"a": 1, "b": 2}}""");
        Run run = run("allocate", missing.toString());
        assertThat(run.exit()).isEqualTo(ConsortiumCommand.BAD_INPUT);
        assertThat(run.err()).contains("values", "a+b");

        Path unknown = write("unknown.json", """
                {"type": "cost", "players": ["a", "b"], "values": {"a": 1, "b": 2, "a+c": 3}}""");
        assertThat(run("allocate", unknown.toString()).err()).contains("'c' is not a player");

        Path duplicate = write("duplicate.json", """
                {"type": "cost", "players": ["a", "a"], "model": {"airport": {"a": 1}}}""");
        assertThat(run("allocate", duplicate.toString()).err()).contains("listed twice");

        Path negative = write("negative.json", """
                {"type": "cost", "players": ["a", "b"], "values": {"a": 1, "b": -2, "a+b": 3}}""");
        assertThat(run("allocate", negative.toString()).err()).contains("values.b", "zero or more");

        Path notJson = write("broken.json", "{\"type\": \"cost\",");
        Run broken = run("allocate", notJson.toString());
        assertThat(broken.exit()).isEqualTo(2);
        assertThat(broken.err()).contains("broken.json:1:", "malformed JSON");

        assertThat(run("allocate", temp.resolve("nope.json").toString()).exit()).isEqualTo(2);
        Run unknownMethod = run("allocate", resource("tva.json").toString(), "--method", "magic");
        assertThat(unknownMethod.exit()).isEqualTo(2);
        assertThat(unknownMethod.err()).contains("--method", "'magic' is not a rule", "shapley", "nucleolus")
                .doesNotContain("tva.json");
    }

    @Test
    void anOptionOutOfRangeIsNamedAsTheOptionNotAsAFieldOfTheFile() throws Exception {
        Run samples = run("allocate", resource("tva.json").toString(), "--method", "shapley-sampled",
                "--samples", "-5");
        assertThat(samples.exit()).isEqualTo(ConsortiumCommand.BAD_INPUT);
        assertThat(samples.err()).startsWith("--samples: ").doesNotContain("tva.json");
        Run decimals = run("allocate", resource("tva.json").toString(), "--decimals", "99");
        assertThat(decimals.exit()).isEqualTo(ConsortiumCommand.BAD_INPUT);
        assertThat(decimals.err()).startsWith("--decimals: ").doesNotContain("tva.json");
        // the same value in the file is the file's problem
        Path inFile = write("decimals.json", """
                {"type": "cost", "players": ["a", "b"], "values": {"a": 1, "b": 2, "a+b": 2}, "decimals": 99}""");
        assertThat(run("allocate", inFile.toString()).err()).startsWith(inFile + ":decimals: ");
    }

    @Test
    void everyProblemOfTheGameFormIsNamedAtOnce() throws Exception {
        Path bad = write("several.json", """
                {"type": "cost", "players": ["a", "b", "a"], "values": {"a": -1, "b": 2, "a+b": -3},
                 "decimals": 99}""");
        Run run = run("allocate", bad.toString());
        assertThat(run.exit()).isEqualTo(ConsortiumCommand.BAD_INPUT);
        assertThat(run.err().lines()).contains(bad + ":decimals: must be between 0 and 10")
                .anyMatch(l -> l.startsWith(bad + ":players[2]: ") && l.contains("listed twice"))
                .anyMatch(l -> l.startsWith(bad + ":values.a: ") && l.contains("zero or more"))
                .anyMatch(l -> l.startsWith(bad + ":values.a+b: ") && l.contains("zero or more"));
    }

    @Test
    void theTableShowsLargeFiguresAsPlainDecimalsNeverInScientificNotation() throws Exception {
        // the TVA game × 1000: its nucleolus (116234, 93540, 202810) × 1000 leaves every single player the same
        // excess, 163520 - 116234 = 140826 - 93540 = 250096 - 202810 = 47286 (× 1000), less than any pair's, so the
        // least-core value is -47,286,000
        Path big = write("tva-units.json", """
                {"type": "cost", "players": ["N", "F", "P"],
                 "values": {"N": 163520000, "F": 140826000, "P": 250096000, "N+F": 301607000, "N+P": 378821000,
                            "F+P": 367370000, "N+F+P": 412584000}}""");
        Run table = run("allocate", big.toString());
        assertThat(table.exit()).as(table.err()).isZero();
        assertThat(table.out()).contains("least-core value -47286000)").doesNotContainPattern("\\d[eE][+-]?\\d");
        Run sampled = run("allocate", big.toString(), "--method", "shapley-sampled", "--samples", "1000");
        assertThat(sampled.out()).contains("N ± ").doesNotContainPattern("\\d[eE][+-]?\\d");
        // no core: an equal split charges a + b two thirds of 2.9e9 = 1,933,333,333.33, which alone pay 1.5e9
        Path empty = write("no-core.json", """
                {"type": "cost", "players": ["a", "b", "c"],
                 "values": {"a": 1000000000, "b": 1000000000, "c": 1000000000, "a+b": 1500000000,
                            "a+c": 1500000000, "b+c": 1500000000, "a+b+c": 2900000000}}""");
        Run noCore = run("allocate", empty.toString(), "--method", "equal", "--decimals", "2");
        assertThat(noCore.out()).contains("Core: empty", "would gain 433333333.33").doesNotContainPattern("\\d[eE][+-]?\\d");
    }

    @Test
    void tooManyPlayersForAnExactMethodNamesTheLimitAndSuggestsSampling() throws Exception {
        StringBuilder players = new StringBuilder();
        StringBuilder demand = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            players.append(i == 0 ? "" : ",").append("\"p").append(i).append('"');
            demand.append(i == 0 ? "" : ",").append("\"p").append(i).append("\":").append(i + 1);
        }
        Path big = write("big.json", """
                {"type": "cost", "players": [%s],
                 "model": {"scale": {"fixed": 100, "k": 50, "exponent": 0.7, "demand": {%s}}}}"""
                .formatted(players, demand));
        Run exact = run("allocate", big.toString(), "--method", "nucleolus");
        assertThat(exact.exit()).isEqualTo(2);
        assertThat(exact.err()).contains("20", "shapley-sampled");
        Run defaults = run("allocate", big.toString(), "--format", "json", "--samples", "2000");
        assertThat(defaults.exit()).as(defaults.err()).isZero();
        JsonNode report = JsonMapper.builder().build().readTree(defaults.out());
        assertThat(report.path("allocations").has("shapley-sampled")).isTrue();
        assertThat(report.path("allocations").has("nucleolus")).isFalse();
        assertThat(report.path("notes").path("nucleolus").asString()).contains("skipped");
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(temp.resolve(name), text);
    }

    private static Path resource(String name) throws Exception {
        return Path.of(AllocateCommandTests.class.getResource("/costshare/" + name).toURI());
    }

    private static Run run(String... args) {
        return Cli.run(args);
    }
}
