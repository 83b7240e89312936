package space.consortium.insights.web;

import space.consortium.support.Users;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Document;
import org.springframework.transaction.annotation.Transactional;
import space.consortium.insights.ClaimRequest;
import space.consortium.insights.ClaimService;
import space.consortium.insights.CooperationNetwork;
import space.consortium.insights.InsightsService;
import space.consortium.shared.Csv;

/** The insights page, the partner fragment and the network exports, from the shipped dataset. */
@SpringBootTest
@AutoConfigureMockMvc
class InsightsPagesTests {

    @Autowired MockMvc mvc;
    @Autowired InsightsService insights;
    @Autowired ClaimService claims;

    @Test
    @Transactional
    void aSignatureClaimAddedThroughTheFormIsCheckedWithItsEvidenceAndBadFieldsAreNamed() throws Exception {
        // NASA, 13 Oct 2020: Japan was one of the eight first signatories of the Artemis Accords
        mvc.perform(post("/insights/claims").with(Users.admin()).param("text", "Japan signed the Accords on day one")
                        .param("kind", "signature").param("agreement", "artemis-accords").param("country", "JP")
                        .param("when", "on").param("whenValue", "2020-10-13")
                        .param("sourceUrl", "https://example.org/jp"))
                .andExpect(status().is3xxRedirection());
        String html = mvc.perform(get("/insights")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Matcher row = Pattern.compile("<tr id=\"claim-\\d+\" class=\"claim-row\">\\s*<td><span class=\"claim-text\">"
                + "Japan signed the Accords on day one</span>.*?</tr>", Pattern.DOTALL).matcher(html);
        assertThat(row.find()).as("the claim's row").isTrue();
        assertThat(row.group()).contains(">supported<", "href=\"/agreements/artemis-accords\"",
                "Japan signed the Artemis Accords on 2020-10-13");
        mvc.perform(post("/insights/claims").with(Users.admin()).param("text", "").param("kind", "count")
                        .param("countOf", "projects").param("statedValue", "lots").param("sourceUrl", "nope"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("id=\"claim-errors\""),
                        containsString("&#39;lots&#39; is not a number"), containsString("must be an http(s) URL"),
                        containsString("must not be blank"))));
        mvc.perform(post("/insights/claims").with(Users.admin()).param("text", "A claim").param("kind", "count")
                        .param("countOf", "projects"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Stated value: is required for a count claim")));
        // the summary at the top names the fields as the form labels them, not by their request paths
        String noCountry = mvc.perform(post("/insights/claims").with(Users.admin()).param("text", "Someone signed")
                        .param("kind", "signature").param("agreement", "artemis-accords").param("country", ""))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(claimErrors(noCountry)).contains("Country: ").doesNotContain("subject.");
        String badSource = mvc.perform(post("/insights/claims").with(Users.admin()).param("text", "")
                        .param("kind", "signature").param("agreement", "artemis-accords").param("country", "JP")
                        .param("sourceUrl", "nope"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(claimErrors(badSource)).contains("Where it was published: must be an http(s) URL", "The claim: ")
                .doesNotContain("sourceUrl", "text:");
    }

    /** The list of problems at the top of the claim form. */
    private static String claimErrors(String page) {
        int start = page.indexOf("id=\"claim-errors\"");
        assertThat(start).as("the form lists its problems").isNotNegative();
        return page.substring(start, page.indexOf("</div>", start));
    }

    @Test
    @Transactional
    void claimsAreListedWithTheirVerdictIntegerCountsAndCaveatsBesideTheShippedOnes() throws Exception {
        claims.create(new ClaimRequest(null, "The Artemis Accords had 71 signatories by 31 August 2026", "count",
                "https://example.org/unverified", null, java.util.Map.of("of", "agreement-parties",
                "agreement", "artemis-accords", "asOf", "2026-08-31"), new java.math.BigDecimal("71"), null, "=", null,
                null, null));
        mvc.perform(get("/insights"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"claims-table\""),
                        containsString("had 71 signatories"), containsString("contradicted"),
                        containsString("<td class=\"text-nowrap computed\">61</td>"),
                        not(containsString("61.0000")), not(containsString("No claims recorded yet")),
                        containsString("Artemis Accords count beyond Oman"),
                        containsString("over 80% of its projects involve international collaboration"),
                        containsString("id=\"reference-figures-table\""))));
    }

    @Test
    void theClaimsPageHasItsOwnAddressThatTheInsightsAndDataPagesLinkTo() throws Exception {
        String page = mvc.perform(get("/insights/claims")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<h1 class=\"h3 mb-1\">Claims checked against the data</h1>", "id=\"claims-table\"",
                "id=\"claim-form\"", "id=\"reference-figures-table\"",
                // the article's claim, word for word, and NASA's release on the first signings
                "over 80% of its projects involve international collaboration",
                "Japan signed the Artemis Accords on 13 October 2020.")
                .doesNotContain("id=\"claims-page-link\"", "No claims recorded yet");
        for (String path : List.of("/insights", "/about-data")) {
            mvc.perform(get(path)).andExpect(status().isOk())
                    .andExpect(content().string(containsString("href=\"/insights/claims\"")));
        }
    }

    @Test
    void theAboutTheDataPageCountsTheShippedClaimsAndReferenceFigures() throws Exception {
        String html = mvc.perform(get("/about-data")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        // claims.csv ships the article's three statistics and five agency claims; reference_figures.csv six IAU rows
        Matcher claimsRow = Pattern.compile("<td>claims</td>\\s*<td class=\"num\">(\\d+)</td>").matcher(html);
        assertThat(claimsRow.find()).as("a row for the claims").isTrue();
        assertThat(Integer.parseInt(claimsRow.group(1))).isGreaterThanOrEqualTo(8);
        assertThat(html).containsPattern("<td>reference figures</td>\\s*<td class=\"num\">6</td>")
                .contains("<td>populations</td>");
    }

    @Test
    void insightsPageShowsTheNumbersChartsAndTablesWithoutInlineCode() throws Exception {
        String html = mvc.perform(get("/insights")).andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("id=\"count-partners\">47<"),
                        containsString("id=\"count-projects\">57<"),
                        containsString("id=\"count-signatories\">61<"),
                        containsString("href=\"/projects?sort=partners,desc\""),
                        containsString("two partners or more"),
                        containsString("data-chart=\"network-chart-data\""),
                        containsString("data-chart=\"decade-chart-data\""),
                        containsString("data-chart=\"accords-chart-data\""),
                        containsString("data-chart=\"iss-chart-data\""),
                        containsString("href=\"/agreements/iss-iga-1988\""),
                        containsString("href=\"/agreements?project=iss\""),
                        containsString("href=\"/projects?partner=esa\""),
                        containsString("href=\"/agreements/artemis-accords\""),
                        containsString("href=\"/api/insights/network.graphml\""),
                        containsString("href=\"/api/insights/network.graphml?view=bipartite\""),
                        containsString("id=\"hubs\""),
                        containsString("href=\"/api/insights/network.csv\""),
                        containsString("Claims checked against the data"),
                        containsString("type=\"range\""),
                        not(containsString("style=\"")))))
                .andReturn().getResponse().getContentAsString();
        // every script is either a file or a JSON data block
        Matcher scripts = Pattern.compile("<script([^>]*)>").matcher(html);
        while (scripts.find()) {
            assertThat(scripts.group(1)).containsAnyOf("src=", "type=\"application/json\"");
        }
        assertThat(html).doesNotContain("<style").doesNotContain(" onclick=").doesNotContain(" onchange=");
        assertThat(html).contains("\"category\":");
    }

    @Test
    void aYearShowsTheNetworkAsOfThatYear() throws Exception {
        int links = insights.network(2000).links().size();
        mvc.perform(get("/insights?year=2000")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("(projects launched by 2000)"),
                        containsString("id=\"link-count\">" + links + "<"),
                        containsString("href=\"/api/insights/network.csv?year=2000\""))));
    }

    @Test
    void aYearOutsideTheRegistryIsA400WithTheMessageNextToTheSlider() throws Exception {
        mvc.perform(get("/insights?year=1800")).andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("id=\"year-error\""),
                        containsString("The year 1800 is not shown: it must be between"))));
    }

    @Test
    void partnerFragmentShowsTheInternationalShareAndClosestPartners() throws Exception {
        double share = insights.stats("esa").internationalShare().get("esa");
        mvc.perform(get("/insights/partners/esa/fragment")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"international-share\""),
                        containsString(Math.round(share * 100) + " %"),
                        containsString("id=\"closest-partners\""),
                        containsString("href=\"/partners/nasa\""),
                        not(containsString("<html")))));
        mvc.perform(get("/partners/esa"))
                .andExpect(content().string(containsString("hx-get=\"/insights/partners/esa/fragment\"")));
        mvc.perform(get("/insights/partners/nobody/fragment")).andExpect(status().isNotFound());
    }

    @Test
    void graphmlIsWellFormedWithOneEdgePerLink() throws Exception {
        CooperationNetwork network = insights.network(null);
        byte[] body = mvc.perform(get("/api/insights/network.graphml")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/graphml+xml"))
                .andReturn().getResponse().getContentAsByteArray();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
        assertThat(doc.getElementsByTagNameNS("*", "edge").getLength()).isEqualTo(network.links().size())
                .isPositive();
        assertThat(doc.getElementsByTagNameNS("*", "node").getLength()).isGreaterThanOrEqualTo(network.nodes().size());
        assertThat(new String(body, StandardCharsets.UTF_8)).contains("European Space Agency");
    }

    @Test
    void bipartiteGraphmlHasOneEdgePerParticipationInTheShippedFiles() throws Exception {
        int participations = 0;
        int projects = 0;
        try (java.io.Reader reader = java.nio.file.Files.newBufferedReader(
                java.nio.file.Path.of("src", "main", "resources", "dataset", "missions.csv"))) {
            for (Csv.Row m : Csv.read(reader).rows()) {
                java.util.Set<String> partners = new java.util.HashSet<>();
                partners.add(m.get("lead_agency").orElseThrow());
                m.get("partner_agencies").ifPresent(list -> java.util.Arrays.stream(list.split(";"))
                        .map(String::strip).filter(x -> !x.isEmpty()).forEach(partners::add));
                participations += partners.size();
                projects++;
            }
        }
        byte[] body = mvc.perform(get("/api/insights/network.graphml?view=bipartite")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
        assertThat(doc.getElementsByTagNameNS("*", "edge").getLength()).isEqualTo(participations);
        assertThat(new String(body, StandardCharsets.UTF_8).split("<data key=\"kind\">project</data>", -1))
                .hasSize(projects + 1);
        mvc.perform(get("/api/insights/network.graphml?view=sideways")).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("view")));
    }

    @Test
    void csvHasAHeaderAndOneRowPerLink() throws Exception {
        for (Integer year : new Integer[] {null, 2000}) {
            String csv = mvc.perform(get("/api/insights/network.csv" + (year == null ? "" : "?year=" + year)))
                    .andExpect(status().isOk()).andExpect(content().contentTypeCompatibleWith("text/csv"))
                    .andReturn().getResponse().getContentAsString();
            String[] lines = csv.split("\n");
            assertThat(lines[0]).isEqualTo("source,target,shared_projects");
            assertThat(lines).hasSize(insights.network(year).links().size() + 1);
            assertThat(lines[1]).matches("[a-z0-9-]+,[a-z0-9-]+,[1-9][0-9]*");
        }
        mvc.perform(get("/api/insights/network.csv?year=1800")).andExpect(status().isBadRequest());
    }

    @Test
    void cooperationPageLinksToTheInsights() throws Exception {
        mvc.perform(get("/cooperation")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Open the cooperation insights")));
    }
}
