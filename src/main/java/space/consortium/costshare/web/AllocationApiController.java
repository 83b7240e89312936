package space.consortium.costshare.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import space.consortium.costshare.AllocationReport;
import space.consortium.costshare.AllocationRequest;
import space.consortium.costshare.CostShareService;
import space.consortium.shared.Computations;

@RestController
@Tag(name = "Cost sharing", description = "Fair allocation of a shared cost with the rules of cooperative game theory")
class AllocationApiController {

    private final CostShareService costShare;
    private final Computations computations;

    AllocationApiController(CostShareService costShare, Computations computations) {
        this.costShare = costShare;
        this.computations = computations;
    }

    @PostMapping("/api/allocations")
    @Operation(summary = "Allocate a game's value with several rules and test their stability",
            description = "Body: {\"type\":\"cost\"|\"profit\", \"players\":[...], \"values\":{\"a\":1,\"a+b\":3,...}} "
                    + "or a structured \"model\" (airport, elements, scale, bankruptcy, weightedVoting); optional "
                    + "methods, weights, samples, seed, decimals. Nothing is stored. Work limits: players × samples ≤ "
                    + "50,000,000 anonymous, 500,000,000 signed in; players of an exact rule (shapley, banzhaf, "
                    + "nucleolus) ≤ 20 / 26 (422 above); time limit 30 s / 300 s; 429 with Retry-After when the "
                    + "computation pool is full.")
    AllocationReport allocate(@RequestBody AllocationRequest request) {
        return computations.run(work -> costShare.allocate(request, work));
    }
}
