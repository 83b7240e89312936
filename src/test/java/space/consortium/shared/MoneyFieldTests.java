package space.consortium.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The money fields of the forms: the full amount as people type it, the currencies offered, the amount in full. */
class MoneyFieldTests {

    @Test
    void theFormsOfferEveryCurrencyMoneyKnowsAndNoOther() {
        assertThat(MoneyField.CURRENCIES.keySet()).containsExactlyInAnyOrderElementsOf(Money.CURRENCIES);
        assertThat(MoneyField.CURRENCIES.keySet()).startsWith("USD", "EUR");
    }

    @Test
    void anAmountIsReadWithOrWithoutThousandsSeparatorsAndNothingElse() {
        assertThat(MoneyField.parse("1,250,000,000")).isEqualByComparingTo("1250000000");
        assertThat(MoneyField.parse(" 1 250 000 000.50 ")).isEqualByComparingTo("1250000000.50");
        assertThat(MoneyField.parse("1\u202F250\u00A0000")).isEqualByComparingTo("1250000");
        assertThat(MoneyField.parse("93750000")).isEqualByComparingTo("93750000");
        assertThat(MoneyField.parse("-5")).isEqualByComparingTo("-5"); // refused by the request's rule, with its message
        assertThat(MoneyField.parse("  ")).isNull();
        for (String bad : new String[] {"1,25", "12,5000", "1.2 billion", "1.250.000", "$100", "1e9", "12abc"}) {
            assertThatThrownBy(() -> MoneyField.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void theEditorShowsTheAmountWithItsThousandsSeparated() {
        var editor = MoneyField.amountEditor();
        editor.setValue(new BigDecimal("1250000000.00"));
        assertThat(editor.getAsText()).isEqualTo("1,250,000,000");
        editor.setValue(new BigDecimal("93750000.5"));
        assertThat(editor.getAsText()).isEqualTo("93,750,000.5");
        editor.setAsText("");
        assertThat(editor.getValue()).isNull();
    }

    @Test
    void noAmountAndNoYearIsNoMoneyWhateverTheCurrencySelectSays() {
        MoneyField field = new MoneyField();
        field.setCurrency("EUR");
        assertThat(field.toRequest()).isNull();
        assertThat(field.display()).isEqualTo("—");
        field.setPriceYear(2019);
        assertThat(field.toRequest()).isEqualTo(new MoneyRequest(null, "EUR", 2019));
        field.setAmount(new BigDecimal("1250000000"));
        assertThat(field.display()).isEqualTo("EUR 1,250,000,000 (2019 prices)");
        assertThat(MoneyField.of(field.toRequest().toMoney()).getAmount()).isEqualByComparingTo("1250000000");
    }

    @Test
    void moneyInFullHasItsCodeEveryDigitAndItsPriceYear() {
        assertThat(new Money(new BigDecimal("1250000000"), "EUR", 2019).full()).isEqualTo("EUR 1,250,000,000 (2019 prices)");
        assertThat(new Money(new BigDecimal("93750000.00"), "USD", null).full()).isEqualTo("USD 93,750,000");
        assertThat(new Money(new BigDecimal("0.5"), "JPY", null).full()).isEqualTo("JPY 0.5");
    }
}
