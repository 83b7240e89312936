package space.consortium.schedule.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import space.consortium.schedule.JclInput;
import space.consortium.schedule.JclPlan;
import space.consortium.schedule.JclReport;
import space.consortium.schedule.JclService;
import space.consortium.schedule.ScheduleService;
import space.consortium.shared.Computations;
import space.consortium.shared.Table;
import space.consortium.shared.TableExport;
import tools.jackson.databind.JsonNode;

/**
 * A JCL run as a file: the schedule tab's "CSV" and "Spreadsheet (.xlsx)" buttons (the run form posted with
 * {@code format}; the run is recorded like any other) and {@code POST /api/jcl?format=csv|xlsx} (or {@code Accept:
 * text/csv}). Rows: mean, standard deviation and percentiles of finish (days, and dates when the plan has a start date)
 * and cost (the plan's currency), then the probabilities at the targets; inputs: trials, seed, targets, activities,
 * the start date and the rule its dates follow.
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
    ResponseEntity<byte[]> api(@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content =
            @Content(schema = @Schema(implementation = JclPlan.class))) @RequestBody JsonNode body,
                               @RequestParam String format, @RequestParam(required = false) @Nullable Integer trials,
                               @RequestParam(required = false) @Nullable Long seed) {
        TableExport.Format as = TableExport.Format.of(format);
        // every problem at once, as without format
        JclPlan plan = JclInput.plan(body, jcl, trials, JclService.MAX_WEB_TRIALS);
        JclReport report = computations.run(work -> jcl.run(plan, trials, seed, JclService.MAX_WEB_TRIALS,
                done -> { }, work));
        return TableExport.download(table("JCL run", report, plan), as, "jcl-run-seed-" + report.seed());
    }

    @PostMapping(path = "/projects/{projectId}/schedule/run", params = "format")
    ResponseEntity<byte[]> page(@PathVariable String projectId, @RequestParam String format,
                                @RequestParam(required = false) @Nullable String trials,
                                @RequestParam(required = false) @Nullable String seed) {
        TableExport.Format as = TableExport.Format.of(format);
        RunForm.Parsed form = new RunForm(trials, seed).parse();
        ScheduleService.Run run = computations.run(work -> schedules.run(projectId, form.trials(), form.seed(),
                done -> { }, work));
        JclPlan plan = schedules.get(projectId).plan();
        Table table = table("JCL run of " + projectId, run.result(), plan);
        return TableExport.download(table, as, "jcl-" + projectId + "-run-" + run.record().id());
    }

    /**
     * The run as a table: a statistic per row, finish in days from the start and, when the plan has a start date, as
     * the date by its calendar rule, then cost; the inputs (with the start date and the rule) on the second sheet.
     */
    static Table table(String title, JclReport r, JclPlan plan) {
        String currency = plan.currency() == null || plan.currency().isBlank() ? "cost units" : plan.currency();
        JclReport.FinishDates d = r.finishDates();
        Table.Builder t = Table.builder(title).column("Statistic").column("Finish", "days from start");
        if (d != null) {
            t.column("Finish date", d.rule());
        }
        t.column("Cost", currency);
        JclReport.Summary f = r.finish();
        JclReport.Summary c = r.cost();
        row(t, d, "Mean", f.mean(), d == null ? null : d.mean(), c.mean());
        row(t, d, "Standard deviation", f.sd(), null, c.sd());
        row(t, d, "Min", f.min(), d == null ? null : d.min(), c.min());
        row(t, d, "P10", f.p10(), d == null ? null : d.p10(), c.p10());
        row(t, d, "P20", f.p20(), d == null ? null : d.p20(), c.p20());
        row(t, d, "P30", f.p30(), d == null ? null : d.p30(), c.p30());
        row(t, d, "P40", f.p40(), d == null ? null : d.p40(), c.p40());
        row(t, d, "P50", f.p50(), d == null ? null : d.p50(), c.p50());
        row(t, d, "P60", f.p60(), d == null ? null : d.p60(), c.p60());
        row(t, d, "P70", f.p70(), d == null ? null : d.p70(), c.p70());
        row(t, d, "P80", f.p80(), d == null ? null : d.p80(), c.p80());
        row(t, d, "P90", f.p90(), d == null ? null : d.p90(), c.p90());
        row(t, d, "Max", f.max(), d == null ? null : d.max(), c.max());
        row(t, d, "Single-point plan", r.deterministicFinish(), d == null ? null : d.deterministic(),
                r.deterministicCost());
        row(t, d, "Target", r.finishTarget(), d == null ? null : d.target(), r.costTarget());
        if (d != null) {
            t.input("Start date (day 0)", d.start());
            t.input("Dates count", d.rule());
        }
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

    private static void row(Table.Builder t, JclReport.@Nullable FinishDates dates, String statistic, double days,
                            @Nullable String date, double cost) {
        if (dates == null) {
            t.row(statistic, days, cost);
        } else {
            t.row(statistic, days, date, cost);
        }
    }
}
