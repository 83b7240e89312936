package space.consortium.insights;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A claim as kept in the registry.
 *
 * @param recordedBy     the user who recorded it (null for claims older than authorship)
 * @param ownerPartnerId the partner it was recorded for: its members may change it (null: only its author and
 *                       administrators may)
 */
public record StoredClaim(long id, String statement, String metric, @Nullable String partnerId, String comparator,
                          BigDecimal stated, BigDecimal tolerance, String sourceUrl, long version,
                          @Nullable String recordedBy, @Nullable String ownerPartnerId) {
}
