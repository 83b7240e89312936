package space.consortium.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * One precedence for the port: {@code --port} is passed to Spring as a command-line argument (which beats
 * {@code SERVER_PORT} and {@code server.port}); without it nothing is passed, so {@code SERVER_PORT}, then
 * {@code server.port}, then 8080 decide. No command means serve, with serve's options.
 */
class ServeCommandTests {

    @Test
    void withoutPortNothingIsPassedSoTheEnvironmentDecides() {
        assertThat(serve("serve").arguments()).isEmpty();
        // a bare relative directory is made absolute: H2 refuses paths only implicitly relative to the working directory
        assertThat(serve("serve", "--data", "d").arguments())
                .containsExactly("--consortium.data-dir=" + java.nio.file.Path.of("d").toAbsolutePath().normalize());
    }

    @Test
    void theOptionBeatsEverythingElse() {
        assertThat(serve("serve", "--port", "9090").arguments()).containsExactly("--server.port=9090");
        assertThat(serve(ConsortiumCommand.withDefaultCommand(new String[] {"--port=9091"})).arguments())
                .containsExactly("--server.port=9091");
    }

    @Test
    void noCommandMeansServeWithServesOptions() {
        assertThat(ConsortiumCommand.withDefaultCommand(new String[] {})).containsExactly("serve");
        assertThat(ConsortiumCommand.withDefaultCommand(new String[] {"--data", "d"}))
                .containsExactly("serve", "--data", "d");
        assertThat(ConsortiumCommand.withDefaultCommand(new String[] {"--help"})).containsExactly("--help");
        assertThat(ConsortiumCommand.withDefaultCommand(new String[] {"stats"})).containsExactly("stats");
        assertThat(ConsortiumCommand.serves(ConsortiumCommand.withDefaultCommand(new String[] {"--data", "d"}))).isTrue();
        assertThat(ConsortiumCommand.serves(new String[] {"serve", "--help"})).isFalse();
        assertThat(ConsortiumCommand.serves(new String[] {"stats"})).isFalse();
    }

    private static ServeCommand serve(String... args) {
        CommandLine line = ConsortiumCommand.commandLine(Object.class);
        CommandLine.ParseResult parsed = line.parseArgs(args);
        return (ServeCommand) parsed.subcommand().commandSpec().userObject();
    }
}
