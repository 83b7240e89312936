package space.consortium.projects.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import space.consortium.projects.Contribution;
import space.consortium.projects.ContributionRequest;
import space.consortium.projects.Project;
import space.consortium.projects.ProjectDetail;
import space.consortium.projects.ShareTable;
import space.consortium.shared.Chart;

/** Invariants of the project page's charts, whatever the project. */
class ProjectChartsTests {

    private static final String SRC = "https://example.org/source";

    @Test
    void theSharePieHasOneSlicePerEntryAndItsValuesSumToTheTablesHundredPercent() {
        ShareTable table = new ShareTable(1, "iss", "utilisation", List.of(
                new ShareTable.Entry("nasa", "National Aeronautics and Space Administration", new BigDecimal("76.6")),
                new ShareTable.Entry("jaxa", "Japan Aerospace Exploration Agency", new BigDecimal("12.8")),
                new ShareTable.Entry("esa", "European Space Agency", new BigDecimal("8.3")),
                new ShareTable.Entry("csa", "Canadian Space Agency", new BigDecimal("2.3"))), SRC, 0);

        Chart.Pie pie = table.pie();

        assertThat(pie.slices()).hasSize(table.entries().size());
        assertThat(pie.slices().stream().map(s -> new BigDecimal(s.value().toString()))
                .reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("100");
        assertThat(pie.unit()).isEqualTo("%");
        assertThat(ProjectCharts.shareJson(table)).isEqualTo(Chart.json(pie));
    }

    @Test
    void theContributionChartStacksOneSeriesPerKindUsedWithOneCountPerContributingPartner() {
        List<Contribution> contributions = List.of(contribution(1, "nasa", "hardware"),
                contribution(2, "nasa", "launch"), contribution(3, "esa", "hardware"),
                contribution(4, "roscosmos", "hardware"));
        ProjectDetail.Participant nasa = participant("nasa", contributions.subList(0, 2));
        ProjectDetail.Participant esa = participant("esa", contributions.subList(2, 3));
        ProjectDetail.Participant csa = participant("csa", List.of());
        ProjectDetail detail = new ProjectDetail(project(), List.of(csa, nasa, esa), contributions, List.of());

        Chart.Bar bar = ProjectCharts.contributions(detail);

        assertThat(bar).isNotNull();
        // partners without contributions are left out; participants first, then other contributors
        assertThat(bar.links()).containsExactly("/partners/nasa", "/partners/esa", "/partners/roscosmos");
        assertThat(bar.series()).extracting(Chart.Series::name).containsExactly("hardware", "launch")
                .allMatch(ContributionRequest.KINDS::contains);
        assertThat(bar.series()).allSatisfy(s -> assertThat(s.data()).hasSize(bar.categories().size()));
        // every contribution is counted once
        assertThat(bar.series().stream().flatMap(s -> s.data().stream()).mapToLong(Number::longValue).sum())
                .isEqualTo(contributions.size());
        assertThat(bar.stacked()).isTrue();
    }

    @Test
    void aProjectWithoutContributionsHasNoContributionChart() {
        ProjectDetail detail = new ProjectDetail(project(), List.of(participant("nasa", List.of())), List.of(), List.of());
        assertThat(ProjectCharts.contributions(detail)).isNull();
        assertThat(ProjectCharts.contributionsJson(detail)).isNull();
    }

    private static Project project() {
        return new Project("p", "Probe", null, null, null, "nasa", "NASA", 3, null, null, SRC, 0);
    }

    private static Contribution contribution(long id, String partner, String kind) {
        return new Contribution(id, "p", "Probe", partner, partner.toUpperCase(java.util.Locale.ROOT), kind,
                "element " + id, null, SRC, 0);
    }

    private static ProjectDetail.Participant participant(String partner, List<Contribution> contributions) {
        return new ProjectDetail.Participant(0, partner, partner.toUpperCase(java.util.Locale.ROOT), "partner", SRC, 0,
                contributions);
    }
}
