package space.consortium.schedule.web;

import space.consortium.support.Users;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import space.consortium.schedule.MpxjFixtures;
import space.consortium.schedule.ScheduleService;
import org.springframework.transaction.annotation.Transactional;

/** The Schedule &amp; JCL tab: empty state, the example, the activity table, a run (htmx and plain), bad input. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class SchedulePagesTests {

    @Autowired MockMvc mvc;

    @Test
    void theProjectPageLinksToTheTabAndTheTabOffersTheExample() throws Exception {
        mvc.perform(get("/projects/iss")).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/projects/iss/schedule\"")));
        mvc.perform(get("/projects/iss/schedule").with(Users.coordinator("iss"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("No schedule yet"),
                        containsString("Start from the example"), not(containsString("style=\"")))));
        mvc.perform(get("/projects/iss/schedule")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("No schedule yet"),
                        not(containsString("Start from the example")), not(containsString("id=\"plan-editor\"")))));
    }

    @Test
    void theExampleIsStoredShownAndRun() throws Exception {
        mvc.perform(post("/projects/iss/schedule/example").with(Users.admin())).andExpect(redirectedUrl("/projects/iss/schedule"));
        mvc.perform(get("/projects/iss/schedule")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"activity-table\""),
                        containsString("Propulsion module"), containsString("pert 150 / 180 / 300"),
                        containsString("STRUCT SS +60 d"), containsString("QUAL (25 %)"),
                        // the plan editor shows the numbers as the plan file writes them, not as 2.0E7
                        containsString(": 20000000,"), not(containsString("2.0E7")))));
        mvc.perform(post("/projects/iss/schedule/run").with(Users.admin()).header("HX-Request", "true")
                        .param("trials", "2000").param("seed", "3"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"jcl-value\""), containsString("id=\"jcl-scatter-data\""),
                        containsString("id=\"jcl-scatter\""), containsString("id=\"criticality\""),
                        containsString("2,000 · 3"), not(containsString("<html")), not(containsString("style=\"")))));
        // without htmx the whole page comes back, with the run in the history
        mvc.perform(post("/projects/iss/schedule/run").with(Users.admin()).param("trials", "1000"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<html"), containsString("id=\"run-history\""),
                        containsString("id=\"jcl-value\""))));
    }

    @Test
    void anMsProjectFileIsImportedFromTheTabAndAGarbageFileIsShownWithA400() throws Exception {
        mvc.perform(get("/projects/iss/schedule").with(Users.coordinator("iss"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Import MS Project XML / Primavera XER"),
                        containsString("enctype=\"multipart/form-data\""), containsString("name=\"_csrf\""))));
        mvc.perform(multipart("/projects/iss/schedule/import").file(new MockMultipartFile("file", "junk.xml",
                        "text/xml", "garbage".getBytes(java.nio.charset.StandardCharsets.UTF_8))).with(Users.admin()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("id=\"import-errors\""), containsString("junk.xml"),
                        containsString("No schedule yet"))));
        mvc.perform(multipart("/projects/iss/schedule/import").file(new MockMultipartFile("file", "plan.xml",
                        "text/xml", MpxjFixtures.mspdi(MpxjFixtures.project()))).param("owner", "esa").with(Users.admin()))
                .andExpect(redirectedUrl("/projects/iss/schedule"));
        mvc.perform(get("/projects/iss/schedule")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"activity-table\""),
                        containsString("Avionics"), containsString("pert 15 / 20 / 30"))));
        // the file's project start and calendar: the results are dates in its working days, and say so
        String results = mvc.perform(post("/projects/iss/schedule/run").with(Users.admin())
                        .header("HX-Request", "true").param("trials", "200").param("seed", "1"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(results).contains("id=\"finish-dates\"")
                .contains("<span id=\"date-rule\">working days (Monday to Friday)");
    }

    @Test
    void badInputIsShownWithA400AndChangesNothing() throws Exception {
        mvc.perform(post("/projects/iss/schedule/example").with(Users.admin()));
        mvc.perform(post("/projects/iss/schedule/run").with(Users.admin()).header("HX-Request", "true").param("trials", "lots"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("id=\"run-errors\""), containsString("lots"))));
        mvc.perform(post("/projects/iss/schedule/run").with(Users.admin()).header("HX-Request", "true").param("trials", "10"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("between 100 and")));
        mvc.perform(post("/projects/iss/schedule").with(Users.admin()).param("version", "0").param("plan", """
                        {"activities": [{"id": "A", "duration": {"dist": "fixed", "value": 1}, "after": ["A"]}]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("id=\"plan-errors\""),
                        containsString("activities[0].after[0]"), containsString("cannot depend on itself"))));
        mvc.perform(post("/projects/iss/schedule").with(Users.admin()).param("version", "0").param("plan", "{\"activities\": ["))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("is not valid JSON")));
        mvc.perform(get("/projects/iss/schedule"))
                .andExpect(content().string(allOf(containsString("Propulsion module"), containsString("version\n"))));
    }

    @Test
    void theResultsNameActivitiesRisksAndPartnersAsThePlanAndTheRegistryDo() throws Exception {
        mvc.perform(post("/projects/iss/schedule/example").with(Users.admin()));
        String results = mvc.perform(post("/projects/iss/schedule/run").with(Users.admin()).header("HX-Request", "true")
                        .param("trials", "2000").param("seed", "3"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // the tornados name activities and risks as the plan does and partners as the registry does
        tools.jackson.databind.JsonNode activities = chart(results, "jcl-tornado-activities");
        org.assertj.core.api.Assertions.assertThat(categories(activities)).contains("Propulsion module")
                .doesNotContain("PROP", "STRUCT", "AVION");
        org.assertj.core.api.Assertions.assertThat(categories(chart(results, "jcl-tornado-risks")))
                .contains("Engine qualification test fails").doesNotContain("QUAL");
        String nasa = space.consortium.support.Json.parse(mvc.perform(get("/api/partners/nasa")
                        .accept(MediaType.APPLICATION_JSON)).andReturn().getResponse().getContentAsString())
                .path("name").asString();
        org.assertj.core.api.Assertions.assertThat(nasa).isNotBlank().isNotEqualTo("nasa");
        org.assertj.core.api.Assertions.assertThat(categories(chart(results, "jcl-tornado-partners")))
                .contains(nasa).doesNotContain("nasa");
        // every chart titles its value axes with units: days, the plan's currency, a probability in %
        org.assertj.core.api.Assertions.assertThat(activities.path("unit").asString()).contains("correlation");
        org.assertj.core.api.Assertions.assertThat(chart(results, "jcl-tornado-partners").path("unit").asString())
                .contains("(days)");
        tools.jackson.databind.JsonNode scatter = chart(results, "jcl-scatter");
        org.assertj.core.api.Assertions.assertThat(scatter.path("x").path("name").asString())
                .isEqualTo("finish (days from start)");
        org.assertj.core.api.Assertions.assertThat(scatter.path("y").path("name").asString()).isEqualTo("cost (USD)");
        org.assertj.core.api.Assertions.assertThat(scatter.path("series").findValuesAsString("name"))
                .contains("Trials", "JCL 70 % frontier");
        org.assertj.core.api.Assertions.assertThat(chart(results, "jcl-finish-curve").path("y").path("name").asString())
                .contains("(%)");
        // the launch ends every path: the criticality table shows it by its name, not its id
        int table = results.indexOf("id=\"criticality\"");
        String criticality = results.substring(table, results.indexOf("</table>", table));
        org.assertj.core.api.Assertions.assertThat(criticality).contains("<td>Launch</td>").doesNotContain("<td>LAUNCH</td>");
    }

    @Test
    void aPlanWithAStartDateShowsFinishDatesWithTheDayCountAndOneWithoutShowsDays() throws Exception {
        // one activity of a fixed 10 days starting on 4 March 2027: P50 = day 10 = 14 March 2027 (calendar days)
        String plan = """
                {"startDate": "2027-03-04", "targets": {"finish": 12},
                 "activities": [{"id": "A", "name": "Assembly", "owner": "esa",
                                 "duration": {"dist": "fixed", "value": 10}}]}""";
        mvc.perform(put("/api/projects/iss/schedule").with(Users.admin()).contentType(MediaType.APPLICATION_JSON)
                        .accept(MediaType.APPLICATION_JSON).content("{\"plan\": " + plan + "}"))
                .andExpect(status().isOk());
        String results = mvc.perform(post("/projects/iss/schedule/run").with(Users.admin())
                        .header("HX-Request", "true").param("trials", "200").param("seed", "1"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        int row = results.indexOf("id=\"finish-dates\"");
        org.assertj.core.api.Assertions.assertThat(row).as("the finish row in dates").isNotNegative();
        int cell = results.indexOf("id=\"finish-p50\"", row);
        String p50 = results.substring(cell, results.indexOf("</td>", cell));
        org.assertj.core.api.Assertions.assertThat(p50).contains("2027-03-14").contains("day 10.0");
        org.assertj.core.api.Assertions.assertThat(results)
                .contains("2027-03-16 (day 12.0)") // the target
                .contains("2027-03-14 (day 10.0)") // the deterministic finish
                .contains("\"name\":\"Finish date\",\"format\":\"date\"") // the charts draw dates
                .contains("<span id=\"date-rule\">calendar days</span>"); // the rule the dates follow

        mvc.perform(put("/api/projects/iss/schedule").with(Users.admin()).contentType(MediaType.APPLICATION_JSON)
                        .accept(MediaType.APPLICATION_JSON).content("{\"version\": 0, \"plan\": "
                                + plan.replace("\"startDate\": \"2027-03-04\", ", "") + "}"))
                .andExpect(status().isOk());
        String undated = mvc.perform(post("/projects/iss/schedule/run").with(Users.admin())
                        .header("HX-Request", "true").param("trials", "200").param("seed", "1"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(undated).contains("Finish (day)").contains("day 12.0")
                .doesNotContain("finish-dates", "2027-03", "Finish date");
    }

    @Test
    void aMalformedPlanOrAnUnknownFieldIsReportedInPlainWordsWithTheFieldNamed() throws Exception {
        mvc.perform(post("/projects/iss/schedule/example").with(Users.admin()));
        String malformed = mvc.perform(post("/projects/iss/schedule").with(Users.admin()).param("version", "0")
                        .param("plan", "{\"activities\": [{\"id\": \"A\",}"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertPlain(planErrors(malformed), "is not valid JSON");
        String unknown = mvc.perform(post("/projects/iss/schedule").with(Users.admin()).param("version", "0")
                        .param("plan", """
                        {"activities": [{"id": "A", "colour": "red", "duration": {"dist": "fixed", "value": 1}}]}"""))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertPlain(planErrors(unknown), "activities[0].colour");
        assertPlain(planErrors(unknown), "is not a known field");
        String wrongType = mvc.perform(post("/projects/iss/schedule").with(Users.admin()).param("version", "0")
                        .param("plan", """
                        {"activities": [{"id": "A", "duration": {"dist": "fixed", "value": "soon"}}]}"""))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertPlain(planErrors(wrongType), "activities[0].duration");
    }

    /** The data block of the chart {@code id} in a page. */
    private static tools.jackson.databind.JsonNode chart(String page, String id) {
        java.util.regex.Matcher block = java.util.regex.Pattern.compile(
                "<script type=\"application/json\" id=\"" + id + "-data\">(.*?)</script>",
                java.util.regex.Pattern.DOTALL).matcher(page);
        org.assertj.core.api.Assertions.assertThat(block.find()).as("the data of chart " + id).isTrue();
        return space.consortium.support.Json.parse(block.group(1));
    }

    private static java.util.List<String> categories(tools.jackson.databind.JsonNode bar) {
        java.util.List<String> names = new java.util.ArrayList<>();
        bar.path("categories").forEach(n -> names.add(n.asString()));
        return names;
    }

    /** The plan's error list as the page shows it. */
    private static String planErrors(String page) {
        int start = page.indexOf("id=\"plan-errors\"");
        org.assertj.core.api.Assertions.assertThat(start).as("the page lists the plan's problems").isNotNegative();
        return page.substring(start, page.indexOf("</div>", start));
    }

    private static void assertPlain(String shown, String expected) {
        org.assertj.core.api.Assertions.assertThat(shown).contains(expected)
                .doesNotContain("tools.jackson", "com.fasterxml", "space.consortium", "Exception", "REDACTED");
    }
    @Test
    void takingInTheRegistersRisksKeepsThePlansOwnRiskOfTheSameIdAndSaysWhatWasAdded() throws Exception {
        String created = mvc.perform(post("/api/projects/iss/risks").with(Users.admin())
                        .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON).content("""
                        {"title": "Thruster supplier late", "condition": "One qualified line",
                         "consequence": "the propulsion module slips", "ownerPartnerId": "nasa", "domain": "schedule",
                         "likelihood": 3, "consequenceLevel": 4, "disposition": "mitigate", "probability": 0.4,
                         "activities": ["PROP"], "delayDays": {"min": 10, "mode": 20, "max": 60}}"""))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String own = "R" + space.consortium.support.Json.parse(created).path("id").asLong();
        String plan = ScheduleService.exampleJson().replaceFirst("\"risks\"\\s*:\\s*\\[", """
                "risks": [{"id": "%s", "name": "Plan's own risk", "probability": 0.15, "affects": ["STRUCT"],
                           "delay": {"dist": "fixed", "value": 7}},""".formatted(own));
        mvc.perform(put("/api/projects/iss/schedule").with(Users.admin()).contentType(MediaType.APPLICATION_JSON)
                        .accept(MediaType.APPLICATION_JSON).content("{\"plan\": " + plan + "}"))
                .andExpect(status().isOk());

        mvc.perform(post("/projects/iss/schedule/register-risks").with(Users.admin()).param("version", "0"))
                .andExpect(redirectedUrl("/projects/iss/schedule"))
                .andExpect(flash().attribute("flash", allOf(containsString("1 added (register:" + own + ")"),
                        containsString("0 updated"), containsString("never replaced"))));
        mvc.perform(get("/projects/iss/schedule")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(own + " (15 %)"),
                        containsString("register:" + own + " (40 %)"))));
    }
}
