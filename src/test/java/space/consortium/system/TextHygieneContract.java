package space.consortium.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import space.consortium.support.ApiContract;
import space.consortium.support.Json;
import space.consortium.support.Users;
import tools.jackson.databind.JsonNode;

/**
 * Text the database or an export cannot hold (NUL, other control characters, lone surrogates) is refused at input with
 * a 400 naming the field, in JSON bodies and in page forms, and nothing is stored (issue 16).
 */
abstract class TextHygieneContract extends ApiContract {

    private static String contribution(String elementJson) {
        return """
                {"projectId": "iss", "partnerId": "esa", "kind": "hardware", "element": "%s",
                 "sourceUrl": "https://example.org/c"}""".formatted(elementJson);
    }

    private long contributionsOfEsaToIss() {
        return read("/api/contributions?project=iss&partner=esa&size=1").path("totalItems").asLong();
    }

    @Test
    void aNulInAJsonFieldIsA400NamingTheFieldNotADatabaseError() {
        long before = contributionsOfEsaToIss();
        JsonNode problem = assertInvalid(post("/api/contributions", contribution("ATV\\u00005")), "element");
        assertThat(problem.path("errors").get(0).path("message").asString()).contains("U+0000");
        assertThat(problem.path("detail").asString()).doesNotContainIgnoringCase("sql").doesNotContain("0x00");
        assertThat(contributionsOfEsaToIss()).isEqualTo(before);
    }

    @Test
    void aLoneSurrogateInANestedJsonFieldIsA400NamingItsPath() {
        JsonNode problem = assertInvalid(post("/api/share-tables", """
                {"projectId": "iss", "name": "Utilisation", "sourceUrl": "https://example.org/s",
                 "entries": [{"partnerId": "nasa\\ud800", "percent": 100}]}"""), "entries[0].partnerId");
        assertThat(problem.path("errors").get(0).path("message").asString()).contains("surrogate");
    }

    @Test
    void tabsNewlinesAndWholeCharactersBeyondTheBasicPlaneAreStoredAsSent() {
        MvcTestResult created = post("/api/contributions", contribution("Line one\\nline\\ttwo \\ud83d\\ude80"));
        assertThat(created).hasStatus(HttpStatus.CREATED);
        assertThat(Json.body(created).path("element").asString()).isEqualTo("Line one\nline\ttwo 🚀");
    }

    @Test
    void aControlCharacterInAPageFormIsShownAsAnErrorOfTheFieldAndNothingIsStored() throws Exception {
        long before = contributionsOfEsaToIss();
        MvcTestResult page = mvc.post().uri("/projects/iss/contributions/new").with(Users.admin())
                .param("partnerId", "esa").param("kind", "hardware").param("element", "ATV\u00005")
                .param("currency", "USD").param("sourceUrl", "https://example.org/c").exchange();
        assertThat(page).hasStatus(HttpStatus.BAD_REQUEST);
        String html = page.getResponse().getContentAsString();
        assertThat(html).contains("id=\"element-feedback\"").contains("cannot be stored");
        assertThat(contributionsOfEsaToIss()).isEqualTo(before);
    }

    @Test
    void aControlCharacterInAQueryParameterIsA400NamingTheParameter() {
        assertInvalid(mvc.get().uri("/api/contributions").param("partner", "esa\u0000")
                .accept(org.springframework.http.MediaType.APPLICATION_JSON).exchange(), "partner");
    }
}
