package space.consortium.costshare;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A project's barter ledger, every amount in {@link #currency()} at {@link #baseYear()} prices, rounded to the
 * currency's minor unit so that each column adds up exactly. Definitions (see the engine's {@code Ledger}):
 * obligation = share × cost; balance = credit − obligation; net position = credit − share × delivered, which adds up
 * to zero across the partners; unfunded = cost − delivered, funded in shares.
 *
 * @param tables      every share table of the project, for a choice
 * @param positions   one row per partner of the share table (then any partner credited without a share, at 0 %)
 * @param credits     the credits counted, converted
 * @param unvalued    in-kind contributions in the registry that have no agreed value yet
 * @param transfers   the settlement: at most (number of non-zero positions − 1) transfers
 * @param conversions every conversion applied, with the rates and indexes used and their sources
 * @param notes       what the reader should know (credits left out, partners added at 0 %)
 */
public record LedgerView(String projectId, String projectName, TableRef table, List<TableRef> tables, String currency,
                         int baseYear, List<PeriodView> periods, BigDecimal cost, BigDecimal delivered,
                         BigDecimal unfunded, List<PositionView> positions, List<CreditView> credits,
                         List<UnvaluedItem> unvalued, List<TransferView> transfers, List<ConversionView> conversions,
                         List<String> notes) {

    public LedgerView {
        tables = List.copyOf(tables);
        periods = List.copyOf(periods);
        positions = List.copyOf(positions);
        credits = List.copyOf(credits);
        unvalued = List.copyOf(unvalued);
        transfers = List.copyOf(transfers);
        conversions = List.copyOf(conversions);
        notes = List.copyOf(notes);
    }

    /** A share table by id and name. */
    public record TableRef(long id, String name, String sourceUrl) {
    }

    /** A period: the cost as entered, the cost in the base currency and year, and the obligations it creates. */
    public record PeriodView(int year, BigDecimal amount, String amountCurrency, BigDecimal cost,
                             List<BigDecimal> obligations) {

        public PeriodView {
            obligations = List.copyOf(obligations);
        }
    }

    /** A partner's account; see the class comment for the definitions. */
    public record PositionView(String partnerId, String partnerName, BigDecimal percent, BigDecimal obligation,
                               BigDecimal credit, BigDecimal balance, BigDecimal shareOfDelivered, BigDecimal net) {
    }

    /**
     * A credit counted in the ledger.
     *
     * @param origin         {@code agreed} (a stored agreed value) or {@code contribution} (a registry contribution's
     *                       own value)
     * @param id             the agreed credit's id, or null for a contribution's own value
     * @param contributionId the contribution it values, if any
     * @param amount         as stated, in {@code currency} at {@code priceYear} prices
     * @param value          converted to the ledger's currency and year
     */
    public record CreditView(String origin, @Nullable Long id, @Nullable Long contributionId, String partnerId,
                             String partnerName, String description, BigDecimal amount, String currency,
                             int priceYear, BigDecimal value, @Nullable String sourceUrl, @Nullable Long version) {
    }

    /** A contribution of the project without an agreed value: shown as a credit still to be valued. */
    public record UnvaluedItem(long contributionId, String partnerId, String partnerName, String kind, String element,
                               String sourceUrl) {
    }

    /** A settlement transfer. */
    public record TransferView(String from, String fromName, String to, String toName, BigDecimal amount) {
    }

    /** One conversion: what was converted, from what to what, and with which figures. */
    public record ConversionView(String what, BigDecimal amount, String currency, int year, BigDecimal result,
                                 String baseCurrency, int baseYear, List<FactorView> factors) {

        public ConversionView {
            factors = List.copyOf(factors);
        }
    }

    /** An exchange rate or price index used, as published, with its source. */
    public record FactorView(String kind, String label, BigDecimal value, @Nullable String sourceUrl) {
    }
}
