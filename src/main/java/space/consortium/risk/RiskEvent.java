package space.consortium.risk;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A risk as a discrete event for the schedule and cost Monte Carlo (the {@code risks} of a JCL plan): it occurs with
 * {@code probability} (Bernoulli) and then adds its delay to the affected activities and its cost.
 *
 * @param delay a distribution in days: {@code {"dist":"fixed","value":v}} or
 *              {@code {"dist":"triangular","min":a,"mode":m,"max":b}}, or null
 * @param cost  the same in the project's currency, or null
 */
public record RiskEvent(String id, String title, String ownerPartnerId, BigDecimal probability, List<String> affects,
                        @Nullable Map<String, Object> delay, @Nullable Map<String, Object> cost) {

    public RiskEvent {
        affects = List.copyOf(affects);
    }

    /** The events of a project, and the open risks left out with the reason. */
    public record Export(String projectId, List<RiskEvent> risks, List<Skipped> skipped) {

        public Export {
            risks = List.copyOf(risks);
            skipped = List.copyOf(skipped);
        }
    }

    /** A risk not exported, and why. */
    public record Skipped(String id, String title, String reason) {
    }
}
