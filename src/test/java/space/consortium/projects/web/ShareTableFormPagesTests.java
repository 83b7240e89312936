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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import space.consortium.projects.ProjectService;
import space.consortium.projects.ShareTable;
import space.consortium.support.Users;

/** The share-table form, its shares as rows: add, edit, stale edits, delete with confirmation, who may use it. */
@SpringBootTest
@AutoConfigureMockMvc
class ShareTableFormPagesTests {

    private static final String SOURCE = "https://example.org/share-form-test";

    @Autowired MockMvc mvc;
    @Autowired ProjectService projects;

    /** The records these tests made are removed again: other tests of the same context count the shipped ones. */
    @AfterEach
    void removeTheRecordsMadeHere() {
        org.springframework.security.test.context.TestSecurityContextHolder.clearContext(); // the services trust no user
        projects.shareTables("hubble").stream().filter(t -> t.name().startsWith("Form ")).map(ShareTable::id)
                .forEach(projects::deleteShareTable);
    }

    private static MockHttpServletRequestBuilder newTable(String name, String esa, String jaxa) {
        return post("/projects/hubble/share-tables/new").with(Users.coordinator("hubble"))
                .param("name", name).param("sourceUrl", SOURCE)
                .param("entries[0].partnerId", "esa").param("entries[0].percent", esa)
                .param("entries[1].partnerId", "jaxa").param("entries[1].percent", jaxa);
    }

    private ShareTable table(String name) {
        return projects.shareTables("hubble").stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void coordinatorAddsAShareTableWithItsSharesAsRows() throws Exception {
        mvc.perform(newTable("Form split", "60", "40"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/projects/hubble#shares-title"));
        assertThat(table("Form split").entries()).extracting(ShareTable.Entry::partnerId).containsExactly("esa", "jaxa");
        mvc.perform(get("/projects/hubble").with(Users.coordinator("hubble")))
                .andExpect(content().string(containsString("Form split")))
                .andExpect(content().string(containsString("id=\"add-share-table\"")));
    }

    @Test
    void sharesThatDoNotAddUpTo100AreRefusedWithTheApiMessageAndTheInputKept() throws Exception {
        mvc.perform(newTable("Form bad split", "60", "30"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("percentages must add up to 100, they add up to 90")))
                .andExpect(content().string(containsString("value=\"Form bad split\"")));
        mvc.perform(newTable("Form bad split", "0", "100"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"entries0.percent-feedback\"")))
                .andExpect(content().string(containsString("must be more than 0")));
        assertThat(projects.shareTables("hubble")).noneMatch(t -> t.name().equals("Form bad split"));
    }

    @Test
    void staleEditShowsTheirsAndYoursThenDeleteAsksFirst() throws Exception {
        mvc.perform(newTable("Form stale split", "50", "50")).andExpect(status().isFound());
        ShareTable opened = table("Form stale split");
        String edit = "/projects/hubble/share-tables/" + opened.id() + "/edit";
        mvc.perform(post(edit).with(Users.coordinator("hubble")).param("name", "Form stale split")
                .param("sourceUrl", SOURCE).param("version", String.valueOf(opened.version()))
                .param("entries[0].partnerId", "esa").param("entries[0].percent", "70")
                .param("entries[1].partnerId", "jaxa").param("entries[1].percent", "30")).andExpect(status().isFound());
        mvc.perform(post(edit).with(Users.admin()).param("name", "Form stale split")
                        .param("sourceUrl", SOURCE).param("version", String.valueOf(opened.version()))
                        .param("entries[0].partnerId", "esa").param("entries[0].percent", "20")
                        .param("entries[1].partnerId", "jaxa").param("entries[1].percent", "80"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Changed by someone else since you opened it")))
                .andExpect(content().string(containsString("European Space Agency (ESA) 70%")))
                .andExpect(content().string(containsString("European Space Agency (ESA) 20%")));
        assertThat(table("Form stale split").entries().get(0).percent()).isEqualByComparingTo("70");

        String delete = "/projects/hubble/share-tables/" + opened.id() + "/delete";
        mvc.perform(get(delete).with(Users.coordinator("hubble")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Delete the <span>share table</span>")));
        mvc.perform(post(delete).with(Users.coordinator("hubble"))).andExpect(status().isFound());
        assertThat(projects.shareTables("hubble")).noneMatch(t -> t.name().equals("Form stale split"));
    }

    @Test
    void onlyTheProjectsCoordinatorsAndAdministratorsSeeAndUseTheForms() throws Exception {
        mvc.perform(get("/projects/iss").with(Users.observer()))
                .andExpect(content().string(not(containsString("id=\"add-share-table\""))));
        mvc.perform(get("/projects/iss").with(Users.member("esa")))
                .andExpect(content().string(not(containsString("/share-tables/"))));
        for (String path : List.of("/projects/hubble/share-tables/new")) {
            mvc.perform(get(path)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
            mvc.perform(get(path).with(Users.observer())).andExpect(status().isForbidden());
            mvc.perform(get(path).with(Users.coordinator("iss"))).andExpect(status().isForbidden());
        }
        mvc.perform(newTable("Form observer split", "50", "50").with(Users.observer())).andExpect(status().isForbidden());
        assertThat(projects.shareTables("hubble")).noneMatch(t -> t.name().equals("Form observer split"));
    }
}
