package space.consortium.teaming.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import space.consortium.shared.Chart;
import space.consortium.teaming.TeamingReport;

/** The coalition builder's charts, built from a hand-made report without running the solver: invariants only. */
class TeamingChartsTests {

    private static final Map<String, String> PARTNERS = Map.of(
            "nasa", "National Aeronautics and Space Administration (NASA)",
            "esa", "European Space Agency (ESA)",
            "jaxa", "Japan Aerospace Exploration Agency (JAXA)");
    private static final Map<String, String> CAPABILITIES = Map.of(
            "launch-heavy", "Heavy launch", "deep-space-comms", "Deep-space communications",
            "robotic-arm", "Robotic arm");

    private static TeamingReport report(List<TeamingReport.ParetoPoint> pareto) {
        List<TeamingReport.Row> rows = List.of(
                new TeamingReport.Row("launch-heavy", "nasa", 9, 120.0, List.of("esa"), 2, true),
                new TeamingReport.Row("deep-space-comms", "nasa", 9, 30.0, List.of(), 1, true),
                new TeamingReport.Row("robotic-arm", "jaxa", 8, 15.0, List.of("esa", "nasa"), 3, false));
        return new TeamingReport("OPTIMAL", List.of("nasa", "jaxa"),
                Map.of("nasa", List.of("launch-heavy", "deep-space-comms"), "jaxa", List.of("robotic-arm")),
                Map.of("launch-heavy", "nasa", "deep-space-comms", "nasa", "robotic-arm", "jaxa"), 150.0, 1,
                List.of("min-cost"), 150.0, 0.0, List.of(), pareto, null, null, null, rows, List.of());
    }

    @Test
    void everyPartnerAndCapabilityIsANodeNamedByItsNameWithOnePaidLinkPerChosenRow() {
        TeamingReport report = report(List.of());
        Chart.Graph graph = TeamingCharts.bipartite(report, PARTNERS, CAPABILITIES);

        Set<String> ids = graph.nodes().stream().map(Chart.Node::id).collect(Collectors.toSet());
        assertThat(ids).hasSize(graph.nodes().size());
        report.partners().forEach(p -> assertThat(ids).contains("p:" + p));
        report.rows().forEach(r -> assertThat(ids).contains("p:" + r.provider(), "c:" + r.capability()));
        // every link joins two nodes of the graph, a partner to a capability
        assertThat(graph.links()).allSatisfy(l -> {
            assertThat(l.source()).startsWith("p:");
            assertThat(l.target()).startsWith("c:").isIn(ids);
        });

        List<Chart.Link> paid = graph.links().stream().filter(l -> "provides (paid)".equals(l.label())).toList();
        assertThat(paid).hasSize(report.rows().size());
        assertThat(paid.stream().map(l -> l.source() + ">" + l.target()).toList()).containsExactlyInAnyOrderElementsOf(
                report.rows().stream().map(r -> "p:" + r.provider() + ">c:" + r.capability()).toList());
        int backups = report.rows().stream().mapToInt(r -> r.backups().size()).sum();
        assertThat(graph.links()).hasSize(report.rows().size() + backups);

        // names, not ids; partners one colour, capabilities the other
        assertThat(graph.nodes()).allSatisfy(n -> {
            String id = n.id().substring(2);
            boolean partner = n.id().startsWith("p:");
            assertThat(n.name()).isEqualTo((partner ? PARTNERS : CAPABILITIES).get(id)).isNotEqualTo(id);
            assertThat(n.category()).isEqualTo(partner ? 0 : 1);
        });
        assertThat(graph.categories()).containsExactly("partners", "capabilities");
    }

    @Test
    void theParetoChartHasOneBarPerParetoPointAndNoneForASinglePoint() {
        List<TeamingReport.ParetoPoint> points = List.of(
                new TeamingReport.ParetoPoint(1, 400.0, 1, true, List.of("nasa")),
                new TeamingReport.ParetoPoint(2, 150.0, 1, true, List.of("nasa", "jaxa")),
                new TeamingReport.ParetoPoint(3, 140.0, 2, true, List.of("nasa", "jaxa", "esa")));
        Chart.Bar bar = TeamingCharts.pareto(report(points));
        assertThat(bar).isNotNull();
        assertThat(bar.categories()).containsExactly("1 partner", "2 partners", "3 partners");
        assertThat(bar.series()).hasSize(1);
        assertThat(bar.series().get(0).data().stream().map(Number::doubleValue).toList())
                .containsExactly(400.0, 150.0, 140.0);

        assertThat(TeamingCharts.pareto(report(points.subList(0, 1)))).isNull();
    }

    @Test
    void theMatrixHasOneProviderPerRequirementAndCostsAddUpToTheRows() {
        TeamingReport report = report(List.of());
        List<TeamingCharts.MatrixRow> matrix = TeamingCharts.matrix(report, PARTNERS);
        assertThat(matrix).extracting(TeamingCharts.MatrixRow::partnerId).containsExactlyElementsOf(report.partners());
        assertThat(matrix).allSatisfy(m -> assertThat(m.name()).isEqualTo(PARTNERS.get(m.partnerId())));
        for (int i = 0; i < report.rows().size(); i++) {
            int column = i;
            assertThat(matrix.stream().filter(m -> m.cells().get(column).equals("provides")).count()).isEqualTo(1);
        }
        assertThat(matrix.stream().mapToDouble(TeamingCharts.MatrixRow::cost).sum())
                .isEqualTo(report.rows().stream().mapToDouble(TeamingReport.Row::cost).sum());
        assertThat(TeamingCharts.unsourcedRows(report)).isEqualTo(1);
        assertThat(TeamingCharts.unsourcedRows(null)).isZero();
    }
}
