package space.consortium.schedule.web;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import space.consortium.projects.ProjectService;
import space.consortium.schedule.JclRunRecord;
import space.consortium.schedule.ScheduleService;
import space.consortium.shared.InvalidInput;
import space.consortium.shared.Table;
import space.consortium.shared.TableExport;

/**
 * A project's stored JCL runs: every run with its seed, inputs (plan version, trials, targets) and headline figures
 * (P50/P80 finish and cost, JCL at the targets), two of them side by side, and the list as CSV or a spreadsheet.
 */
@Controller
@RequestMapping("/projects/{projectId}/schedule/runs")
class RunHistoryPageController {

    static final int MAX_RUNS = 200;

    private final ProjectService projects;
    private final ScheduleService schedules;

    RunHistoryPageController(ProjectService projects, ScheduleService schedules) {
        this.projects = projects;
        this.schedules = schedules;
    }

    /**
     * One line of the side-by-side table; {@code difference} is b − a. A finish figure of a run whose plan had a start
     * date carries its date ({@code aDate}, {@code bDate}; null otherwise).
     */
    record Line(String label, String unit, double a, double b, double difference, int digits, @Nullable String aDate,
                @Nullable String bDate) {
    }

    @GetMapping
    String history(@PathVariable String projectId, Model model) {
        model.addAttribute("project", projects.get(projectId));
        model.addAttribute("runs", schedules.runs(projectId, MAX_RUNS));
        return "risk/schedule/runs";
    }

    @GetMapping(params = "format")
    ResponseEntity<byte[]> export(@PathVariable String projectId, @RequestParam String format) {
        TableExport.Format as = TableExport.Format.of(format);
        String name = projects.get(projectId).name();
        Table.Builder t = Table.builder("JCL runs of " + name).column("Run").column("Ran at", "UTC")
                .column("Plan version").column("Trials").column("Seed")
                .column("Finish P50", "days").column("Finish P80", "days").column("Cost P50", "plan currency")
                .column("Cost P80", "plan currency").column("Finish target", "days")
                .column("Cost target", "plan currency").column("JCL at targets", "share of trials")
                .column("Start date", "day 0").column("Finish P50 date").column("Finish P80 date")
                .column("Finish target date").column("Dates count");
        for (JclRunRecord r : schedules.runs(projectId, MAX_RUNS)) {
            JclRunRecord.Dates d = r.dates();
            t.row(r.id(), r.ranAt().toString(), r.planVersion(), r.trials(), r.seed(), r.finishP50(), r.finishP80(),
                    r.costP50(), r.costP80(), r.finishTarget(), r.costTarget(), r.jcl(),
                    d == null ? null : d.start(), d == null ? null : d.finishP50(), d == null ? null : d.finishP80(),
                    d == null ? null : d.finishTarget(), d == null ? null : d.rule());
        }
        t.input("Project", name);
        return TableExport.download(t.build(), as, "jcl-runs-" + projectId);
    }

    @GetMapping("/compare")
    String compare(@PathVariable String projectId, @RequestParam(name = "run", required = false)
                   @Nullable List<Long> runs, Model model) {
        if (runs == null || runs.size() != 2) {
            throw new InvalidInput("run", "choose exactly two runs to compare");
        }
        JclRunRecord a = schedules.run(projectId, runs.get(0));
        JclRunRecord b = schedules.run(projectId, runs.get(1));
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
        model.addAttribute("project", projects.get(projectId));
        model.addAttribute("a", a);
        model.addAttribute("b", b);
        model.addAttribute("lines", lines);
        return "risk/schedule/compare";
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
}
