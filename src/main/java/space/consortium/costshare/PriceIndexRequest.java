package space.consortium.costshare;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A new or changed CPI-U annual average; the year comes from the address (the body {@code GET /api/price-index/{year}}
 * answers is accepted as it is: its year is ignored).
 *
 * @param value     the published annual average, more than zero
 * @param sourceUrl the http(s) page that publishes it
 * @param version   the version last read, required to change a stored value; leave it out to add a new one
 */
@JsonIgnoreProperties({"year"})
public record PriceIndexRequest(@Nullable BigDecimal value, @Nullable String sourceUrl, @Nullable Long version) {
}
