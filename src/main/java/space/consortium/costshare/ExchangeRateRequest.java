package space.consortium.costshare;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A new or changed exchange rate; currency and year come from the address (the body
 * {@code GET /api/exchange-rates/{currency}/{year}} answers is accepted as it is: its currency and year are ignored).
 *
 * @param rate      the published annual average, more than zero
 * @param quote     {@code units_per_usd} or {@code usd_per_unit}
 * @param sourceUrl the http(s) page that publishes it
 * @param version   the version last read, required to change a stored rate; leave it out to add a new one
 */
@JsonIgnoreProperties({"currency", "year"})
public record ExchangeRateRequest(@Nullable BigDecimal rate, @Nullable String quote, @Nullable String sourceUrl,
                                  @Nullable Long version) {
}
