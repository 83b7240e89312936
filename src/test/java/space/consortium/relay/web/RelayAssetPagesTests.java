package space.consortium.relay.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import space.consortium.relay.RelayPlan;
import space.consortium.support.ApiContract;
import space.consortium.support.Users;
import tools.jackson.databind.node.ObjectNode;

/**
 * The relay asset pages: the list shows each control only to whoever may use it, the form answers with the API's
 * messages beside their fields, a stale edit shows theirs and yours, a delete is refused with its reason while a job
 * names the asset, and an orbiter marked ended leaves the planner's default plan.
 */
class RelayAssetPagesTests extends ApiContract {

    @Autowired
    JdbcClient jdbc;

    private MvcTestResult page(String uri, RequestPostProcessor who) {
        return mvc.get().uri(uri).accept(MediaType.TEXT_HTML).with(who).exchange();
    }

    private static String html(MvcTestResult result) throws Exception {
        return result.getResponse().getContentAsString();
    }

    @Test
    void anonymousVisitorsAndObserversSeeTheAssetsWithoutControls() throws Exception {
        for (RequestPostProcessor who : new RequestPostProcessor[] {Users.nobody(), Users.observer()}) {
            MvcTestResult list = page("/relay/assets", who);
            assertThat(list).hasStatusOk();
            assertThat(html(list)).contains("Mars Reconnaissance Orbiter", "Zhurong", "orbiters-table", "landers-table")
                    .doesNotContain("id=\"new-asset\"", "id=\"edit-", "id=\"delete-");
        }
        assertThat(page("/relay/assets/new", Users.nobody()).getResponse().getRedirectedUrl()).contains("/login");
        assertThat(page("/relay/assets/new", Users.observer())).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(page("/relay/assets/mro/edit", Users.member("esa"))).hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void aMemberSeesControlsForTheirPartnersAssetsOnlyAndAnAdministratorForAll() throws Exception {
        String esa = html(page("/relay/assets", Users.member("esa")));
        assertThat(esa).contains("id=\"new-asset\"", "id=\"edit-tgo\"", "id=\"delete-mex\"")
                .doesNotContain("id=\"edit-mro\"", "id=\"delete-curiosity\"");
        String admin = html(page("/relay/assets", Users.admin()));
        assertThat(admin).contains("id=\"edit-mro\"", "id=\"edit-tgo\"", "id=\"delete-zhurong\"");
        // a member's form offers their own partner as owner, not every partner
        String form = html(page("/relay/assets/new", Users.member("esa")));
        assertThat(form).contains("value=\"esa\"").doesNotContain("value=\"nasa\"");
    }

    @Test
    void theFormShowsEveryProblemBesideItsFieldWithTheApisMessagesAndStoresNothing() throws Exception {
        MvcTestResult result = mvc.post().uri("/relay/assets/new").with(Users.member("esa"))
                .param("id", "form-orbiter").param("name", "Form orbiter").param("kind", "orbiter")
                .param("owner", "esa").param("status", "active").param("semiMajorAxisKm", "3796")
                .param("e", "1.5").param("inclinationDeg", "abc").param("epoch", "2026-01-01").param("radio", "electra")
                .param("sourceUrl", "").exchange();

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        String html = html(result);
        assertThat(html).containsPattern("id=\"e-feedback\"[^>]*>[^<]*does not describe a closed orbit")
                .containsPattern("id=\"inclinationDeg-feedback\"[^>]*>[^<]*must be a number")
                .containsPattern("id=\"sourceUrl-feedback\"[^>]*>[^<]*is required")
                .contains("value=\"Form orbiter\"");
        assertThat(get("/api/relay-assets/form-orbiter")).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void aStaleEditShowsTheirsAndYoursAndOverwritesNothing() throws Exception {
        ObjectNode tgo = (ObjectNode) read("/api/relay-assets/tgo");
        long version = tgo.path("version").asLong();
        assertThat(put("/api/relay-assets/tgo", tgo.put("name", "Theirs: TGO renamed").toString())).hasStatusOk();

        MvcTestResult result = mvc.post().uri("/relay/assets/tgo/edit").with(Users.member("esa"))
                .param("name", "Mine: TGO renamed").param("owner", "esa").param("status", "active")
                .param("semiMajorAxisKm", "3796").param("e", "0").param("inclinationDeg", "74")
                .param("epoch", "2026-01-01T00:00:00Z").param("elementsKind", "osculating").param("radio", "electra")
                .param("sourceUrl", "https://example.org/tgo").param("version", String.valueOf(version)).exchange();

        assertThat(result).hasStatus(HttpStatus.CONFLICT);
        assertThat(html(result)).contains("stale-compare", "Theirs: TGO renamed", "Mine: TGO renamed",
                "Save mine over theirs");
        assertThat(read("/api/relay-assets/tgo").path("name").asString()).isEqualTo("Theirs: TGO renamed");
    }

    @Test
    void deleteIsConfirmedFirstAndRefusedWithTheReasonWhileAJobNamesTheAsset() throws Exception {
        assertThat(html(page("/relay/assets/mex/delete", Users.member("esa")))).contains("confirm-delete")
                .doesNotContain("delete-refused");
        jdbc.sql("""
                insert into computation_job (id, kind, request, status, total, created_at, updated_at)
                values ('page-job', 'relay', '{"orbiters":["mex"],"landers":["curiosity"]}', 'running', 1, :now, :now)""")
                .param("now", java.sql.Timestamp.from(Instant.now())).update();

        assertThat(html(page("/relay/assets/mex/delete", Users.member("esa")))).contains("delete-refused", "page-job")
                .doesNotContain("id=\"confirm-delete\"");
        MvcTestResult refused = mvc.post().uri("/relay/assets/mex/delete").with(Users.member("esa")).exchange();
        assertThat(refused).hasStatus(HttpStatus.CONFLICT);
        assertThat(html(refused)).contains("page-job");
        assertThat(get("/api/relay-assets/mex")).hasStatusOk();
    }

    @Test
    void anOrbiterMarkedEndedIsShownSoAndLeftOutOfTheDefaultPlan() throws Exception {
        MvcTestResult saved = mvc.post().uri("/relay/assets/maven/edit").with(Users.member("nasa"))
                .param("name", "MAVEN").param("owner", "nasa").param("status", "ended")
                .param("statusSourceUrl", "https://example.org/maven-ended").param("semiMajorAxisKm", "5721")
                .param("e", "0.38").param("inclinationDeg", "75").param("raanDeg", "60")
                .param("epoch", "2026-01-01T00:00:00Z").param("elementsKind", "osculating").param("radio", "electra")
                .param("sourceUrl", "https://science.nasa.gov/mission/maven/")
                .param("version", read("/api/relay-assets/maven").path("version").asString()).exchange();
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/relay/assets");

        MvcTestResult relay = page("/relay", Users.nobody());

        assertThat(relay).hasStatusOk();
        assertThat(html(relay)).contains("id=\"status-maven\"").doesNotContainPattern("id=\"orbiter-maven\"[^>]*checked")
                .containsPattern("id=\"orbiter-mro\"[^>]*checked");
        RelayPlan plan = (RelayPlan) relay.getMvcResult().getModelAndView().getModel().get("plan");
        assertThat(plan.orbiters()).extracting(RelayPlan.OrbiterView::id).doesNotContain("maven").contains("mro");
        assertThat(plan.passes()).noneMatch(p -> p.orbiter().equals("maven"));
    }
}
