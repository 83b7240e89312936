package space.consortium.costshare.engine;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts money stated in a currency at a price year into a base currency at a base year, from exchange-rate and
 * price-index tables passed in.
 *
 * <h2>Method (dollar route)</h2>
 * <ol>
 *   <li>to US dollars of the price year, at that year's annual average rate (divide by a units-per-dollar rate,
 *       multiply by a dollars-per-unit rate);</li>
 *   <li>to US dollars of the base year, by the ratio of the US CPI-U annual averages {@code CPI(base) / CPI(year)};</li>
 *   <li>to the base currency, at the base year's annual average rate.</li>
 * </ol>
 * Every step is skipped when it changes nothing (US dollars need no rate; the same year needs no index). The route
 * inflates with US prices whatever the currency, which is the convention of US cost estimating; converting first with
 * the partner's own inflation index and then at the base year's rate gives a somewhat different figure when the
 * currencies' inflation differs. Intermediate values carry 34 significant digits; the result is rounded half-even to
 * the base currency's minor unit.
 */
public final class CurrencyConverter {

    /** The reference currency of the rate tables. */
    public static final String USD = "USD";

    private static final MathContext PRECISION = MathContext.DECIMAL128;

    private final Map<String, ExchangeRate> rates = new HashMap<>();
    private final Map<Integer, PriceIndex> indexes = new HashMap<>();

    public CurrencyConverter(List<ExchangeRate> rates, List<PriceIndex> indexes) {
        for (ExchangeRate r : rates) {
            this.rates.put(r.currency() + ":" + r.year(), r);
        }
        for (PriceIndex p : indexes) {
            this.indexes.put(p.year(), p);
        }
    }

    /**
     * Converts {@code amount} of {@code currency} in prices of {@code year} to {@code baseCurrency} in prices of
     * {@code baseYear}.
     *
     * @throws MissingRate naming the currency and year (or the year of the missing price index)
     */
    public Conversion convert(BigDecimal amount, String currency, int year, String baseCurrency, int baseYear) {
        List<Conversion.Factor> factors = new ArrayList<>();
        BigDecimal usd = amount;
        if (!currency.equals(USD)) {
            ExchangeRate rate = rate(currency, year);
            usd = toUsd(amount, rate);
            factors.add(factor(rate));
        }
        if (year != baseYear) {
            PriceIndex from = index(year);
            PriceIndex to = index(baseYear);
            usd = usd.multiply(to.value(), PRECISION).divide(from.value(), PRECISION);
            factors.add(new Conversion.Factor("price-index", "US CPI-U " + from.year() + " annual average",
                    from.value(), from.sourceUrl()));
            factors.add(new Conversion.Factor("price-index", "US CPI-U " + to.year() + " annual average",
                    to.value(), to.sourceUrl()));
        }
        BigDecimal result = usd;
        if (!baseCurrency.equals(USD)) {
            ExchangeRate rate = rate(baseCurrency, baseYear);
            result = fromUsd(usd, rate);
            factors.add(factor(rate));
        }
        int scale = Ledger.minorUnit(baseCurrency);
        return new Conversion(amount, currency, year, result.setScale(scale, RoundingMode.HALF_EVEN), baseCurrency,
                baseYear, factors);
    }

    private ExchangeRate rate(String currency, int year) {
        ExchangeRate rate = rates.get(currency + ":" + year);
        if (rate == null) {
            throw new MissingRate(currency, year);
        }
        return rate;
    }

    private PriceIndex index(int year) {
        PriceIndex index = indexes.get(year);
        if (index == null) {
            throw new MissingRate(null, year);
        }
        return index;
    }

    private static BigDecimal toUsd(BigDecimal amount, ExchangeRate rate) {
        return rate.quote() == ExchangeRate.Quote.UNITS_PER_USD
                ? amount.divide(rate.rate(), PRECISION)
                : amount.multiply(rate.rate(), PRECISION);
    }

    private static BigDecimal fromUsd(BigDecimal usd, ExchangeRate rate) {
        return rate.quote() == ExchangeRate.Quote.UNITS_PER_USD
                ? usd.multiply(rate.rate(), PRECISION)
                : usd.divide(rate.rate(), PRECISION);
    }

    private static Conversion.Factor factor(ExchangeRate rate) {
        String unit = rate.quote() == ExchangeRate.Quote.UNITS_PER_USD
                ? rate.currency() + " per USD" : "USD per " + rate.currency();
        return new Conversion.Factor("exchange-rate", rate.currency() + " " + rate.year() + " annual average ("
                + unit + ")", rate.rate(), rate.sourceUrl());
    }
}
