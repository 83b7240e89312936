package space.consortium.costshare;

import java.math.BigDecimal;

/**
 * A stored annual average exchange rate against the US dollar.
 *
 * @param quote {@code units_per_usd} (e.g. yen per dollar) or {@code usd_per_unit} (e.g. dollars per euro), as the
 *              source quotes it
 */
public record ExchangeRateEntry(String currency, int year, BigDecimal rate, String quote, String sourceUrl,
                                long version) {
}
