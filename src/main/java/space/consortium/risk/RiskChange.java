package space.consortium.risk;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One recorded state of a risk, every field as it was: what it was after a change ({@code created}, {@code updated}) or when it was
 * {@code deleted}. Rows are never changed or removed, so the history stays whole.
 */
public record RiskChange(long id, long riskId, String kind, long riskVersion, String title, String condition,
                         String consequence, String ownerPartnerId, String domain, int likelihood,
                         int consequenceLevel, String index, String zone, int score, String disposition,
                         @Nullable String acceptedBy, @Nullable String mitigation, List<String> activities,
                         @Nullable BigDecimal probability, RiskRequest.@Nullable Impact delayDays,
                         RiskRequest.@Nullable CostImpact cost, Instant changedAt, @Nullable String changedBy,
                         @Nullable String changeNote) {

    public RiskChange {
        activities = List.copyOf(activities);
    }
}
