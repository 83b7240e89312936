package space.consortium.teaming.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import space.consortium.shared.Chart;
import space.consortium.teaming.TeamingReport;

/**
 * The coalition builder page's charts and matrix from a {@link TeamingReport}: the partner ↔ capability graph, the
 * Pareto chart (least cost per number of partners) and the partner ↔ requirement matrix. Pure functions of the report
 * and the partners' and capabilities' names; the one place the page's pictures are built.
 */
final class TeamingCharts {

    /** One coalition member's line of the matrix: per requirement, "provides", "able" or "". */
    record MatrixRow(String partnerId, String name, List<String> cells, double cost) {
    }

    private TeamingCharts() {
    }

    /**
     * Partners (one colour) and required capabilities (another), linked provider → capability (thick, "provides")
     * and able partner → capability (thin, "could also provide"); a node's size is its number of links.
     */
    static Chart.Graph bipartite(TeamingReport report, Map<String, String> names, Map<String, String> capabilities) {
        List<Chart.Node> nodes = new ArrayList<>();
        List<Chart.Link> links = new ArrayList<>();
        Map<String, Integer> degree = new LinkedHashMap<>();
        for (TeamingReport.Row row : report.rows()) {
            links.add(new Chart.Link("p:" + row.provider(), "c:" + row.capability(), 3, "provides (paid)"));
            degree.merge(row.provider(), 1, Integer::sum);
            for (String backup : row.backups()) {
                links.add(new Chart.Link("p:" + backup, "c:" + row.capability(), 1, "could also provide (redundancy)"));
                degree.merge(backup, 1, Integer::sum);
            }
        }
        for (String p : report.partners()) {
            nodes.add(new Chart.Node("p:" + p, names.getOrDefault(p, p), degree.getOrDefault(p, 1),
                    "/partners/" + p, 0));
        }
        for (TeamingReport.Row row : report.rows()) {
            nodes.add(new Chart.Node("c:" + row.capability(), capabilities.getOrDefault(row.capability(), row.capability()),
                    1 + row.backups().size(), null, 1));
        }
        // the colours are partner and capability, not groups of the network: the legend says so
        return new Chart.Graph(nodes, links, "link", List.of("partners", "capabilities"));
    }

    /** The least cost per number of partners, one bar per Pareto point; null when there is only one point. */
    static Chart.@Nullable Bar pareto(TeamingReport report) {
        if (report.pareto().size() <= 1) {
            return null;
        }
        return new Chart.Bar(
                report.pareto().stream().map(p -> p.partners() + (p.partners() == 1 ? " partner" : " partners")).toList(),
                List.of(new Chart.Series("least cost (M USD)", report.pareto().stream().map(p -> p.cost()).toList())),
                false, false, "M USD", List.of());
    }

    /** Per coalition member, per requirement: "provides", "able" or "", and the cost of what it provides. */
    static List<MatrixRow> matrix(TeamingReport report, Map<String, String> names) {
        List<MatrixRow> out = new ArrayList<>();
        for (String p : report.partners()) {
            List<String> cells = new ArrayList<>();
            double cost = 0;
            for (TeamingReport.Row row : report.rows()) {
                if (row.provider().equals(p)) {
                    cells.add("provides");
                    cost += row.cost();
                } else {
                    cells.add(row.backups().contains(p) ? "able" : "");
                }
            }
            out.add(new MatrixRow(p, names.getOrDefault(p, p), cells, cost));
        }
        return out;
    }

    /** Assignments whose cost is only an illustrative placeholder: marked, not counted in the cost. */
    static long unsourcedRows(@Nullable TeamingReport report) {
        return report == null ? 0
                : report.rows().stream().filter(r -> Boolean.FALSE.equals(r.costSourced())).count();
    }
}
