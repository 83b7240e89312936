package space.consortium.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import space.consortium.support.ApiContract;
import space.consortium.support.Json;
import tools.jackson.databind.JsonNode;

/**
 * Malformed JSON, unknown fields and values of the wrong type sent to a few JSON endpoints come back as one RFC 9457
 * problem naming the field in plain words: no parser, class or exception name.
 */
class ApiErrorsInPlainWordsH2Tests extends ApiContract {

    private static final List<String> INTERNALS = List.of("space.consortium", "tools.jackson", "com.fasterxml",
            "REDACTED", "Exception", "StreamReadFeature", "java.lang", "java.util");
    private static final List<String> ENDPOINTS = List.of("/api/allocations", "/api/relay/plan", "/api/partners",
            "/api/projects", "/api/jobs/jcl");

    @Test
    void malformedJsonIsNamedWithItsLineAndColumn() {
        for (String endpoint : ENDPOINTS) {
            MvcTestResult result = post(endpoint, "{\n  \"a\": [1, 2\n}");
            JsonNode problem = assertProblem(result, HttpStatus.BAD_REQUEST);
            assertThat(problem.path("errors").path(0).path("field").asString()).as(endpoint).isEqualTo("body");
            assertThat(problem.path("errors").path(0).path("message").asString()).as(endpoint)
                    .contains("is not valid JSON (line 3, column 1)");
            assertPlain(endpoint, Json.body(result).toString());
        }
    }

    @Test
    void anUnknownFieldIsNamedWithTheKnownFields() {
        for (String endpoint : ENDPOINTS) {
            MvcTestResult result = post(endpoint, "{\"noSuchField\": 1}");
            JsonNode problem = assertProblem(result, HttpStatus.BAD_REQUEST);
            assertThat(problem.path("errors").toString()).as(endpoint).contains("noSuchField", "known fields");
            assertPlain(endpoint, Json.body(result).toString());
        }
    }

    @Test
    void aValueOfTheWrongTypeSaysWhatWasExpected() {
        MvcTestResult result = post("/api/allocations", """
                {"type": "cost", "players": ["a", "b"], "values": {"a": "one", "b": 2, "a+b": 2.5}}""");
        JsonNode problem = assertProblem(result, HttpStatus.BAD_REQUEST);
        assertThat(problem.path("errors").path(0).path("field").asString()).isEqualTo("values.a");
        assertThat(problem.path("errors").path(0).path("message").asString())
                .isEqualTo("has a value of the wrong type: it must be a number");
        assertPlain("/api/allocations", Json.body(result).toString());
        MvcTestResult list = post("/api/relay/plan", "{\"orbiters\": {\"id\": \"mro\"}}");
        assertProblem(list, HttpStatus.BAD_REQUEST);
        assertPlain("/api/relay/plan", Json.body(list).toString());
    }

    @Test
    void aMissingOrWrongParameterIsNamedAsAFieldToo() {
        MvcTestResult missing = post("/api/projects/iss/schedule/register-risks", "");
        JsonNode problem = assertProblem(missing, HttpStatus.BAD_REQUEST);
        assertThat(problem.path("errors").path(0).path("field").asString()).isEqualTo("version");
        assertThat(problem.path("errors").path(0).path("message").asString()).isEqualTo("is required");
        MvcTestResult wrong = get("/api/partners?size=many");
        JsonNode type = assertProblem(wrong, HttpStatus.BAD_REQUEST);
        assertThat(type.path("errors").path(0).path("field").asString()).isEqualTo("size");
        assertThat(type.path("errors").path(0).path("message").asString()).isEqualTo("'many' is not a whole number");
        assertPlain("/api/partners", Json.body(wrong).toString());
    }

    private static void assertPlain(String endpoint, String body) {
        for (String internal : INTERNALS) {
            assertThat(body).as(endpoint + ": no internal name in the answer").doesNotContain(internal);
        }
    }
}
