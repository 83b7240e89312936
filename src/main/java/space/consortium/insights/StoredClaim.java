package space.consortium.insights;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** A claim as kept in the registry. */
public record StoredClaim(long id, String statement, String metric, @Nullable String partnerId, String comparator,
                          BigDecimal stated, BigDecimal tolerance, String sourceUrl, long version) {
}
