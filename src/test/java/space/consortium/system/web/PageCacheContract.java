package space.consortium.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import space.consortium.support.ApiContract;
import tools.jackson.databind.JsonNode;

/**
 * The dashboard, /insights and the insights API keep what they compute until the registry changes: an edit through
 * the API, or a change committed by another server on the same database (seen here as a plain SQL update, which no
 * in-memory event announces), shows on the very next view.
 */
abstract class PageCacheContract extends ApiContract {

    private static final Pattern CONTRIBUTIONS = Pattern.compile("id=\"count-contributions\">(\\d+)<");

    @Autowired JdbcClient jdbc;

    @Test
    void aContributionAddedThroughTheApiIsCountedOnTheNextDashboardView() {
        long before = contributionsOnDashboard();
        assertThat(contributionsOnDashboard()).as("a second view, from the cache").isEqualTo(before);
        assertThat(post("/api/contributions", """
                {"projectId": "iss", "partnerId": "esa", "kind": "hardware", "element": "Spare node (cache test)",
                 "sourceUrl": "https://example.org/spare-node"}""")).hasStatus(HttpStatus.CREATED);
        assertThat(contributionsOnDashboard()).isEqualTo(before + 1);
        assertThat(contributionsOnDashboard()).isEqualTo(jdbc.sql("select count(*) from contribution")
                .query(Long.class).single());
    }

    @Test
    void aParticipationAddedThroughTheApiLinksThePartnersInTheNextNetwork() {
        String project = "hubble";
        String partner = "isro";
        assertThat(jdbc.sql("select count(*) from participation where project_id = ? and partner_id = ?")
                .params(project, partner).query(Long.class).single()).as("isro is not on hubble yet").isZero();
        int before = sharedProjects(read("/api/insights/network"), partner, "esa");
        assertThat(post("/api/participations", """
                {"projectId": "%s", "partnerId": "%s", "role": "contributor",
                 "sourceUrl": "https://example.org/isro-hubble"}""".formatted(project, partner)))
                .hasStatus(HttpStatus.CREATED);
        assertThat(sharedProjects(read("/api/insights/network"), partner, "esa")).isEqualTo(before + 1);
    }

    @Test
    void aChangeCommittedByAnotherServerShowsOnTheNextView() {
        assertThat(page("/insights")).contains("International Space Station").doesNotContain("Station Alpha (renamed)");
        assertThat(page("/")).doesNotContain("Station Alpha (renamed)");
        // what another node's service writes: the row with its version bumped (its audit event lands in this database too,
        // but this update leaves none, to show that the row versions alone are seen)
        assertThat(jdbc.sql("update project set name = 'Station Alpha (renamed)', version = version + 1 where id = 'iss'")
                .update()).isEqualTo(1);
        assertThat(page("/insights")).contains("Station Alpha (renamed)");
        assertThat(page("/")).contains("Station Alpha (renamed)");
        assertThat(read("/api/insights/network").path("projects").values()).anySatisfy(p ->
                assertThat(p.path("name").asString()).isEqualTo("Station Alpha (renamed)"));
    }

    private long contributionsOnDashboard() {
        Matcher m = CONTRIBUTIONS.matcher(page("/"));
        assertThat(m.find()).as("the dashboard's contribution count").isTrue();
        return Long.parseLong(m.group(1));
    }

    private String page(String path) {
        MvcTestResult result = mvc.get().uri(path).exchange();
        assertThat(result).hasStatusOk();
        try {
            return result.getResponse().getContentAsString();
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The projects two partners share in a network answer (0 when they are not linked). */
    private static int sharedProjects(JsonNode network, String a, String b) {
        for (JsonNode link : network.path("links").values()) {
            String s = link.path("source").asString();
            String t = link.path("target").asString();
            if (s.equals(a) && t.equals(b) || s.equals(b) && t.equals(a)) {
                return link.path("sharedProjects").asInt();
            }
        }
        return 0;
    }
}
