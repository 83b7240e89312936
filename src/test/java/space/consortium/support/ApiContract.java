package space.consortium.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
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

    /** POSTs JSON as an administrator (see {@link #as} to act as someone else). */
    protected MvcTestResult post(String uri, String json) {
        return as(Users.admin()).post(uri, json);
    }

    /** PUTs JSON as an administrator. */
    protected MvcTestResult put(String uri, String json) {
        return as(Users.admin()).put(uri, json);
    }

    /** DELETEs as an administrator. */
    protected MvcTestResult delete(String uri) {
        return as(Users.admin()).delete(uri);
    }

    /** Sends the next request as the given user, e.g. {@code as(Users.member("esa")).put(...)}. */
    protected Actor as(RequestPostProcessor who) {
        return new Actor(who);
    }

    /** Requests sent as one user (from {@link Users}). */
    protected final class Actor {

        private final RequestPostProcessor who;

        private Actor(RequestPostProcessor who) {
            this.who = who;
        }

        public MvcTestResult get(String uri) {
            return mvc.get().uri(uri).accept(MediaType.APPLICATION_JSON).with(who).exchange();
        }

        public MvcTestResult post(String uri, String json) {
            return mvc.post().uri(uri).contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                    .content(json).with(who).exchange();
        }

        public MvcTestResult put(String uri, String json) {
            return mvc.put().uri(uri).contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                    .content(json).with(who).exchange();
        }

        public MvcTestResult delete(String uri) {
            return mvc.delete().uri(uri).accept(MediaType.APPLICATION_JSON).with(who).exchange();
        }
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
