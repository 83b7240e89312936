package space.consortium.costshare.web;

import space.consortium.support.Users;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import space.consortium.projects.ProjectService;

/** The project's cost-sharing page: the tab, the ledger form and its results, and the agreed-value form. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class CostSharingPagesTests {

    @Autowired MockMvc mvc;
    @Autowired ProjectService projects;

    @Test
    void theLedgerFormSaysWhichRatesAreMissingBeforeAnythingIsComputed() throws Exception {
        // the shipped tables hold no rouble rate and no CPI-U for 2019 (see the README beside them)
        mvc.perform(get("/projects/iss/cost-sharing").param("currency", "RUB").param("year", "2019")
                        .param("base", "USD").param("baseYear", "2024"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"ledger-missing\""),
                        containsString("no RUB→USD rate for 2019; the table has no RUB rate at all"),
                        not(containsString("id=\"ledger-results\"")))));
        mvc.perform(get("/projects/iss/cost-sharing").param("currency", "USD").param("year", "2019")
                        .param("base", "USD").param("baseYear", "2024"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"ledger-missing\""),
                        containsString("no US price index (CPI-U) for 2019; the index exists for 1993–2017, 2021–2025"))));
        // in dollars of the default year nothing is missing, so nothing is said
        mvc.perform(get("/projects/iss/cost-sharing"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"ledger-missing\""))));
    }

    @Test
    void theTvaGameEnteredPerCoalitionGivesThePublishedSharesAndAStableVerdict() throws Exception {
        // three partners stand in for the TVA's navigation, flood control and power (Straffin & Heaney 1981)
        mvc.perform(get("/projects/iss/cost-sharing").param("model", "standalone")
                        .param("player", "nasa", "esa", "jaxa").param("compute", "1")
                        .param("c.nasa", "163520").param("c.esa", "140826").param("c.jaxa", "250096")
                        .param("c.nasa+esa", "301607").param("c.nasa+jaxa", "378821").param("c.esa+jaxa", "367370")
                        .param("c.nasa+esa+jaxa", "412584"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"allocation-table\""),
                        containsString("117,829.00"), containsString("100,756.50"), containsString("193,998.50"),
                        containsString("116,234.00"), containsString("93,540.00"), containsString("202,810.00"),
                        containsString("is <strong>non-empty</strong>"),
                        containsString("data-chart=\"allocation-chart-data\""), not(containsString("style=\"")))));
    }

    @Test
    void anAmountToShareScalesTheModelSoTheSharesAddUpToIt() throws Exception {
        mvc.perform(get("/projects/iss/cost-sharing?model=airport&player=nasa&player=esa&compute=1"
                        + "&need.nasa=3&need.esa=1&amount=1200"))
                .andExpect(status().isOk())
                // Shapley of needs 3 and 1 is (2.5, 0.5), scaled by 1200/3
                .andExpect(content().string(allOf(containsString("1,000.00"), containsString("200.00"),
                        containsString("1,200.00"))));
    }

    @Test
    void aProjectWithARecordedCostOffersItAsTheAmountToShare() throws Exception {
        // NISAR's cost is reported as $1.5B (Business Standard, 2025)
        mvc.perform(get("/projects/nisar/cost-sharing"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"project-cost-hint\""),
                        containsString("1,500,000,000"))));
        mvc.perform(get("/projects/nisar/cost-sharing").param("model", "airport").param("compute", "1")
                        .param("need.nasa", "2").param("need.isro", "1").param("amount", "1500000000"))
                .andExpect(status().isOk())
                // Shapley of needs 2 and 1 is (1.5, 0.5), scaled to the $1.5B: NASA 1,125,000,000, ISRO 375,000,000
                .andExpect(content().string(allOf(containsString("1,125,000,000.00"), containsString("375,000,000.00"))));
    }

    @Test
    void theCurrencyOfTheSharesIsInEveryRuleHeaderNotRepeatedInEveryCell() throws Exception {
        String page = mvc.perform(get("/projects/nisar/cost-sharing").param("model", "airport").param("compute", "1")
                        .param("need.nasa", "2").param("need.isro", "1").param("amount", "1500000000"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String table = page.substring(page.indexOf("id=\"allocation-table\""), page.indexOf("</table>",
                page.indexOf("id=\"allocation-table\"")));
        org.assertj.core.api.Assertions.assertThat(table)
                .contains("Shapley value (USD)", "Nucleolus (USD)", ">1,125,000,000.00<", ">1,500,000,000.00<")
                .doesNotContain(".00 USD");
    }

    @Test
    void thePagesCsvNamesTheRulesAsThePageDoes() throws Exception {
        String csv = mvc.perform(get("/projects/iss/cost-sharing/allocation").param("format", "csv")
                        .param("model", "airport").param("player", "nasa", "esa").param("need.nasa", "3")
                        .param("need.esa", "1"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        String header = csv.lines().filter(l -> l.startsWith("Partner,")).findFirst().orElseThrow();
        org.assertj.core.api.Assertions.assertThat(header)
                .contains("Shapley value", "Nucleolus", "Separable costs (SCRB)", "Equal savings")
                .doesNotContain(",shapley", ",scrb", ",equal-savings");
        // Shapley of needs 3 and 1 is (2.5, 0.5)
        org.assertj.core.api.Assertions.assertThat(csv).contains("NASA,nasa,2.50", "ESA,esa,0.50");
    }

    @Test
    void badAllocationInputIsA400NamingTheField() throws Exception {
        String page = mvc.perform(get("/projects/iss/cost-sharing?model=airport&player=nasa&player=esa&compute=1&need.nasa=3"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("is required"),
                        not(containsString("id=\"allocation-table\"")))))
                .andReturn().getResponse().getContentAsString();
        // the list at the top names the field as a person reads it, with the partner's name the form shows
        java.util.regex.Matcher esa = java.util.regex.Pattern.compile("for=\"alloc-player-esa\">([^<]+)<").matcher(page);
        org.assertj.core.api.Assertions.assertThat(esa.find()).as("ESA's checkbox label").isTrue();
        org.assertj.core.api.Assertions.assertThat(errorList(page))
                .contains("Airport game, " + esa.group(1) + ": is required").doesNotContain("model.airport");
        org.assertj.core.api.Assertions.assertThat(errorList(mvc.perform(get(
                        "/projects/iss/cost-sharing?model=scale&player=nasa&player=esa&compute=1&k=1&exponent=0.5"
                                + "&demand.nasa=1&demand.esa=2&amount=-5"))
                        .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString()))
                .contains("Economies of scale, fixed cost: is required").doesNotContain("model.scale");
        mvc.perform(get("/projects/iss/cost-sharing?model=airport&player=nasa&compute=1&need.nasa=3"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("at least two partners")));
    }

    /** The list of problems at the top of the allocation form. */
    private static String errorList(String page) {
        int start = page.indexOf("id=\"allocation-errors\"");
        org.assertj.core.api.Assertions.assertThat(start).as("the form lists its problems").isNotNegative();
        return page.substring(start, page.indexOf("</div>", start));
    }

    @Test
    void projectPageLinksToTheCostSharingTab() throws Exception {
        mvc.perform(get("/projects/iss"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/projects/iss/cost-sharing\"")));
    }

    @Test
    void withoutACostThePageAsksForOneAndListsTheUnvaluedInKindCredits() throws Exception {
        mvc.perform(get("/projects/iss/cost-sharing").with(Users.admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"allocation\""), containsString("Fair allocation"),
                        containsString("id=\"ledger-empty\""), containsString("ATV (Automated Transfer Vehicle)"),
                        containsString("Enter an agreed value"), not(containsString("id=\"ledger-table\"")))));
    }

    @Test
    void aCostGivesTheObligationsTheNetPositionsChartAndNoInlineScript() throws Exception {
        // kept in prices of 2024, the cost's own year, so that the shares are the agreed percentages of the cost
        mvc.perform(get("/projects/iss/cost-sharing?cost=1000000000&currency=USD&year=2024&baseYear=2024"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"ledger-table\""),
                        containsString("766,000,000.00"), containsString("128,000,000.00"),
                        containsString("83,000,000.00"), containsString("23,000,000.00"),
                        containsString("data-chart=\"net-chart-data\""), containsString("id=\"settlement-none\""),
                        not(containsString("<script>")), not(containsString("style=\"")))));
    }

    @Test
    void badLedgerInputIsA400WithTheMessageNextToTheField() throws Exception {
        mvc.perform(get("/projects/iss/cost-sharing?cost=-1"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("id=\"cost-feedback\""),
                        containsString("must be zero or more"))));
        mvc.perform(get("/projects/iss/cost-sharing?cost=many"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("must be a number")));
        mvc.perform(get("/projects/iss/cost-sharing?cost=5&currency=RUB&year=2020"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("no RUB→USD rate for 2020")));
    }

    @Test
    void aCreditWithoutARateIsShownAsAnErrorBeforeTheLedgerRunsNotAsATableOfZeros() throws Exception {
        // the page's default year is the latest for which every rate exists: a ledger in euros is kept in 2023,
        // as the shipped exchange-rate table stops there (one in dollars in 2025, the latest price index)
        mvc.perform(get("/projects/iss/cost-sharing?base=EUR"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"baseYear\" value=\"2023\"")));
        mvc.perform(get("/projects/iss/cost-sharing"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"baseYear\" value=\"2025\"")));
        mvc.perform(post("/api/contributions").with(Users.admin()).contentType(MediaType.APPLICATION_JSON)
                        .accept(MediaType.APPLICATION_JSON).content("""
                        {"projectId": "iss", "partnerId": "esa", "kind": "hardware", "element": "Euro spare (test)",
                         "value": {"amount": 2000000, "currency": "EUR", "priceYear": 2024},
                         "sourceUrl": "https://example.org/spare"}"""))
                .andExpect(status().isCreated());
        mvc.perform(get("/projects/iss/cost-sharing?cost=1000000000&baseYear=2024"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("id=\"ledger-errors\""),
                        containsString("no EUR→USD rate for 2024; rates exist for 2002–2007, 2012–2015, 2017–2023"),
                        not(containsString("id=\"ledger-results\"")))));
    }

    @Test
    void anAgreedValueIsSavedAndCountsInTheLedger() throws Exception {
        mvc.perform(post("/projects/iss/cost-sharing/credits/new").with(Users.admin())
                        .param("partnerId", "esa").param("description", "Node 2 (Harmony)")
                        .param("value.amount", "100,000,000").param("value.currency", "USD")
                        .param("value.priceYear", "2024")
                        .param("back", "cost=1000000000&year=2024"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/projects/iss/cost-sharing?cost=1000000000&year=2024#ledger-credits"));
        // in prices of 2024, the value's own price year (the default ledger year is the latest CPI-U year, 2025)
        mvc.perform(get("/projects/iss/cost-sharing?cost=1000000000&year=2024&baseYear=2024"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Node 2 (Harmony)"),
                        containsString("91,700,000.00"), containsString("id=\"settlement\""))));
    }

    @Test
    void aBadAgreedValueIsRejectedNextToItsFields() throws Exception {
        mvc.perform(post("/projects/iss/cost-sharing/credits/new").with(Users.admin())
                        .param("partnerId", "").param("description", "").param("value.amount", "-3")
                        .param("value.currency", "USD").param("value.priceYear", "2016"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("id=\"partnerId-feedback\""),
                        containsString("id=\"value.amount-feedback\""), containsString("choose the partner credited"), containsString("say what was delivered"),
                        containsString("must be zero or more"))));
        mvc.perform(get("/projects/iss/cost-sharing"))
                .andExpect(content().string(containsString("No agreed values stored yet.")));
    }

    @Test
    void enteringTheValueOfAContributionPrefillsTheForm() throws Exception {
        long atv = projects.detail("iss").contributions().stream()
                .filter(c -> c.element().startsWith("ATV")).findFirst().orElseThrow().id();
        mvc.perform(get("/projects/iss/cost-sharing/credits/new?contributionId=" + atv).with(Users.member("esa")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"valued-contribution\""),
                        containsString("value=\"ATV (Automated Transfer Vehicle) cargo flights (2008-2015)\""),
                        containsString("<option value=\"esa\" selected=\"selected\">"))));
    }
}
