package space.consortium.schedule.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import space.consortium.risk.DistributionSpec;
import space.consortium.risk.RiskEvent;
import space.consortium.schedule.JclPlan;
import space.consortium.schedule.JclReport;
import space.consortium.schedule.JclRunRecord;
import space.consortium.schedule.WorkCalendar;
import space.consortium.shared.Chart;
import space.consortium.shared.ShortName;
import space.consortium.shared.Table;

/**
 * The Schedule &amp; JCL tab's charts and tables from a plan and a {@link JclReport}: the finish and cost S-curves,
 * the cost × finish scatter with the targets' cross-hair and the JCL frontiers, the tornados by partner, activity and
 * risk, the criticality and merge-bias tables, the activity table, and the run history's table and side-by-side
 * comparison. Pure functions of the plan, the report, the recorded runs and the partners' names; the one place the
 * tab's pictures and tables are built (the charts drawn by {@code /js/charts.js} like every page's).
 *
 * <p>Every chart names what the plan and the registry name (activities, risks, partners; the id only when there is no
 * name), titles its axes with their units, and, with a start date in the plan, labels the finish axis with dates by
 * the plan's calendar rule ({@link WorkCalendar}).
 */
final class ScheduleCharts {

    /** Bars shown in a tornado, largest first. */
    static final int TORNADO_BARS = 12;
    /** Rows of the criticality table. */
    static final int CRITICAL_ROWS = 15;
    /** Rows of the merge-bias table. */
    static final int MERGE_ROWS = 10;

    private ScheduleCharts() {
    }

    /**
     * One row of the activity table.
     *
     * @param owner      the owner's partner id (its page's address)
     * @param ownerLabel the owner's short name ("ESA"), {@code ownerName} its full name (the id when not a partner)
     */
    record ActivityRow(String id, String name, String owner, String ownerLabel, String ownerName, String duration,
                       String predecessors, String cost, String risks) {
    }

    /**
     * What the results fragment shows of a run.
     *
     * @param costScale     the cost table's divisor (a million for large budgets, which read better in millions)
     * @param costUnit      what the cost table's figures count ("million USD")
     * @param activityNames activity id → the plan's name, for the tables
     * @param critical      the most critical activities, most critical first
     * @param dateRule      with a start date: how day counts became dates ("calendar days", "working days (…)")
     */
    record Results(JclReport report, String currency, double costScale, int costDecimals, String costUnit,
                   Map<String, String> activityNames, List<Map.Entry<String, Double>> critical,
                   List<JclReport.MergeBias> merges, @Nullable String dateRule, String finishCurve, String costCurve,
                   String scatter, String partnerTornado, String activityTornado, String riskTornado) {
    }

    /** The run's figures, tables and charts (each chart as the JSON of its data block). */
    static Results results(JclReport r, JclPlan plan, Map<String, String> partners) {
        String currency = plan.currency() == null ? "" : plan.currency().strip();
        boolean millions = Math.abs(r.cost().max()) >= 1e7;
        Map<String, String> activityNames = new LinkedHashMap<>();
        (plan.activities() == null ? List.<JclPlan.ActivitySpec>of() : plan.activities())
                .forEach(a -> named(activityNames, a == null ? null : a.id(), a == null ? null : a.name()));
        Map<String, String> riskNames = new LinkedHashMap<>();
        (plan.risks() == null ? List.<RiskEvent>of() : plan.risks())
                .forEach(e -> named(riskNames, e == null ? null : e.id(), e == null ? null : e.name()));
        List<Map.Entry<String, Double>> critical = new ArrayList<>(r.criticality().entrySet());
        critical.sort(Map.Entry.<String, Double>comparingByValue().reversed());
        WorkCalendar calendar = WorkCalendar.of(plan);
        return new Results(r, currency, millions ? 1e6 : 1.0, millions ? 1 : 0,
                millions ? ("million " + currency).strip() : currency, activityNames,
                List.copyOf(critical.subList(0, Math.min(CRITICAL_ROWS, critical.size()))),
                r.mergeBias().subList(0, Math.min(MERGE_ROWS, r.mergeBias().size())),
                calendar == null ? null : calendar.rule(),
                Chart.json(finishCurve(r, calendar)), Chart.json(costCurve(r, currency)),
                Chart.json(scatter(r, currency, calendar)),
                Chart.json(tornado(r.tornado().partners(), partners, "Mean slip", "mean slip (days)", 1)),
                Chart.json(tornado(r.tornado().activities(), activityNames, "Correlation",
                        "correlation with the finish", 2)),
                Chart.json(tornado(r.tornado().risks(), riskNames, "Finish delay",
                        "later finish if it occurs (days)", 1)));
    }

    /** The finish S-curve: probability of finishing by each day (or date), the finish target marked. */
    static Chart.Xy finishCurve(JclReport r, @Nullable WorkCalendar calendar) {
        return new Chart.Xy(finishAxis(r, calendar),
                new Chart.Axis("probability of finishing by then (%)", "percent", 0.0, 1.0, null),
                List.of(new Chart.XySeries("Share of trials finished", "line", points(r.finishCurve()))),
                List.of(new Chart.Marker("x", r.finishTarget(), "finish target")));
    }

    /** The cost S-curve: probability of costing at most each amount, the cost target marked. */
    static Chart.Xy costCurve(JclReport r, String currency) {
        return new Chart.Xy(costAxis(currency),
                new Chart.Axis("probability of costing at most that (%)", "percent", 0.0, 1.0, null),
                List.of(new Chart.XySeries("Share of trials within the cost", "line", points(r.costCurve()))),
                List.of(new Chart.Marker("x", r.costTarget(), "cost target")));
    }

    /** The trials' (finish, cost), the targets as cross-hair and the least-cost frontiers at 50, 70 and 80 % JCL. */
    static Chart.Xy scatter(JclReport r, String currency, @Nullable WorkCalendar calendar) {
        List<Chart.XySeries> series = new ArrayList<>();
        series.add(new Chart.XySeries("Trials", "scatter", points(r.scatter())));
        for (JclReport.Frontier f : r.frontiers()) {
            series.add(new Chart.XySeries(String.format(Locale.ROOT, "JCL %.0f %% frontier", f.level() * 100), "step",
                    points(f.points())));
        }
        return new Chart.Xy(finishAxis(r, calendar), costAxis(currency), series,
                List.of(new Chart.Marker("x", r.finishTarget(), "finish target"),
                        new Chart.Marker("y", r.costTarget(), "cost target")));
    }

    /** A tornado: the largest bars, by name (the id when there is none), values rounded for reading. */
    static Chart.Bar tornado(List<JclReport.Bar> bars, Map<String, String> names, String series, String unit,
                             int digits) {
        List<JclReport.Bar> shown = bars.subList(0, Math.min(TORNADO_BARS, bars.size()));
        double scale = Math.pow(10, digits);
        return new Chart.Bar(shown.stream().map(b -> names.getOrDefault(b.id(), b.id())).toList(),
                List.of(new Chart.Series(series, shown.stream().map(b -> Math.round(b.finish() * scale) / scale)
                        .toList())), false, true, unit, List.of());
    }

    /**
     * One line of the side-by-side table; {@code difference} is b − a. A finish figure of a run whose plan had a start
     * date carries its date ({@code aDate}, {@code bDate}; null otherwise).
     */
    record Line(String label, String unit, double a, double b, double difference, int digits, @Nullable String aDate,
                @Nullable String bDate) {
    }

    /** The recorded runs as a table to download: inputs, headline figures, and their dates when dated. */
    static Table runsTable(String projectName, List<JclRunRecord> runs) {
        Table.Builder t = Table.builder("JCL runs of " + projectName).column("Run").column("Ran at", "UTC")
                .column("Plan version").column("Trials").column("Seed")
                .column("Finish P50", "days").column("Finish P80", "days").column("Cost P50", "plan currency")
                .column("Cost P80", "plan currency").column("Finish target", "days")
                .column("Cost target", "plan currency").column("JCL at targets", "share of trials")
                .column("Start date", "day 0").column("Finish P50 date").column("Finish P80 date")
                .column("Finish target date").column("Dates count");
        for (JclRunRecord r : runs) {
            JclRunRecord.Dates d = r.dates();
            t.row(r.id(), r.ranAt().toString(), r.planVersion(), r.trials(), r.seed(), r.finishP50(), r.finishP80(),
                    r.costP50(), r.costP80(), r.finishTarget(), r.costTarget(), r.jcl(),
                    d == null ? null : d.start(), d == null ? null : d.finishP50(), d == null ? null : d.finishP80(),
                    d == null ? null : d.finishTarget(), d == null ? null : d.rule());
        }
        t.input("Project", projectName);
        return t.build();
    }

    /** Two recorded runs side by side: inputs, then finish (days, and dates when dated) and cost figures, then JCL. */
    static List<Line> comparison(JclRunRecord a, JclRunRecord b) {
        List<Line> lines = new ArrayList<>();
        lines.add(line("Plan version", "", a.planVersion(), b.planVersion(), 0));
        lines.add(line("Trials", "", a.trials(), b.trials(), 0));
        lines.add(line("Seed", "", a.seed(), b.seed(), 0));
        lines.add(finish("Finish target", a, b, JclRunRecord::finishTarget, JclRunRecord.Dates::finishTarget));
        lines.add(line("Cost target", "plan currency", a.costTarget(), b.costTarget(), 0));
        lines.add(finish("Finish mean", a, b, JclRunRecord::finishMean, JclRunRecord.Dates::finishMean));
        lines.add(finish("Finish P50", a, b, JclRunRecord::finishP50, JclRunRecord.Dates::finishP50));
        lines.add(finish("Finish P70", a, b, JclRunRecord::finishP70, JclRunRecord.Dates::finishP70));
        lines.add(finish("Finish P80", a, b, JclRunRecord::finishP80, JclRunRecord.Dates::finishP80));
        lines.add(line("Cost mean", "plan currency", a.costMean(), b.costMean(), 0));
        lines.add(line("Cost P50", "plan currency", a.costP50(), b.costP50(), 0));
        lines.add(line("Cost P70", "plan currency", a.costP70(), b.costP70(), 0));
        lines.add(line("Cost P80", "plan currency", a.costP80(), b.costP80(), 0));
        lines.add(line("JCL at the targets", "%", 100 * a.jcl(), 100 * b.jcl(), 1));
        return lines;
    }

    private static Line line(String label, String unit, double a, double b, int digits) {
        return new Line(label, unit, a, b, b - a, digits, null, null);
    }

    /** A finish figure in days from the start, with each run's date when its plan had a start date. */
    private static Line finish(String label, JclRunRecord a, JclRunRecord b,
                               java.util.function.ToDoubleFunction<JclRunRecord> days,
                               java.util.function.Function<JclRunRecord.Dates, String> date) {
        double x = days.applyAsDouble(a);
        double y = days.applyAsDouble(b);
        return new Line(label, "days", x, y, y - x, 1, a.dates() == null ? null : date.apply(a.dates()),
                b.dates() == null ? null : date.apply(b.dates()));
    }

    private static Chart.Axis costAxis(String currency) {
        return Chart.Axis.of(currency.isEmpty() ? "cost" : "cost (" + currency + ")", "compact");
    }

    /**
     * The finish axis: day counts titled "finish (days from start)" without a start date; with one, "Finish date"
     * with the date of every whole day the chart can show (its figures and a margin for the axis's round ends).
     */
    static Chart.Axis finishAxis(JclReport r, @Nullable WorkCalendar calendar) {
        if (calendar == null) {
            return Chart.Axis.of("finish (days from start)", "number");
        }
        double min = Math.min(r.finishTarget(), Math.min(r.deterministicFinish(), r.finish().min()));
        double max = Math.max(r.finishTarget(), Math.max(r.deterministicFinish(), r.finish().max()));
        for (JclReport.Frontier f : r.frontiers()) {
            for (JclReport.Point p : f.points()) {
                min = Math.min(min, p.x());
                max = Math.max(max, p.x());
            }
        }
        double margin = Math.max(10, (max - min) * 0.25);
        int first = (int) Math.max(0, Math.floor(min - margin));
        int last = (int) Math.min(Math.ceil(max + margin), first + 200_000);
        List<String> dates = calendar.dates(first, last).stream().map(LocalDate::toString).toList();
        return new Chart.Axis("Finish date", "date", null, null, new Chart.DayDates(first, dates));
    }

    private static List<List<Double>> points(List<JclReport.Point> points) {
        return points.stream().map(p -> List.of(p.x(), p.y())).toList();
    }

    private static void named(Map<String, String> names, @Nullable String id, @Nullable String name) {
        if (id != null && name != null && !name.isBlank()) {
            names.put(id, name.strip());
        }
    }

    /** The plan's activities as rows: duration, predecessors with link type and lag, cost loading, risks. */
    static List<ActivityRow> rows(JclPlan plan, Map<String, String> partners) {
        Map<String, List<String>> risksByActivity = new LinkedHashMap<>();
        if (plan.risks() != null) {
            for (RiskEvent r : plan.risks()) {
                if (r != null && r.affects() != null) {
                    for (String a : r.affects()) {
                        risksByActivity.computeIfAbsent(a, k -> new ArrayList<>()).add(r.id() + " ("
                                + percent(r.probability()) + ")");
                    }
                }
            }
        }
        List<ActivityRow> rows = new ArrayList<>();
        if (plan.activities() == null) {
            return rows;
        }
        for (JclPlan.ActivitySpec a : plan.activities()) {
            List<String> predecessors = new ArrayList<>();
            if (a.after() != null) {
                predecessors.addAll(a.after());
            }
            if (a.links() != null) {
                for (JclPlan.LinkSpec l : a.links()) {
                    String type = l.type() == null ? "FS" : l.type().toUpperCase(Locale.ROOT);
                    double lag = l.lag() == null ? 0 : l.lag();
                    predecessors.add(l.from() + " " + type + (lag == 0 ? "" : " " + (lag > 0 ? "+" : "") + num(lag) + " d"));
                }
            }
            String cost = "—";
            if (a.cost() != null) {
                List<String> parts = new ArrayList<>();
                if (a.cost().fixed() != null) {
                    parts.add(describe(a.cost().fixed()));
                }
                if (a.cost().rate() != null) {
                    parts.add(describe(a.cost().rate()) + " / day");
                }
                cost = String.join(" + ", parts);
            }
            String owner = a.owner() == null ? "" : a.owner();
            String ownerName = partners.getOrDefault(owner, owner);
            rows.add(new ActivityRow(a.id() == null ? "" : a.id(), a.name() == null ? "" : a.name(), owner,
                    owner.isEmpty() ? "" : ShortName.of(owner, ownerName), ownerName,
                    Boolean.TRUE.equals(a.milestone()) ? "milestone" : a.duration() == null ? "—" : describe(a.duration()),
                    String.join(", ", predecessors), cost,
                    String.join(", ", risksByActivity.getOrDefault(a.id(), List.of()))));
        }
        return rows;
    }

    private static String percent(@Nullable Double p) {
        return p == null ? "?" : String.format(Locale.ROOT, "%.0f %%", p * 100);
    }

    /** A distribution in words: "pert 150 / 180 / 300", "uniform 1–3", "20,000,000". */
    static String describe(DistributionSpec d) {
        String dist = d.dist() == null ? "?" : d.dist();
        return switch (dist) {
            case "fixed" -> num(d.value());
            case "uniform" -> "uniform " + num(d.min()) + "–" + num(d.max());
            case "triangular", "pert" -> dist + " " + num(d.min()) + " / " + num(d.mode()) + " / " + num(d.max());
            case "normal", "lognormal" -> dist + " " + num(d.mean()) + " ± " + num(d.sd());
            default -> dist;
        };
    }

    private static String num(@Nullable Double v) {
        if (v == null) {
            return "?";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.format(Locale.ROOT, "%,d", v.longValue());
        }
        return String.format(Locale.ROOT, "%,.2f", v);
    }
}
