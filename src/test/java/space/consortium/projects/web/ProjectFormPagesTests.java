package space.consortium.projects.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import space.consortium.projects.Participation;
import space.consortium.projects.Project;
import space.consortium.projects.ProjectService;
import space.consortium.shared.NotFound;
import space.consortium.support.Users;

/** The project form: create, edit with participant rows, stale edits, delete with confirmation, who may see it. */
@SpringBootTest
@AutoConfigureMockMvc
class ProjectFormPagesTests {

    private static final String SOURCE = "https://example.org/form-test";

    @Autowired MockMvc mvc;
    @Autowired ProjectService projects;
    @Autowired JdbcClient jdbc;

    /** The records these tests made are removed again: other tests of the same context count the shipped ones. */
    @AfterEach
    void removeTheRecordsMadeHere() {
        org.springframework.security.test.context.TestSecurityContextHolder.clearContext(); // the services trust no user
        jdbc.sql("delete from asset where id = 'form-asset'").update();
        projects.all().stream().map(Project::id).filter(id -> id.startsWith("form-")).forEach(projects::delete);
    }

    private static MockHttpServletRequestBuilder newProject(String id) {
        return newProject(id, "esa");
    }

    private static MockHttpServletRequestBuilder newProject(String id, String lead) {
        return post("/projects/new").with(Users.admin())
                .param("id", id).param("name", "Form test " + id).param("destination", "Moon")
                .param("status", "planned").param("launchYear", "2031").param("leadPartnerId", lead)
                .param("sourceUrl", SOURCE);
    }

    @Test
    void adminCreatesAProjectWithParticipantsAndItsPageShowsThem() throws Exception {
        mvc.perform(newProject("form-create")
                        .param("cost.amount", "250,000,000").param("cost.currency", "EUR").param("cost.priceYear", "2025")
                        .param("participants[0].partnerId", "jaxa").param("participants[0].role", "partner")
                        .param("participants[1].partnerId", "csa").param("participants[1].role", "contributor")
                        .param("participants[1].sourceUrl", "https://example.org/csa"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/projects/form-create"));
        Project created = projects.get("form-create");
        assertThat(created.leadPartnerId()).isEqualTo("esa");
        assertThat(created.cost()).isNotNull();
        assertThat(created.cost().amount()).isEqualByComparingTo("250000000");
        assertThat(created.cost().currency()).isEqualTo("EUR");
        assertThat(created.cost().priceYear()).isEqualTo(2025);
        assertThat(projects.participationsOf("jaxa")).anyMatch(p -> p.projectId().equals("form-create") && p.role().equals("partner"));
        assertThat(projects.participationsOf("csa")).anyMatch(p -> p.projectId().equals("form-create")
                && p.role().equals("contributor") && p.sourceUrl().equals("https://example.org/csa"));
        assertThat(projects.participationsOf("jaxa")).filteredOn(p -> p.projectId().equals("form-create"))
                .allMatch(p -> p.sourceUrl().equals(SOURCE));
        mvc.perform(get("/projects/form-create")).andExpect(content().string(containsString("Form test form-create")))
                .andExpect(content().string(containsString("EUR 250,000,000 (2025 prices)")));
        mvc.perform(get("/projects/form-create/edit").with(Users.admin()))
                .andExpect(content().string(containsString("name=\"cost.amount\" value=\"250,000,000\"")))
                .andExpect(content().string(containsString("<option value=\"EUR\" selected=\"selected\">EUR — euro</option>")));
    }

    @Test
    void theCostIsTheFullAmountCheckedByTheApisRulesBesideItsFields() throws Exception {
        mvc.perform(newProject("form-money").param("cost.amount", "-5").param("cost.currency", "XYZ")
                        .param("cost.priceYear", "1800"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"cost.amount-feedback\">must be zero or more")))
                .andExpect(content().string(containsString("must be one of USD, EUR, JPY, CAD, RUB, GBP, INR, CNY")))
                .andExpect(content().string(containsString("must be greater than or equal to 1900")));
        mvc.perform(newProject("form-money").param("cost.amount", "1.2 billion"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("must be a number, such as 180 or 1.5")))
                .andExpect(content().string(containsString("value=\"1.2 billion\"")));
        mvc.perform(newProject("form-money").param("cost.amount", "").param("cost.priceYear", "2019"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("is required: the amount in units of the currency (not millions)")));
        assertThat(projects.all()).noneMatch(p -> p.id().equals("form-money"));
        mvc.perform(newProject("form-money").param("cost.amount", "1 250 000 000.50").param("cost.currency", "JPY"))
                .andExpect(status().isFound());
        assertThat(projects.get("form-money").cost().amount()).isEqualByComparingTo("1250000000.50");
        assertThat(projects.get("form-money").cost().priceYear()).isNull();
        mvc.perform(newProject("form-no-cost").param("cost.amount", "").param("cost.currency", "EUR")
                        .param("cost.priceYear", ""))
                .andExpect(status().isFound());
        assertThat(projects.get("form-no-cost").cost()).isNull();
    }

    @Test
    void badInputKeepsTheTypedValuesAndShowsTheApiMessagesBesideTheirFields() throws Exception {
        mvc.perform(post("/projects/new").with(Users.admin())
                        .param("id", "Bad Id").param("name", "Kept name").param("leadPartnerId", "esa")
                        .param("launchYear", "1900").param("sourceUrl", "not a url")
                        .param("participants[0].partnerId", "jaxa").param("participants[0].role", "boss"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("must be a slug of lowercase letters")))
                .andExpect(content().string(containsString("id=\"id-feedback\"")))
                .andExpect(content().string(containsString("must be an http(s) URL")))
                .andExpect(content().string(containsString("must be greater than or equal to 1957")))
                .andExpect(content().string(containsString("must be one of: lead, partner, contributor")))
                .andExpect(content().string(containsString("value=\"Kept name\"")));
        mvc.perform(newProject("form-unknown-lead", "nobody"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("no partner with id &#39;nobody&#39;")))
                .andExpect(content().string(containsString("id=\"leadPartnerId-feedback\"")));
        mvc.perform(newProject("form-twice").param("participants[0].partnerId", "jaxa")
                        .param("participants[1].partnerId", "jaxa"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("partner &#39;jaxa&#39; is listed twice")));
        assertThat(projects.all()).noneMatch(p -> p.id().startsWith("form-unknown") || p.id().equals("form-twice"));
    }

    @Test
    void addingAndRemovingRowsRerendersTheFormWithoutSaving() throws Exception {
        mvc.perform(newProject("form-rows").param("participants[0].partnerId", "jaxa").param("addRow", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"participant-1\"")));
        mvc.perform(newProject("form-rows").param("participants[0].partnerId", "jaxa")
                        .param("participants[1].partnerId", "csa").param("removeRow", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"participant-1\""))));
        assertThat(projects.all()).noneMatch(p -> p.id().equals("form-rows"));
    }

    @Test
    void coordinatorEditsTheProjectChangingRolesRemovingAndAddingParticipants() throws Exception {
        mvc.perform(newProject("form-edit").param("participants[0].partnerId", "jaxa")
                .param("participants[1].partnerId", "csa")).andExpect(status().isFound());
        Project stored = projects.get("form-edit");
        Participation jaxa = participation("form-edit", "jaxa");
        Participation csa = participation("form-edit", "csa");
        mvc.perform(get("/projects/form-edit/edit").with(Users.coordinator("form-edit")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Edit Form test form-edit")))
                .andExpect(content().string(containsString("name=\"version\" value=\"" + stored.version() + "\"")));
        mvc.perform(post("/projects/form-edit/edit").with(Users.coordinator("form-edit"))
                        .param("name", "Renamed by coordinator").param("leadPartnerId", "esa").param("status", "operating")
                        .param("sourceUrl", SOURCE).param("version", String.valueOf(stored.version()))
                        .param("shownParticipations", jaxa.id() + "," + csa.id())
                        .param("participants[0].participationId", String.valueOf(jaxa.id()))
                        .param("participants[0].version", String.valueOf(jaxa.version()))
                        .param("participants[0].partnerId", "jaxa").param("participants[0].role", "contributor")
                        .param("participants[1].partnerId", "asi").param("participants[1].role", "partner"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/projects/form-edit"));
        assertThat(projects.get("form-edit").name()).isEqualTo("Renamed by coordinator");
        assertThat(participation("form-edit", "jaxa").role()).isEqualTo("contributor");
        assertThat(projects.participationsOf("csa")).noneMatch(p -> p.projectId().equals("form-edit"));
        assertThat(participation("form-edit", "asi").role()).isEqualTo("partner");
    }

    @Test
    void staleEditShowsTheirsAndYoursAndSavesOnlyWhenReapplied() throws Exception {
        mvc.perform(newProject("form-stale")).andExpect(status().isFound());
        long opened = projects.get("form-stale").version();
        mvc.perform(post("/projects/form-stale/edit").with(Users.admin())
                .param("name", "Their name").param("leadPartnerId", "esa").param("sourceUrl", SOURCE)
                .param("version", String.valueOf(opened))).andExpect(status().isFound());
        long theirs = projects.get("form-stale").version();
        mvc.perform(post("/projects/form-stale/edit").with(Users.admin())
                        .param("name", "My name").param("leadPartnerId", "esa").param("sourceUrl", SOURCE)
                        .param("version", String.valueOf(opened)))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Changed by someone else since you opened it")))
                .andExpect(content().string(containsString("<td class=\"text-break\">Their name</td>")))
                .andExpect(content().string(containsString("<td class=\"text-break\">My name</td>")))
                .andExpect(content().string(containsString("name=\"version\" value=\"" + theirs + "\"")))
                .andExpect(content().string(containsString("Save mine over theirs")));
        assertThat(projects.get("form-stale").name()).isEqualTo("Their name");
        mvc.perform(post("/projects/form-stale/edit").with(Users.admin())
                .param("name", "My name").param("leadPartnerId", "esa").param("sourceUrl", SOURCE)
                .param("version", String.valueOf(theirs))).andExpect(status().isFound());
        assertThat(projects.get("form-stale").name()).isEqualTo("My name");
    }

    @Test
    void deleteAsksFirstThenDeletesAndIsRefusedWithTheReasonWhileReferenced() throws Exception {
        mvc.perform(newProject("form-delete")).andExpect(status().isFound());
        mvc.perform(get("/projects/form-delete/delete").with(Users.admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Delete the <span>project</span> <span>Form test form-delete</span>?")));
        assertThat(projects.get("form-delete")).isNotNull();
        mvc.perform(post("/projects/form-delete/delete").with(Users.admin()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/projects"));
        assertThat(projects.all()).noneMatch(p -> p.id().equals("form-delete"));

        mvc.perform(newProject("form-in-use")).andExpect(status().isFound());
        jdbc.sql("insert into asset (id, name, kind, owner_partner_id, project_id, source_url) "
                + "values ('form-asset', 'Form asset', 'orbiter', 'esa', 'form-in-use', :s)").param("s", SOURCE).update();
        mvc.perform(get("/projects/form-in-use/delete").with(Users.admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("still has 1 assets")))
                .andExpect(content().string(not(containsString("id=\"confirm-delete\""))));
        mvc.perform(post("/projects/form-in-use/delete").with(Users.admin()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("id=\"delete-refused\"")))
                .andExpect(content().string(containsString("still has 1 assets")));
        assertThat(projects.get("form-in-use").id()).isEqualTo("form-in-use");
    }

    @Test
    void controlsAreShownOnlyToWhoeverMayUseThem() throws Exception {
        mvc.perform(get("/projects")).andExpect(content().string(not(containsString("id=\"new-project\""))));
        mvc.perform(get("/projects").with(Users.admin())).andExpect(content().string(containsString("id=\"new-project\"")));
        mvc.perform(get("/projects/iss").with(Users.observer()))
                .andExpect(content().string(not(containsString("id=\"edit-project\""))))
                .andExpect(content().string(not(containsString("id=\"delete-project\""))));
        mvc.perform(get("/projects/iss").with(Users.coordinator("iss")))
                .andExpect(content().string(containsString("id=\"edit-project\"")))
                .andExpect(content().string(not(containsString("id=\"delete-project\""))));
        mvc.perform(get("/projects/iss").with(Users.admin()))
                .andExpect(content().string(containsString("id=\"delete-project\"")));
    }

    @Test
    void anonymousVisitorsAreSentToSignInAndObserversAreRefused() throws Exception {
        for (String path : List.of("/projects/new", "/projects/iss/edit", "/projects/iss/delete")) {
            mvc.perform(get(path)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
            mvc.perform(get(path).with(Users.observer())).andExpect(status().isForbidden());
        }
        mvc.perform(get("/projects/iss/edit").with(Users.coordinator("hubble"))).andExpect(status().isForbidden());
        mvc.perform(newProject("form-observer").with(Users.observer())).andExpect(status().isForbidden());
        mvc.perform(post("/projects/iss/delete").with(Users.observer())).andExpect(status().isForbidden());
        mvc.perform(post("/projects/iss/delete").with(Users.coordinator("iss"))).andExpect(status().isForbidden());
        assertThat(projects.get("iss").id()).isEqualTo("iss");
        assertThat(projects.all()).noneMatch(p -> p.id().equals("form-observer"));
    }

    private Participation participation(String project, String partner) {
        return projects.participationsOf(partner).stream().filter(p -> p.projectId().equals(project)).findFirst()
                .orElseThrow(() -> new NotFound("participation", project + "/" + partner));
    }
}
