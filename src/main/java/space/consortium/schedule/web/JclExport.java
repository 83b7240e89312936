package space.consortium.schedule.web;

import io.swagger.v3.oas.annotations.Operation;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import space.consortium.schedule.JclPlan;
import space.consortium.schedule.JclReport;
import space.consortium.schedule.JclService;
import space.consortium.schedule.ScheduleService;
import space.consortium.shared.Computations;
import space.consortium.shared.InvalidInput;
import space.consortium.shared.Table;
import space.consortium.shared.TableExport;

/**
 * A JCL run as a file: the schedule tab's "CSV" and "Spreadsheet (.xlsx)" buttons (the run form posted with
 * {@code format}; the run is recorded like any other) and {@code POST /api/jcl?format=csv|xlsx} (or {@code Accept:
 * text/csv}). Rows: mean, standard deviation and percentiles of finish (days) and cost (the plan's currency), then the
 * probabilities at the targets; inputs: trials, seed, targets, activities.
 */
@RestController
class JclExport {

    private final JclService jcl;
    private final ScheduleService schedules;
    private final Computations computations;

    JclExport(JclService jcl, ScheduleService schedules, Computations computations) {
        this.jcl = jcl;
        this.schedules = schedules;
        this.computations = computations;
    }

    @PostMapping(path = "/api/jcl", params = "format")
    @Operation(summary = "A JCL run as CSV or a spreadsheet (format=csv|xlsx, or Accept: text/csv)",
            description = "The same body, parameters and limits as without format.")
    ResponseEntity<byte[]> api(@RequestBody JclPlan plan, @RequestParam String format,
                               @RequestParam(required = false) @Nullable Integer trials,
                               @RequestParam(required = false) @Nullable Long seed) {
        TableExport.Format as = TableExport.Format.of(format);
        JclReport report = computations.run(work -> jcl.run(plan, trials, seed, JclService.MAX_WEB_TRIALS,
                done -> { }, work));
        return TableExport.download(table("JCL run", report, plan), as, "jcl-run-seed-" + report.seed());
    }

    @PostMapping(path = "/projects/{projectId}/schedule/run", params = "format")
    ResponseEntity<byte[]> page(@PathVariable String projectId, @RequestParam String format,
                                @RequestParam(required = false) @Nullable String trials,
                                @RequestParam(required = false) @Nullable String seed) {
        TableExport.Format as = TableExport.Format.of(format);
        Integer n = parse(trials, "trials") == null ? null : parse(trials, "trials").intValue();
        Long s = parse(seed, "seed");
        ScheduleService.Run run = computations.run(work -> schedules.run(projectId, n, s, done -> { }, work));
        JclPlan plan = schedules.get(projectId).plan();
        Table table = table("JCL run of " + projectId, run.result(), plan);
        return TableExport.download(table, as, "jcl-" + projectId + "-run-" + run.record().id());
    }

    private static @Nullable Long parse(@Nullable String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(text.strip().replace(",", "").replace("_", ""));
        } catch (NumberFormatException e) {
            throw new InvalidInput(field, "'" + text + "' is not a whole number");
        }
    }

    static Table table(String title, JclReport r, JclPlan plan) {
        String currency = plan.currency() == null || plan.currency().isBlank() ? "cost units" : plan.currency();
        Table.Builder t = Table.builder(title).column("Statistic").column("Finish", "days from start")
                .column("Cost", currency);
        JclReport.Summary f = r.finish();
        JclReport.Summary c = r.cost();
        t.row("Mean", f.mean(), c.mean());
        t.row("Standard deviation", f.sd(), c.sd());
        t.row("Min", f.min(), c.min());
        t.row("P10", f.p10(), c.p10());
        t.row("P20", f.p20(), c.p20());
        t.row("P30", f.p30(), c.p30());
        t.row("P40", f.p40(), c.p40());
        t.row("P50", f.p50(), c.p50());
        t.row("P60", f.p60(), c.p60());
        t.row("P70", f.p70(), c.p70());
        t.row("P80", f.p80(), c.p80());
        t.row("P90", f.p90(), c.p90());
        t.row("Max", f.max(), c.max());
        t.row("Single-point plan", r.deterministicFinish(), r.deterministicCost());
        t.row("Target", r.finishTarget(), r.costTarget());
        t.input("Trials", r.trials());
        t.input("Seed", r.seed());
        t.input("Converged early", r.converged());
        t.input("Activities", plan.activities() == null ? 0 : plan.activities().size());
        t.input("Risks", plan.risks() == null ? 0 : plan.risks().size());
        t.input("Finish target (days)", r.finishTarget());
        t.input("Cost target (" + currency + ")", r.costTarget());
        t.input("Currency", currency);
        t.input("P(finish by target)", r.probabilityFinishBy());
        t.input("P(cost within target)", r.probabilityCostWithin());
        t.input("JCL at the targets", r.jcl());
        return t.build();
    }
}
