package space.consortium.agreements.web;

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
import space.consortium.agreements.Agreement;
import space.consortium.agreements.AgreementService;
import space.consortium.support.Users;

/** The agreement form with its parties as rows: create, edit, stale edits, delete with confirmation, who may see it. */
@SpringBootTest
@AutoConfigureMockMvc
class AgreementFormPagesTests {

    private static final String SOURCE = "https://example.org/agreement-form-test";

    @Autowired MockMvc mvc;
    @Autowired AgreementService agreements;

    /** The records these tests made are removed again: other tests of the same context count the shipped ones. */
    @AfterEach
    void removeTheRecordsMadeHere() {
        org.springframework.security.test.context.TestSecurityContextHolder.clearContext(); // the services trust no user
        agreements.all().stream().map(Agreement::id).filter(id -> id.startsWith("form-")).forEach(agreements::delete);
    }

    private static MockHttpServletRequestBuilder newAgreement(String id, String title) {
        return post("/agreements/new").with(Users.admin())
                .param("id", id).param("title", title).param("kind", "MOU").param("signedOn", "2024-03-01")
                .param("sourceUrl", SOURCE)
                .param("parties[0].partnerId", "esa").param("parties[0].signed", "2024-03-01")
                .param("parties[1].countryName", "Canada").param("parties[1].countryCode", "CA")
                .param("parties[1].sourceUrl", "https://example.org/canada");
    }

    @Test
    void adminCreatesAnAgreementWithItsPartiesAsRows() throws Exception {
        mvc.perform(newAgreement("form-mou", "Form MOU"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/agreements/form-mou"));
        Agreement created = agreements.get("form-mou");
        assertThat(created.parties()).hasSize(2);
        assertThat(created.parties()).anyMatch(p -> "esa".equals(p.partnerId()) && "2024-03-01".equals(p.signed())
                && p.sourceUrl().equals(SOURCE));
        assertThat(created.parties()).anyMatch(p -> "Canada".equals(p.countryName()) && "CA".equals(p.countryCode())
                && p.sourceUrl().equals("https://example.org/canada"));
        mvc.perform(get("/agreements/form-mou")).andExpect(content().string(containsString("Form MOU")));
    }

    @Test
    void badInputShowsTheApiMessagesBesideTheirFieldsAndRows() throws Exception {
        mvc.perform(post("/agreements/new").with(Users.admin())
                        .param("id", "form-bad").param("title", "Kept title").param("kind", "treaty")
                        .param("signedOn", "March 2024").param("sourceUrl", SOURCE)
                        .param("parties[0].countryName", "Canada").param("parties[0].countryCode", "ca"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("must be one of: intergovernmental, MOU, barter, accords")))
                .andExpect(content().string(containsString("must be an ISO date YYYY-MM-DD")))
                .andExpect(content().string(containsString("id=\"parties0.countryCode-feedback\"")))
                .andExpect(content().string(containsString("must be an ISO 3166-1 alpha-2 code such as CA")))
                .andExpect(content().string(containsString("value=\"Kept title\"")));
        mvc.perform(post("/agreements/new").with(Users.admin())
                        .param("id", "form-bad").param("title", "No party named").param("kind", "MOU")
                        .param("signedOn", "2024-02-30").param("sourceUrl", SOURCE)
                        .param("parties[0].signed", "2024-01-01"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("&#39;2024-02-30&#39; is not a calendar date")))
                .andExpect(content().string(containsString("give a partner id or a country name")));
        assertThat(agreements.find("form-bad")).isEmpty();
    }

    @Test
    void editReplacesThePartiesAndAStaleEditShowsTheirsAndYours() throws Exception {
        mvc.perform(newAgreement("form-edit-mou", "Before")).andExpect(status().isFound());
        long opened = agreements.get("form-edit-mou").version();
        mvc.perform(get("/agreements/form-edit-mou/edit").with(Users.admin()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"party-1\"")));
        mvc.perform(post("/agreements/form-edit-mou/edit").with(Users.admin())
                        .param("title", "Their title").param("kind", "MOU").param("sourceUrl", SOURCE)
                        .param("version", String.valueOf(opened))
                        .param("parties[0].partnerId", "nasa"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/agreements/form-edit-mou"));
        Agreement theirs = agreements.get("form-edit-mou");
        assertThat(theirs.parties()).extracting(Agreement.Party::partnerId).containsExactly("nasa");
        mvc.perform(post("/agreements/form-edit-mou/edit").with(Users.admin())
                        .param("title", "My title").param("kind", "MOU").param("sourceUrl", SOURCE)
                        .param("version", String.valueOf(opened)).param("parties[0].partnerId", "jaxa"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Changed by someone else since you opened it")))
                .andExpect(content().string(containsString("<td class=\"text-break\">Their title</td>")))
                .andExpect(content().string(containsString("<td class=\"text-break\">My title</td>")))
                .andExpect(content().string(containsString("name=\"version\" value=\"" + theirs.version() + "\"")));
        assertThat(agreements.get("form-edit-mou").title()).isEqualTo("Their title");
    }

    @Test
    void deleteAsksFirst() throws Exception {
        mvc.perform(newAgreement("form-gone-mou", "Gone MOU")).andExpect(status().isFound());
        mvc.perform(get("/agreements/form-gone-mou/delete").with(Users.admin()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Delete the <span>agreement</span> <span>Gone MOU</span>?")));
        assertThat(agreements.find("form-gone-mou")).isPresent();
        mvc.perform(post("/agreements/form-gone-mou/delete").with(Users.admin()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/agreements"));
        assertThat(agreements.find("form-gone-mou")).isEmpty();
    }

    @Test
    void deleteOfAnAgreementAClaimIsAboutShowsTheReasonAndNoDeleteButton() throws Exception {
        mvc.perform(get("/agreements/artemis-accords/delete").with(Users.admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"delete-refused\"")))
                .andExpect(content().string(containsString("is the subject of 3 claims")))
                .andExpect(content().string(not(containsString("id=\"confirm-delete\""))));
        mvc.perform(post("/agreements/artemis-accords/delete").with(Users.admin()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("id=\"delete-refused\"")))
                .andExpect(content().string(containsString("Agreement &#39;artemis-accords&#39; is the subject of 3 claims")))
                .andExpect(content().string(not(containsString("id=\"confirm-delete\""))));
        assertThat(agreements.get("artemis-accords").parties()).hasSize(61);
        mvc.perform(get("/agreements/iss-mou-nasa-japan/delete").with(Users.admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"confirm-delete\"")))
                .andExpect(content().string(containsString("which stays; the project&#39;s partner timeline")));
    }

    @Test
    void controlsAndFormsOnlyForWhoeverMayUseThem() throws Exception {
        mvc.perform(get("/agreements")).andExpect(content().string(not(containsString("id=\"new-agreement\""))));
        mvc.perform(get("/agreements").with(Users.admin())).andExpect(content().string(containsString("id=\"new-agreement\"")));
        mvc.perform(get("/agreements/iss-iga").with(Users.observer()))
                .andExpect(content().string(not(containsString("id=\"edit-agreement\""))));
        mvc.perform(get("/agreements/iss-iga").with(Users.admin()))
                .andExpect(content().string(containsString("id=\"edit-agreement\"")));
        for (String path : List.of("/agreements/new", "/agreements/iss-iga/edit", "/agreements/iss-iga/delete")) {
            mvc.perform(get(path)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
            mvc.perform(get(path).with(Users.observer())).andExpect(status().isForbidden());
        }
        mvc.perform(newAgreement("form-observer-mou", "No").with(Users.observer())).andExpect(status().isForbidden());
        mvc.perform(post("/agreements/iss-iga/delete").with(Users.observer())).andExpect(status().isForbidden());
        assertThat(agreements.find("form-observer-mou")).isEmpty();
        assertThat(agreements.find("iss-iga")).isPresent();
    }
}
