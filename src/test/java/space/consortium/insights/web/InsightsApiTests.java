package space.consortium.insights.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import space.consortium.support.ApiContract;
import tools.jackson.databind.JsonNode;

/** {@code GET /api/insights/stats}: the fields the CLI's JSON also has, and a 404 for an unknown partner. */
class InsightsApiTests extends ApiContract {

    @Test
    void statsCarryTheCountsSharesAndPairs() {
        JsonNode stats = read("/api/insights/stats");
        assertThat(stats.path("partners").asInt()).isEqualTo(47);
        assertThat(stats.path("projects").asInt()).isEqualTo(57);
        assertThat(stats.path("artemisAccordsSignatories").asInt()).isEqualTo(61);
        assertThat(stats.path("internationalProjects").asInt()).isBetween(1, 57);
        double esa = stats.path("internationalShare").path("esa").asDouble();
        assertThat(esa).isBetween(0.0, 1.0);
        assertThat(stats.path("topPairs").size()).isPositive();
    }

    @Test
    void oneUnknownPartnerIsA404Problem() {
        assertProblem(get("/api/insights/stats?partner=nobody"), HttpStatus.NOT_FOUND);
        assertThat(read("/api/insights/stats?partner=jaxa").path("internationalShare").has("jaxa")).isTrue();
    }

    @Test
    void theNetworkLinksPartnersWhoShareProjectsAndGrowsOverTime() {
        JsonNode all = read("/api/insights/network");
        JsonNode links = all.path("links");
        assertThat(links.size()).isPositive();
        boolean nasaEsa = false;
        for (JsonNode link : links.values()) {
            assertThat(link.path("sharedProjects").asInt()).isPositive();
            if ((link.path("source").asString() + link.path("target").asString()).matches("esanasa|nasaesa")) {
                nasaEsa = true;
                // missions.csv has NASA and ESA together on ISS, Hubble, JWST, SOHO, Ulysses, Solar Orbiter, Euclid, ...
                assertThat(link.path("sharedProjects").asInt()).isGreaterThanOrEqualTo(10);
            }
        }
        assertThat(nasaEsa).isTrue();
        // Modularity lies in [-1/2, 1]; a partition found by maximising it is never below the all-in-one partition's 0.
        assertThat(all.path("modularity").asDouble()).isBetween(0.0, 1.0);
        assertThat(all.path("communities").asInt()).isPositive();
        for (JsonNode node : all.path("nodes").values()) {
            assertThat(node.path("community").asInt()).isBetween(0, all.path("communities").asInt() - 1);
            assertThat(node.path("betweenness").asDouble()).isBetween(0.0, 1.0);
            assertThat(node.path("clustering").asDouble()).isBetween(0.0, 1.0);
        }
        // missions.csv: Hubble and Ulysses launched in 1990, LISA is planned for 2035
        assertThat(all.path("firstYear").asInt()).isEqualTo(1990);
        assertThat(all.path("lastYear").asInt()).isEqualTo(2035);
        JsonNode early = read("/api/insights/network?year=1995");
        assertThat(early.path("links").size()).isLessThan(links.size());
        assertThat(early.path("undatedProjects").asInt()).isPositive();
    }

    @Test
    void theIssTimelineIsTheDefaultAndAnUnknownProjectIsA400NamingProject() {
        JsonNode iss = read("/api/insights/timeline");
        assertThat(iss.path("projectId").asString()).isEqualTo("iss");
        assertThat(iss.path("agreements").get(0).path("signedOn").asString()).isEqualTo("1988-09-29");
        assertThat(iss.path("parties").size()).isGreaterThanOrEqualTo(15);
        assertInvalid(get("/api/insights/timeline?project=nowhere"), "project");
    }

    @Test
    void aYearOutsideTheDataIsA400NamingYear() {
        assertInvalid(get("/api/insights/network?year=1800"), "year");
        assertInvalid(get("/api/insights/network?year=soon"), "year");
    }
}
