package space.consortium.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import space.consortium.support.Json;
import tools.jackson.databind.JsonNode;

/**
 * The computation pool over real HTTP: a computation stops when its time is up or its client disconnects, and its
 * core is freed (the process's CPU time stops growing); a full pool answers 429 with {@code Retry-After} while the
 * registry keeps answering. One slot, no queue and a 3-second time limit for anonymous callers make it quick.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "consortium.limits.pool-size=1", "consortium.limits.queue-size=0",
        "consortium.limits.anonymous.time-limit-seconds=3"})
class ComputationPoolTests {

    /** 200,000 trials × 1,000 activities: within the anonymous work limit, but many seconds of CPU. */
    private static final String LONG_RUN = "/api/jcl?trials=200000";
    private static final String PLAN = WorkLimitsApiTests.chain(1_000);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @LocalServerPort
    int port;

    @Autowired
    Computations computations;

    @BeforeEach
    void poolIsIdle() throws InterruptedException {
        long until = System.nanoTime() + 10_000_000_000L;
        while (computations.running() > 0 && System.nanoTime() < until) {
            Thread.sleep(50);
        }
        assertThat(computations.running()).isZero();
    }

    private static double cpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    private HttpRequest jcl() {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + LONG_RUN))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(PLAN)).build();
    }

    /** CPU seconds the process uses over the next {@code seconds}. */
    private static double cpuOver(double seconds) throws InterruptedException {
        double before = cpuSeconds();
        Thread.sleep((long) (seconds * 1000));
        return cpuSeconds() - before;
    }

    @Test
    void aComputationPastItsTimeLimitStopsAndFreesItsCore() throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(jcl(), HttpResponse.BodyHandlers.ofString());
        double seconds = (System.nanoTime() - start) / 1e9;

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t ->
                assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = Json.parse(response.body());
        assertThat(problem.path("detail").asString()).contains("time limit of 3 s for anonymous users");
        assertThat(seconds).as("seconds to the answer").isBetween(3.0, 4.5);
        Thread.sleep(300);
        assertThat(cpuOver(1.0)).as("CPU seconds used in the second after the answer").isLessThan(0.3);
        assertThat(computations.running()).isZero();
    }

    @Test
    void aComputationWhoseClientDisconnectsStopsAndFreesItsCore() throws Exception {
        byte[] body = PLAN.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + LONG_RUN + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n"
                    + "Content-Type: application/json\r\nAccept: application/json\r\nContent-Length: " + body.length
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            Thread.sleep(300);
            assertThat(cpuOver(0.5)).as("CPU seconds while the computation runs").isGreaterThan(0.25);
            assertThat(computations.running()).isEqualTo(1);
        }
        // the client has gone at 0.8 s; the time limit (3 s) is still far
        Thread.sleep(700);
        assertThat(computations.running()).as("computations running 0.7 s after the disconnect").isZero();
        assertThat(cpuOver(1.0)).as("CPU seconds used in the second after").isLessThan(0.3);
    }

    @Test
    void aFullPoolAnswers429WithRetryAfterWhileTheRegistryKeepsAnswering() throws Exception {
        CompletableFuture<HttpResponse<String>> first = http.sendAsync(jcl(), HttpResponse.BodyHandlers.ofString());
        long until = System.nanoTime() + 5_000_000_000L;
        while (computations.running() == 0 && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        assertThat(computations.running()).isEqualTo(1);

        long start = System.nanoTime();
        HttpResponse<String> second = http.send(jcl(), HttpResponse.BodyHandlers.ofString());
        assertThat(second.statusCode()).isEqualTo(429);
        assertThat(second.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(Json.parse(second.body()).path("detail").asString()).contains("try again in 5 s");
        HttpResponse<String> registry = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/api/partners")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(registry.statusCode()).isEqualTo(200);
        assertThat((System.nanoTime() - start) / 1e9).as("seconds for the 429 and the registry").isLessThan(1.0);

        assertThat(first.get().statusCode()).as("the first run ends at its time limit").isEqualTo(422);
    }
}
