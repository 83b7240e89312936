package space.consortium.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import space.consortium.support.Cli;
import space.consortium.support.PackagedJar;

/**
 * The README's order of commands, run with the packaged jar: start the server, create the first administrator on the
 * same data directory while it runs, sign in at once; and the other database commands beside the running server.
 */
class ServerBesideCommandsIT {

    private static final String PASSWORD = "correct horse battery staple";

    @TempDir Path temp;

    @Test
    void theFirstAdministratorIsCreatedBesideTheRunningServerAndSignsInAtOnce() throws Exception {
        PackagedJar jar = new PackagedJar(temp);
        Path data = temp.resolve("data"); // serve creates it
        int port = PackagedJar.freePort();
        int ignored = PackagedJar.freePort();
        // --port beats SERVER_PORT
        PackagedJar.Server server = jar.start(port, Map.of("SERVER_PORT", String.valueOf(ignored)),
                "serve", "--port", String.valueOf(port), "--data", data.toString());
        try {
            PackagedJar.awaitReady(server, Duration.ofMinutes(3));

            Cli.Run added = jar.run(Map.of("CONSORTIUM_ADMIN_PASSWORD", PASSWORD),
                    "users", "add", "--admin", "alice", "--data", data.toString());
            assertThat(added.exit()).as(added.err()).isZero();
            assertThat(added.out()).contains("alice", "admin");
            assertThat(added.err()).doesNotContain("Exception", "already in use");

            PackagedJar.Browser browser = new PackagedJar.Browser(server);
            assertThat(browser.signIn("alice", PASSWORD)).doesNotContain("error", "locked");
            HttpResponse<String> account = browser.get("/account");
            assertThat(account.statusCode()).isEqualTo(200);
            assertThat(account.body()).contains("alice");

            Cli.Run list = jar.run(Map.of(), "users", "list", "--data", data.toString());
            assertThat(list.exit()).as(list.err()).isZero();
            assertThat(list.out()).contains("alice", "admin", "active");

            Cli.Run stats = jar.run(Map.of(), "stats", "--format", "json", "--data", data.toString());
            assertThat(stats.exit()).as(stats.err()).isZero();
            // stdout carries only the answer (logs go to stderr): it is one JSON document
            assertThat(stats.out().strip()).startsWith("{").endsWith("}").contains("\"partners\" : 47");

            Path exported = temp.resolve("export");
            Cli.Run export = jar.run(Map.of(), "dataset", "export", "--dir", exported.toString(),
                    "--data", data.toString());
            assertThat(export.exit()).as(export.err()).isZero();
            assertThat(Files.readString(exported.resolve("agencies.csv"))).contains("esa");

            System.out.printf("beside a running server: users add %d ms, users list %d ms, stats %d ms, "
                            + "dataset export %d ms%n", added.took().toMillis(), list.took().toMillis(),
                    stats.took().toMillis(), export.took().toMillis());
            assertThat(server.process().isAlive()).isTrue();
        } finally {
            server.stop();
        }
    }
}
