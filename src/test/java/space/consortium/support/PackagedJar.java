package space.consortium.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The packaged jar ({@code target/consortium.jar}) run as a user runs it (through {@code bin/consortium}, as the
 * README says), for the failsafe {@code *IT} tests: commands
 * that answer and exit, servers that are started, waited for and stopped (or killed), and a browser-like client that
 * signs in through the login form. The out-of-process half of the one command-line test harness; {@link Cli} runs a
 * command in-process. Both answer a {@link Cli.Run}.
 */
public final class PackagedJar {

    public static final Path JAR = Path.of("target", "consortium.jar");
    static final Path LAUNCHER = Path.of("bin", "consortium");
    static final Path CACHE = Path.of("target", "launcher-cache");

    private final Path temp;

    public PackagedJar(Path temp) {
        this.temp = temp;
    }

    /** Runs a command in {@code workDir} with extra environment variables and waits for it (at most 3 minutes). */
    public Cli.Run run(Path workDir, Map<String, String> env, String... args) throws IOException, InterruptedException {
        assertThat(JAR).as("the packaged jar (mvn package)").exists();
        prepare();
        Path out = Files.createTempFile(temp, "out", ".txt");
        Path err = Files.createTempFile(temp, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command(List.of(args)));
        launcherEnvironment(builder.environment());
        builder.environment().remove("CONSORTIUM_ADMIN_PASSWORD");
        builder.environment().remove("SERVER_PORT");
        builder.environment().putAll(env);
        long start = System.nanoTime();
        Process process = builder.directory(workDir.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("timed out: " + List.of(args));
        }
        return new Cli.Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8), Duration.ofNanos(System.nanoTime() - start));
    }

    public Cli.Run run(Map<String, String> env, String... args) throws IOException, InterruptedException {
        return run(Path.of("."), env, args);
    }

    /** Runs a command in the current directory with the environment as it is (less the admin password). */
    public Cli.Run run(String... args) throws IOException, InterruptedException {
        return run(Path.of("."), Map.of(), args);
    }

    /** Runs a command in {@code workDir}. */
    public Cli.Run runIn(Path workDir, String... args) throws IOException, InterruptedException {
        return run(workDir, Map.of(), args);
    }

    /** A started server: the java process itself, so that {@link #kill()} is a SIGKILL of the server. */
    public record Server(Process process, int port, Path log) {

        public String url(String path) {
            return "http://127.0.0.1:" + port + path;
        }

        /** kill -9: no shutdown hook, no close of the database. */
        public void kill() throws InterruptedException {
            process.destroyForcibly();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("killed").isTrue();
        }

        /** A normal stop (SIGTERM), forced after 30 s. */
        public void stop() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        }

        public String logText() throws IOException {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        }
    }

    /** Starts the jar with these arguments and environment (bound to the loopback interface); does not wait. */
    public Server start(int port, Map<String, String> env, String... args) throws IOException {
        assertThat(JAR).as("the packaged jar (mvn package)").exists();
        try {
            prepare();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        Path log = Files.createTempFile(temp, "server", ".log");
        ProcessBuilder builder = new ProcessBuilder(command(List.of(args)));
        launcherEnvironment(builder.environment());
        builder.environment().remove("SERVER_PORT");
        builder.environment().put("SERVER_ADDRESS", "127.0.0.1");
        builder.environment().putAll(env);
        Process process = builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new Server(process, port, log);
    }

    /** Waits until the server says it is ready ({@code /actuator/health/readiness} 200). */
    public static void awaitReady(Server server, Duration limit) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            if (!server.process().isAlive()) {
                throw new AssertionError("The server stopped:\n" + tail(server.logText()));
            }
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create(server.url("/actuator/health/readiness"))).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not ready within " + limit + ":\n" + tail(server.logText()));
            }
            Thread.sleep(300);
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /**
     * The README's way to run the jar: {@code bin/consortium} (extracted jar, class-data archive, C1 for commands),
     * with this JVM and a cache under {@code target/} that the first run of a build fills.
     */
    private static List<String> command(List<String> args) {
        List<String> command = new ArrayList<>(List.of(LAUNCHER.toAbsolutePath().toString()));
        command.addAll(args);
        return command;
    }

    private static boolean prepared;

    /**
     * Lets the launcher extract the jar and record its class-data archive (once per build, up to a few minutes on a
     * busy machine) before anything is timed or awaited.
     */
    private static synchronized void prepare() throws IOException, InterruptedException {
        if (prepared) {
            return;
        }
        ProcessBuilder builder = new ProcessBuilder(command(List.of("--version")));
        launcherEnvironment(builder.environment());
        Process process = builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("bin/consortium did not prepare its cache within 10 minutes");
        }
        prepared = true;
    }

    private static void launcherEnvironment(Map<String, String> environment) {
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        environment.put("CONSORTIUM_JAR", JAR.toAbsolutePath().toString());
        environment.put("CONSORTIUM_CACHE_DIR", CACHE.toAbsolutePath().toString());
        environment.remove("JAVA_OPTS");
    }

    private static String tail(String log) {
        return log.length() > 4000 ? log.substring(log.length() - 4000) : log;
    }

    /** A client with cookies that signs in through the login form, as a browser does. */
    public static final class Browser {

        private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
        private static final Pattern TOKEN = Pattern.compile("id=\"new-token\"[^>]*>(cst_[^<]+)<");

        private final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        private final Server server;

        public Browser(Server server) {
            this.server = server;
        }

        public HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create(server.url(path))).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        public HttpResponse<String> postForm(String path, Map<String, String> fields) throws IOException, InterruptedException {
            String body = fields.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return http.send(HttpRequest.newBuilder(URI.create(server.url(path)))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }

        /** Signs in with the login form; returns where the server sent the browser. */
        public String signIn(String username, String password) throws IOException, InterruptedException {
            HttpResponse<String> page = get("/login");
            assertThat(page.statusCode()).as("GET /login").isEqualTo(200);
            HttpResponse<String> posted = postForm("/login", Map.of("username", username, "password", password,
                    "_csrf", csrf(page.body())));
            assertThat(posted.statusCode()).as("POST /login").isEqualTo(302);
            return posted.headers().firstValue("Location").orElse("");
        }

        /** Creates an API token with the given scope on the Account page; returns its secret. */
        public String createToken(String name, String scope) throws IOException, InterruptedException {
            HttpResponse<String> account = get("/account");
            assertThat(account.statusCode()).as("GET /account").isEqualTo(200);
            HttpResponse<String> created = postForm("/account/tokens", Map.of("name", name, "scope", scope,
                    "_csrf", csrf(account.body())));
            assertThat(created.statusCode()).as("POST /account/tokens").isEqualTo(302);
            Matcher token = TOKEN.matcher(get("/account").body());
            assertThat(token.find()).as("the new token is shown once on /account").isTrue();
            return token.group(1).strip();
        }

        private static String csrf(String page) {
            Matcher m = CSRF.matcher(page);
            assertThat(m.find()).as("a CSRF field in the page").isTrue();
            return m.group(1);
        }
    }
}
