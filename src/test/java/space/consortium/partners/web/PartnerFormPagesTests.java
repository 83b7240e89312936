package space.consortium.partners.web;

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
import space.consortium.partners.Partner;
import space.consortium.partners.PartnerService;
import space.consortium.support.Users;

/** The partner form: create, edit, stale edits, delete with confirmation, who may see it. */
@SpringBootTest
@AutoConfigureMockMvc
class PartnerFormPagesTests {

    private static final String SOURCE = "https://example.org/partner-form-test";

    @Autowired MockMvc mvc;
    @Autowired PartnerService partners;

    /** The records these tests made are removed again: other tests of the same context count the shipped ones. */
    @AfterEach
    void removeTheRecordsMadeHere() {
        org.springframework.security.test.context.TestSecurityContextHolder.clearContext(); // the services trust no user
        partners.all().stream().map(Partner::id).filter(id -> id.startsWith("form-")).forEach(partners::delete);
    }

    private static MockHttpServletRequestBuilder newPartner(String id, String name) {
        return post("/partners/new").with(Users.admin())
                .param("id", id).param("name", name).param("kind", "company").param("countryOrMembers", "DE")
                .param("founded", "1999").param("sourceUrl", SOURCE);
    }

    @Test
    void adminCreatesAPartnerAndItsProfileShowsIt() throws Exception {
        mvc.perform(newPartner("form-partner", "Form Partner GmbH")
                        .param("budget.amount", "12,500,000").param("budget.currency", "USD")
                        .param("budget.priceYear", "2024"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/partners/form-partner"));
        Partner created = partners.get("form-partner");
        assertThat(created.kind()).isEqualTo("company");
        assertThat(created.budget()).isNotNull();
        assertThat(created.budget().amount()).isEqualByComparingTo("12500000");
        assertThat(created.budget().currency()).isEqualTo("USD");
        mvc.perform(get("/partners/form-partner")).andExpect(content().string(containsString("Form Partner GmbH")))
                .andExpect(content().string(containsString("USD 12,500,000 (2024 prices)")));
    }

    @Test
    void theBudgetIsTheFullAmountInUsDollarsWithTheServicesMessageOtherwise() throws Exception {
        mvc.perform(newPartner("form-euro", "Euro budget").param("budget.amount", "1000").param("budget.currency", "EUR"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"budget.currency-feedback\">must be USD")));
        mvc.perform(newPartner("form-euro", "Euro budget").param("budget.amount", "twelve")
                        .param("budget.currency", "USD"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("must be a number, such as 180 or 1.5")));
        assertThat(partners.all()).noneMatch(p -> p.id().equals("form-euro"));
    }

    @Test
    void badInputKeepsTheTypedValuesAndShowsTheApiMessagesBesideTheirFields() throws Exception {
        mvc.perform(post("/partners/new").with(Users.admin())
                        .param("id", "Not A Slug").param("name", "Kept partner name").param("kind", "guild")
                        .param("founded", "soon").param("sourceUrl", "ftp://x"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("must be a slug of lowercase letters")))
                .andExpect(content().string(containsString("must be one of: national agency, intergovernmental")))
                .andExpect(content().string(containsString("must be a whole number")))
                .andExpect(content().string(containsString("id=\"sourceUrl-feedback\"")))
                .andExpect(content().string(containsString("must be an http(s) URL")))
                .andExpect(content().string(containsString("value=\"Kept partner name\"")));
        mvc.perform(newPartner("esa", "Another ESA"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("A partner with id &#39;esa&#39; exists already")));
        assertThat(partners.get("esa").name()).isNotEqualTo("Another ESA");
    }

    @Test
    void memberEditsTheirPartnerAndAStaleEditShowsTheirsAndYours() throws Exception {
        mvc.perform(newPartner("form-edited", "Before")).andExpect(status().isFound());
        long opened = partners.get("form-edited").version();
        mvc.perform(get("/partners/form-edited/edit").with(Users.member("form-edited")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("value=\"Before\"")));
        mvc.perform(post("/partners/form-edited/edit").with(Users.member("form-edited"))
                        .param("name", "Their partner name").param("kind", "company").param("sourceUrl", SOURCE)
                        .param("version", String.valueOf(opened)))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/partners/form-edited"));
        long theirs = partners.get("form-edited").version();
        mvc.perform(post("/partners/form-edited/edit").with(Users.admin())
                        .param("name", "My partner name").param("kind", "academia").param("sourceUrl", SOURCE)
                        .param("version", String.valueOf(opened)))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Changed by someone else since you opened it")))
                .andExpect(content().string(containsString("<td class=\"text-break\">Their partner name</td>")))
                .andExpect(content().string(containsString("<td class=\"text-break\">My partner name</td>")))
                .andExpect(content().string(containsString("name=\"version\" value=\"" + theirs + "\"")));
        assertThat(partners.get("form-edited").name()).isEqualTo("Their partner name");
    }

    @Test
    void deleteAsksFirstAndIsRefusedWithTheReasonWhileReferenced() throws Exception {
        mvc.perform(newPartner("form-gone", "To be deleted")).andExpect(status().isFound());
        mvc.perform(get("/partners/form-gone/delete").with(Users.admin()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Delete the <span>partner</span> <span>To be deleted</span>?")));
        mvc.perform(post("/partners/form-gone/delete").with(Users.admin()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/partners"));
        assertThat(partners.all()).noneMatch(p -> p.id().equals("form-gone"));
        mvc.perform(get("/partners/esa/delete").with(Users.admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"delete-refused\"")))
                .andExpect(content().string(not(containsString("id=\"confirm-delete\""))));
        mvc.perform(post("/partners/esa/delete").with(Users.admin()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("id=\"delete-refused\"")))
                .andExpect(content().string(containsString("still referenced by")));
        assertThat(partners.get("esa").id()).isEqualTo("esa");
    }

    @Test
    void controlsAndFormsOnlyForWhoeverMayUseThem() throws Exception {
        mvc.perform(get("/partners")).andExpect(content().string(not(containsString("id=\"new-partner\""))));
        mvc.perform(get("/partners").with(Users.admin())).andExpect(content().string(containsString("id=\"new-partner\"")));
        mvc.perform(get("/partners/esa").with(Users.observer()))
                .andExpect(content().string(not(containsString("id=\"edit-partner\""))))
                .andExpect(content().string(not(containsString("id=\"delete-partner\""))));
        mvc.perform(get("/partners/esa").with(Users.member("esa")))
                .andExpect(content().string(containsString("id=\"edit-partner\"")))
                .andExpect(content().string(not(containsString("id=\"delete-partner\""))));
        for (String path : List.of("/partners/new", "/partners/esa/edit", "/partners/esa/delete")) {
            mvc.perform(get(path)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
            mvc.perform(get(path).with(Users.observer())).andExpect(status().isForbidden());
        }
        mvc.perform(get("/partners/esa/edit").with(Users.member("nasa"))).andExpect(status().isForbidden());
        mvc.perform(newPartner("form-observer", "No").with(Users.observer())).andExpect(status().isForbidden());
        mvc.perform(post("/partners/esa/delete").with(Users.member("esa"))).andExpect(status().isForbidden());
        assertThat(partners.all()).noneMatch(p -> p.id().equals("form-observer"));
    }
}
