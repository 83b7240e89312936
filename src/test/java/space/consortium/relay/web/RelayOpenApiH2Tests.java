package space.consortium.relay.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import space.consortium.support.ApiContract;
import space.consortium.support.Json;
import tools.jackson.databind.JsonNode;

/** The relay plan's body is a typed schema in OpenAPI (the request record), not a description string. */
class RelayOpenApiH2Tests extends ApiContract {

    @Test
    void thePlanBodyIsTheRelayRequestSchema() {
        MvcTestResult result = get("/v3/api-docs");
        assertThat(result).hasStatusOk();
        JsonNode api = Json.body(result);
        JsonNode body = api.at("/paths/~1api~1relay~1plan/post/requestBody/content/application~1json/schema");
        assertThat(body.path("$ref").asString()).endsWith("/RelayRequest");
        JsonNode request = api.at("/components/schemas/RelayRequest/properties");
        assertThat(request.propertyNames()).contains("start", "end", "minElevationDeg", "propagator", "orbiters",
                "landers", "whatIf");
        JsonNode orbiter = api.at("/components/schemas/Orbiter/properties");
        assertThat(orbiter.propertyNames()).contains("id", "owner", "elements", "radio").doesNotContain("ref");
        JsonNode answer = api.at("/paths/~1api~1relay~1plan/post/responses/200/content");
        assertThat(answer.toString()).contains("RelayPlan");
    }
}
