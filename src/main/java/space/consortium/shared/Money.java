package space.consortium.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
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

    /**
     * The amount for people to read: the currency's symbol, the amount in billions (B) or millions (M) with at most two
     * decimals, and the price year in brackets when known, e.g. {@code $1.5 B (2025)}, {@code €650 M}, {@code C$61 M}.
     */
    public String display() {
        String symbol = switch (currency) {
            case "USD" -> "$";
            case "EUR" -> "€";
            case "GBP" -> "£";
            case "JPY" -> "¥";
            case "CNY" -> "CN¥";
            case "INR" -> "₹";
            case "CAD" -> "C$";
            default -> currency + " ";
        };
        String scaled;
        if (amount.compareTo(BigDecimal.valueOf(1_000_000_000)) >= 0) {
            scaled = twoDecimals(amount.movePointLeft(9)) + " B";
        } else if (amount.compareTo(BigDecimal.valueOf(1_000_000)) >= 0) {
            scaled = twoDecimals(amount.movePointLeft(6)) + " M";
        } else {
            scaled = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(amount);
        }
        return symbol + scaled + (priceYear == null ? "" : " (" + priceYear + ")");
    }

    /**
     * The amount in full for people to read: the ISO code, every digit with thousands separated, the price year when
     * known, e.g. {@code EUR 1,250,000,000 (2019 prices)}, {@code USD 93,750,000.5}.
     */
    public String full() {
        String digits = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(amount);
        return currency + " " + digits + (priceYear == null ? "" : " (" + priceYear + " prices)");
    }

    private static String twoDecimals(BigDecimal value) {
        return plain(value.setScale(2, RoundingMode.HALF_UP)).toPlainString();
    }
}
