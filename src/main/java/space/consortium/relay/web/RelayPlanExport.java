package space.consortium.relay.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import space.consortium.relay.RelayInput;
import space.consortium.relay.RelayRequest;
import space.consortium.relay.RelayPlan;
import space.consortium.relay.RelayService;
import space.consortium.shared.Computations;
import space.consortium.shared.FormProblems;
import space.consortium.shared.InvalidInput;
import space.consortium.shared.Table;
import space.consortium.shared.TableExport;
import tools.jackson.databind.JsonNode;

/**
 * A relay plan as a file: the relay page's download buttons ({@code GET /relay?format=csv|xlsx} with the page's
 * parameters) and {@code POST /api/relay/plan?format=csv|xlsx} (or {@code Accept: text/csv}). One row per chosen pass;
 * inputs: period, mask, propagator, orbiters, landers, what-if.
 */
@RestController
class RelayPlanExport {

    private final RelayService relay;
    private final Computations computations;

    RelayPlanExport(RelayService relay, Computations computations) {
        this.relay = relay;
        this.computations = computations;
    }

    @PostMapping(path = "/api/relay/plan", params = "format")
    @Operation(summary = "A relay plan as CSV or a spreadsheet (format=csv|xlsx, or Accept: text/csv)",
            description = "The same body and limits as without format; one row per chosen pass.")
    ResponseEntity<byte[]> api(@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content =
            @Content(schema = @Schema(implementation = RelayRequest.class))) @RequestBody(required = false) @Nullable
                               JsonNode body, @RequestParam String format) {
        TableExport.Format as = TableExport.Format.of(format);
        RelayRequest request = RelayInput.read(body, relay); // every problem at once, as without format
        RelayPlan plan = computations.run(work -> relay.plan(request, work));
        return TableExport.download(table(plan), as, "relay-plan");
    }

    /** The page's form, read as the page reads it ({@link RelayForm}), with its policy checkboxes. */
    @GetMapping(path = "/relay", params = "format")
    ResponseEntity<byte[]> page(@ModelAttribute("relayForm") RelayForm form, BindingResult binding,
                                @RequestParam String format) {
        TableExport.Format as = TableExport.Format.of(format);
        FormProblems problems = new FormProblems().addAll(binding);
        List<String> policies = relay.policies().stream().map(p -> p.id()).filter(form.policies()::contains).toList();
        RelayRequest request = form.toRequest(policies, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems.all());
        }
        RelayPlan plan = computations.run(work -> relay.plan(request, work));
        return TableExport.download(table(plan), as, "relay-plan-" + form.startText());
    }

    static Table table(RelayPlan plan) {
        Table.Builder t = Table.builder("Relay plan").column("Orbiter").column("Orbiter owner").column("Lander")
                .column("Lander owner").column("Start", "UTC").column("End", "UTC").column("Duration", "min")
                .column("Max elevation", "deg").column("Min range", "km").column("Volume", "Mbit")
                .column("Local solar time at lander");
        for (RelayPlan.PassView p : plan.plan().chosen()) {
            t.row(p.orbiter(), p.orbiterOwner(), p.lander(), p.landerOwner(), p.start().toString(), p.end().toString(),
                    p.durationMin(), p.maxElevationDeg(), p.minRangeKm(), p.volumeMbit(), p.localSolarTime());
        }
        t.input("Start (UTC)", plan.start().toString());
        t.input("End (UTC)", plan.end().toString());
        t.input("Sols", plan.sols());
        t.input("Minimum elevation (deg)", plan.minElevationDeg());
        t.input("Maximum range (km)", plan.maxRangeKm());
        t.input("Propagator", plan.propagator());
        t.input("Orbiters", String.join(", ", plan.orbiters().stream().map(RelayPlan.OrbiterView::id).toList()));
        t.input("Landers", String.join(", ", plan.landers().stream().map(RelayPlan.LanderView::id).toList()));
        t.input("Method", plan.plan().method());
        t.input("Proved optimal", plan.plan().optimal());
        t.input("Total volume (Mbit)", plan.plan().volumeMbit());
        for (RelayPlan.LanderTotal l : plan.plan().landers()) {
            t.input("Unmet demand of " + l.lander() + " (Mbit)", l.unmetMbit());
        }
        t.input("Seed", "none (the plan is deterministic)");
        return t.build();
    }
}
