package space.consortium.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import space.consortium.ConsortiumApplication;
import space.consortium.shared.ShippedData;

/**
 * Ready means ready: while the shipped data of a new database is being loaded (here held back by a load that waits
 * for the test), the readiness probe is DOWN, liveness is UP, and pages and API answer 503 with {@code Retry-After};
 * when the load is done, all of them answer normally.
 */
class ReadinessDuringLoadTests {

    @Test
    void requestsGet503WithRetryAfterUntilTheShippedDataIsLoaded() throws Exception {
        CountDownLatch loading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ShippedData slowLoad = new ShippedData() {
            @Override
            public int order() {
                return Integer.MAX_VALUE;
            }

            @Override
            public Optional<String> loadIfEmpty() {
                loading.countDown();
                try {
                    release.await(2, TimeUnit.MINUTES);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return Optional.of("held back by the test");
            }
        };
        CompletableFuture<Integer> port = new CompletableFuture<>();
        SpringApplicationBuilder app = new SpringApplicationBuilder(ConsortiumApplication.class)
                .initializers(context -> context.getBeanFactory().registerSingleton("slowLoad", slowLoad))
                .listeners((ApplicationListener<WebServerInitializedEvent>) e -> port.complete(e.getWebServer().getPort()))
                .properties("server.port=0", "server.address=127.0.0.1");
        CompletableFuture<ConfigurableApplicationContext> started = CompletableFuture.supplyAsync(() -> app.run());
        ConfigurableApplicationContext context = null;
        try {
            assertThat(loading.await(3, TimeUnit.MINUTES)).as("the first-start load began").isTrue();
            String base = "http://127.0.0.1:" + port.get(10, TimeUnit.SECONDS);
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

            HttpResponse<String> api = get(http, base + "/api/partners");
            assertThat(api.statusCode()).isEqualTo(503);
            assertThat(api.headers().firstValue("Retry-After")).hasValue("5");
            assertThat(api.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
            assertThat(api.body()).contains("\"status\":503");
            HttpResponse<String> page = get(http, base + "/partners");
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.headers().firstValue("Retry-After")).hasValue("5");
            assertThat(page.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
            assertThat(page.headers().firstValue("Set-Cookie")).as("no session for a waiting client").isEmpty();
            HttpResponse<String> readiness = get(http, base + "/actuator/health/readiness");
            assertThat(readiness.statusCode()).isEqualTo(503);
            assertThat(readiness.body()).contains("OUT_OF_SERVICE");
            assertThat(get(http, base + "/actuator/health/liveness").statusCode()).isEqualTo(200);

            release.countDown();
            context = started.get(3, TimeUnit.MINUTES);
            assertThat(get(http, base + "/actuator/health/readiness").statusCode()).isEqualTo(200);
            HttpResponse<String> partners = get(http, base + "/api/partners?size=1");
            assertThat(partners.statusCode()).isEqualTo(200);
            assertThat(partners.body()).contains("\"totalItems\":47");
        } finally {
            release.countDown();
            if (context == null) {
                context = started.get(3, TimeUnit.MINUTES);
            }
            context.close();
        }
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
