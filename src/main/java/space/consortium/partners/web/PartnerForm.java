package space.consortium.partners.web;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import space.consortium.partners.Partner;
import space.consortium.partners.PartnerRequest;
import space.consortium.shared.MoneyRequest;

/**
 * What the partner form posts: the fields of {@link PartnerRequest}, the budget typed in millions of US dollars (the
 * only currency partner budgets are kept in). The rules are those of the request and of the service.
 */
public class PartnerForm {

    private @Nullable String id;
    private @Nullable String name;
    private @Nullable String kind;
    private @Nullable String countryOrMembers;
    private @Nullable Integer founded;
    private @Nullable BigDecimal budgetMillions;
    private @Nullable Integer budgetYear;
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
        if (p.budget() != null) {
            form.budgetMillions = p.budget().millions();
            form.budgetYear = p.budget().priceYear();
        }
        form.sourceUrl = p.sourceUrl();
        form.version = p.version();
        return form;
    }

    PartnerRequest toRequest() {
        BigDecimal amount = budgetMillions == null ? null : budgetMillions.movePointRight(6);
        MoneyRequest budget = amount == null && budgetYear == null ? null : new MoneyRequest(amount, "USD", budgetYear);
        return new PartnerRequest(blankToNull(id), trim(name), trim(kind), blankToNull(countryOrMembers), founded, budget,
                trim(sourceUrl), version);
    }

    /** The form field showing a request field's problem (an empty answer: a problem of the whole form). */
    static String fieldOf(String requestField) {
        return switch (requestField) {
            case "budget", "budget.amount", "budget.currency" -> "budgetMillions";
            case "budget.priceYear" -> "budgetYear";
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

    public @Nullable BigDecimal getBudgetMillions() {
        return budgetMillions;
    }

    public void setBudgetMillions(@Nullable BigDecimal budgetMillions) {
        this.budgetMillions = budgetMillions;
    }

    public @Nullable Integer getBudgetYear() {
        return budgetYear;
    }

    public void setBudgetYear(@Nullable Integer budgetYear) {
        this.budgetYear = budgetYear;
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
