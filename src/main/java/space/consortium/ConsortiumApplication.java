package space.consortium;

import java.io.PrintStream;
import java.io.PrintWriter;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import picocli.CommandLine;
import space.consortium.cli.ConsortiumCommand;

/**
 * Consortium: plan, fund and run international space projects together. {@code main} is the command line; with no
 * command (or {@code serve}) it starts the web application.
 */
@SpringBootApplication
public class ConsortiumApplication {

    public static void main(String[] args) {
        // the embedded database's mixed mode lets commands use a running server's database through a TCP port that
        // the first process opens: on the loopback interface only, unless the operator says otherwise
        if (System.getProperty("h2.bindAddress") == null) {
            System.setProperty("h2.bindAddress", "127.0.0.1");
        }
        String[] line = ConsortiumCommand.withDefaultCommand(args);
        boolean serves = ConsortiumCommand.serves(line);
        ConsortiumCommand.prepare(line);
        CommandLine cli = ConsortiumCommand.commandLine(ConsortiumApplication.class);
        if (!serves) {
            // a command's answer goes to stdout, and only its answer: logs (Spring, Flyway, H2) go to stderr
            PrintStream answer = System.out;
            System.setOut(System.err);
            cli.setOut(new PrintWriter(answer, true));
        }
        int code = cli.execute(line);
        cli.getOut().flush();
        if (code != 0 || !serves) {
            System.exit(code);
        }
    }
}
