package space.consortium.risk.web;

import space.consortium.support.Users;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** The Risks tab, the risk form and the fleet resilience page, rendered on the server. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class RiskPagesTests {

    @Autowired MockMvc mvc;

    @Test
    void theRisksTabShowsAnEmptyRegisterWithTheHeatMapAndTheMatrix() throws Exception {
        mvc.perform(get("/projects/iss/risks")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"risks-tab\""),
                        containsString("data-chart=\"risk-heatmap-data\""), containsString("NASA 5 × 5"),
                        containsString("No risks recorded yet"), not(containsString("style=\"")))));
        mvc.perform(get("/projects/iss")).andExpect(content().string(containsString("/projects/iss/risks")));
    }

    @Test
    void aRiskAddedWithTheFormIsInTheRegisterWithItsZoneAndHistory() throws Exception {
        String location = mvc.perform(post("/projects/iss/risks/new").with(Users.admin()).param("title", "Cargo gap")
                        .param("condition", "one launcher family carries US cargo")
                        .param("consequence", "the reserve falls below 45 days").param("ownerPartnerId", "nasa")
                        .param("domain", "safety").param("likelihood", "4").param("consequenceLevel", "4")
                        .param("disposition", "mitigate").param("delayMin", "10").param("delayMode", "20")
                        .param("delayMax", "60").param("activities", "A1, B2").param("probability", "0.3")
                        .param("costMin", "1000000").param("costMode", "2000000").param("costMax", "5000000"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/projects/iss/risks/*"))
                .andReturn().getResponse().getRedirectedUrl();

        String page = mvc.perform(get(location).with(Users.admin())).andExpect(status().isOk()).andExpect(content().string(allOf(
                containsString("Cargo gap"), containsString("L4×C4"), containsString("zone-R"),
                containsString("id=\"risk-history\""), containsString("created"), containsString("10–60 days"),
                // the ISS states no cost: the risk's cost is in US dollars of this year, and says so
                containsString("USD 1,000,000–5,000,000 (most likely USD 2,000,000), "
                        + java.time.Year.now(java.time.ZoneOffset.UTC) + " prices"),
                // one rating is no trend yet: an empty state instead of a single dot
                containsString("Rated once so far"), not(containsString("data-chart=\"risk-trend-data\"")))))
                .andReturn().getResponse().getContentAsString();
        mvc.perform(get("/projects/iss/risks?partner=nasa")).andExpect(content().string(allOf(
                containsString("id=\"risk-table\""), containsString("Cargo gap"), containsString("id=\"over-time-empty\""))));

        // a second rating by a signed-in member: the trend shows, the history names the member, Markdown renders
        java.util.regex.Matcher version = java.util.regex.Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(page);
        org.assertj.core.api.Assertions.assertThat(version.find()).isTrue();
        mvc.perform(post(location + "/edit").with(Users.member("nasa")).param("title", "Cargo gap")
                        .param("condition", "one launcher family carries US cargo")
                        .param("consequence", "the reserve falls below 45 days").param("ownerPartnerId", "nasa")
                        .param("domain", "safety").param("likelihood", "2").param("consequenceLevel", "4")
                        .param("disposition", "mitigate").param("mitigation", "**Fly** a second vehicle\n\n> as in 2015")
                        .param("changedBy", "typed name").param("version", version.group(1)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(location)).andExpect(status().isOk()).andExpect(content().string(allOf(
                containsString("data-chart=\"risk-trend-data\""), containsString("<td>member-of-nasa</td>"),
                not(containsString("typed name")), containsString("<strong>Fly</strong> a second vehicle"),
                containsString("<blockquote>"))));
        mvc.perform(get("/projects/iss/risks?partner=nasa")).andExpect(content().string(
                containsString("data-chart=\"risk-over-time-data\"")));
        mvc.perform(get("/projects/iss/risks?partner=esa")).andExpect(content().string(
                containsString("No risk matches the filters")));
        // the heat map's colours are the page's zone colours (CSS), named, with a legend of what each one means
        String register = mvc.perform(get("/projects/iss/risks")).andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(register)
                .contains("\"classes\":[\"zone-vl\",\"zone-l\",\"zone-m\",\"zone-h\",\"zone-vh\"]",
                        "\"classLabels\":[\"very low\",\"low\",\"medium\",\"high\",\"very high / red\"]",
                        "\"name\":\"high\"", "\"name\":\"medium\"", "\"name\":\"low\"")
                .doesNotContainPattern("\"classes\":\\[\"#");
    }

    @Test
    void aBadFormIsShownAgainWithEachMessageAtItsField() throws Exception {
        mvc.perform(post("/projects/iss/risks/new").with(Users.admin()).param("title", "").param("condition", "c")
                        .param("consequence", "c").param("ownerPartnerId", "nasa").param("domain", "safety")
                        .param("likelihood", "3").param("consequenceLevel", "3").param("disposition", "accept")
                        .param("delayMin", "30").param("delayMode", "10"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("id=\"form-errors\""),
                        containsString("id=\"title-feedback\""))));
        mvc.perform(post("/projects/iss/risks/new").with(Users.admin()).param("title", "t").param("condition", "c")
                        .param("consequence", "c").param("ownerPartnerId", "nasa").param("domain", "safety")
                        .param("likelihood", "3").param("consequenceLevel", "3").param("disposition", "accept")
                        .param("delayMin", "30").param("delayMode", "10"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("name the person who accepts it"),
                        containsString("needs min ≤ mode ≤ max"))));
    }

    @Test
    void theFleetPageShowsTheReplayAndRunsTheShippedFleetsSideBySide() throws Exception {
        mvc.perform(get("/risk/fleet")).andExpect(status().isOk()).andExpect(content().string(allOf(
                containsString("Fleet resilience"), containsString("data-chart=\"replay-chart-data\""),
                containsString("Progress M-27M"), not(containsString("id=\"fleet-results\"")),
                not(containsString("style=\"")))));
        mvc.perform(get("/risk/fleet").param("run", "1").param("fleet", "iss-2015", "single-partner")
                        .param("trials", "2000").param("seed", "3"))
                .andExpect(status().isOk()).andExpect(content().string(allOf(containsString("id=\"fleet-results\""),
                        containsString("ISS fleet of 2015"), containsString("One partner: Progress only"),
                        containsString("data-chart=\"fleet-bands-1-data\""), containsString("seed 3"))));
        mvc.perform(get("/risk/fleet").param("run", "1").param("trials", "ten"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("is not a whole number")));
        mvc.perform(get("/risk/fleet").param("run", "1"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("choose at least one")));
        mvc.perform(get("/risk")).andExpect(content().string(containsString("/risk/fleet")));
    }

    @Test
    void aCustomFleetWithABadFieldIsShownAgainWithTheFieldNamed() throws Exception {
        mvc.perform(post("/risk/fleet").with(Users.admin()).param("fleetJson", """
                        {"consumptionKgPerDay": 80, "initialReserveKg": 1000, "trials": 500,
                         "families": [{"id": "f", "lossProbability": 0.1}],
                         "vehicles": [{"id": "v", "family": "f", "cadenceDays": 0, "capacityKg": 100}]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("vehicles[0].cadenceDays: must be a number more than zero")));
        mvc.perform(post("/risk/fleet").with(Users.admin()).param("fleetJson", "{\"trials\": 500, \"consumptionKgPerDay\": 80, "
                        + "\"initialReserveKg\": 8000, \"families\": [{\"id\": \"f\", \"lossProbability\": 0}], "
                        + "\"vehicles\": [{\"id\": \"v\", \"family\": \"f\", \"cadenceDays\": 30, \"capacityKg\": 2400}]}"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"fleet-results\"")));
    }

    @Test
    void aCustomFleetWithSeveralKindsOfProblemsShowsThemAllAtOnce() throws Exception {
        String page = mvc.perform(post("/risk/fleet").with(Users.admin()).param("fleetJson", """
                        {"consumptionKgPerDay": "80 kg", "initialReserveKg": 1000, "trials": 900000,
                         "families": [{"id": "f", "lossProbability": 0.1}],
                         "vehicles": [{"id": "v", "family": "g", "cadenceDays": "weekly"}]}"""))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(fleetErrors(page)).contains(
                "consumptionKgPerDay: has a value of the wrong type",
                "vehicles[0].cadenceDays: has a value of the wrong type", "trials: must be at most 50000 on this page",
                "vehicles[0].family: &#39;g&#39; is not one of the families [f]", "vehicles[0].capacityKg: is required")
                .doesNotContain("consumptionKgPerDay: is required", "cadenceDays: is required");
    }

    @Test
    void aMalformedFleetOrAnUnknownFieldIsReportedInPlainWordsWithTheFieldNamed() throws Exception {
        String malformed = mvc.perform(post("/risk/fleet").with(Users.admin())
                        .param("fleetJson", "{\"trials\": 500, \"families\": [{\"id\": \"f\""))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertPlain(fleetErrors(malformed), "The fleet is not valid JSON");
        String unknown = mvc.perform(post("/risk/fleet").with(Users.admin()).param("fleetJson", """
                        {"consumptionKgPerDay": 80, "initialReserveKg": 1000, "trials": 500,
                         "families": [{"id": "f", "lossProbability": 0.1, "colour": "red"}],
                         "vehicles": [{"id": "v", "family": "f", "cadenceDays": 30, "capacityKg": 100}]}"""))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertPlain(fleetErrors(unknown), "families[0].colour: is not a known field");
        String wrongType = mvc.perform(post("/risk/fleet").with(Users.admin()).param("fleetJson", """
                        {"consumptionKgPerDay": "lots", "initialReserveKg": 1000, "trials": 500,
                         "families": [{"id": "f", "lossProbability": 0.1}],
                         "vehicles": [{"id": "v", "family": "f", "cadenceDays": 30, "capacityKg": 100}]}"""))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertPlain(fleetErrors(wrongType), "consumptionKgPerDay: has a value of the wrong type");
    }

    /** The fleet form's error list as the page shows it. */
    private static String fleetErrors(String page) {
        int start = page.indexOf("id=\"fleet-errors\"");
        org.assertj.core.api.Assertions.assertThat(start).as("the page lists the fleet's problems").isNotNegative();
        return page.substring(start, page.indexOf("</div>", start));
    }

    private static void assertPlain(String shown, String expected) {
        org.assertj.core.api.Assertions.assertThat(shown).contains(expected)
                .doesNotContain("tools.jackson", "com.fasterxml", "space.consortium", "Exception", "REDACTED");
    }
}
