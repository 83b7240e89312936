package space.consortium.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level command; {@link #commandLine()} builds it with every subcommand. */
@Command(name = "consortium", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Plan, fund and run international space projects together. With no command: serve.",
        subcommands = {ServeCommand.class, DatasetCommand.class, AllocateCommand.class, StatsCommand.class,
                FleetCommand.class, TeamCommand.class, RelayCommand.class,
                space.consortium.risk.schedule.JclCommand.class,
                UsersCommand.class,
                BackupCommand.class, RestoreCommand.class})
public final class ConsortiumCommand implements Callable<Integer> {

    /** Exit code for input that was rejected (bad file, bad row). */
    public static final int BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Class<?> application;

    private ConsortiumCommand(Class<?> application) {
        this.application = application;
    }

    /** Builds the command line for the given Spring Boot application class (which the commands start). */
    public static CommandLine commandLine(Class<?> application) {
        return new CommandLine(new ConsortiumCommand(application))
                .setCaseInsensitiveEnumValuesAllowed(true);
    }

    Class<?> application() {
        return application;
    }

    /** Opens the database without the web server and without loading the shipped dataset. */
    ConfigurableApplicationContext database(@Nullable String dataDir) {
        List<String> args = new ArrayList<>(List.of("--consortium.dataset.load-on-start=false",
                "--logging.level.root=WARN", "--spring.main.banner-mode=off"));
        if (dataDir != null) {
            args.add("--consortium.data-dir=" + dataDir);
        }
        return new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .run(args.toArray(String[]::new));
    }

    /** True when the arguments start the server, which keeps the JVM running after the command returns. */
    public static boolean serves(String[] args) {
        boolean help = java.util.Arrays.stream(args).anyMatch(a -> a.equals("-h") || a.equals("--help")
                || a.equals("-V") || a.equals("--version"));
        return !help && (args.length == 0 || args[0].equals("serve"));
    }

    @Override
    public Integer call() {
        ServeCommand serve = new ServeCommand();
        serve.root = this;
        return serve.call();
    }
}
