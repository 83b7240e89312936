package space.consortium.relay.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import space.consortium.support.ApiContract;

/** The relay page renders a plan with its charts and tables, and names bad fields (400). */
class RelayPageTests extends ApiContract {

    private MvcTestResult page(String uri) {
        return mvc.get().uri(uri).accept(MediaType.TEXT_HTML).exchange();
    }

    @Test
    void defaultPlanShowsTimelinePerSolChartAndAllocation() throws Exception {
        MvcTestResult result = page("/relay");
        assertThat(result).hasStatusOk();
        String html = result.getResponse().getContentAsString();
        assertThat(html).contains("relay-timeline-data", "\"type\":\"gantt\"", "relay-per-sol-data", "relay-allocation",
                "Mars Reconnaissance Orbiter", "ExoMars Trace Gas Orbiter", "Zhurong");
        assertThat(html).doesNotContain("relay-what-if");
        // the default plan leaves out the landers the registry marks dormant (Zhurong) or ended (InSight): both are
        // offered, marked, but not checked; the active rovers are
        assertThat(html).contains("id=\"status-zhurong\"", "id=\"status-insight\"");
        assertThat(html).containsPattern("id=\"lander-curiosity\"[^>]*checked")
                .containsPattern("id=\"lander-perseverance\"[^>]*checked")
                .doesNotContainPattern("id=\"lander-zhurong\"[^>]*checked")
                .doesNotContainPattern("id=\"lander-insight\"[^>]*checked");
        // the coalition builder's policies are offered, switched on as in the catalogue
        assertThat(html).containsPattern("id=\"policy-wolf-amendment-cnsa\"[^>]*checked");
    }

    @Test
    void aPlanWithCnsasLanderStatesTheWolfAmendmentAndUncheckingItLiftsIt() throws Exception {
        String uri = "/relay?orbiter=mro&orbiter=tgo&lander=zhurong&start=2026-01-01&days=1&mask=10"
                + "&propagator=eckstein-hechler";
        String applied = page(uri + "&policy=wolf-amendment-cnsa").getResponse().getContentAsString();
        assertThat(applied).contains("id=\"relay-applied-policies\"", "Wolf Amendment");
        String lifted = page(uri).getResponse().getContentAsString();
        assertThat(lifted).doesNotContain("id=\"relay-applied-policies\"");
    }

    @Test
    void losingAnOrbiterShowsTheWhatIf() throws Exception {
        MvcTestResult result = page("/relay?orbiter=mro&orbiter=tgo&lander=curiosity&start=2026-01-01&days=1&mask=10"
                + "&propagator=eckstein-hechler&lose=tgo");
        assertThat(result).hasStatusOk();
        assertThat(result.getResponse().getContentAsString()).contains("what-if-table", "relay-what-if-chart-data");
    }

    @Test
    void badFieldsAreNamed() throws Exception {
        MvcTestResult result = page("/relay?orbiter=mro&lander=curiosity&start=2026-13-01&days=40&mask=x");
        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(result.getResponse().getContentAsString()).contains("relay-errors", "start", "days",
                "minElevationDeg");
    }
}
