package space.consortium.shared;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * An amount of money as a client sends it: the same shape as {@link Money} answers ({@code {amount, currency,
 * priceYear}}), checked by Bean Validation so that every problem is named with its field ({@code value.currency}).
 *
 * @param amount    in units of the currency (not millions), zero or more, at most two decimals
 * @param currency  ISO 4217 code, one of {@link Money#CURRENCIES}
 * @param priceYear the year whose prices the amount is in; null when the source does not state it (nominal)
 */
public record MoneyRequest(
        @NotNull(message = "is required: the amount in units of the currency (not millions)")
        @DecimalMin(value = "0", message = "must be zero or more")
        @Digits(integer = 18, fraction = 2, message = "must have at most 18 digits before the point and 2 after it")
        @Nullable BigDecimal amount,
        @NotBlank(message = "is required: one of USD, EUR, JPY, CAD, RUB, GBP, INR, CNY")
        @Pattern(regexp = "USD|EUR|JPY|CAD|RUB|GBP|INR|CNY", message = "must be one of USD, EUR, JPY, CAD, RUB, GBP, INR, CNY")
        @Nullable String currency,
        @Nullable @Min(1900) @Max(2100) Integer priceYear) {

    /** The request of a stored amount (for imports and forms that start from stored data); null stays null. */
    public static @Nullable MoneyRequest of(@Nullable Money money) {
        return money == null ? null : new MoneyRequest(money.amount(), money.currency(), money.priceYear());
    }

    /** The amount as money; call only after validation (amount and currency present and valid). */
    public Money toMoney() {
        if (amount == null || currency == null) {
            throw new IllegalStateException("money request used before validation");
        }
        return new Money(amount, currency, priceYear);
    }
}
