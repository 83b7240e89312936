package space.consortium.costshare;

import java.math.BigDecimal;

/** A stored annual average of the US CPI-U (all items, U.S. city average, 1982-84 = 100). */
public record PriceIndexEntry(int year, BigDecimal value, String sourceUrl, long version) {
}
