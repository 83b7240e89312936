package space.consortium.projects.web;

import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;
import space.consortium.projects.Contribution;
import space.consortium.projects.ContributionRequest;
import space.consortium.shared.MoneyField;

/**
 * What the contribution form posts. The value is its full amount, currency and price year, named as in the API ({@code value.amount}); the full rules are those of
 * {@link ContributionRequest} and the service, checked after these first, friendlier messages.
 */
public class ContributionForm {

    @NotBlank(message = "Choose the partner that makes the contribution")
    private @Nullable String partnerId;
    @NotBlank(message = "Choose what kind of contribution it is")
    private @Nullable String kind;
    @NotBlank(message = "Name the element contributed, e.g. the module, instrument or launch")
    private @Nullable String element;
    private MoneyField value = new MoneyField();
    @NotBlank(message = "Give the address of a public page that states this contribution")
    private @Nullable String sourceUrl;
    private @Nullable Long version;

    /** The form filled with a stored contribution, for editing. */
    static ContributionForm of(Contribution c) {
        ContributionForm form = new ContributionForm();
        form.partnerId = c.partnerId();
        form.kind = c.kind();
        form.element = c.element();
        form.value = MoneyField.of(c.value());
        form.sourceUrl = c.sourceUrl();
        form.version = c.version();
        return form;
    }

    /** The request for the service; no value when neither its amount nor its price year is given. */
    ContributionRequest toRequest(String projectId) {
        return new ContributionRequest(projectId, trim(partnerId), trim(kind), trim(element), value.toRequest(),
                trim(sourceUrl), version);
    }

    /** The form field showing a request field's problem. */
    static String fieldOf(String requestField) {
        return switch (requestField) {
            case "value" -> "value.amount";
            case "value.amount", "value.currency", "value.priceYear" -> requestField;
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
}
