package space.consortium.costshare;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A new or changed agreed credit; the project comes from the address. Every field is checked by the service, which
 * names each offending field.
 *
 * @param contributionId optional: the project's contribution whose agreed value this is
 * @param amount         in units of the currency (not millions), zero or more, at most two decimals
 * @param currency       one of the platform's currencies (USD, EUR, JPY, CAD, RUB, GBP, INR, CNY)
 * @param priceYear      the year whose prices the amount is in
 * @param sourceUrl      optional http(s) address where the value is stated
 * @param version        the version last read; required to change a stored credit
 */
public record LedgerCreditRequest(@Nullable Long contributionId, @Nullable String partnerId,
                                  @Nullable String description, @Nullable BigDecimal amount,
                                  @Nullable String currency, @Nullable Integer priceYear,
                                  @Nullable String sourceUrl, @Nullable Long version) {
}
