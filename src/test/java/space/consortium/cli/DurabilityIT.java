package space.consortium.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import space.consortium.support.PostgresDatabase;
import space.consortium.support.Cli;
import space.consortium.support.PackagedJar;

/**
 * No write is acknowledged before it is durable: several API clients write contributions, the server is killed with
 * SIGKILL while they write, and after a restart every write that was answered 201 is there — on the embedded H2
 * default and on PostgreSQL.
 */
class DurabilityIT {

    private static final String PASSWORD = "correct horse battery staple";
    private static final int CLIENTS = 6;
    private static final Duration WRITING = Duration.ofSeconds(5);
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

    @TempDir Path temp;

    @Test
    void everyAcknowledgedWriteSurvivesKillMinus9OnTheEmbeddedDatabase() throws Exception {
        Path data = Files.createDirectories(temp.resolve("data"));
        assertEveryAcknowledgedWriteSurvivesAKill(Map.of(), data);
    }

    @Test
    void everyAcknowledgedWriteSurvivesKillMinus9OnPostgres() throws Exception {
        PostgresDatabase.Coordinates db = PostgresDatabase.freshDatabase();
        assertEveryAcknowledgedWriteSurvivesAKill(Map.of("SPRING_DATASOURCE_URL", db.url(),
                "SPRING_DATASOURCE_USERNAME", db.user(), "SPRING_DATASOURCE_PASSWORD", db.password()),
                Files.createDirectories(temp.resolve("unused")));
    }

    private void assertEveryAcknowledgedWriteSurvivesAKill(Map<String, String> database, Path data) throws Exception {
        PackagedJar jar = new PackagedJar(temp);
        Map<String, String> env = new HashMap<>(database);
        env.put("CONSORTIUM_ADMIN_PASSWORD", PASSWORD);
        Cli.Run admin = jar.run(env, "users", "add", "--admin", "writer", "--data", data.toString());
        assertThat(admin.exit()).as(admin.err()).isZero();

        // no command: serve, with serve's options; the port from SERVER_PORT
        int port = PackagedJar.freePort();
        Map<String, String> serverEnv = new HashMap<>(database);
        serverEnv.put("SERVER_PORT", String.valueOf(port));
        PackagedJar.Server server = jar.start(port, serverEnv, "--data", data.toString());
        Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
        String token;
        try {
            PackagedJar.awaitReady(server, Duration.ofMinutes(3));
            PackagedJar.Browser browser = new PackagedJar.Browser(server);
            browser.signIn("writer", PASSWORD);
            token = browser.createToken("durability", "write");

            AtomicBoolean writing = new AtomicBoolean(true);
            List<String> unexpected = new ArrayList<>();
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                clients.submit(() -> write(server, token, client, writing, acknowledged, unexpected));
            }
            Thread.sleep(WRITING.toMillis());
            server.kill(); // while the clients are writing
            writing.set(false);
            clients.shutdown();
            assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
            assertThat(unexpected).as("answers other than 201").isEmpty();
        } finally {
            if (server.process().isAlive()) {
                server.kill();
            }
        }
        assertThat(acknowledged).as("writes answered 201 before the kill").hasSizeGreaterThan(10);

        PackagedJar.Server restarted = jar.start(port, serverEnv, "serve", "--data", data.toString());
        try {
            PackagedJar.awaitReady(restarted, Duration.ofMinutes(3));
            HttpClient http = HttpClient.newHttpClient();
            List<Long> lost = new ArrayList<>();
            for (long id : acknowledged) {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                                URI.create(restarted.url("/api/contributions/" + id))).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    lost.add(id);
                }
            }
            assertThat(lost).as("of %d acknowledged writes, lost after kill -9 and restart", acknowledged.size())
                    .isEmpty();
            System.out.printf("durability (%s): %d writes answered 201 by %d clients in %d s, all present after "
                    + "kill -9 and restart%n", database.isEmpty() ? "H2" : "PostgreSQL", acknowledged.size(), CLIENTS,
                    WRITING.toSeconds());
        } finally {
            restarted.stop();
        }
    }

    private static void write(PackagedJar.Server server, String token, int client, AtomicBoolean writing,
                              Set<Long> acknowledged, List<String> unexpected) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        for (int n = 0; writing.get(); n++) {
            String body = """
                    {"projectId": "iss", "partnerId": "esa", "kind": "service", "element": "durability %d-%d",
                     "sourceUrl": "https://example.org/durability"}""".formatted(client, n);
            HttpResponse<String> response;
            try {
                response = http.send(HttpRequest.newBuilder(URI.create(server.url("/api/contributions")))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + token)
                        .timeout(Duration.ofSeconds(20))
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                return; // the server was killed: this write was never acknowledged
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (response.statusCode() == 201) {
                Matcher id = ID.matcher(response.body());
                if (id.find()) {
                    acknowledged.add(Long.parseLong(id.group(1)));
                } else {
                    synchronized (unexpected) {
                        unexpected.add("201 without an id: " + response.body());
                    }
                }
            } else {
                synchronized (unexpected) {
                    unexpected.add(response.statusCode() + " " + response.body());
                }
                return;
            }
        }
    }
}
