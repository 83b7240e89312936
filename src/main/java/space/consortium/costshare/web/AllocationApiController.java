package space.consortium.costshare.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import space.consortium.costshare.AllocationReport;
import space.consortium.costshare.AllocationRequest;
import space.consortium.costshare.CostShareService;

@RestController
@Tag(name = "Cost sharing", description = "Fair allocation of a shared cost with the rules of cooperative game theory")
class AllocationApiController {

    private final CostShareService costShare;

    AllocationApiController(CostShareService costShare) {
        this.costShare = costShare;
    }

    @PostMapping("/api/allocations")
    @Operation(summary = "Allocate a game's value with several rules and test their stability",
            description = "Body: {\"type\":\"cost\"|\"profit\", \"players\":[...], \"values\":{\"a\":1,\"a+b\":3,...}} "
                    + "or a structured \"model\" (airport, elements, scale, bankruptcy, weightedVoting); optional "
                    + "methods, weights, samples, seed, decimals. Nothing is stored.")
    AllocationReport allocate(@RequestBody AllocationRequest request) {
        return costShare.allocate(request);
    }
}
