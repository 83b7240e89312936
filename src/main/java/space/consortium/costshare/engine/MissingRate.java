package space.consortium.costshare.engine;

import org.jspecify.annotations.Nullable;

/**
 * A conversion needs an exchange rate or a price index that the tables do not hold. Names the currency (null for a
 * price index) and the year, and says how to add it.
 */
public class MissingRate extends RuntimeException {

    private final @Nullable String currency;
    private final int year;

    public MissingRate(@Nullable String currency, int year) {
        super(currency == null
                ? "no US price index (CPI-U) for " + year + "; add the annual average for " + year
                  + " to the price index table, or choose a year that has one"
                : "no exchange rate for " + currency + " in " + year + "; add the annual average rate for " + currency
                  + " in " + year + " to the exchange-rate table, or choose a year that has one");
        this.currency = currency;
        this.year = year;
    }

    /** The currency whose rate is missing, or null when the price index is. */
    public @Nullable String currency() {
        return currency;
    }

    public int year() {
        return year;
    }
}
