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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import space.consortium.support.Json;
import space.consortium.support.JclPlans;

/**
 * The computation pool over real HTTP: a computation stops when its time is up or its client disconnects, and its
 * core is freed (the process's CPU time stops growing); a full pool answers 429 with {@code Retry-After} while the
 * registry keeps answering. One slot and no queue make the pool easy to fill. (The time limit is tested without
 * HTTP in {@link ComputationsTests}.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "consortium.limits.pool-size=1", "consortium.limits.queue-size=0"})
class ComputationPoolTests {

    /** 200,000 trials × 1,000 activities: within the anonymous work limit, but many seconds of CPU. */
    private static final String LONG_RUN = "/api/jcl?trials=200000";
    private static final String PLAN = JclPlans.chain(1_000);

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

    /** Sends the long run on a raw socket, so that the test can leave as a client does: by closing it. */
    private Socket startLongRun() throws Exception {
        byte[] body = PLAN.getBytes(StandardCharsets.UTF_8);
        Socket socket = new Socket("127.0.0.1", port);
        OutputStream out = socket.getOutputStream();
        out.write(("POST " + LONG_RUN + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n"
                + "Content-Type: application/json\r\nAccept: application/json\r\nContent-Length: " + body.length
                + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
        awaitRunning(1, 10);
        return socket;
    }

    private void awaitRunning(int count, double seconds) throws InterruptedException {
        long until = System.nanoTime() + (long) (seconds * 1e9);
        while (computations.running() != count && System.nanoTime() < until) {
            Thread.sleep(10);
        }
        assertThat(computations.running()).as("computations running").isEqualTo(count);
    }

    @Test
    void aComputationWhoseClientDisconnectsStopsAndFreesItsCore() throws Exception {
        try (Socket socket = startLongRun()) {
            Thread.sleep(1000);
            assertThat(computations.running()).as("still running after a second").isEqualTo(1);
        }
        long closed = System.nanoTime();
        awaitRunning(0, 10);
        double seconds = (System.nanoTime() - closed) / 1e9;
        System.out.printf("disconnect → end of the run: %.3f s%n", seconds);
        // the run alone takes 10 s of two quiet cores, and its time limit is 30 s
        assertThat(seconds).as("seconds from the disconnect to the end of the run").isLessThan(3.0);
        double after = cpuOver(1.0);
        System.out.printf("CPU seconds in the second after: %.3f%n", after);
        assertThat(after).as("CPU seconds used in the second after").isLessThan(0.3);
    }

    @Test
    void aFullPoolAnswers429WithRetryAfterWhileTheRegistryKeepsAnswering() throws Exception {
        try (Socket running = startLongRun()) {
            HttpResponse<String> registry = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/api/partners")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(registry.statusCode()).isEqualTo(200);
            // even the smallest plan waits for a slot
            long start = System.nanoTime();
            HttpResponse<String> second = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/api/jcl")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("""
                            {"activities": [{"id": "A", "duration": {"dist": "fixed", "value": 1}}]}""")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat((System.nanoTime() - start) / 1e9).as("seconds to the 429").isLessThan(1.0);
            assertThat(second.statusCode()).isEqualTo(429);
            assertThat(second.headers().firstValue("Retry-After")).hasValue("5");
            assertThat(second.headers().firstValue("Content-Type")).hasValueSatisfying(t ->
                    assertThat(t).startsWith("application/problem+json"));
            assertThat(Json.parse(second.body()).path("detail").asString()).contains("try again in 5 s");
            assertThat(computations.running()).isEqualTo(1);
        }
        awaitRunning(0, 10);
    }
}
