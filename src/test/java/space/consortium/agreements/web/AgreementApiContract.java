package space.consortium.agreements.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import space.consortium.support.ApiContract;
import space.consortium.support.Json;
import tools.jackson.databind.JsonNode;

/** The agreement API: the ISS IGA and the Artemis Accords as published, month-precision dates, validation, locking. */
abstract class AgreementApiContract extends ApiContract {

    @Test
    void artemisAccordsHaveSixtyOneSignatoriesStartingWithTheEightFounders() {
        JsonNode accords = read("/api/agreements/artemis-accords");
        assertThat(accords.path("kind").asString()).isEqualTo("accords");
        assertThat(accords.path("signedOn").asString()).isEqualTo("2020-10-13");
        JsonNode parties = accords.path("parties");
        assertThat(parties.size()).isEqualTo(61);
        List<String> founders = parties.values().stream()
                .filter(p -> "2020-10-13".equals(p.path("signed").asString()))
                .map(p -> p.path("countryCode").asString()).toList();
        assertThat(founders).containsExactlyInAnyOrder("AU", "CA", "IT", "JP", "LU", "AE", "GB", "US");
        assertThat(Json.strings(parties, "signed").get(60)).isEqualTo("2026-01-26");
        assertThat(Json.strings(parties, "countryName").get(60)).isEqualTo("Oman");
        assertThat(Json.strings(parties, "signed")).isSorted();
    }

    @Test
    void icelandsSignatureIsKnownOnlyToTheMonth() {
        JsonNode iceland = party(read("/api/agreements/artemis-accords"), "IS");
        assertThat(iceland.path("countryName").asString()).isEqualTo("Iceland");
        assertThat(iceland.path("signed").asString()).isEqualTo("2023-10");
    }

    @Test
    void theStationAgreementWasSignedByFifteenStatesOnOneDay() {
        // NASA and ESA: senior officials of 15 countries signed the IGA in Washington on 29 January 1998.
        JsonNode iga = read("/api/agreements/iss-iga");
        assertThat(iga.path("kind").asString()).isEqualTo("intergovernmental");
        assertThat(iga.path("projectId").asString()).isEqualTo("iss");
        assertThat(iga.path("signedOn").asString()).isEqualTo("1998-01-29");
        assertThat(iga.path("parties").size()).isEqualTo(15);
        assertThat(Json.strings(iga.path("parties"), "signed")).containsOnly("1998-01-29");
        assertThat(Json.strings(iga.path("parties"), "countryCode")).contains("US", "RU", "JP", "CA", "DE", "IT");
    }

    @Test
    void listFiltersAndSortsHold() {
        JsonNode iceland = read("/api/agreements?country=IS");
        assertThat(Json.strings(iceland.path("items"), "id")).containsExactly("artemis-accords");
        JsonNode japan = read("/api/agreements?country=JP&sort=signedOn");
        // Japan signed the 1988 IGA, the 1998 IGA, the NASA–Government of Japan MOU (24 Feb 1998) and the Accords.
        assertThat(Json.strings(japan.path("items"), "id"))
                .containsExactly("iss-iga-1988", "iss-iga", "iss-mou-nasa-japan", "artemis-accords");
        assertThat(Json.strings(read("/api/agreements?sort=signedOn,desc").path("items"), "id"))
                .startsWith("artemis-accords", "iss-mou-nasa-japan").endsWith("iss-iga-1988");
        assertThat(Json.strings(read("/api/agreements?sort=parties,desc").path("items"), "id"))
                .startsWith("artemis-accords", "iss-iga", "iss-iga-1988");
        assertThat(Json.strings(read("/api/agreements?project=iss&sort=signedOn").path("items"), "id"))
                .startsWith("iss-iga-1988").hasSize(6).doesNotContain("artemis-accords");
        JsonNode accords = read("/api/agreements?kind=accords");
        assertThat(accords.path("totalItems").asLong()).isEqualTo(1);
        assertThat(accords.path("totalPages").asInt()).isEqualTo(1);
        assertInvalid(get("/api/agreements?sort=country"), "sort");
    }

    @Test
    void createKeepsMonthAndDayPrecisionOfEachParty() {
        MvcTestResult created = post("/api/agreements", agreement("test-mou", "2024-03-15", null, """
                {"partnerId": "nasa", "signed": "2024-03-15", "sourceUrl": "https://example.org/mou"},
                {"partnerId": "esa", "countryName": "Testland", "countryCode": "TL", "signed": "2024-03",
                 "sourceUrl": "https://example.org/mou"}"""));

        assertThat(created).hasStatus(HttpStatus.CREATED).hasHeader("Location", "/api/agreements/test-mou");
        JsonNode stored = read("/api/agreements/test-mou");
        assertThat(stored.path("signedOn").asString()).isEqualTo("2024-03-15");
        assertThat(party(stored, "TL").path("signed").asString()).isEqualTo("2024-03");
        assertThat(party(stored, "TL").path("partnerName").asString()).isEqualTo("European Space Agency (ESA)");
        assertThat(stored.path("parties").values()).filteredOn(p -> "nasa".equals(p.path("partnerId").asString()))
                .singleElement().satisfies(p -> assertThat(p.path("signed").asString()).isEqualTo("2024-03-15"));
        assertThat(Json.strings(read("/api/agreements?partner=esa").path("items"), "id"))
                .containsExactlyInAnyOrder("iss-iga-1988", "iss-mou-nasa-esa", "test-mou");
    }

    @Test
    void createNamesEveryInvalidField() {
        assertInvalid(post("/api/agreements", """
                {"id": "Bad Id", "kind": "treaty", "title": "", "signedOn": "2024-03", "sourceUrl": "example.org",
                 "parties": [{"countryCode": "usa", "signed": "March 2024", "sourceUrl": "https://example.org"}]}"""),
                "id", "kind", "title", "signedOn", "sourceUrl", "parties[0].countryCode", "parties[0].signed");
        assertInvalid(post("/api/agreements", """
                {"id": "no-project", "kind": "MOU", "title": "T", "projectId": "no-such-project",
                 "sourceUrl": "https://example.org"}"""), "projectId");
        assertInvalid(post("/api/agreements", agreement("bad-dates", "2024-02-30", null, """
                {"countryName": "Testland", "signed": "2024-13", "sourceUrl": "https://example.org"}""")),
                "signedOn", "parties[0].signed");
        assertInvalid(post("/api/agreements", agreement("bad-parties", null, null, """
                {"signed": "2024-01-01", "sourceUrl": "https://example.org"},
                {"partnerId": "no-such-agency", "sourceUrl": "https://example.org"},
                {"partnerId": "nasa", "sourceUrl": "https://example.org"},
                {"partnerId": "nasa", "sourceUrl": "https://example.org"}""")),
                "parties[0].partnerId", "parties[1].partnerId", "parties[3]");
        assertProblem(get("/api/agreements/bad-parties"), HttpStatus.NOT_FOUND);
    }

    @Test
    void createOfAnExistingIdIsA409AndChangesNothing() {
        assertProblem(post("/api/agreements", agreement("iss-iga", null, null, "")), HttpStatus.CONFLICT);
        assertThat(read("/api/agreements/iss-iga").path("parties").size()).isEqualTo(15);
    }

    @Test
    void unknownJsonFieldIsA400NamingItEvenInsideAParty() {
        assertInvalid(post("/api/agreements", agreement("extra", null, null, """
                {"partnerId": "nasa", "role": "depositary", "sourceUrl": "https://example.org"}""")),
                "parties[0].role");
    }

    @Test
    void updateWithAStaleVersionIsA409AndOverwritesNothing() {
        long version = read("/api/agreements/iss-iga").path("version").asLong();
        assertThat(put("/api/agreements/iss-iga", agreement(null, "1998-01-28", version, """
                {"countryName": "United States", "countryCode": "US", "signed": "1998-01-28",
                 "sourceUrl": "https://example.org/iga"}""").replace("Test agreement", "IGA (first change)")))
                .hasStatusOk();

        assertProblem(put("/api/agreements/iss-iga", agreement(null, "1998-01-28", version, "")
                .replace("Test agreement", "IGA (second change)")), HttpStatus.CONFLICT);

        JsonNode stored = read("/api/agreements/iss-iga");
        assertThat(stored.path("title").asString()).isEqualTo("IGA (first change)");
        assertThat(Json.strings(stored.path("parties"), "countryCode")).containsExactly("US");
        assertThat(stored.path("version").asLong()).isEqualTo(version + 1);
    }

    @Test
    void updateNeedsAVersionAndAnExistingAgreement() {
        assertInvalid(put("/api/agreements/iss-iga", agreement(null, null, null, "")), "version");
        assertProblem(put("/api/agreements/no-such-treaty", agreement(null, null, 0L, "")), HttpStatus.NOT_FOUND);
        assertProblem(get("/api/agreements/no-such-treaty"), HttpStatus.NOT_FOUND);
    }

    @Test
    void deleteRemovesTheAgreementAndItsParties() {
        assertThat(post("/api/agreements", agreement("test-gone", null, null, """
                {"countryName": "Testland", "countryCode": "TL", "sourceUrl": "https://example.org/mou"}"""))
        ).hasStatus(HttpStatus.CREATED);
        assertThat(read("/api/agreements?country=TL").path("totalItems").asLong()).isEqualTo(1);
        assertThat(delete("/api/agreements/test-gone")).hasStatus(HttpStatus.NO_CONTENT);
        assertProblem(get("/api/agreements/test-gone"), HttpStatus.NOT_FOUND);
        assertThat(read("/api/agreements?country=TL").path("totalItems").asLong()).isZero();
        assertProblem(delete("/api/agreements/test-gone"), HttpStatus.NOT_FOUND);
    }

    @Test
    void anAgreementGoverningAProjectIsDeletedAndTheProjectStays() {
        // the NASA–Government of Japan MOU governs the ISS; no shipped claim is about it
        assertThat(read("/api/agreements/iss-mou-nasa-japan").path("projectId").asString()).isEqualTo("iss");
        assertThat(delete("/api/agreements/iss-mou-nasa-japan")).hasStatus(HttpStatus.NO_CONTENT);
        assertThat(read("/api/projects/iss").path("id").asString()).isEqualTo("iss");
    }

    @Test
    void deleteOfAnAgreementAClaimIsAboutIsA409NamingTheClaimsAndChangesNothing() {
        // three shipped claims are about the Artemis Accords (who signed, when, how many on the first day)
        JsonNode problem = assertProblem(delete("/api/agreements/artemis-accords"), HttpStatus.CONFLICT);
        assertThat(problem.path("detail").asString())
                .contains("Agreement 'artemis-accords' is the subject of 3 claims", "change or delete those claims first");
        assertThat(read("/api/agreements/artemis-accords").path("parties").size()).isEqualTo(61);
        JsonNode iga = assertProblem(delete("/api/agreements/iss-iga"), HttpStatus.CONFLICT);
        assertThat(iga.path("detail").asString()).contains("is the subject of 1 claim (claim ");
        assertThat(read("/api/agreements/iss-iga").path("parties").size()).isEqualTo(15);
    }

    private static JsonNode party(JsonNode agreement, String countryCode) {
        return agreement.path("parties").values().stream()
                .filter(p -> countryCode.equals(p.path("countryCode").asString()))
                .findFirst().orElseThrow(() -> new AssertionError("no party " + countryCode));
    }

    private static String agreement(String id, String signedOn, Long version, String parties) {
        return """
                {%s"kind": "MOU", "title": "Test agreement", "signedOn": %s, "sourceUrl": "https://example.org/mou",
                 "version": %s, "parties": [%s]}"""
                .formatted(id == null ? "" : "\"id\": \"" + id + "\", ",
                        signedOn == null ? null : "\"" + signedOn + "\"", version, parties);
    }
}
