package space.consortium.partners.web;

import org.jspecify.annotations.Nullable;
import space.consortium.partners.Partner;
import space.consortium.partners.PartnerRequest;
import space.consortium.shared.MoneyField;

/**
 * What the partner form posts: the fields of {@link PartnerRequest}, the budget as its full amount, currency (US
 * dollars, the only currency partner budgets are kept in) and year, named as in the API ({@code budget.amount}). The
 * rules are those of the request and of the service.
 */
public class PartnerForm {

    private @Nullable String id;
    private @Nullable String name;
    private @Nullable String kind;
    private @Nullable String countryOrMembers;
    private @Nullable Integer founded;
    private MoneyField budget = new MoneyField();
    private @Nullable String sourceUrl;
    private @Nullable Long version;

    /** The form filled with a stored partner, for editing. */
    static PartnerForm of(Partner p) {
        PartnerForm form = new PartnerForm();
        form.id = p.id();
        form.name = p.name();
        form.kind = p.kind();
        form.countryOrMembers = p.countryOrMembers();
        form.founded = p.founded();
        form.budget = MoneyField.of(p.budget());
        form.sourceUrl = p.sourceUrl();
        form.version = p.version();
        return form;
    }

    PartnerRequest toRequest() {
        return new PartnerRequest(blankToNull(id), trim(name), trim(kind), blankToNull(countryOrMembers), founded,
                budget.toRequest(), trim(sourceUrl), version);
    }

    /** The form field showing a request field's problem (an empty answer: a problem of the whole form). */
    static String fieldOf(String requestField) {
        return switch (requestField) {
            case "budget" -> "budget.amount";
            case "budget.amount", "budget.currency", "budget.priceYear" -> requestField;
            case "id", "name", "kind", "countryOrMembers", "founded", "sourceUrl" -> requestField;
            default -> "";
        };
    }

    private static String trim(@Nullable String s) {
        return s == null ? "" : s.trim();
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public @Nullable String getId() {
        return id;
    }

    public void setId(@Nullable String id) {
        this.id = id;
    }

    public @Nullable String getName() {
        return name;
    }

    public void setName(@Nullable String name) {
        this.name = name;
    }

    public @Nullable String getKind() {
        return kind;
    }

    public void setKind(@Nullable String kind) {
        this.kind = kind;
    }

    public @Nullable String getCountryOrMembers() {
        return countryOrMembers;
    }

    public void setCountryOrMembers(@Nullable String countryOrMembers) {
        this.countryOrMembers = countryOrMembers;
    }

    public @Nullable Integer getFounded() {
        return founded;
    }

    public void setFounded(@Nullable Integer founded) {
        this.founded = founded;
    }

    public MoneyField getBudget() {
        return budget;
    }

    public void setBudget(MoneyField budget) {
        this.budget = budget;
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
