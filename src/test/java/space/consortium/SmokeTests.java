package space.consortium;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import space.consortium.support.Json;
import tools.jackson.databind.JsonNode;

/** The packaged application serves over real HTTP: health, the JSON API, its OpenAPI description and Swagger UI. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SmokeTests {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @LocalServerPort
    int port;

    @Test
    void healthIsUp() throws Exception {
        HttpResponse<String> response = fetch("/actuator/health");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Json.parse(response.body()).path("status").asString()).isEqualTo("UP");
    }

    @Test
    void issIsServedWithItsFivePartners() throws Exception {
        HttpResponse<String> response = fetch("/api/projects/iss");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/json"));
        JsonNode iss = Json.parse(response.body());
        assertThat(iss.at("/leadPartnerId").asString()).isEqualTo("nasa");
        assertThat(Json.strings(iss.path("participants"), "partnerId"))
                .containsExactlyInAnyOrder("nasa", "roscosmos", "esa", "jaxa", "csa");
    }

    @Test
    void unknownProjectIsAProblemOverHttpToo() throws Exception {
        HttpResponse<String> response = fetch("/api/projects/no-such-mission");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void openApiDescribesTheProjectApi() throws Exception {
        HttpResponse<String> response = fetch("/v3/api-docs");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode paths = Json.parse(response.body()).path("paths");
        assertThat(paths.has("/api/projects")).as("paths: %s", paths.propertyNames()).isTrue();
        assertThat(paths.has("/api/projects/{id}")).isTrue();
    }

    @Test
    void swaggerUiIsServed() throws Exception {
        HttpResponse<String> response = fetch("/swagger-ui/index.html");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).containsIgnoringCase("swagger");
    }

    private HttpResponse<String> fetch(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30)).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
