package space.consortium.shared;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An amount of money as a page's form holds it: the three fields of {@link MoneyRequest} under the same names
 * ({@code cost.amount}, {@code cost.currency}, {@code cost.priceYear}), so that the API's field paths name the form's
 * fields and its messages land beside them. The amount is the full amount in units of the currency, never millions;
 * {@link #amountEditor()} lets people type thousands separators ({@code 1,250,000,000}) and shows them back.
 *
 * <p>Templates draw the fields with {@code fragments/money :: fields(path, legend, hint, currencies)}.
 */
public class MoneyField {

    /** The currencies a form offers, with their names, in the order people look for them; the keys are {@link Money#CURRENCIES}. */
    public static final Map<String, String> CURRENCIES;

    static {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("USD", "USD — US dollar");
        names.put("EUR", "EUR — euro");
        names.put("GBP", "GBP — pound sterling");
        names.put("JPY", "JPY — Japanese yen");
        names.put("CAD", "CAD — Canadian dollar");
        names.put("CNY", "CNY — Chinese yuan");
        names.put("INR", "INR — Indian rupee");
        names.put("RUB", "RUB — Russian rouble");
        CURRENCIES = java.util.Collections.unmodifiableMap(names);
    }

    private @Nullable BigDecimal amount;
    private @Nullable String currency = "USD";
    private @Nullable Integer priceYear;

    /** The fields filled with a stored amount (empty, currency USD, when there is none). */
    public static MoneyField of(@Nullable Money money) {
        MoneyField field = new MoneyField();
        if (money != null) {
            field.amount = Money.plain(money.amount());
            field.currency = money.currency();
            field.priceYear = money.priceYear();
        }
        return field;
    }

    /**
     * The request the fields make: null when neither an amount nor a price year was typed (the currency select always
     * has a value, so it alone does not count); otherwise all three, to be checked by {@link MoneyRequest}'s rules.
     */
    public @Nullable MoneyRequest toRequest() {
        if (amount == null && priceYear == null) {
            return null;
        }
        return new MoneyRequest(amount, currency == null ? "" : currency.trim(), priceYear);
    }

    /** The amount as typed, for people ("—" when empty): as {@link Money#full()} when it is valid money. */
    public String display() {
        MoneyRequest request = toRequest();
        if (request == null) {
            return "—";
        }
        try {
            return request.toMoney().full();
        } catch (RuntimeException e) {
            return (currency == null ? "" : currency.trim() + " ")
                    + (amount == null ? "—" : amount.toPlainString())
                    + (priceYear == null ? "" : " (" + priceYear + " prices)");
        }
    }

    /**
     * The editor of an amount field: reads the full amount with or without thousands separators ({@code 1,250,000,000},
     * {@code 1 250 000 000}, {@code 1250000000.50}) and refuses anything else as a type mismatch (the message of
     * {@code typeMismatch.java.math.BigDecimal}); shows an amount with its thousands separated. Register it for the
     * amount's path in the form controller's {@code @InitBinder}.
     */
    public static PropertyEditorSupport amountEditor() {
        return new PropertyEditorSupport() {
            @Override
            public void setAsText(@Nullable String text) {
                setValue(parse(text));
            }

            @Override
            public String getAsText() {
                return getValue() instanceof BigDecimal value ? format(value) : "";
            }
        };
    }

    /** The amount in the text, or null for blank text; thousands may be separated by commas or spaces. */
    static @Nullable BigDecimal parse(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip().replaceAll("[\\s\\u00A0\\u202F]", "");
        if (t.matches("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d*)?")) {
            t = t.replace(",", "");
        }
        if (!t.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
            throw new IllegalArgumentException("not an amount: " + text);
        }
        return new BigDecimal(t);
    }

    static String format(BigDecimal value) {
        java.text.DecimalFormat f = new java.text.DecimalFormat("#,##0.##########",
                java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT));
        return f.format(value);
    }

    public @Nullable BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(@Nullable BigDecimal amount) {
        this.amount = amount;
    }

    public @Nullable String getCurrency() {
        return currency;
    }

    public void setCurrency(@Nullable String currency) {
        this.currency = currency;
    }

    public @Nullable Integer getPriceYear() {
        return priceYear;
    }

    public void setPriceYear(@Nullable Integer priceYear) {
        this.priceYear = priceYear;
    }
}
