package space.consortium.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.builder.SpringApplicationBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * Starts the web application (pages, JSON API) on the embedded or configured database. The port is, first found:
 * {@code --port}, the {@code SERVER_PORT} environment variable, {@code server.port} (a system property or a
 * configuration file), 8080.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Serve the web pages and the JSON API (the default command).")
final class ServeCommand implements Callable<Integer> {

    @ParentCommand
    ConsortiumCommand root;

    @Option(names = "--port", paramLabel = "N",
            description = "HTTP port (default: SERVER_PORT, else server.port, else 8080)")
    @Nullable Integer port;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Directory of the embedded database (default: CONSORTIUM_DATA_DIR, else ./data)")
    @Nullable String dataDir;

    @Override
    public Integer call() {
        new SpringApplicationBuilder(root.application()).run(arguments().toArray(String[]::new));
        return 0;
    }

    /** The Spring arguments: only what was given, so that the environment and configuration files decide the rest. */
    List<String> arguments() {
        List<String> args = new ArrayList<>();
        if (port != null) {
            args.add("--server.port=" + port);
        }
        if (dataDir != null) {
            args.add(ConsortiumCommand.dataDirArgument(dataDir));
        }
        return args;
    }
}
