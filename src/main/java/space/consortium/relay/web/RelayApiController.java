package space.consortium.relay.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import space.consortium.relay.RelayAsset;
import space.consortium.relay.RelayInput;
import space.consortium.relay.RelayPlan;
import space.consortium.relay.RelayRequest;
import space.consortium.relay.RelayService;
import space.consortium.shared.Computations;
import tools.jackson.databind.JsonNode;

@RestController
@Tag(name = "Relay", description = "Mars relay planning across partners' orbiters")
class RelayApiController {

    private final RelayService relay;
    private final Computations computations;

    RelayApiController(RelayService relay, Computations computations) {
        this.relay = relay;
        this.computations = computations;
    }

    /*
     * The body is read as a JSON tree and bound to the request record by RelayInput, so that a 400 names every problem
     * at once (each wrong-typed value and unknown field, and the plan's own checks), not only the first value Jackson
     * stops at; the documented schema is the record's.
     */

    @PostMapping("/api/relay/plan")
    @Operation(summary = "Windows, predicted volumes and the allocation of relay passes (with an optional what-if)",
            description = "Orbiters and landers are registry ids (\"mro\", \"curiosity\") or full objects; see "
                    + "docs/relay.md. Nothing is stored. Work limit: orbiters × landers × time steps (one per 20 s of "
                    + "the period) ≤ 5,000,000 anonymous, 25,000,000 signed in (422 above); time limit 30 s / 300 s; "
                    + "429 with Retry-After when the computation pool is full. A 400 names every problem of the plan "
                    + "at once.")
    RelayPlan plan(@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            schema = @Schema(implementation = RelayRequest.class))) @RequestBody(required = false) @Nullable
                   JsonNode body) {
        RelayRequest request = RelayInput.read(body, relay);
        return computations.run(work -> relay.plan(request, work));
    }

    @GetMapping("/api/relay/assets")
    @Operation(summary = "The registry's orbiters and landers with owners, parameters and sources")
    List<RelayAsset> assets() {
        return relay.assets();
    }
}
