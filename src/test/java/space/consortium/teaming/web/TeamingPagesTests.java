package space.consortium.teaming.web;

import space.consortium.support.Users;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** The coalition builder and catalogue pages: templates, results, explanations, bad input, edits. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class TeamingPagesTests {

    @Autowired MockMvc mvc;

    @Test
    void firstVisitShowsTheLunarTemplateAndThePolicies() throws Exception {
        mvc.perform(get("/teaming"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Coalition builder"),
                        containsString("Crewed lunar outpost"), containsString("Wolf Amendment"),
                        containsString("value=\"launch-heavy\" selected"), not(containsString("id=\"result\"")),
                        not(containsString("style=\"")))));
    }

    @Test
    void solvingTheOuterPlanetTemplateShowsTheTableMatrixAndPareto() throws Exception {
        mvc.perform(get("/teaming?solve=1&template=outer-planet-orbiter-with-lander&objective=min-cost&maxPartners=6"
                        + "&policy=wolf-amendment-cnsa&cap0=orbiter-bus&trl0=9&red0=1&qty0=1"
                        + "&cap1=entry-descent-landing&trl1=8&red1=1&qty1=1&cap2=spectrometer&trl2=7&red2=2&qty2=1"
                        + "&cap3=&trl3=7&red3=1&qty3=1"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"result-status\""), containsString(">optimal<"),
                        containsString("id=\"result-table\""), containsString("id=\"matrix\""),
                        containsString("Policy applied: Wolf Amendment"))));
    }

    @Test
    void thePartnerCapabilityGraphsLegendSaysPartnersAndCapabilitiesNotGroupsOfTheNetwork() throws Exception {
        String page = mvc.perform(get("/teaming?solve=1&objective=min-cost&cap0=robotic-arm&trl0=9&red0=1&qty0=1"
                        + "&cap1=launch-heavy&trl1=9&red1=1&qty1=1"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        java.util.regex.Matcher data = java.util.regex.Pattern
                .compile("<script type=\"application/json\" id=\"([a-z-]+)\">(\\{\"type\":\"graph\".*?)</script>")
                .matcher(page);
        org.assertj.core.api.Assertions.assertThat(data.find()).as("a graph's data block on the page").isTrue();
        tools.jackson.databind.JsonNode graph = tools.jackson.databind.json.JsonMapper.builder().build()
                .readTree(data.group(2));
        org.assertj.core.api.Assertions.assertThat(graph.path("categories").values())
                .extracting(tools.jackson.databind.JsonNode::asString).containsExactly("partners", "capabilities");
        // category 0 holds the partners, category 1 the capabilities, as the legend says
        graph.path("nodes").values().forEach(n -> org.assertj.core.api.Assertions.assertThat(n.path("category").asInt())
                .isEqualTo(n.path("id").asString().startsWith("p:") ? 0 : 1));
    }

    @Test
    void requiringNasaAndCnsaUnderTheWolfAmendmentExplainsTheConflict() throws Exception {
        mvc.perform(get("/teaming?solve=1&policy=wolf-amendment-cnsa&required=nasa&required=cnsa&objective=min-cost"
                        + "&cap0=rover-mobility&trl0=9&red0=1&qty0=1"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(">infeasible<"), containsString("id=\"explanation\""),
                        containsString("Partners &#39;nasa&#39; and &#39;cnsa&#39; may not both take part"))));
    }

    @Test
    void badNumbersAreA400WithTheMessages() throws Exception {
        mvc.perform(get("/teaming?solve=1&objective=min-cost&cap0=robotic-arm&trl0=12&red0=x&qty0=1"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("id=\"form-errors\""), containsString("red0"))));
        mvc.perform(get("/teaming?solve=1&objective=min-cost&cap0=robotic-arm&trl0=12&red0=1&qty0=1"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Requirement 1 (robotic-arm) minMaturity")));
    }

    @Test
    void aResultCanBeSavedToAProjectAndIsListed() throws Exception {
        mvc.perform(post("/teaming/proposals").with(Users.admin()).param("solve", "1").param("project", "gateway")
                        .param("objective", "min-cost").param("policy", "wolf-amendment-cnsa")
                        .param("cap0", "robotic-arm").param("trl0", "9").param("red0", "2").param("qty0", "1"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/teaming/proposals?project=gateway"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"proposals-table\""),
                        containsString("robotic-arm"))));
        mvc.perform(get("/teaming?solve=1&objective=min-cost&cap0=robotic-arm&trl0=9&red0=1&qty0=1").with(Users.coordinator("gateway")))
                .andExpect(content().string(containsString("id=\"propose-form\"")));
    }

    @Test
    void catalogueListsEvidenceAndAcceptsAnEntry() throws Exception {
        mvc.perform(get("/teaming/catalogue"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Canadarm2"), containsString("flight proven"),
                        containsString("id=\"policy-table\""), not(containsString("style=\"")))));
        mvc.perform(post("/teaming/catalogue/partner-capabilities").with(Users.admin()).param("partnerId", "isro")
                        .param("capabilityId", "robotic-arm").param("maturity", "12").param("sourceUrl", "nope"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("maturity"), containsString("sourceUrl"))));
        mvc.perform(post("/teaming/catalogue/partner-capabilities").with(Users.admin()).param("partnerId", "isro")
                        .param("capabilityId", "robotic-arm").param("maturity", "5").param("costUsdMillions", "90")
                        .param("evidence", "study").param("sourceUrl", "https://example.org/isro-arm"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/teaming/catalogue")).andExpect(content().string(containsString("https://example.org/isro-arm")));
    }
}
