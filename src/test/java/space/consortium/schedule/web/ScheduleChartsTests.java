package space.consortium.schedule.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import space.consortium.schedule.JclReport;
import space.consortium.shared.Chart;

/** The JCL charts' labels, built from a report without running a simulation. */
class ScheduleChartsTests {

    @Test
    void theSlipByPartnerTornadoShowsShortNamesAndKeepsTheFullNamesForTheTooltip() {
        // the registry's names (agencies.csv): an acronym in brackets, a name whose first word is the id, no name
        Map<String, String> partners = Map.of(
                "nasa", "National Aeronautics and Space Administration (NASA)",
                "jaxa", "Japan Aerospace Exploration Agency (JAXA)",
                "roscosmos", "Roscosmos State Corporation for Space Activities");
        List<JclReport.Bar> bars = List.of(new JclReport.Bar("nasa", 12.34, 0), new JclReport.Bar("jaxa", 5.0, 0),
                new JclReport.Bar("roscosmos", 2.0, 0), new JclReport.Bar("lunaria", 1.0, 0));
        Chart.Bar chart = ScheduleCharts.partnerTornado(bars, partners, "Mean slip", "mean slip (days)", 1);
        assertThat(chart.categories()).containsExactly("NASA", "JAXA", "Roscosmos", "lunaria");
        assertThat(chart.titles()).containsExactly("National Aeronautics and Space Administration (NASA)",
                "Japan Aerospace Exploration Agency (JAXA)", "Roscosmos State Corporation for Space Activities",
                "lunaria");
        assertThat(chart.categories()).allSatisfy(c -> assertThat(c.length()).isLessThanOrEqualTo(24));
        assertThat(chart.series().get(0).data().stream().map(Number::doubleValue).toList())
                .containsExactly(12.3, 5.0, 2.0, 1.0);
        assertThat(Chart.json(chart)).contains("\"titles\":[\"National Aeronautics and Space Administration (NASA)\"");
    }
}
