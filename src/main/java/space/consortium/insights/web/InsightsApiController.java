package space.consortium.insights.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import space.consortium.insights.CooperationNetwork;
import space.consortium.insights.InsightsService;
import space.consortium.insights.InsightsStats;

@RestController
@Tag(name = "Insights", description = "Cooperation statistics computed from the sourced registry")
class InsightsApiController {

    private final InsightsService insights;

    InsightsApiController(InsightsService insights) {
        this.insights = insights;
    }

    @GetMapping("/api/insights/network")
    @Operation(summary = "The network of partners who share projects, with degree, betweenness, closeness, clustering "
            + "and community per partner", description = "year=YYYY: only projects launched by then; outside the "
            + "registry's launch years → 400")
    CooperationNetwork network(@RequestParam(required = false) @Nullable Integer year) {
        return insights.network(year);
    }

    @GetMapping("/api/insights/stats")
    @Operation(summary = "Counts, international shares per partner, Artemis Accords signatories and the strongest pairs",
            description = "With partner=ID only that partner's share, statistics and pairs; unknown partner → 404")
    InsightsStats stats(@RequestParam(required = false) @Nullable String partner) {
        return insights.stats(partner);
    }
}
