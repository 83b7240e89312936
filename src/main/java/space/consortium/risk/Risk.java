package space.consortium.risk;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A risk of a project's register as it stands.
 *
 * @param index  the cell as people write it ("L4×C3", or "4D" on an ECSS matrix)
 * @param zone   the cell's zone code on the project's matrix (VL, L, M, H, VH or R)
 * @param score  likelihood × consequence level, 1–25, for the trend
 * @param trend  "up", "down" or "steady" against the previous recorded state, "new" for a first version
 * @param cost   the cost impact if it occurs, always with its currency and price year
 */
public record Risk(long id, String projectId, String title, String condition, String consequence,
                   String ownerPartnerId, String ownerPartnerName, String domain, int likelihood, int consequenceLevel,
                   String index, String zone, String zoneLabel, int score, String trend, String disposition,
                   @Nullable String acceptedBy, @Nullable String mitigation, List<String> activities,
                   @Nullable BigDecimal probability, RiskRequest.@Nullable Impact delayDays,
                   RiskRequest.@Nullable CostImpact cost, Instant changedAt, @Nullable String changedBy,
                   @Nullable String changeNote, long version) {

    public Risk {
        activities = List.copyOf(activities);
    }
}
