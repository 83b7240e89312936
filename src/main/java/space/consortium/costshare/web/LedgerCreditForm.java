package space.consortium.costshare.web;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import space.consortium.costshare.LedgerCredit;
import space.consortium.costshare.LedgerCreditRequest;

/** What the agreed-credit form posts; the amount is typed in millions of the currency, as on the contribution form. */
public class LedgerCreditForm {

    private @Nullable Long contributionId;
    private @Nullable String partnerId;
    private @Nullable String description;
    private @Nullable BigDecimal amountMillions;
    private @Nullable String currency = "USD";
    private @Nullable Integer priceYear;
    private @Nullable String sourceUrl;
    private @Nullable Long version;
    /** The ledger to show again after saving (its query string). */
    private @Nullable String back;

    static LedgerCreditForm of(LedgerCredit c) {
        LedgerCreditForm form = new LedgerCreditForm();
        form.contributionId = c.contributionId();
        form.partnerId = c.partnerId();
        form.description = c.description();
        form.amountMillions = c.value().millions();
        form.currency = c.value().currency();
        form.priceYear = c.value().priceYear();
        form.sourceUrl = c.sourceUrl();
        form.version = c.version();
        return form;
    }

    LedgerCreditRequest toRequest() {
        return new LedgerCreditRequest(contributionId, partnerId, description,
                amountMillions == null ? null : amountMillions.movePointRight(6), currency, priceYear, sourceUrl,
                version);
    }

    /** The form field that shows a problem the service names. */
    static String fieldOf(String problemField) {
        return switch (problemField) {
            case "value.amount" -> "amountMillions";
            case "value.currency" -> "currency";
            case "value.priceYear" -> "priceYear";
            case "partnerId", "description", "sourceUrl" -> problemField;
            default -> "";
        };
    }

    public @Nullable Long getContributionId() {
        return contributionId;
    }

    public void setContributionId(@Nullable Long contributionId) {
        this.contributionId = contributionId;
    }

    public @Nullable String getPartnerId() {
        return partnerId;
    }

    public void setPartnerId(@Nullable String partnerId) {
        this.partnerId = partnerId;
    }

    public @Nullable String getDescription() {
        return description;
    }

    public void setDescription(@Nullable String description) {
        this.description = description;
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

    public @Nullable String getBack() {
        return back;
    }

    public void setBack(@Nullable String back) {
        this.back = back;
    }
}
