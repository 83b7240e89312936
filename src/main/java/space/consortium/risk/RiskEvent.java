package space.consortium.risk;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A risk as a discrete event, the one risk-event type of the application: the register exports its open risks as
 * these ({@code /api/projects/{id}/risk-events}), and a JCL plan of the {@code schedule} module lists them as its
 * {@code risks}. The event occurs with {@code probability} (Bernoulli, in [0, 1]) and then adds one delay (days) to
 * every affected activity and one cost (the plan's currency). Only the given fields are written, so an exported event
 * can be pasted into a plan as it is. Fields are nullable because the same record binds a plan file or request body
 * before validation, which names each missing field.
 *
 * @param name  label for people (the id when absent)
 * @param delay delay in days when the risk occurs; absent when it has none
 * @param cost  cost impact when it occurs; absent when it has none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RiskEvent(@Nullable String id, @Nullable String name, @Nullable Double probability,
                        @Nullable List<@Nullable String> affects, @Nullable DistributionSpec delay,
                        @Nullable DistributionSpec cost) {

    public RiskEvent {
        affects = affects == null ? null : Collections.unmodifiableList(new ArrayList<>(affects));
    }

    /**
     * The events of a project; per event id, the risk's title and owner partner; and the open risks left out with
     * the reason.
     */
    public record Export(String projectId, List<RiskEvent> risks, Map<String, Source> sources, List<Skipped> skipped) {

        public Export {
            risks = List.copyOf(risks);
            sources = Collections.unmodifiableMap(new LinkedHashMap<>(sources));
            skipped = List.copyOf(skipped);
        }
    }

    /**
     * Where an event comes from: the risk's title and owner partner, and the currency and price year of its cost
     * (absent when it has no cost). A plan takes an event's cost in the plan's currency: convert it first when the
     * plan's currency is another.
     */
    public record Source(long riskId, String title, String ownerPartnerId, @Nullable String costCurrency,
                         @Nullable Integer costPriceYear) {
    }

    /** A risk not exported, and why. */
    public record Skipped(String id, String title, String reason) {
    }
}
