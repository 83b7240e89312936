package space.consortium.risk;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One recorded state of a risk: what it was after a change ({@code created}, {@code updated}) or when it was
 * {@code deleted}. Rows are never changed or removed, so the history stays whole.
 */
public record RiskChange(long id, long riskId, String kind, long riskVersion, String title, String ownerPartnerId,
                         String domain, int likelihood, int consequenceLevel, String index, String zone, int score,
                         String disposition, @Nullable String acceptedBy, @Nullable String mitigation,
                         @Nullable BigDecimal probability, Instant changedAt, @Nullable String changedBy,
                         @Nullable String changeNote) {
}
