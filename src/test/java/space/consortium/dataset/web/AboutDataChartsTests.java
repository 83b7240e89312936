package space.consortium.dataset.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import space.consortium.dataset.DatasetSummary;
import space.consortium.shared.Chart;

/** The source-hosts chart keeps its invariants: one bar per host, its height the rows citing it, an axis title. */
class AboutDataChartsTests {

    private static DatasetSummary summary(Map<String, Long> hosts) {
        return new DatasetSummary(Map.of("partners", 30L), Map.of("partners", 28L), Map.of("partners", 9L), hosts, 9,
                List.of(), "2026-01-01");
    }

    @Test
    void oneHorizontalBarPerHostWithItsRowCount() {
        Map<String, Long> hosts = new LinkedHashMap<>();
        hosts.put("www.nasa.gov", 12L);
        hosts.put("www.esa.int", 9L);
        hosts.put("global.jaxa.jp", 4L);
        Chart.Bar bar = AboutDataCharts.hosts(summary(hosts));

        assertThat(bar).isNotNull();
        assertThat(bar.categories()).containsExactlyElementsOf(hosts.keySet());
        assertThat(bar.horizontal()).isTrue();
        assertThat(bar.series()).hasSize(1);
        assertThat(bar.series().get(0).data()).hasSize(hosts.size());
        assertThat(bar.series().get(0).data().stream().mapToLong(Number::longValue).sum()).isEqualTo(12 + 9 + 4);
        assertThat(bar.unit()).isNotBlank();
        assertThat(bar.series().get(0).name()).isNotBlank();
        assertThat(AboutDataCharts.json(bar)).contains("\"www.nasa.gov\"", "\"global.jaxa.jp\"");
    }

    @Test
    void noCitedHostNoChart() {
        assertThat(AboutDataCharts.hosts(summary(Map.of()))).isNull();
        assertThat(AboutDataCharts.json(null)).isNull();
    }
}
