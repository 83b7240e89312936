package space.consortium.fleet.web;

import io.swagger.v3.oas.annotations.Operation;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import space.consortium.fleet.FleetPreset;
import space.consortium.fleet.FleetReport;
import space.consortium.fleet.FleetRequest;
import space.consortium.fleet.FleetService;
import space.consortium.shared.Computations;
import space.consortium.shared.Table;
import space.consortium.shared.Problems;
import space.consortium.shared.TableExport;

/**
 * Fleet runs as a file: the fleet page's download buttons ({@code GET /risk/fleet?run=1&format=csv|xlsx} with the
 * page's fleets, trials and seed) and {@code POST /api/fleet/simulate?format=csv|xlsx} (or {@code Accept: text/csv}).
 * One row per fleet with its probabilities, their standard errors and reserves; inputs: trials, seed, fleets.
 */
@RestController
class FleetExport {

    private final FleetService fleets;
    private final Computations computations;

    FleetExport(FleetService fleets, Computations computations) {
        this.fleets = fleets;
        this.computations = computations;
    }

    @PostMapping(path = "/api/fleet/simulate", params = "format")
    @Operation(summary = "A fleet run as CSV or a spreadsheet (format=csv|xlsx, or Accept: text/csv)",
            description = "The same body and limits as without format.")
    ResponseEntity<byte[]> api(@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
            content = @io.swagger.v3.oas.annotations.media.Content(schema = @io.swagger.v3.oas.annotations.media.Schema(
                    implementation = FleetRequest.class))) @RequestBody tools.jackson.databind.JsonNode body,
                               @RequestParam String format) {
        TableExport.Format as = TableExport.Format.of(format);
        FleetRequest request = FleetInput.one(body, fleets, Integer.MAX_VALUE); // every problem at once, as without format
        FleetReport report = computations.run(work -> fleets.simulate(request, work));
        return TableExport.download(table(List.of(report)), as, "fleet-run");
    }

    @GetMapping(path = "/risk/fleet", params = "format")
    ResponseEntity<byte[]> page(@RequestParam String format,
                                @RequestParam(name = "fleet", required = false) @Nullable List<String> chosen,
                                @RequestParam(required = false) @Nullable Integer trials,
                                @RequestParam(required = false) @Nullable Long seed) {
        TableExport.Format as = TableExport.Format.of(format);
        List<String> ids = chosen != null ? chosen : fleets.presets().stream().map(FleetPreset::id).toList();
        int n = trials == null ? FleetService.DEFAULT_TRIALS : trials;
        Problems problems = new Problems(); // every problem of the choice at once
        problems.check(n >= 100 && n <= FleetPageController.PAGE_MAX_TRIALS, "trials", "must be between 100 and "
                + FleetPageController.PAGE_MAX_TRIALS + " on this page (the API takes more)");
        long s = seed == null ? FleetService.DEFAULT_SEED : seed;
        List<FleetRequest> requests = new ArrayList<>();
        for (String id : ids) {
            fleets.presets().stream().filter(p -> p.id().equals(id)).findFirst().ifPresentOrElse(
                    preset -> requests.add(preset.fleet().with(preset.name(), n, s)),
                    () -> problems.add("fleet", "'" + id + "' is not a shipped fleet"));
        }
        problems.check(!ids.isEmpty(), "fleet", "choose at least one fleet to compare");
        problems.throwIfAny();
        List<FleetReport> reports = computations.run(work -> fleets.compare(requests, work));
        return TableExport.download(table(reports), as, "fleet-runs-seed-" + s);
    }

    static Table table(List<FleetReport> reports) {
        Table.Builder t = Table.builder("Fleet resilience").column("Fleet")
                .column("P(reserve below threshold)", "share of trials").column("Standard error", "share of trials")
                .column("P(reserve empty)", "share of trials").column("Standard error (empty)", "share of trials")
                .column("Mean minimum reserve", "days").column("Mean days below threshold", "days")
                .column("Mean vehicles lost", "per trial").column("Nominal supply", "kg/day")
                .column("Consumption", "kg/day").column("Initial reserve", "days").column("Threshold", "days")
                .column("Horizon", "days");
        for (FleetReport r : reports) {
            t.row(r.name(), r.probabilityBelowThreshold(), r.standardErrorBelowThreshold(), r.probabilityEmpty(),
                    r.standardErrorEmpty(), r.meanMinimumReserveDays(), r.meanDaysBelowThreshold(), r.meanLosses(),
                    r.nominalSupplyKgPerDay(), r.consumptionKgPerDay(), r.initialReserveDays(), r.thresholdDays(),
                    r.horizonDays());
        }
        if (!reports.isEmpty()) {
            t.input("Trials", reports.get(0).trials());
            t.input("Seed", reports.get(0).seed());
        }
        t.input("Fleets", String.join(", ", reports.stream().map(FleetReport::name).toList()));
        for (FleetReport r : reports) {
            for (FleetReport.VehicleStats v : r.vehicles()) {
                t.input(r.name() + ": " + v.id() + " (" + v.partner() + ") mean flights", v.meanFlights());
            }
        }
        return t.build();
    }
}
