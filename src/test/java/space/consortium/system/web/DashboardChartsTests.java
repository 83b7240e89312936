package space.consortium.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import space.consortium.insights.CooperationNetwork;
import space.consortium.shared.Chart;

/** The dashboard's charts keep their invariants: one bar per kind, bars that add up to the total shown. */
class DashboardChartsTests {

    private static Map<String, Long> counts() {
        Map<String, Long> byKind = new LinkedHashMap<>();
        byKind.put("instrument", 7L);
        byKind.put("launch", 2L);
        byKind.put("funding", 0L);
        byKind.put("ground-station", 11L);
        return byKind;
    }

    @Test
    void oneBarPerKindWhoseCountsSumToTheTotal() {
        Map<String, Long> byKind = counts();
        Chart.Bar bar = DashboardCharts.kinds(byKind);

        assertThat(bar).isNotNull();
        assertThat(bar.categories()).containsExactlyElementsOf(byKind.keySet());
        assertThat(bar.series()).hasSize(1);
        List<? extends Number> values = bar.series().get(0).data();
        assertThat(values).hasSize(byKind.size());
        assertThat(values).allSatisfy(v -> assertThat(v.longValue()).isNotNegative());
        long sum = values.stream().mapToLong(Number::longValue).sum();
        assertThat(sum).isEqualTo(DashboardCharts.total(byKind)).isEqualTo(7 + 2 + 0 + 11);
        assertThat(bar.unit()).isNotBlank();
        assertThat(bar.series().get(0).name()).isNotBlank();
    }

    @Test
    void noContributionNoChartAndAZeroTotal() {
        assertThat(DashboardCharts.kinds(Map.of())).isNull();
        assertThat(DashboardCharts.json(DashboardCharts.kinds(Map.of()))).isNull();
        assertThat(DashboardCharts.total(Map.of())).isZero();
    }

    @Test
    void theJsonNamesEveryKind() {
        String json = DashboardCharts.json(DashboardCharts.kinds(counts()));
        assertThat(json).contains("\"instrument\"", "\"launch\"", "\"funding\"", "\"ground-station\"");
    }

    @Test
    void theNetworkPreviewShowsAtMostItsLimitAndOnlyLinksAmongThem() {
        List<CooperationNetwork.Node> nodes = new ArrayList<>();
        List<CooperationNetwork.Link> links = new ArrayList<>();
        for (int i = 0; i < DashboardCharts.NETWORK_PREVIEW + 5; i++) {
            nodes.add(new CooperationNetwork.Node("p" + i, "Partner " + i, 1, 1, 0, 0, 0, 0));
            if (i > 0) {
                links.add(new CooperationNetwork.Link("p0", "p" + i, 1));
            }
        }
        Chart.Graph graph = DashboardCharts.network(
                new CooperationNetwork(null, 2000, 2020, 0, 1, 0, nodes, links, List.of()));

        assertThat(graph).isNotNull();
        assertThat(graph.nodes()).hasSizeLessThanOrEqualTo(DashboardCharts.NETWORK_PREVIEW).isNotEmpty();
        List<String> shown = graph.nodes().stream().map(Chart.Node::id).toList();
        assertThat(graph.links()).allSatisfy(l -> assertThat(shown).contains(l.source(), l.target()));
    }

    @Test
    void aNetworkWithoutLinksHasNoPreview() {
        List<CooperationNetwork.Node> nodes = List.of(new CooperationNetwork.Node("p0", "Partner", 0, 0, 0, 0, 0, 0));
        assertThat(DashboardCharts.network(new CooperationNetwork(null, 2000, 2020, 0, 1, 0, nodes, List.of(),
                List.of()))).isNull();
    }
}
