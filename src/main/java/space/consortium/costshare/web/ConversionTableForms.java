package space.consortium.costshare.web;

import java.math.BigDecimal;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import space.consortium.costshare.ExchangeRateEntry;
import space.consortium.costshare.ExchangeRateRequest;
import space.consortium.costshare.PriceIndexEntry;
import space.consortium.costshare.PriceIndexRequest;

/**
 * What the exchange-rate and price-index forms post: the address fields (currency, year) and the fields of
 * {@link ExchangeRateRequest} / {@link PriceIndexRequest}, the requests the API binds. The rules are the service's.
 */
final class ConversionTableForms {

    private ConversionTableForms() {
    }

    /** The exchange-rate form. */
    public static class RateForm {
        private @Nullable String currency;
        private @Nullable Integer year;
        private @Nullable BigDecimal rate;
        private @Nullable String quote = "units_per_usd";
        private @Nullable String sourceUrl;
        private @Nullable Long version;

        static RateForm of(ExchangeRateEntry e) {
            RateForm f = new RateForm();
            f.currency = e.currency();
            f.year = e.year();
            f.rate = e.rate();
            f.quote = e.quote();
            f.sourceUrl = e.sourceUrl();
            f.version = e.version();
            return f;
        }

        ExchangeRateRequest toRequest() {
            return new ExchangeRateRequest(rate, blankToNull(quote), blankToNull(sourceUrl), version);
        }

        String currencyCode() {
            return currency == null ? "" : currency.trim().toUpperCase(Locale.ROOT);
        }

        /** The form field showing a request field's problem (empty: a problem of the whole form). */
        static String fieldOf(String requestField) {
            return switch (requestField) {
                case "currency", "year", "rate", "quote", "sourceUrl" -> requestField;
                default -> "";
            };
        }

        public @Nullable String getCurrency() {
            return currency;
        }

        public void setCurrency(@Nullable String currency) {
            this.currency = currency;
        }

        public @Nullable Integer getYear() {
            return year;
        }

        public void setYear(@Nullable Integer year) {
            this.year = year;
        }

        public @Nullable BigDecimal getRate() {
            return rate;
        }

        public void setRate(@Nullable BigDecimal rate) {
            this.rate = rate;
        }

        public @Nullable String getQuote() {
            return quote;
        }

        public void setQuote(@Nullable String quote) {
            this.quote = quote;
        }

        public @Nullable String getSourceUrl() {
            return sourceUrl;
        }

        public void setSourceUrl(@Nullable String sourceUrl) {
            this.sourceUrl = sourceUrl;
        }

        public @Nullable Long getVersion() {
            return version;
        }

        public void setVersion(@Nullable Long version) {
            this.version = version;
        }
    }

    /** The price-index form. */
    public static class IndexForm {
        private @Nullable Integer year;
        private @Nullable BigDecimal value;
        private @Nullable String sourceUrl;
        private @Nullable Long version;

        static IndexForm of(PriceIndexEntry e) {
            IndexForm f = new IndexForm();
            f.year = e.year();
            f.value = e.value();
            f.sourceUrl = e.sourceUrl();
            f.version = e.version();
            return f;
        }

        PriceIndexRequest toRequest() {
            return new PriceIndexRequest(value, blankToNull(sourceUrl), version);
        }

        static String fieldOf(String requestField) {
            return switch (requestField) {
                case "year", "value", "sourceUrl" -> requestField;
                default -> "";
            };
        }

        public @Nullable Integer getYear() {
            return year;
        }

        public void setYear(@Nullable Integer year) {
            this.year = year;
        }

        public @Nullable BigDecimal getValue() {
            return value;
        }

        public void setValue(@Nullable BigDecimal value) {
            this.value = value;
        }

        public @Nullable String getSourceUrl() {
            return sourceUrl;
        }

        public void setSourceUrl(@Nullable String sourceUrl) {
            this.sourceUrl = sourceUrl;
        }

        public @Nullable Long getVersion() {
            return version;
        }

        public void setVersion(@Nullable Long version) {
            this.version = version;
        }
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
