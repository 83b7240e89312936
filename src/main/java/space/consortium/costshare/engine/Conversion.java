package space.consortium.costshare.engine;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An amount converted to the base currency and price year, with every factor used and its source.
 *
 * @param result   the converted amount, rounded half-even to the base currency's minor unit
 * @param factors  the exchange rates and price indexes applied, in the order applied; empty when nothing was converted
 */
public record Conversion(BigDecimal amount, String currency, int year, BigDecimal result, String baseCurrency,
                         int baseYear, List<Factor> factors) {

    public Conversion {
        factors = List.copyOf(factors);
    }

    /** Whether the amount needed no conversion at all. */
    public boolean identity() {
        return factors.isEmpty();
    }

    /**
     * One factor of a conversion.
     *
     * @param kind      {@code exchange-rate} or {@code price-index}
     * @param label     what it is, e.g. "EUR 2023 annual average (USD per EUR)" or "CPI-U 2013"
     * @param value     the figure as published
     * @param sourceUrl where it is published
     */
    public record Factor(String kind, String label, BigDecimal value, @Nullable String sourceUrl) {
    }
}
