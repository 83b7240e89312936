package space.consortium.system.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import space.consortium.insights.CooperationNetwork;
import space.consortium.shared.Chart;

/**
 * The dashboard's charts: pure functions of the counts {@link space.consortium.projects.ContributionService} and the
 * network {@link space.consortium.insights.InsightsService} computed; the one place the dashboard's pictures are built.
 * A chart with nothing to show is null (the page then leaves it out).
 */
final class DashboardCharts {

    /** How many partners the network preview shows. */
    static final int NETWORK_PREVIEW = 18;

    private DashboardCharts() {
    }

    /** All contributions: the sum of the counts per kind. */
    static long total(Map<String, Long> byKind) {
        return byKind.values().stream().mapToLong(Long::longValue).sum();
    }

    /** One bar per kind of contribution, its height the count; null when there is no contribution. */
    static Chart.@Nullable Bar kinds(Map<String, Long> byKind) {
        return byKind.isEmpty() ? null : new Chart.Bar(new ArrayList<>(byKind.keySet()),
                List.of(new Chart.Series("Contributions", new ArrayList<>(byKind.values()))), false, false,
                "contributions", List.of());
    }

    /** A preview of who works with whom (the most connected partners); null without a link. */
    static Chart.@Nullable Graph network(CooperationNetwork network) {
        return network.links().isEmpty() ? null : network.chart(NETWORK_PREVIEW);
    }

    /** The chart as the JSON the one chart script draws; null for null. */
    static @Nullable String json(@Nullable Chart chart) {
        return chart == null ? null : Chart.json(chart);
    }
}
