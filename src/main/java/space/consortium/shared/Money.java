package space.consortium.shared;

import java.math.BigDecimal;
import java.util.Set;

/**
 * An amount of money in a currency at a price year: never a bare double.
 *
 * @param amount    in units of the currency (not millions), zero or more
 * @param currency  ISO 4217 code, e.g. USD
 * @param priceYear the year whose prices the amount is expressed in; null when the source does not state it (nominal)
 */
public record Money(BigDecimal amount, String currency, @org.jspecify.annotations.Nullable Integer priceYear) {

    /** The currencies the platform knows exchange rates for. */
    public static final Set<String> CURRENCIES = Set.of("USD", "EUR", "JPY", "CAD", "RUB", "GBP", "INR", "CNY");

    public Money {
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("amount must be zero or more, got " + amount);
        }
        if (!CURRENCIES.contains(currency)) {
            throw new IllegalArgumentException("unknown currency '" + currency + "', expected one of " + CURRENCIES);
        }
        if (priceYear != null && (priceYear < 1900 || priceYear > 2100)) {
            throw new IllegalArgumentException("price year must be between 1900 and 2100, got " + priceYear);
        }
    }

    public static Money usdMillions(BigDecimal millions, @org.jspecify.annotations.Nullable Integer priceYear) {
        return new Money(millions.movePointRight(6), "USD", priceYear);
    }

    /** The amount in millions of the currency, for display and for the CSV files. */
    public BigDecimal millions() {
        return plain(amount.movePointLeft(6));
    }

    /** The value without trailing zeros and without an exponent (25400, not 2.54E+4); null stays null. */
    public static @org.jspecify.annotations.Nullable BigDecimal plain(@org.jspecify.annotations.Nullable BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
