package space.consortium.fleet.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import space.consortium.fleet.FleetPreset;
import space.consortium.fleet.FleetReport;
import space.consortium.fleet.FleetRequest;
import space.consortium.fleet.FleetService;
import space.consortium.fleet.ReplayReport;
import space.consortium.shared.Computations;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/fleet")
@Tag(name = "Fleet resilience", description = "A station's consumables reserve under a multi-partner resupply fleet")
class FleetApiController {

    private final FleetService fleets;
    private final Computations computations;

    FleetApiController(FleetService fleets, Computations computations) {
        this.fleets = fleets;
        this.computations = computations;
    }

    /** Fleets to compare with one seed (the body of {@code /compare}; its schema in the API documentation). */
    record CompareRequest(@Nullable List<FleetRequest> fleets) {
    }

    /*
     * The bodies are read as JSON trees and bound to the request records by FleetInput, so that a 400 names every
     * problem at once (each wrong-typed value and unknown field, and the fleet's own checks), not only the first
     * value Jackson stops at; the documented schema is the record's.
     */

    @PostMapping("/simulate")
    @Operation(summary = "Monte Carlo of one fleet: P(reserve below the threshold), P(empty), reserve bands",
            description = "Work limit: trials × flights (Σ over vehicles of horizon ÷ cadence) ≤ 100,000,000 "
                    + "anonymous, 1,000,000,000 signed in (422 above); time limit 30 s / 300 s; 429 with Retry-After "
                    + "when the computation pool is full. A 400 names every problem of the fleet at once.")
    FleetReport simulate(@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            schema = @Schema(implementation = FleetRequest.class))) @RequestBody JsonNode body) {
        FleetRequest request = FleetInput.one(body, fleets, Integer.MAX_VALUE);
        return computations.run(work -> fleets.simulate(request, work));
    }

    @PostMapping("/compare")
    @Operation(summary = "Several fleets with the same trials and seed, side by side",
            description = "Work limit: trials × flights summed over the fleets, as for /simulate.")
    List<FleetReport> compare(@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            schema = @Schema(implementation = CompareRequest.class))) @RequestBody JsonNode body) {
        List<FleetRequest> requests = FleetInput.compared(body, fleets);
        return computations.run(work -> fleets.compare(requests, work));
    }

    @GetMapping("/presets")
    @Operation(summary = "The shipped fleets: ISS 2015 and one-partner fleets with the same supply")
    List<FleetPreset> presets() {
        return fleets.presets();
    }

    @GetMapping("/presets/{id}")
    FleetPreset preset(@PathVariable String id) {
        return fleets.preset(id);
    }

    @GetMapping("/replay")
    @Operation(summary = "The ISS cargo manifest of 2014–2015, with its three losses, through the reserve model")
    ReplayReport replay() {
        return fleets.replay();
    }
}
