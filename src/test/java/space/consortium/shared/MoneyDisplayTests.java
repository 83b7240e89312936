package space.consortium.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyDisplayTests {

    @Test
    void billionsAndMillionsWithThePriceYearWhenKnown() {
        assertThat(Money.usdMillions(new BigDecimal("1500"), 2025).display()).isEqualTo("$1.5 B (2025)");
        assertThat(Money.usdMillions(new BigDecimal("180"), null).display()).isEqualTo("$180 M");
        assertThat(new Money(new BigDecimal("61000000"), "CAD", null).display()).isEqualTo("C$61 M");
        assertThat(new Money(new BigDecimal("250000"), "EUR", 2010).display()).isEqualTo("€250,000 (2010)");
    }

    @Test
    void roundsToTwoDecimals() {
        assertThat(Money.usdMillions(new BigDecimal("25400"), 2025).display()).isEqualTo("$25.4 B (2025)");
        assertThat(Money.usdMillions(new BigDecimal("18150.456"), null).display()).isEqualTo("$18.15 B");
    }
}
