package space.consortium.dataset.web;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import space.consortium.dataset.DatasetSummary;
import space.consortium.shared.Chart;

/**
 * The "About the data" page's chart: a pure function of the {@link DatasetSummary}
 * {@link space.consortium.dataset.DatasetService} computed; the one place the page's picture is built.
 */
final class AboutDataCharts {

    private AboutDataCharts() {
    }

    /** The most cited source sites as horizontal bars, each the rows citing it; null when no row cites a source. */
    static Chart.@Nullable Bar hosts(DatasetSummary summary) {
        return summary.topSourceHosts().isEmpty() ? null : new Chart.Bar(
                new ArrayList<>(summary.topSourceHosts().keySet()),
                List.of(new Chart.Series("Rows citing the site", new ArrayList<>(summary.topSourceHosts().values()))),
                false, true, "rows", List.of());
    }

    /** The chart as the JSON the one chart script draws; null for null. */
    static @Nullable String json(Chart.@Nullable Bar chart) {
        return chart == null ? null : Chart.json(chart);
    }
}
