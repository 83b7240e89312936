package space.consortium.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.boot.builder.SpringApplicationBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** Starts the web application (pages, JSON API) on the embedded or configured database. */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Serve the web pages and the JSON API (the default command).")
final class ServeCommand implements Callable<Integer> {

    @ParentCommand
    ConsortiumCommand root;

    @Option(names = "--port", description = "HTTP port (default: ${DEFAULT-VALUE})", defaultValue = "8080")
    int port = 8080;

    @Option(names = "--data", description = "Directory of the embedded database (default: ./data)")
    String dataDir;

    @Override
    public Integer call() {
        List<String> args = new ArrayList<>(List.of("--server.port=" + port));
        if (dataDir != null) {
            args.add("--consortium.data-dir=" + dataDir);
        }
        new SpringApplicationBuilder(root.application()).run(args.toArray(String[]::new));
        return 0;
    }
}
