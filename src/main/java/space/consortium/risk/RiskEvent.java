package space.consortium.risk;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A risk as a discrete event for the schedule and cost Monte Carlo, in the format of a JCL plan's {@code risks}: it
 * occurs with {@code probability} (Bernoulli) and then adds its delay to the affected activities and its cost. Only
 * the plan's fields are written, so an event can be pasted into a plan as it is.
 *
 * @param delay a distribution in days: {@code {"dist":"fixed","value":v}} or
 *              {@code {"dist":"triangular","min":a,"mode":m,"max":b}}; absent when the risk has none
 * @param cost  the same in the project's currency; absent when the risk has none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RiskEvent(String id, BigDecimal probability, List<String> affects, @Nullable Map<String, Object> delay,
                        @Nullable Map<String, Object> cost) {

    public RiskEvent {
        affects = List.copyOf(affects);
    }

    /**
     * The events of a project; per event id, the risk's title and owner partner; and the open risks left out with
     * the reason.
     */
    public record Export(String projectId, List<RiskEvent> risks, Map<String, Source> sources, List<Skipped> skipped) {

        public Export {
            risks = List.copyOf(risks);
            sources = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(sources));
            skipped = List.copyOf(skipped);
        }
    }

    /** Where an event comes from: the risk's title and owner partner. */
    public record Source(long riskId, String title, String ownerPartnerId) {
    }

    /** A risk not exported, and why. */
    public record Skipped(String id, String title, String reason) {
    }
}
