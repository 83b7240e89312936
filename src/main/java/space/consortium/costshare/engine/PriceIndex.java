package space.consortium.costshare.engine;

import java.math.BigDecimal;

/**
 * The annual average of the US consumer price index (CPI-U, all items, U.S. city average, 1982-84 = 100) for a year.
 *
 * @param value     the index, more than zero
 * @param sourceUrl where the figure is published
 */
public record PriceIndex(int year, BigDecimal value, String sourceUrl) {

    public PriceIndex {
        if (value.signum() <= 0) {
            throw new InvalidLedger("value", "a price index must be more than zero, got " + value.toPlainString()
                    + " for " + year);
        }
    }
}
