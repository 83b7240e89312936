package space.consortium.costshare.web;

import io.swagger.v3.oas.annotations.Operation;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import space.consortium.costshare.AllocationReport;
import space.consortium.costshare.AllocationRequest;
import space.consortium.costshare.CostShareService;
import space.consortium.projects.ProjectDetail;
import space.consortium.projects.ProjectService;
import space.consortium.shared.Computations;
import space.consortium.shared.InvalidInput;
import space.consortium.shared.Table;
import space.consortium.shared.TableExport;

/**
 * An allocation as a file: the cost-sharing page's "CSV" and "Spreadsheet (.xlsx)" buttons (a GET with the form's
 * parameters and {@code format}) and {@code POST /api/allocations?format=csv|xlsx} (or {@code Accept: text/csv}).
 * One row per partner, one column per rule, the total last; the inputs (model, figures, seed) on the second sheet.
 */
@RestController
class AllocationExport {

    private final ProjectService projects;
    private final CostShareService costShare;
    private final Computations computations;

    AllocationExport(ProjectService projects, CostShareService costShare, Computations computations) {
        this.projects = projects;
        this.costShare = costShare;
        this.computations = computations;
    }

    @GetMapping(path = "/projects/{projectId}/cost-sharing/allocation", params = "format")
    ResponseEntity<byte[]> page(@PathVariable String projectId, @RequestParam String format,
                                @RequestParam MultiValueMap<String, String> params) {
        TableExport.Format as = TableExport.Format.of(format);
        ProjectDetail detail = projects.detail(projectId);
        Map<String, String> participants = new LinkedHashMap<>();
        detail.participants().forEach(p -> participants.put(p.partnerId(), p.partnerName()));
        MultiValueMap<String, String> query = new org.springframework.util.LinkedMultiValueMap<>(params);
        query.set("compute", "1");
        AllocationForm.View view = computations.run(work -> AllocationForm.build(participants, query, costShare));
        if (!view.errors().isEmpty()) {
            throw new InvalidInput(view.errors().all());
        }
        if (view.report() == null) {
            throw new InvalidInput("player", "choose at least two partners to share a cost");
        }
        Map<String, @Nullable Object> inputs = new LinkedHashMap<>();
        inputs.put("Project", detail.project().name());
        inputs.put("Cost model", view.model());
        view.params().forEach((k, v) -> {
            if (!k.equals("format") && !k.equals("compute") && !k.equals("model") && !k.equals("player")) {
                inputs.put(k, number(v));
            }
        });
        inputs.put("Partners", String.join(", ", view.labels()));
        // the page's file names the rules as the page does ("Shapley value"); the API's keeps the method ids
        return TableExport.download(table("Allocation of " + detail.project().name() + "'s cost", view.report(),
                view.labels(), "as entered", inputs, AllocationForm.RULE_NAMES), as, "allocation-" + projectId);
    }

    @PostMapping(path = "/api/allocations", params = "format")
    @Operation(summary = "An allocation as CSV or a spreadsheet (format=csv|xlsx, or Accept: text/csv)",
            description = "The same body and limits as without format; one row per player, one column per rule, the "
                    + "total last; the spreadsheet's second sheet lists the inputs and the seed.")
    ResponseEntity<byte[]> api(@RequestBody AllocationRequest request, @RequestParam String format) {
        TableExport.Format as = TableExport.Format.of(format);
        AllocationReport report = computations.run(work -> costShare.allocate(request, work));
        Map<String, @Nullable Object> inputs = new LinkedHashMap<>();
        inputs.put("Type", report.type());
        inputs.put("Players", String.join(", ", report.players()));
        if (request.values() != null) {
            request.values().forEach((coalition, value) -> inputs.put("v(" + coalition + ")", value));
        }
        if (request.model() != null) {
            inputs.put("Model", String.valueOf(request.model()));
        }
        inputs.put("Methods", String.join(", ", report.allocations().keySet()));
        inputs.put("Samples", request.samples());
        inputs.put("Decimals", report.decimals());
        return TableExport.download(table("Allocation", report, report.players(), "", inputs, Map.of()), as,
                "allocation");
    }

    /**
     * One row per player (labelled), one column per rule (headed by its name in {@code ruleNames}, else its id), then
     * the total row and the seed as an input.
     */
    static Table table(String title, AllocationReport report, List<String> labels, String unit,
                       Map<String, @Nullable Object> inputs, Map<String, String> ruleNames) {
        Table.Builder table = Table.builder(title).column("Partner").column("Partner id");
        for (String method : report.allocations().keySet()) {
            table.column(ruleNames.getOrDefault(method, method), unit);
        }
        for (int i = 0; i < report.players().size(); i++) {
            String player = report.players().get(i);
            Object[] cells = new Object[2 + report.allocations().size()];
            cells[0] = labels.get(i);
            cells[1] = player;
            int c = 2;
            for (Map<String, BigDecimal> shares : report.allocations().values()) {
                cells[c++] = shares.get(player);
            }
            table.row(cells);
        }
        Object[] total = new Object[2 + report.allocations().size()];
        total[0] = "Total";
        total[1] = "";
        for (int c = 2; c < total.length; c++) {
            total[c] = report.total();
        }
        table.row(total);
        inputs.forEach(table::input);
        table.input("Seed", report.seed());
        return table.build();
    }

    private static Object number(String text) {
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            return text;
        }
    }
}
