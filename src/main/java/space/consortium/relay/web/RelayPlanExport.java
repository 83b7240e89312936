package space.consortium.relay.web;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import space.consortium.relay.RelayAsset;
import space.consortium.relay.RelayPlan;
import space.consortium.relay.RelayService;
import space.consortium.shared.Computations;
import space.consortium.shared.InvalidInput;
import space.consortium.shared.Table;
import space.consortium.shared.TableExport;

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
    ResponseEntity<byte[]> api(@RequestBody(required = false) @Nullable Object body, @RequestParam String format) {
        TableExport.Format as = TableExport.Format.of(format);
        RelayPlan plan = computations.run(work -> relay.plan(body, work));
        return TableExport.download(table(plan), as, "relay-plan");
    }

    /** The page's parameters, read as the page reads them (start date, days, mask, orbiters, landers, lose). */
    @GetMapping(path = "/relay", params = "format")
    ResponseEntity<byte[]> page(@RequestParam MultiValueMap<String, String> params) {
        TableExport.Format as = TableExport.Format.of(params.getFirst("format"));
        List<String> orbiters = params.containsKey("orbiter") ? params.get("orbiter")
                : relay.assets().stream().filter(RelayAsset::isOrbiter).map(RelayAsset::id).toList();
        List<String> landers = params.getOrDefault("lander", List.of("curiosity", "perseverance"));
        String start = params.getFirst("start") == null ? "2026-01-01" : params.getFirst("start");
        Map<String, Object> body = new LinkedHashMap<>();
        Instant from;
        try {
            from = LocalDate.parse(start.strip()).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInput("start", "'" + start + "' is not a date such as 2026-01-01");
        }
        long days = whole(params.getFirst("days") == null ? "3" : params.getFirst("days"), "days");
        if (days < 1 || days > 14) {
            throw new InvalidInput("days", "must be a whole number of days from 1 to 14");
        }
        body.put("start", from.toString());
        body.put("end", from.plusSeconds(86_400L * days).toString());
        try {
            body.put("minElevationDeg", Double.parseDouble(params.getFirst("mask") == null ? "10"
                    : params.getFirst("mask").strip()));
        } catch (NumberFormatException e) {
            throw new InvalidInput("minElevationDeg", "must be a number of degrees");
        }
        body.put("propagator", params.getFirst("propagator") == null ? "auto" : params.getFirst("propagator"));
        body.put("orbiters", orbiters);
        body.put("landers", landers);
        List<String> lost = params.getOrDefault("lose", List.of()).stream().filter(orbiters::contains).toList();
        if (!lost.isEmpty()) {
            body.put("whatIf", Map.of("removeOrbiters", lost));
        }
        RelayPlan plan = computations.run(work -> relay.plan(body, work));
        return TableExport.download(table(plan), as, "relay-plan-" + start);
    }

    private static long whole(String text, String field) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInput(field, "'" + text + "' is not a whole number");
        }
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
