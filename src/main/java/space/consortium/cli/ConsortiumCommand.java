package space.consortium.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.StandardEnvironment;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import space.consortium.shared.InvalidInput;
import space.consortium.shared.JsonInput;

/** The top-level command; {@link #commandLine(Class)} builds it with every subcommand. */
@Command(name = "consortium", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Plan, fund and run international space projects together.",
                "With no command: serve (and serve's options, e.g. --port N --data DIR)."},
        subcommands = {ServeCommand.class, DatasetCommand.class, AllocateCommand.class, StatsCommand.class,
                FleetCommand.class, TeamCommand.class, RelayCommand.class, JclCommand.class,
                UsersCommand.class,
                BackupCommand.class, RestoreCommand.class})
public final class ConsortiumCommand implements Callable<Integer> {

    /** Exit code for input that was rejected (bad file, bad row) or a database that cannot be used. */
    public static final int BAD_INPUT = 2;

    /** What a command does with the database: a read never creates a data directory. */
    enum Use { READ, WRITE }

    private static final Set<String> HELP = Set.of("-h", "--help", "-V", "--version");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Class<?> application;

    private ConsortiumCommand(Class<?> application) {
        this.application = application;
    }

    /**
     * Builds the command line for the given Spring Boot application class (which the commands start). A database
     * that cannot be opened, or input a service rejects, ends a command with lines on stderr and exit code 2, never a
     * stack trace; a bad option value is picocli's: the option, what was wrong and the usage, exit code 2.
     */
    public static CommandLine commandLine(Class<?> application) {
        CommandLine line = new CommandLine(new ConsortiumCommand(application))
                .setCaseInsensitiveEnumValuesAllowed(true);
        line.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof InvalidInput invalid) {
                // a command that did not name its file: the command's name stands for it
                JsonInput.printRejected(commandLine.getCommandName(), invalid, commandLine.getErr());
                return BAD_INPUT;
            }
            Optional<String> problem = databaseProblem(e);
            if (problem.isEmpty()) {
                throw e;
            }
            commandLine.getErr().println(problem.get());
            commandLine.getErr().flush();
            return BAD_INPUT;
        });
        return line;
    }

    /**
     * The arguments with {@code serve} put first when they name no command (none at all, or only options such as
     * {@code --data DIR}), so that "no command" means serve with serve's options.
     */
    public static String[] withDefaultCommand(String[] args) {
        boolean onlyOptions = args.length == 0 || (args[0].startsWith("-") && !HELP.contains(args[0]));
        if (!onlyOptions) {
            return args;
        }
        String[] serve = new String[args.length + 1];
        serve[0] = "serve";
        System.arraycopy(args, 0, serve, 1, args.length);
        return serve;
    }

    /**
     * Starts, on a second (daemon) thread, what the named command needs first and can prepare before its arguments
     * are parsed: for {@code jcl}, the JSON reader. Call before {@link #commandLine(Class)}; other commands start
     * nothing.
     */
    public static void prepare(String[] args) {
        if (args.length > 0 && args[0].equals("jcl")) {
            Thread warmUp = new Thread(JclCommand.readerWarmUp(), "jcl-reader-warm-up");
            warmUp.setDaemon(true);
            warmUp.start();
        }
    }

    /** True when the arguments (after {@link #withDefaultCommand}) start the server, which keeps the JVM running. */
    public static boolean serves(String[] args) {
        boolean help = Arrays.stream(args).anyMatch(HELP::contains);
        return !help && args.length > 0 && args[0].equals("serve");
    }

    Class<?> application() {
        return application;
    }

    /** Opens the database for a command that only reads: see {@link #database(String, Use)}. */
    ConfigurableApplicationContext database(@Nullable String dataDir) {
        return database(dataDir, Use.READ);
    }

    /**
     * Opens the database without the web server: a small, lazily built Spring context ({@link CommandContext}). A new
     * database gets the shipped data first (the same first-start rule as {@code serve}). On the embedded default, a
     * {@link Use#READ} of a data directory that does not exist fails with {@link DatabaseUnavailable} and creates
     * nothing. The embedded database runs in H2's mixed mode, so this works beside a running server on the same
     * directory (the first process to open it serves it to the others on the loopback interface).
     */
    ConfigurableApplicationContext database(@Nullable String dataDir, Use use) {
        StandardEnvironment environment = new StandardEnvironment();
        String configuredUrl = environment.getProperty("spring.datasource.url");
        if (configuredUrl == null || configuredUrl.startsWith("jdbc:h2:file:")) {
            String dir = dataDir != null ? dataDir : environment.getProperty("consortium.data-dir", "./data");
            if (use == Use.READ && !Files.isDirectory(Path.of(dir))) {
                throw new DatabaseUnavailable("No data directory " + dir + ": give the server's directory with --data "
                        + "DIR (or CONSORTIUM_DATA_DIR); nothing was created");
            }
        }
        // Boot warms up Jackson, validation and HTTP converters on a second thread: a server's gain, a command's cost
        System.setProperty("spring.backgroundpreinitializer.ignore", "true");
        List<String> args = new ArrayList<>(List.of(
                "--spring.main.lazy-initialization=true",
                "--spring.jmx.enabled=false",
                "--springdoc.api-docs.enabled=false",
                "--logging.level.root=WARN",
                // a failure to start is reported in one line by commandLine(), not logged with its stack trace
                "--logging.level.org.springframework.boot.SpringApplication=OFF",
                "--logging.level.org.springframework.boot.diagnostics=OFF",
                "--spring.main.banner-mode=off"));
        if (dataDir != null) {
            args.add(dataDirArgument(dataDir));
        }
        return new SpringApplicationBuilder(CommandContext.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .run(args.toArray(String[]::new));
    }

    /**
     * The Spring argument for {@code --data DIR}, with the directory made absolute: H2 refuses a path that is only
     * implicitly relative to the working directory ({@code data1}, as opposed to {@code ./data1}).
     */
    static String dataDirArgument(String dataDir) {
        return "--consortium.data-dir=" + Path.of(dataDir).toAbsolutePath().normalize();
    }

    /** One line that says why the database could not be used and what to do, when that is what {@code e} means. */
    static Optional<String> databaseProblem(Throwable e) {
        SQLException sql = null;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DatabaseUnavailable unavailable) {
                return Optional.of(unavailable.getMessage());
            }
            if (t instanceof SQLException s && sql == null) {
                sql = s;
            }
            if (t.getClass().getName().startsWith("org.flywaydb.") && sql == null && t.getCause() == null) {
                return Optional.of("Cannot open the database: " + firstLine(t.getMessage()));
            }
        }
        if (sql == null) {
            return Optional.empty();
        }
        if (sql.getErrorCode() == 90020) { // H2: DATABASE_ALREADY_OPEN_1
            return Optional.of("The database is in use by a process that does not share it (an older version?): stop "
                    + "that process, or run this command with the same version as the server");
        }
        return Optional.of("Cannot open the database: " + firstLine(sql.getMessage())
                + " (check --data, or SPRING_DATASOURCE_URL and its user and password)");
    }

    private static String firstLine(@Nullable String message) {
        if (message == null) {
            return "no detail";
        }
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).strip();
    }

    @Override
    public Integer call() {
        ServeCommand serve = new ServeCommand();
        serve.root = this;
        return serve.call();
    }

    /** The database cannot be used for the command; the message says why and what to do. */
    static final class DatabaseUnavailable extends RuntimeException {

        DatabaseUnavailable(String message) {
            super(message);
        }
    }
}
