package space.consortium.relay.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import space.consortium.relay.RelayRequest;
import space.consortium.relay.RelayService;
import space.consortium.shared.Work;
import space.consortium.support.ApiContract;

/**
 * The relay page's default plan is computed once per registry state: a second view does not run the planner again and
 * shows the same plan, a change to the relay assets is shown on the next view, and a what-if always computes.
 */
class RelayPageCacheTests extends ApiContract {

    private static final Pattern TIMELINE = Pattern.compile(
            "id=\"relay-timeline-data\">(.*?)</script>", Pattern.DOTALL);

    @MockitoSpyBean
    RelayService relay;

    @Autowired
    JdbcClient jdbc;

    private String page(String uri) throws Exception {
        var result = mvc.get().uri(uri).accept(MediaType.TEXT_HTML).exchange();
        assertThat(result).hasStatusOk();
        return result.getResponse().getContentAsString();
    }

    private static String timeline(String html) {
        Matcher m = TIMELINE.matcher(html);
        assertThat(m.find()).as("the page has a timeline").isTrue();
        return m.group(1);
    }

    @Test
    void secondViewReusesThePlanAndAnAssetChangeIsShownOnTheNextView() throws Exception {
        String first = timeline(page("/relay"));
        clearInvocations(relay);

        String second = timeline(page("/relay"));
        verify(relay, never()).plan(any(RelayRequest.class), any(Work.class));
        assertThat(second).isEqualTo(first);

        // Another process (a CLI import, another node) removes an orbiter from the registry.
        assertThat(jdbc.sql("delete from asset where id = 'tgo'").update()).isEqualTo(1);
        String afterEdit = page("/relay");
        verify(relay, times(1)).plan(any(RelayRequest.class), any(Work.class));
        assertThat(first).contains("ExoMars Trace Gas Orbiter");
        assertThat(afterEdit).doesNotContain("ExoMars Trace Gas Orbiter");
        assertThat(timeline(afterEdit)).isNotEqualTo(first);

        clearInvocations(relay);
        page("/relay");
        verify(relay, never()).plan(any(RelayRequest.class), any(Work.class));
    }

    @Test
    void anAssetUpdateBumpingItsVersionIsShownOnTheNextView() throws Exception {
        page("/relay");
        clearInvocations(relay);
        assertThat(jdbc.sql("update asset set name = 'Renamed Orbiter', version = version + 1 where id = 'mro'")
                .update()).isEqualTo(1);
        String html = page("/relay");
        verify(relay, times(1)).plan(any(RelayRequest.class), any(Work.class));
        assertThat(timeline(html)).contains("Renamed Orbiter");
    }

    @Test
    void aWhatIfIsComputedOnEveryView() throws Exception {
        String uri = "/relay?orbiter=mro&orbiter=tgo&lander=curiosity&start=2026-01-01&days=1&mask=10"
                + "&propagator=eckstein-hechler&lose=tgo";
        page(uri);
        page(uri);
        verify(relay, times(2)).plan(any(RelayRequest.class), any(Work.class));
    }
}
