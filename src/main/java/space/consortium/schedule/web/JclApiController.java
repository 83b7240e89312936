package space.consortium.schedule.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import space.consortium.schedule.JclPlan;
import space.consortium.schedule.JclReport;
import space.consortium.schedule.JclService;
import space.consortium.shared.Computations;

@RestController
@Tag(name = "Risk: schedule & JCL", description = "Joint cost and schedule confidence of a cost-loaded schedule")
class JclApiController {

    private final JclService jcl;
    private final Computations computations;

    JclApiController(JclService jcl, Computations computations) {
        this.jcl = jcl;
        this.computations = computations;
    }

    @PostMapping("/api/jcl")
    @Operation(summary = "Run the joint cost & schedule confidence (JCL) Monte Carlo on a plan",
            description = "Body: {\"activities\":[{\"id\":\"A\",\"owner\":\"esa\",\"duration\":{\"dist\":\"pert\","
                    + "\"min\":1,\"mode\":2,\"max\":3},\"after\":[\"X\"],\"cost\":{\"fixed\":{...},\"rate\":{...}}}],"
                    + " \"risks\":[...], \"correlations\":[...], \"targets\":{\"finish\":47,\"cost\":150}}; optional "
                    + "trials (100–200,000, default 10,000), seed (default 1), convergence. Nothing is stored. Work limit: "
                    + "trials × activities ≤ 200,000,000 anonymous, 1,000,000,000 signed in (422 above); time limit "
                    + "30 s / 300 s; 429 with Retry-After when the computation pool is full.")
    JclReport run(@RequestBody JclPlan plan, @RequestParam(required = false) @Nullable Integer trials,
                  @RequestParam(required = false) @Nullable Long seed) {
        return computations.run(work -> jcl.run(plan, trials, seed, JclService.MAX_WEB_TRIALS, done -> { }, work));
    }
}
