package space.consortium;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import space.consortium.cli.ConsortiumCommand;

/**
 * Consortium: plan, fund and run international space projects together. {@code main} is the command line; with no
 * command (or {@code serve}) it starts the web application.
 */
@SpringBootApplication
public class ConsortiumApplication {

    public static void main(String[] args) {
        int code = ConsortiumCommand.commandLine(ConsortiumApplication.class).execute(args);
        if (code != 0 || !ConsortiumCommand.serves(args)) {
            System.exit(code);
        }
    }
}
