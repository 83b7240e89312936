package space.consortium.schedule.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import space.consortium.schedule.JclInput;
import space.consortium.schedule.JclPlan;
import space.consortium.schedule.JclReport;
import space.consortium.schedule.JclService;
import space.consortium.shared.Computations;
import tools.jackson.databind.JsonNode;

@RestController
@Tag(name = "Risk: schedule & JCL", description = "Joint cost and schedule confidence of a cost-loaded schedule")
class JclApiController {

    private final JclService jcl;
    private final Computations computations;

    JclApiController(JclService jcl, Computations computations) {
        this.jcl = jcl;
        this.computations = computations;
    }

    /*
     * The body is read as a JSON tree and bound to the plan record by JclInput, so that a 400 names every problem at
     * once (each wrong-typed value and unknown field, and the plan's and the run's checks), not only the first value
     * Jackson stops at; the documented schema is the record's.
     */

    @PostMapping("/api/jcl")
    @Operation(summary = "Run the joint cost & schedule confidence (JCL) Monte Carlo on a plan",
            description = "Body: {\"activities\":[{\"id\":\"A\",\"owner\":\"esa\",\"duration\":{\"dist\":\"pert\","
                    + "\"min\":1,\"mode\":2,\"max\":3},\"after\":[\"X\"],\"cost\":{\"fixed\":{...},\"rate\":{...}}}],"
                    + " \"risks\":[...], \"correlations\":[...], \"targets\":{\"finish\":47,\"cost\":150}}; optional "
                    + "trials (100–200,000, default 10,000), seed (default 1), convergence. Nothing is stored. Work limit: "
                    + "trials × activities ≤ 200,000,000 anonymous, 1,000,000,000 signed in (422 above); time limit "
                    + "30 s / 300 s; 429 with Retry-After when the computation pool is full. A 400 names every "
                    + "problem of the plan and the run at once.")
    JclReport run(@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                          schema = @Schema(implementation = JclPlan.class))) @RequestBody JsonNode body,
                  @RequestParam(required = false) @Nullable Integer trials,
                  @RequestParam(required = false) @Nullable Long seed) {
        JclPlan plan = JclInput.plan(body, jcl, trials, JclService.MAX_WEB_TRIALS);
        return computations.run(work -> jcl.run(plan, trials, seed, JclService.MAX_WEB_TRIALS, done -> { }, work));
    }
}
