package space.consortium.cli;

import java.io.Console;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import space.consortium.cli.ConsortiumCommand.Use;
import space.consortium.accounts.AccountService;
import space.consortium.accounts.UserAccount;
import space.consortium.accounts.UserRequest;
import space.consortium.shared.InUse;
import space.consortium.shared.InvalidInput;
import space.consortium.shared.JsonInput;

/** {@code users add} and {@code users list}: how the first administrator comes to exist (there is no default one). */
@Command(name = "users", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Add or list users (the first administrator is created here).",
        subcommands = {UsersCommand.Add.class, UsersCommand.ListUsers.class})
final class UsersCommand implements Callable<Integer> {

    /** Environment variable read for the password instead of prompting (for automation). */
    static final String PASSWORD_ENV = "CONSORTIUM_ADMIN_PASSWORD";

    @ParentCommand
    ConsortiumCommand root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ConsortiumCommand.BAD_INPUT;
    }

    @Command(name = "add", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = {"Add a user. The password is prompted for (twice), or read from the environment variable "
                    + PASSWORD_ENV + " when it is set. Exit code 2 on bad input."})
    static final class Add implements Callable<Integer> {

        @ParentCommand
        UsersCommand parent;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME", description = "User name (lowercase letters, digits, . _ -)")
        String username;

        @Option(names = "--admin", description = "Make the user an administrator")
        boolean admin;

        @Option(names = "--display-name", description = "Full name shown beside comments (default: NAME)")
        String displayName;

        @Option(names = "--partner", description = "Partner id the user belongs to (repeatable)")
        List<String> partners = new ArrayList<>();

        @Option(names = "--coordinator", description = "Project id the user coordinates (repeatable)")
        List<String> coordinates = new ArrayList<>();

        @Option(names = "--data", description = "Directory of the embedded database (default: ./data)")
        String dataDir;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            String password = System.getenv(PASSWORD_ENV);
            if (password == null || password.isEmpty()) {
                Console console = System.console();
                if (console == null) {
                    err.println("No terminal to prompt for the password: set " + PASSWORD_ENV + " instead.");
                    return ConsortiumCommand.BAD_INPUT;
                }
                char[] first = console.readPassword("Password for %s: ", username);
                char[] second = console.readPassword("Repeat the password: ");
                if (first == null || second == null || !Arrays.equals(first, second)) {
                    err.println("The two passwords differ; no user was added.");
                    return ConsortiumCommand.BAD_INPUT;
                }
                password = new String(first);
            }
            try (ConfigurableApplicationContext context = parent.root.database(dataDir, Use.WRITE)) {
                UserAccount user = context.getBean(AccountService.class).create(new UserRequest(username,
                        displayName == null ? username : displayName, password, admin, partners, coordinates));
                out.printf("Added user '%s' (%s).%n", user.username(), user.role());
                return 0;
            } catch (InvalidInput e) {
                JsonInput.printRejected("users add", e, err);
                return ConsortiumCommand.BAD_INPUT;
            } catch (InUse e) {
                err.println("users add: " + e.getMessage());
                return ConsortiumCommand.BAD_INPUT;
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "List the users with their roles.")
    static final class ListUsers implements Callable<Integer> {

        @ParentCommand
        UsersCommand parent;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--data", description = "Directory of the embedded database (default: ./data)")
        String dataDir;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = parent.root.database(dataDir)) {
                PrintWriter out = spec.commandLine().getOut();
                for (UserAccount u : context.getBean(AccountService.class).all()) {
                    out.printf("%-20s %-15s %-8s partners=%s coordinates=%s%n", u.username(), u.role(),
                            u.active() ? "active" : "inactive", u.partners(), u.coordinates());
                }
                return 0;
            }
        }
    }
}
