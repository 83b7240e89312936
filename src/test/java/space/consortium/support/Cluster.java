package space.consortium.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import space.consortium.ConsortiumApplication;

/**
 * Several instances of the whole application ("nodes") on one PostgreSQL database, as they run behind a load
 * balancer: each is a full Spring application with its web server on a random loopback port, started the way
 * {@code serve} starts it. A test talks to them over HTTP (with a {@link Browser}) and may look into the shared
 * database ({@link #database()}) or into a node's beans ({@link Node#bean}).
 * <pre>{@code
 * try (Cluster cluster = Cluster.onOnePostgres()) {
 *     Node a = cluster.start("a");
 *     Node b = cluster.start("b", "consortium.dataset.load-on-start=false");
 *     ...
 *     Node c = cluster.startProcess("c");   // a JVM of its own
 *     c.kill();                              // as its machine dies; a and b carry on
 * }
 * }</pre>
 */
public final class Cluster implements AutoCloseable {

    private final PostgresDatabase.Coordinates db;
    private final List<Node> nodes = new CopyOnWriteArrayList<>();

    private Cluster(PostgresDatabase.Coordinates db) {
        this.db = db;
    }

    /** A cluster on a fresh, empty PostgreSQL database (see {@link PostgresDatabase}); no node runs yet. */
    public static Cluster onOnePostgres() {
        return new Cluster(PostgresDatabase.freshDatabase());
    }

    /**
     * Starts a node and waits until it serves.
     *
     * @param properties extra {@code key=value} settings of this node, above every configuration file
     */
    public Node start(String name, String... properties) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--server.address=127.0.0.1",
                "--spring.datasource.url=" + db.url(),
                "--spring.datasource.username=" + db.user(),
                "--spring.datasource.password=" + db.password(),
                "--spring.datasource.hikari.maximum-pool-size=5",
                "--spring.application.name=consortium-" + name));
        for (String property : properties) {
            args.add("--" + property);
        }
        ConfigurableApplicationContext context = new SpringApplicationBuilder(ConsortiumApplication.class)
                .run(args.toArray(String[]::new));
        String port = context.getEnvironment().getRequiredProperty("local.server.port");
        Node node = new Node(name, URI.create("http://127.0.0.1:" + port), context, null);
        nodes.add(node);
        return node;
    }

    /**
     * Starts a node in a JVM of its own ({@code java -cp <the test classpath> ConsortiumApplication serve}), which a
     * test may {@link Node#kill() kill}, and waits until it answers {@code /actuator/health}. Its output goes to
     * {@code target/cluster-<name>.log}.
     *
     * @param properties extra {@code key=value} settings of this node, passed as system properties
     */
    public Node startProcess(String name, String... properties) {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-Xmx512m",
                "-Dserver.address=127.0.0.1",
                "-Dspring.datasource.url=" + db.url(),
                "-Dspring.datasource.username=" + db.user(),
                "-Dspring.datasource.password=" + db.password(),
                "-Dspring.datasource.hikari.maximum-pool-size=5",
                "-Dspring.application.name=consortium-" + name));
        for (String property : properties) {
            command.add("-D" + property);
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ConsortiumApplication.class.getName(),
                "serve", "--port", String.valueOf(port)));
        File log = Path.of("target", "cluster-" + name + ".log").toFile();
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(log)).start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start node " + name, e);
        }
        Node node = new Node(name, URI.create("http://127.0.0.1:" + port), null, process);
        nodes.add(node);
        awaitHealthy(node, log);
        return node;
    }

    private static void awaitHealthy(Node node, File log) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            if (node.process() != null && !node.process().isAlive()) {
                throw new IllegalStateException("Node " + node.name() + " exited; see " + log);
            }
            try {
                HttpResponse<Void> health = http.send(HttpRequest.newBuilder(node.uri("/actuator/health"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for node " + node.name(), e);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for node " + node.name(), e);
            }
        }
        node.kill();
        throw new IllegalStateException("Node " + node.name() + " did not become healthy in 3 minutes; see " + log);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port", e);
        }
    }

    /** Starts several nodes at the same moment (as two machines booting together) and waits for all of them. */
    public List<Node> startTogether(List<String> names, String... properties) {
        ExecutorService starters = Executors.newFixedThreadPool(names.size());
        try {
            List<Future<Node>> starting = names.stream()
                    .map(name -> starters.submit(() -> start(name, properties))).toList();
            List<Node> started = new ArrayList<>();
            for (Future<Node> future : starting) {
                started.add(future.get());
            }
            return started;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while starting nodes", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("A node failed to start: " + e.getCause().getMessage(), e.getCause());
        } finally {
            starters.shutdown();
        }
    }

    /** The shared database, for assertions on what the nodes stored. */
    public JdbcClient database() {
        return JdbcClient.create(new DriverManagerDataSource(db.url(), db.user(), db.password()));
    }

    /** Stops every node still running. */
    @Override
    public void close() {
        nodes.forEach(Node::stop);
    }
}
