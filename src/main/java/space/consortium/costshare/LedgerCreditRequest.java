package space.consortium.costshare;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import space.consortium.shared.MoneyRequest;

/**
 * A new or changed agreed credit; the project comes from the address. The body
 * {@code GET /api/projects/{projectId}/ledger/credits/{creditId}} answers is accepted as it is ({@code id} must then
 * match the address; the project id and the partner's name are ignored). Every field is checked by the service, which
 * names each offending field ({@code value.amount}, ...).
 *
 * @param id             the credit's id; optional, and when given it must be the one in the address
 * @param contributionId optional: the project's contribution whose agreed value this is
 * @param value          the agreed value: amount in units of the currency (not millions), zero or more, at most two
 *                       decimals; one of the platform's currencies (USD, EUR, JPY, CAD, RUB, GBP, INR, CNY); the year
 *                       whose prices the amount is in
 * @param sourceUrl      optional http(s) address where the value is stated
 * @param version        the version last read; required to change a stored credit
 */
@JsonIgnoreProperties({"projectId", "partnerName"})
public record LedgerCreditRequest(@Nullable Long id, @Nullable Long contributionId, @Nullable String partnerId,
                                  @Nullable String description, @Nullable MoneyRequest value,
                                  @Nullable String sourceUrl, @Nullable Long version) {

    /** A request from its parts (forms and the service's normalised copy). */
    public LedgerCreditRequest(@Nullable Long contributionId, @Nullable String partnerId, @Nullable String description,
                               @Nullable BigDecimal amount, @Nullable String currency, @Nullable Integer priceYear,
                               @Nullable String sourceUrl, @Nullable Long version) {
        this(null, contributionId, partnerId, description,
                amount == null && currency == null && priceYear == null ? null
                        : new MoneyRequest(amount, currency, priceYear), sourceUrl, version);
    }

    /** The value's amount, null when not given. */
    @Nullable BigDecimal amount() {
        return value == null ? null : value.amount();
    }

    /** The value's currency, null when not given. */
    @Nullable String currency() {
        return value == null ? null : value.currency();
    }

    /** The value's price year, null when not given. */
    @Nullable Integer priceYear() {
        return value == null ? null : value.priceYear();
    }
}
