package space.consortium.teaming;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A mission to staff: what it needs, who may take part, the constraints and the objective. Costs are in millions of
 * US dollars. When {@code partners} is left out, the platform's catalogue supplies them (with the enabled policies).
 *
 * @param objective        {@code min-cost} (default), {@code min-partners}, {@code max-redundancy} or
 *                         {@code lexicographic} (then {@code priorities} gives the order)
 * @param priorities       objectives, most important first, for {@code lexicographic}
 * @param policies         catalogue mode only: ids of the policies to apply; null: every enabled policy
 * @param timeLimitSeconds limit of the main solve, 1–120 (default 20)
 * @param pareto           compute the cost-versus-size Pareto set (default true)
 */
public record MissionRequest(@Nullable List<RequirementSpec> requirements, @Nullable List<PartnerSpec> partners,
                             @Nullable ConstraintSpec constraints, @Nullable String objective,
                             @Nullable List<String> priorities, @Nullable List<String> policies,
                             @Nullable Integer timeLimitSeconds, @Nullable Boolean pareto) {

    /**
     * A required capability.
     *
     * @param minMaturity TRL 1–9 (default 1)
     * @param redundancy  distinct coalition partners able to provide it (default 1)
     * @param quantity    units, each paid at the provider's cost (default 1)
     * @param critical    counts for {@code max-redundancy} (default: true when redundancy > 1)
     */
    public record RequirementSpec(@Nullable String capability, @Nullable Integer minMaturity,
                                  @Nullable Integer redundancy, @Nullable Integer quantity,
                                  @Nullable Boolean critical) {
    }

    /**
     * A candidate partner.
     *
     * @param budgetCap most it can be assigned in total, in millions of US dollars; null: no cap
     */
    public record PartnerSpec(@Nullable String id, @Nullable List<OfferSpec> capabilities, @Nullable Double budgetCap) {
    }

    /** What a partner offers: maturity TRL 1–9, cost per unit in millions of US dollars. */
    public record OfferSpec(@Nullable String capability, @Nullable Integer maturity, @Nullable Double cost) {
    }

    /**
     * @param incompatible pairs of partner ids that may not both take part
     * @param budgetCaps   partner id → cap in millions of US dollars (adds to or overrides a partner's {@code budgetCap})
     */
    public record ConstraintSpec(@Nullable List<String> required, @Nullable List<String> excluded,
                                 @Nullable List<List<String>> incompatible, @Nullable Integer maxPartners,
                                 @Nullable Map<String, Double> budgetCaps) {
    }
}
