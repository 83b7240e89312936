package space.consortium.projects.web;

import jakarta.validation.constraints.NotBlank;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import space.consortium.projects.Contribution;
import space.consortium.projects.ContributionRequest;
import space.consortium.shared.MoneyRequest;

/**
 * What the contribution form posts. The value is typed in millions of the currency; the full rules are those of
 * {@link ContributionRequest} and the service, checked after these first, friendlier messages.
 */
public class ContributionForm {

    @NotBlank(message = "Choose the partner that makes the contribution")
    private @Nullable String partnerId;
    @NotBlank(message = "Choose what kind of contribution it is")
    private @Nullable String kind;
    @NotBlank(message = "Name the element contributed, e.g. the module, instrument or launch")
    private @Nullable String element;
    private @Nullable BigDecimal amountMillions;
    private @Nullable String currency = "USD";
    private @Nullable Integer priceYear;
    @NotBlank(message = "Give the address of a public page that states this contribution")
    private @Nullable String sourceUrl;
    private @Nullable Long version;

    /** The form filled with a stored contribution, for editing. */
    static ContributionForm of(Contribution c) {
        ContributionForm form = new ContributionForm();
        form.partnerId = c.partnerId();
        form.kind = c.kind();
        form.element = c.element();
        if (c.value() != null) {
            form.amountMillions = c.value().millions();
            form.currency = c.value().currency();
            form.priceYear = c.value().priceYear();
        }
        form.sourceUrl = c.sourceUrl();
        form.version = c.version();
        return form;
    }

    /** The request for the service; the currency is dropped when no amount is given (its select always has one). */
    ContributionRequest toRequest(String projectId) {
        BigDecimal amount = amountMillions == null ? null : amountMillions.movePointRight(6);
        MoneyRequest value = amount == null && priceYear == null ? null : new MoneyRequest(amount, trim(currency), priceYear);
        return new ContributionRequest(projectId, trim(partnerId), trim(kind), trim(element), value, trim(sourceUrl),
                version);
    }

    /** The form field showing a request field's problem. */
    static String fieldOf(String requestField) {
        return switch (requestField) {
            case "value.amount" -> "amountMillions";
            case "value.currency" -> "currency";
            case "value.priceYear" -> "priceYear";
            case "partnerId", "kind", "element", "sourceUrl" -> requestField;
            default -> "";
        };
    }

    private static String trim(@Nullable String s) {
        return s == null ? "" : s.trim();
    }

    public @Nullable String getPartnerId() {
        return partnerId;
    }

    public void setPartnerId(@Nullable String partnerId) {
        this.partnerId = partnerId;
    }

    public @Nullable String getKind() {
        return kind;
    }

    public void setKind(@Nullable String kind) {
        this.kind = kind;
    }

    public @Nullable String getElement() {
        return element;
    }

    public void setElement(@Nullable String element) {
        this.element = element;
    }

    public @Nullable BigDecimal getAmountMillions() {
        return amountMillions;
    }

    public void setAmountMillions(@Nullable BigDecimal amountMillions) {
        this.amountMillions = amountMillions;
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

    public @Nullable String getSourceUrl() {
        return sourceUrl;
    }

    public void setSourceUrl(@Nullable String sourceUrl) {
        this.sourceUrl = sourceUrl;
    }

    public @Nullable Long getVersion() {
        return version;
    }

    public void setVersion(@Nullable Long version) {
        this.version = version;
    }
}
