package space.consortium.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import space.consortium.support.Cli;
import space.consortium.support.Cli.Run;

/**
 * Every command that reads a JSON file answers malformed JSON, an unknown field, a value of the wrong type and
 * unstorable text with exit code 2 and {@code file:line:column} or {@code file:field} lines in plain words: no parser,
 * class or exception name reaches the user.
 */
class ErrorsInPlainWordsTests {

    /** What must never be printed to a user. */
    static final List<String> INTERNALS = List.of("space.consortium", "tools.jackson", "com.fasterxml", "REDACTED",
            "Exception", "StreamReadFeature", "java.lang", "java.util");

    @TempDir Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"allocate", "team", "relay", "jcl", "fleet"})
    void malformedJsonNamesTheFileLineAndColumn(String command) throws Exception {
        Path file = Files.writeString(temp.resolve("plan.json"), "{\n  \"a\": 1,\n  \"b\": [1, 2\n}\n");
        Run run = Cli.run(command, file.toString());
        assertThat(run.exit()).as(run.all()).isEqualTo(2);
        assertThat(run.err()).contains(file + ":4:1: malformed JSON");
        assertPlain(run);
    }

    @ParameterizedTest
    @ValueSource(strings = {"allocate", "team", "relay", "jcl", "fleet"})
    void anUnknownFieldIsNamedWithTheKnownFields(String command) throws Exception {
        Path file = Files.writeString(temp.resolve("typo.json"), "{\"playrs\": [\"a\"]}");
        Run run = Cli.run(command, file.toString());
        assertThat(run.exit()).as(run.all()).isEqualTo(2);
        assertThat(run.err()).contains(file + ":playrs: is not a known field; known fields: ");
        assertPlain(run);
    }

    @ParameterizedTest
    @ValueSource(strings = {"allocate", "team", "relay", "jcl", "fleet"})
    void anEmptyFileIsSaidToBeEmpty(String command) throws Exception {
        Path file = Files.writeString(temp.resolve("empty.json"), "  \n");
        Run run = Cli.run(command, file.toString());
        assertThat(run.exit()).as(run.all()).isEqualTo(2);
        assertThat(run.err()).contains(file + ": is empty");
        assertPlain(run);
    }

    @Test
    void aValueOfTheWrongTypeSaysWhatWasExpected() throws Exception {
        Path game = Files.writeString(temp.resolve("game.json"), """
                {"type": "cost", "players": ["a", "b"], "values": {"a": "one", "b": 2, "a+b": 2.5}}""");
        Run run = Cli.run("allocate", game.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains(game + ":values.a: has a value of the wrong type: it must be a number");
        assertPlain(run);
        Path mission = Files.writeString(temp.resolve("mission.json"), """
                {"requirements": {"capability": "robotic-arm"}}""");
        Run team = Cli.run("team", mission.toString());
        assertThat(team.exit()).isEqualTo(2);
        assertThat(team.err()).contains(mission + ":requirements: has a value of the wrong type: it must be a list");
        assertPlain(team);
    }

    @Test
    void unstorableTextIsRefusedAsTheApiRefusesIt() throws Exception {
        Path game = Files.writeString(temp.resolve("nul.json"), """
                {"type": "cost", "players": ["a\\u0000", "b"], "values": {"a": 1, "b": 2, "a+b": 2.5}}""");
        Run run = Cli.run("allocate", game.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains(game + ":players[0]: contains the control character U+0000 (NUL)");
        Path plan = Files.writeString(temp.resolve("plan.json"), """
                {"activities": [{"id": "A\\u0000", "duration": {"dist": "fixed", "value": 1}}]}""");
        Run jcl = Cli.run("jcl", plan.toString());
        assertThat(jcl.exit()).isEqualTo(2);
        assertThat(jcl.err()).contains(plan + ":activities[0].id: contains the control character U+0000 (NUL)");
        Path fleet = Files.writeString(temp.resolve("fleet.json"), """
                {"name": "ISS\\u0007"}""");
        Run fleetRun = Cli.run("fleet", fleet.toString());
        assertThat(fleetRun.exit()).isEqualTo(2);
        assertThat(fleetRun.err()).contains(fleet + ":name: contains the control character U+0007");
        assertPlain(run);
        assertPlain(jcl);
        assertPlain(fleetRun);
    }

    @Test
    void aBadOptionValueNamesTheOptionAndTheAllowedValues() throws Exception {
        Path game = Files.writeString(temp.resolve("tva.json"), """
                {"type": "cost", "players": ["a", "b"], "values": {"a": 1, "b": 2, "a+b": 2.5}}""");
        Run method = Cli.run("allocate", game.toString(), "--method", "foo");
        assertThat(method.exit()).isEqualTo(2);
        assertThat(method.err()).contains("--method", "'foo' is not a rule", "shapley").doesNotContain("was rejected");
        Run format = Cli.run("allocate", game.toString(), "--format", "xml");
        assertThat(format.exit()).isEqualTo(2);
        assertThat(format.err()).contains("--format", "table", "json", "csv");
        assertPlain(method);
        assertPlain(format);
    }

    @Test
    void aMissingFileIsNamed() {
        Run run = Cli.run("allocate", temp.resolve("nope.json").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains(temp.resolve("nope.json") + ": no such file");
        assertPlain(run);
    }

    static void assertPlain(Run run) {
        for (String internal : INTERNALS) {
            assertThat(run.all()).as("no internal name in what the user sees").doesNotContain(internal);
        }
    }
}
