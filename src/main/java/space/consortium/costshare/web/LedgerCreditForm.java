package space.consortium.costshare.web;

import org.jspecify.annotations.Nullable;
import space.consortium.costshare.LedgerCredit;
import space.consortium.costshare.LedgerCreditRequest;
import space.consortium.shared.MoneyField;

/**
 * What the agreed-credit form posts; the value is its full amount, currency and price year, named as in the API
 * ({@code value.amount}), as on the contribution form.
 */
public class LedgerCreditForm {

    private @Nullable Long contributionId;
    private @Nullable String partnerId;
    private @Nullable String description;
    private MoneyField value = new MoneyField();
    private @Nullable String sourceUrl;
    private @Nullable Long version;
    /** The ledger to show again after saving (its query string). */
    private @Nullable String back;

    static LedgerCreditForm of(LedgerCredit c) {
        LedgerCreditForm form = new LedgerCreditForm();
        form.contributionId = c.contributionId();
        form.partnerId = c.partnerId();
        form.description = c.description();
        form.value = MoneyField.of(c.value());
        form.sourceUrl = c.sourceUrl();
        form.version = c.version();
        return form;
    }

    LedgerCreditRequest toRequest() {
        return new LedgerCreditRequest(null, contributionId, partnerId, description, value.toRequest(), sourceUrl,
                version);
    }

    /** The form field that shows a problem the service names. */
    static String fieldOf(String problemField) {
        return switch (problemField) {
            case "value" -> "value.amount";
            case "value.amount", "value.currency", "value.priceYear" -> problemField;
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

    public MoneyField getValue() {
        return value;
    }

    public void setValue(MoneyField value) {
        this.value = value;
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
