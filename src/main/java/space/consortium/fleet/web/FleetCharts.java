package space.consortium.fleet.web;

import java.util.ArrayList;
import java.util.List;
import space.consortium.fleet.FleetReport;
import space.consortium.fleet.FleetRequest;
import space.consortium.fleet.ReplayReport;
import space.consortium.shared.Chart;

/**
 * The fleet page's charts: each simulated fleet's reserve bands (5–95 % and 25–75 % shaded, the median, the
 * threshold) and the replay of the 2014–2015 manifest. Pure functions of the service's reports; the one place the
 * page's pictures are built (colours come from the chart script, which has the legend).
 */
final class FleetCharts {

    /** A simulated fleet with its chart and a description of its make-up. */
    record Run(FleetReport report, String chartId, String chart, int partners, int families, int vehicles) {
    }

    private FleetCharts() {
    }

    /** The runs as the page shows them: each report with its chart and how many partners, families and vehicles. */
    static List<Run> runs(List<FleetReport> reports, List<FleetRequest> requests) {
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            FleetRequest r = requests.get(i);
            List<FleetRequest.Vehicle> vehicles = r.vehicles() == null ? List.of() : r.vehicles();
            int partners = (int) vehicles.stream().map(FleetRequest.Vehicle::partner).distinct().count();
            int families = (int) vehicles.stream().map(FleetRequest.Vehicle::family).distinct().count();
            runs.add(new Run(reports.get(i), "fleet-bands-" + i, Chart.json(bands(reports.get(i))), partners,
                    families, vehicles.size()));
        }
        return runs;
    }

    /** Reserve percentile bands over the horizon, with the threshold. */
    static Chart.Bands bands(FleetReport report) {
        List<FleetReport.Band> b = report.bands();
        return new Chart.Bands("day of the period", "reserve (days)", b.stream().map(FleetReport.Band::day).toList(),
                b.stream().map(x -> round(x.p5())).toList(), b.stream().map(x -> round(x.p25())).toList(),
                b.stream().map(x -> round(x.p50())).toList(), b.stream().map(x -> round(x.p75())).toList(),
                b.stream().map(x -> round(x.p95())).toList(), report.thresholdDays(),
                Math.round(report.thresholdDays()) + "-day reserve");
    }

    /** The replayed reserve in days, with the threshold. */
    static Chart.Lines replay(ReplayReport replay) {
        List<List<Object>> points = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (ReplayReport.Point p : replay.points()) {
            points.add(List.of(p.date().toString(), round(p.reserveDays())));
            labels.add(p.event());
        }
        return new Chart.Lines("date", "reserve (days)", true,
                List.of(new Chart.LineSeries("reserve", points, labels)), replay.thresholdDays(),
                Math.round(replay.thresholdDays()) + "-day reserve");
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
