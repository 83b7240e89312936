package space.consortium.support;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import picocli.CommandLine;
import space.consortium.ConsortiumApplication;
import space.consortium.cli.ConsortiumCommand;

/**
 * The one command-line test harness: {@link #run} runs a command in-process, as {@code Main} builds it, and captures
 * what it printed and its exit code; {@link PackagedJar} runs the packaged jar as a user does and answers the same
 * {@link Run}.
 */
public final class Cli {

    private Cli() {
    }

    /** What a command printed and returned, and how long it took. */
    public record Run(int exit, String out, String err, Duration took) {

        public Run(int exit, String out, String err) {
            this(exit, out, err, Duration.ZERO);
        }

        /** Standard output and error together, for assertions on everything the user saw. */
        public String all() {
            return out + err;
        }
    }

    /** Runs {@code consortium ARGS} in this JVM. */
    public static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = ConsortiumCommand.commandLine(ConsortiumApplication.class);
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        long start = System.nanoTime();
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString(), Duration.ofNanos(System.nanoTime() - start));
    }
}
