package space.consortium.projects.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import space.consortium.support.ApiContract;
import space.consortium.support.Json;
import tools.jackson.databind.JsonNode;

/** The participation API: who takes part in which project, the one-lead rule, duplicates and optimistic locking. */
abstract class ParticipationApiContract extends ApiContract {

    @Test
    void issHasItsFivePartnerAgencies() {
        JsonNode iss = read("/api/participations?project=iss&size=500");
        assertThat(iss.path("totalItems").asLong()).isEqualTo(5);
        assertThat(Json.strings(iss.path("items"), "partnerId"))
                .containsExactlyInAnyOrder("nasa", "roscosmos", "esa", "jaxa", "csa");
        assertThat(read("/api/participations?project=iss&role=lead").path("items").values())
                .singleElement().satisfies(p -> assertThat(p.path("partnerId").asString()).isEqualTo("nasa"));
    }

    @Test
    void everyProjectHasExactlyOneLeadWhichIsItsLeadPartner() {
        JsonNode leads = read("/api/participations?role=lead&size=500");
        assertThat(leads.path("totalItems").asLong()).isEqualTo(57);
        assertThat(Json.strings(leads.path("items"), "projectId")).doesNotHaveDuplicates();
        for (JsonNode project : read("/api/projects?size=500").path("items").values()) {
            String id = project.path("id").asString();
            assertThat(leads.path("items").values()).as("lead of %s", id)
                    .filteredOn(p -> p.path("projectId").asString().equals(id))
                    .singleElement()
                    .satisfies(p -> assertThat(p.path("partnerId").asString())
                            .isEqualTo(project.path("leadPartnerId").asString()));
        }
    }

    @Test
    void addingAContributorMakesItAParticipant() {
        MvcTestResult created = post("/api/participations", participation("iss", "asi", "contributor", null));

        assertThat(created).hasStatus(HttpStatus.CREATED);
        long id = Json.body(created).path("id").asLong();
        assertThat(created.getResponse().getHeader("Location")).isEqualTo("/api/participations/" + id);
        JsonNode iss = read("/api/projects/iss");
        assertThat(iss.at("/partnerCount").asInt()).isEqualTo(6);
        assertThat(Json.strings(iss.path("participants"), "partnerId")).contains("asi");
    }

    @Test
    void aPartnerTakesPartInAProjectOnlyOnce() {
        assertProblem(post("/api/participations", participation("iss", "esa", "contributor", null)),
                HttpStatus.CONFLICT);
        assertThat(read("/api/participations?project=iss&partner=esa").path("items").values())
                .singleElement().satisfies(p -> assertThat(p.path("role").asString()).isEqualTo("partner"));
    }

    @Test
    void onlyTheLeadPartnerHasRoleLead() {
        assertInvalid(post("/api/participations", participation("iss", "asi", "lead", null)), "role");
    }

    @Test
    void createNamesEveryBadField() {
        assertInvalid(post("/api/participations", """
                {"projectId": "", "partnerId": " ", "role": "sponsor", "sourceUrl": "nasa.gov"}"""),
                "projectId", "partnerId", "role", "sourceUrl");
        assertInvalid(post("/api/participations", participation("no-such-mission", "no-such-agency", "partner", null)),
                "projectId", "partnerId");
    }

    @Test
    void updateWithAStaleVersionIsA409AndOverwritesNothing() {
        JsonNode esa = esaOnIss();
        long id = esa.path("id").asLong();
        long version = esa.path("version").asLong();
        assertThat(put("/api/participations/" + id, participation("iss", "esa", "contributor", version)))
                .hasStatusOk();

        assertProblem(put("/api/participations/" + id, participation("iss", "esa", "partner", version)),
                HttpStatus.CONFLICT);

        JsonNode stored = read("/api/participations/" + id);
        assertThat(stored.path("role").asString()).isEqualTo("contributor");
        assertThat(stored.path("version").asLong()).isEqualTo(version + 1);
    }

    @Test
    void updateCannotMoveAParticipationToAnotherProject() {
        JsonNode esa = esaOnIss();
        assertInvalid(put("/api/participations/" + esa.path("id").asLong(),
                participation("hubble", "esa", "partner", esa.path("version").asLong())), "projectId");
        assertInvalid(put("/api/participations/" + esa.path("id").asLong(),
                participation("iss", "esa", "partner", null)), "version");
    }

    @Test
    void theLeadParticipationCannotBeDeleted() {
        long nasa = read("/api/participations?project=iss&partner=nasa").at("/items/0/id").asLong();
        assertProblem(delete("/api/participations/" + nasa), HttpStatus.CONFLICT);
        assertThat(get("/api/participations/" + nasa)).hasStatusOk();
    }

    @Test
    void deleteRemovesAPartner() {
        long id = esaOnIss().path("id").asLong();
        assertThat(delete("/api/participations/" + id)).hasStatus(HttpStatus.NO_CONTENT);
        assertProblem(get("/api/participations/" + id), HttpStatus.NOT_FOUND);
        assertThat(Json.strings(read("/api/projects/iss").path("participants"), "partnerId"))
                .containsExactlyInAnyOrderElementsOf(List.of("nasa", "roscosmos", "jaxa", "csa"));
    }

    @Test
    void unknownParticipationIsA404() {
        assertProblem(get("/api/participations/999999"), HttpStatus.NOT_FOUND);
        assertProblem(delete("/api/participations/999999"), HttpStatus.NOT_FOUND);
    }

    @Test
    void sortByPartnerHoldsAndBadSortIsA400() {
        List<String> partners = Json.strings(read("/api/participations?project=iss&sort=partner,desc").path("items"),
                "partnerId");
        assertThat(partners).containsExactly("roscosmos", "nasa", "jaxa", "esa", "csa");
        assertInvalid(get("/api/participations?sort=since"), "sort");
    }

    private JsonNode esaOnIss() {
        return read("/api/participations?project=iss&partner=esa").path("items").path(0);
    }

    private static String participation(String project, String partner, String role, Long version) {
        return """
                {"projectId": "%s", "partnerId": "%s", "role": "%s", "sourceUrl": "https://example.org/%s",
                 "version": %s}""".formatted(project, partner, role, partner, version);
    }
}
