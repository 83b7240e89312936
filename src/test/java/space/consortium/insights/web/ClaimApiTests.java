package space.consortium.insights.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import space.consortium.support.ApiContract;
import space.consortium.support.Json;
import tools.jackson.databind.JsonNode;

/** Claims are kept and checked against the registry: supported, contradicted, not computable. */
class ClaimApiTests extends ApiContract {

    @Test
    void theSixtyOneSignatoriesOfTheDatasetSupportAClaimOfSixtyOne() {
        JsonNode result = check(create("The Artemis Accords have 61 signatories", "artemisAccordsSignatories", null,
                "=", "61"));
        assertThat(result.path("verdict").asString()).isEqualTo("supported");
        assertThat(result.path("computed").asDouble()).isEqualTo(61);
        assertThat(result.path("rowsUsed").asInt()).isEqualTo(61);
    }

    @Test
    void anUnverifiedCountOfSeventyOneIsContradictedWithTheDatasetsCaveat() {
        // the dataset README: secondary documents claim 71 signatories by 31 Aug 2026; no primary source was found
        JsonNode result = check(create("The Artemis Accords had 71 signatories by 31 August 2026",
                "artemisAccordsSignatories", null, "=", "71"));
        assertThat(result.path("verdict").asString()).isEqualTo("contradicted");
        assertThat(result.path("computed").asDouble()).isEqualTo(61);
        assertThat(result.path("caveats").toString()).contains("Artemis Accords count beyond Oman");
    }

    @Test
    void everyCsaProjectInTheRegistryIsInternational() {
        // missions.csv: CSA takes part in ISS, JWST, MSL, Artemis II, Gateway and OSIRIS-REx, each with other partners
        JsonNode result = check(create("All of CSA's missions are international", "internationalShare", "csa", "=", "1"));
        assertThat(result.path("verdict").asString()).isEqualTo("supported");
        assertThat(result.path("rowsUsed").asInt()).isEqualTo(6);
    }

    @Test
    void aClaimWithoutAComputableMetricIsKeptAndMarkedNotComputable() {
        long id = create("The US and Russia signed an Artemis agreement in 2020", "bilateralAgreements", "roscosmos",
                "=", "1");
        JsonNode result = check(id);
        assertThat(result.path("verdict").asString()).isEqualTo("not computable");
        assertThat(result.path("reason").asString()).contains("bilateralAgreements");
        assertThat(read("/api/claims").toString()).contains("The US and Russia signed an Artemis agreement in 2020");
        assertThat(check(create("Nobody's share", "internationalShare", "nobody", ">", "0.5"))
                .path("verdict").asString()).isEqualTo("not computable");
    }

    @Test
    void badClaimsAre400sNamingTheFieldAndUnknownIdsAre404() {
        assertInvalid(post("/api/claims", """
                {"statement": "x", "metric": "projects", "comparator": "!!", "stated": 1, "sourceUrl": "https://a.b/"}"""),
                "comparator");
        assertInvalid(post("/api/claims", """
                {"statement": "", "metric": "projects", "comparator": "=", "stated": 1}"""), "statement", "sourceUrl");
        assertProblem(post("/api/claims/999999/check", ""), HttpStatus.NOT_FOUND);
    }

    @Test
    void anUpdateWithAStaleVersionIsA409AndADeleteRemovesTheClaim() {
        long id = create("Projects", "projects", null, ">=", "40");
        String body = """
                {"statement": "Projects", "metric": "projects", "comparator": ">=", "stated": 45,
                 "sourceUrl": "https://example.org/claim", "version": %d}""";
        assertThat(put("/api/claims/" + id, body.formatted(0))).hasStatusOk();
        assertProblem(put("/api/claims/" + id, body.formatted(0)), HttpStatus.CONFLICT);
        assertThat(delete("/api/claims/" + id)).hasStatus(HttpStatus.NO_CONTENT);
        assertProblem(get("/api/claims/" + id), HttpStatus.NOT_FOUND);
    }

    private long create(String statement, String metric, String partner, String comparator, String stated) {
        MvcTestResult created = post("/api/claims", """
                {"statement": "%s", "metric": "%s", "partnerId": %s, "comparator": "%s", "stated": %s,
                 "sourceUrl": "https://example.org/claim"}"""
                .formatted(statement, metric, partner == null ? "null" : "\"" + partner + "\"", comparator, stated));
        assertThat(created).hasStatus(HttpStatus.CREATED);
        return Json.body(created).path("id").asLong();
    }

    private JsonNode check(long id) {
        MvcTestResult result = post("/api/claims/" + id + "/check", "");
        assertThat(result).hasStatusOk();
        return Json.body(result);
    }
}
