package space.consortium.cli;

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
        SpringApplicationBuilder app = new SpringApplicationBuilder(root.application())
                .properties("server.port=" + port);
        if (dataDir != null) {
            app.properties("consortium.data-dir=" + dataDir);
        }
        app.run();
        return 0;
    }
}
