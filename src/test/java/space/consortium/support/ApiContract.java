package space.consortium.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * Base of the JSON API test contracts: the whole application with MockMvc, each test in a transaction that is rolled
 * back, so tests may create, change and delete freely. Every API contract extends this class, so all of them share one
 * Spring context per database (H2, and PostgreSQL for subclasses annotated {@link UsePostgres}).
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
public abstract class ApiContract {

    @Autowired
    protected MockMvcTester mvc;

    protected MvcTestResult get(String uri) {
        return mvc.get().uri(uri).accept(MediaType.APPLICATION_JSON).exchange();
    }

    protected MvcTestResult post(String uri, String json) {
        return mvc.post().uri(uri).contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                .content(json).exchange();
    }

    protected MvcTestResult put(String uri, String json) {
        return mvc.put().uri(uri).contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                .content(json).exchange();
    }

    protected MvcTestResult delete(String uri) {
        return mvc.delete().uri(uri).accept(MediaType.APPLICATION_JSON).exchange();
    }

    /** GETs the URI, expects 200 and returns the body. */
    protected JsonNode read(String uri) {
        MvcTestResult result = get(uri);
        assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
        return Json.body(result);
    }

    /** Expects an RFC 9457 problem with the status and returns its body. */
    protected static JsonNode assertProblem(MvcTestResult result, HttpStatus status) {
        assertThat(result).hasStatus(status).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = Json.body(result);
        assertThat(problem.path("status").asInt()).isEqualTo(status.value());
        assertThat(problem.path("detail").asString()).isNotBlank();
        return problem;
    }

    /** Expects a 400 problem whose {@code errors} name exactly the given fields (a field may be named twice). */
    protected static JsonNode assertInvalid(MvcTestResult result, String... fields) {
        JsonNode problem = assertProblem(result, HttpStatus.BAD_REQUEST);
        assertThat(Json.strings(problem.path("errors"), "field")).as("fields named in %s", problem)
                .containsOnly(fields);
        for (JsonNode error : problem.path("errors").values()) {
            assertThat(error.path("message").asString()).as("message of %s", error).isNotBlank();
        }
        return problem;
    }
}
