package space.consortium.risk.web;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import space.consortium.risk.Risk;
import space.consortium.risk.RiskChange;
import space.consortium.risk.RiskMatrixView;
import space.consortium.shared.Chart;

/**
 * The Risks tab's charts: the heat map (likelihood × consequence, coloured by zone, with its legend), the register
 * over time by severity and one risk's score trend. Pure functions of the service's answers; the one place the tab's
 * pictures are built. Colours are not chosen here: the zones and severities name the CSS custom properties
 * ({@code --c-zone-vl} … {@code --c-zone-vh}, {@code --c-high}, {@code --c-medium}, {@code --c-low}) that the page's
 * badges use too, and the chart script reads them.
 */
final class RiskCharts {

    /** The zone classes of the heat map, lowest rank first: CSS colour names ({@code --c-zone-…}). */
    static final List<String> ZONE_CLASSES = List.of("zone-vl", "zone-l", "zone-m", "zone-h", "zone-vh");
    /** What each zone class means, for the legend. */
    static final List<String> ZONE_LABELS = List.of("very low", "low", "medium", "high", "very high / red");
    /** The severity groups of the register over time, highest first; each names its CSS colour. */
    static final List<String> SEVERITIES = List.of("high", "medium", "low");

    private RiskCharts() {
    }

    /** The 5 × 5 matrix with each cell's zone and the number of the shown risks in it. */
    static Chart.Heatmap heatmap(RiskMatrixView view, List<RiskMatrixView.Cell> matrix, List<Risk> shown) {
        List<String> columns = new ArrayList<>();
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < RiskMatrixView.LEVELS; i++) {
            columns.add((i + 1) + " " + view.consequenceLabels().get(i));
            rows.add(view.likelihoodCodes().get(i) + " " + view.likelihoodLabels().get(i));
        }
        List<Chart.Cell> cells = new ArrayList<>();
        for (RiskMatrixView.Cell cell : matrix) {
            List<String> titles = shown.stream()
                    .filter(r -> r.likelihood() == cell.likelihood() && r.consequenceLevel() == cell.consequence())
                    .map(Risk::title).toList();
            String label = cell.index() + " · " + cell.zone() + "\n" + (titles.isEmpty() ? "no risks"
                    : titles.size() + (titles.size() == 1 ? " risk: " : " risks: ") + String.join("; ", titles));
            cells.add(new Chart.Cell(cell.consequence() - 1, cell.likelihood() - 1, cell.zoneRank(), titles.size(),
                    label));
        }
        return new Chart.Heatmap("consequence", columns, "likelihood", rows, ZONE_CLASSES, ZONE_LABELS, cells);
    }

    /**
     * Open risks (not closed, not deleted) by severity after each change of the register: high (zones H, VH, R),
     * medium (M) and low (L, VL), drawn as steps.
     */
    static Chart.Lines overTime(List<RiskChange> chronological) {
        Map<Long, RiskChange> current = new LinkedHashMap<>();
        List<List<List<Object>>> points = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        List<List<String>> labels = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        int[] before = new int[3];
        for (RiskChange c : chronological) {
            if (c.kind().equals("deleted") || c.disposition().equals("close")) {
                current.remove(c.riskId());
            } else {
                current.put(c.riskId(), c);
            }
            int[] now = new int[3];
            current.values().forEach(r -> now[severity(r.zone())]++);
            String at = c.changedAt().truncatedTo(ChronoUnit.SECONDS).toString();
            for (int g = 0; g < 3; g++) {
                if (!points.get(g).isEmpty()) {
                    points.get(g).add(List.of(at, before[g]));
                    labels.get(g).add("");
                }
                points.get(g).add(List.of(at, now[g]));
                labels.get(g).add(c.kind() + ": " + c.title() + " (" + c.index() + ", " + c.disposition() + ")");
            }
            before = now;
        }
        List<Chart.LineSeries> series = new ArrayList<>();
        for (int g = 0; g < 3; g++) {
            series.add(new Chart.LineSeries(SEVERITIES.get(g), points.get(g), labels.get(g)));
        }
        return new Chart.Lines("date of the change (UTC)", "open risks", true, series, null, "");
    }

    /** 0 for the high zones (H, VH, R), 1 for medium, 2 for the low ones: an index into {@link #SEVERITIES}. */
    static int severity(String zone) {
        return switch (zone) {
            case "H", "VH", "R" -> 0;
            case "M" -> 1;
            default -> 2;
        };
    }

    /** The risk's score (likelihood × consequence) after each recorded change. */
    static Chart.Timeline trend(List<RiskChange> history) {
        List<Chart.Point> points = history.stream().map(c -> new Chart.Point(
                c.changedAt().truncatedTo(ChronoUnit.SECONDS).toString(), c.score(),
                c.kind() + ": " + c.index() + ", " + c.disposition()
                        + (c.changeNote() == null ? "" : " — " + c.changeNote()))).toList();
        return new Chart.Timeline("Score (likelihood × consequence)", points);
    }
}
