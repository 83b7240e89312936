package space.consortium.system.web;

import space.consortium.support.Users;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import space.consortium.projects.Contribution;
import space.consortium.projects.ContributionService;

/** Every page answers with its key content from the shipped dataset; failures are pages too; the form validates. */
@SpringBootTest
@AutoConfigureMockMvc
class PagesTests {

    @Autowired MockMvc mvc;
    @Autowired ContributionService contributions;

    @ParameterizedTest(name = "{0} has every project tab, {1} current")
    @CsvSource(delimiter = '|', textBlock = """
            /projects/iss              | overview
            /projects/iss/cost-sharing | cost-sharing
            /projects/iss/risks        | risks
            /projects/iss/schedule     | schedule
            /projects/iss/discussion   | discussion
            """)
    void everyProjectPageShowsTheSameTabsWithItsOwnCurrent(String path, String current) throws Exception {
        String html = mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String tabs = html.substring(html.indexOf("id=\"project-tabs\""), html.indexOf("</ul>", html.indexOf("id=\"project-tabs\"")));
        assertThat(tabs).contains(">Overview</a>", ">Cost sharing</a>", ">Risks</a>", ">Schedule &amp; JCL</a>",
                ">Discussion</a>", "href=\"/projects/iss/schedule\"");
        assertThat(tabs.split("aria-current=\"page\"", -1)).hasSize(2);
        assertThat(tabs).containsPattern("id=\"" + current + "-tab\"[^>]*class=\"nav-link active\"|class=\"nav-link active\"[^>]*id=\"" + current + "-tab\"");
    }

    @ParameterizedTest(name = "{0} shows \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            /                                   | Projects with the most partners
            /                                   | id="count-partners">47<
            /partners                           | European Space Agency (ESA)
            /partners?kind=intergovernmental    | EUMETSAT member states
            /partners/esa                       | ESA member states
            /partners/esa                       | $9.08 B (2025)
            /partners/nasa                      | signed <span>2020-10-13</span>
            /partners/esa                       | signed by countries, not by member groups
            /partners/cnsa                      | not a signatory
            /projects                           | Cassini-Huygens
            /projects?status=operating&q=mars   | Mars 2020 (Perseverance rover)
            /projects?sort=partners,desc        | International Space Station
            /projects/iss                       | Canadarm2
            /projects/iss                       | id="contributions-chart"
            /projects/iss                       | Columbus utilisation
            /projects/iss                       | http://iss.jaxa.jp/iss/doc08.html
            /agreements                         | Space Station Intergovernmental Agreement (IGA)
            /agreements/artemis-accords         | id="growth-chart"
            /agreements/artemis-accords         | Iceland
            /agreements/iss-iga                 | Switzerland
            /about-data                         | Conflicts and caveats
            /about-data                         | en.wikipedia.org
            /cost-sharing                       | US-segment utilisation and common operating costs
            /expertise                          | Who provides each kind
            /risk                               | Mars Sample Return
            /cooperation                        | Artemis Accords signatories per year
            /operations                         | ExoMars Trace Gas Orbiter (with Schiaparelli)
            /docs/risk-jcl                      | <h2>The plan file</h2>
            /docs/user-guide                    | href="/docs/relay"
            """)
    void pageShowsItsKeyContent(String path, String text) throws Exception {
        // (form pages need a sign-in: see formPagesAskAnonymousVisitorsToSignInFirst)
        mvc.perform(get(path))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(containsString(text)));
    }

    @Test
    void projectFiltersCombineStatusAndSearch() throws Exception {
        mvc.perform(get("/projects").param("status", "operating").param("q", "mars"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mars Express")))
                .andExpect(content().string(not(containsString("Mars Sample Return"))))
                .andExpect(content().string(not(containsString("Rosalind Franklin"))));
    }

    @Test
    void htmxRequestGetsOnlyTheResults() throws Exception {
        mvc.perform(get("/projects").param("q", "station").header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"project-results\"")))
                .andExpect(content().string(containsString("International Space Station")))
                .andExpect(content().string(not(containsString("<nav"))));
    }

    @Test
    void unknownProjectIsA404Page() throws Exception {
        mvc.perform(get("/projects/nope"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(containsString("This page does not exist")));
    }

    @Test
    void badSortIsA400PageNamingTheField() throws Exception {
        mvc.perform(get("/projects").param("sort", "nonsense"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("cannot sort by")));
    }

    @Test
    void apiErrorsStayProblemDetails() throws Exception {
        mvc.perform(get("/api/projects/nope"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void contributionWithoutElementIsRejectedNextToTheFieldAndNotSaved() throws Exception {
        int before = contributions.all().size();
        mvc.perform(post("/projects/iss/contributions/new").with(Users.admin())
                        .param("partnerId", "asi").param("kind", "hardware").param("element", " ")
                        .param("value.currency", "USD").param("sourceUrl", "https://example.org/asi"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Name the element contributed")))
                .andExpect(content().string(containsString("id=\"element-feedback\"")))
                .andExpect(content().string(containsString("is-invalid")));
        assertThat(contributions.all()).hasSize(before);
    }

    @Test
    void unreadableAmountAndUnknownPartnerAreReportedInPlainWords() throws Exception {
        int before = contributions.all().size();
        mvc.perform(post("/projects/iss/contributions/new").with(Users.admin())
                        .param("partnerId", "nobody").param("kind", "hardware").param("element", "Something")
                        .param("value.amount", "a lot").param("value.currency", "USD")
                        .param("sourceUrl", "https://example.org/x"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("must be a number")));
        mvc.perform(post("/projects/iss/contributions/new").with(Users.admin())
                        .param("partnerId", "nobody").param("kind", "hardware").param("element", "Something")
                        .param("value.currency", "USD").param("sourceUrl", "https://example.org/x"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("no partner with id &#39;nobody&#39;")));
        assertThat(contributions.all()).hasSize(before);
    }

    @Test
    void validContributionIsSavedAndTheProjectPageListsIt() throws Exception {
        mvc.perform(post("/projects/hubble/contributions/new").with(Users.admin())
                        .param("partnerId", "esa").param("kind", "instrument").param("element", "Faint Object Camera")
                        .param("value.amount", "1,500,000").param("value.currency", "EUR").param("value.priceYear", "1990")
                        .param("sourceUrl", "https://example.org/foc"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/projects/hubble#contributions"))
                .andExpect(flash().attribute("flash", containsString("Faint Object Camera")));
        Contribution saved = contributions.ofPartner("esa").stream()
                .filter(c -> c.element().equals("Faint Object Camera")).findFirst().orElseThrow();
        assertThat(saved.value()).isNotNull();
        assertThat(saved.value().amount()).isEqualByComparingTo("1500000");
        mvc.perform(get("/projects/hubble"))
                .andExpect(content().string(containsString("Faint Object Camera")))
                .andExpect(content().string(containsString("€1.5 M (1990)")));
    }

    @Test
    void editWithAStaleVersionSaysSomeoneElseChangedIt() throws Exception {
        Contribution columbus = contributions.ofPartner("esa").stream()
                .filter(c -> c.element().equals("Columbus laboratory")).findFirst().orElseThrow();
        mvc.perform(post("/projects/iss/contributions/" + columbus.id() + "/edit").with(Users.admin())
                        .param("partnerId", "esa").param("kind", "hardware").param("element", "Columbus lab")
                        .param("value.currency", "USD").param("sourceUrl", columbus.sourceUrl())
                        .param("version", String.valueOf(columbus.version() + 7)))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Someone else changed this contribution")));
        assertThat(contributions.get(columbus.id()).element()).isEqualTo("Columbus laboratory");
    }

    @Test
    void contributionOfAnotherProjectIsNotEditableHere() throws Exception {
        Contribution columbus = contributions.ofPartner("esa").stream()
                .filter(c -> c.element().equals("Columbus laboratory")).findFirst().orElseThrow();
        mvc.perform(get("/projects/hubble/contributions/" + columbus.id() + "/edit").with(Users.admin()))
                .andExpect(status().isNotFound());
    }

    @Test
    void aGuideThatIsNotShownIsA404() throws Exception {
        mvc.perform(get("/docs/architecture")).andExpect(status().isNotFound());
    }

    @Test
    void signInComesBackOnlyToAPageOfThisSite() throws Exception {
        mvc.perform(get("/login").param("continue", "/projects/iss"))
                .andExpect(status().isOk()).andExpect(cookie().exists("REDIRECT_URI"));
        for (String elsewhere : List.of("//evil.example/x", "https://evil.example/", "/\\evil.example", "/login")) {
            mvc.perform(get("/login").param("continue", elsewhere))
                    .andExpect(status().isOk()).andExpect(cookie().doesNotExist("REDIRECT_URI"));
        }
        mvc.perform(get("/projects/iss")).andExpect(content().string(
                containsString("href=\"/login?continue=/projects/iss\"")));
    }

    @Test
    void formPagesAskAnonymousVisitorsToSignInFirst() throws Exception {
        mvc.perform(get("/projects/iss/contributions/new"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/projects/iss/contributions/new").with(Users.member("esa")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Add a contribution")));
    }
}
