package space.consortium.costshare.engine;

import java.math.BigDecimal;

/**
 * The annual average exchange rate of a currency against the US dollar, as its source quotes it.
 *
 * @param year      calendar year the rate averages
 * @param rate      the published figure, more than zero
 * @param quote     which way round the source quotes it
 * @param sourceUrl where the figure is published
 */
public record ExchangeRate(String currency, int year, BigDecimal rate, Quote quote, String sourceUrl) {

    /** How a rate is quoted: units of the currency per US dollar (yen), or US dollars per unit (euro, pound). */
    public enum Quote {
        UNITS_PER_USD, USD_PER_UNIT;

        /** The lower-case name used in files and the API, e.g. {@code units_per_usd}. */
        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** The quote named by {@link #key()}, or null when the text names none. */
        public static @org.jspecify.annotations.Nullable Quote of(String key) {
            for (Quote q : values()) {
                if (q.key().equals(key)) {
                    return q;
                }
            }
            return null;
        }
    }

    public ExchangeRate {
        if (rate.signum() <= 0) {
            throw new InvalidLedger("rate", "an exchange rate must be more than zero, got " + rate.toPlainString()
                    + " for " + currency + " in " + year);
        }
    }
}
