package space.consortium.risk.web;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import space.consortium.risk.Risk;
import space.consortium.risk.RiskRequest;

/** What the risk form posts: the request's fields, with impacts as min / most likely / max boxes. */
public class RiskForm {

    private @Nullable String title;
    private @Nullable String condition;
    private @Nullable String consequence;
    private @Nullable String ownerPartnerId;
    private @Nullable String domain = "technical";
    private @Nullable Integer likelihood = 3;
    private @Nullable Integer consequenceLevel = 3;
    private @Nullable String disposition = "watch";
    private @Nullable String acceptedBy;
    private @Nullable String mitigation;
    private @Nullable String activities;
    private @Nullable BigDecimal probability;
    private @Nullable BigDecimal delayMin;
    private @Nullable BigDecimal delayMode;
    private @Nullable BigDecimal delayMax;
    private @Nullable BigDecimal costMin;
    private @Nullable BigDecimal costMode;
    private @Nullable BigDecimal costMax;
    private @Nullable String costCurrency;
    private @Nullable Integer costPriceYear;
    private @Nullable String changedBy;
    private @Nullable String changeNote;
    private @Nullable Long version;

    static RiskForm of(Risk r) {
        RiskForm f = new RiskForm();
        f.title = r.title();
        f.condition = r.condition();
        f.consequence = r.consequence();
        f.ownerPartnerId = r.ownerPartnerId();
        f.domain = r.domain();
        f.likelihood = r.likelihood();
        f.consequenceLevel = r.consequenceLevel();
        f.disposition = r.disposition();
        f.acceptedBy = r.acceptedBy();
        f.mitigation = r.mitigation();
        f.activities = String.join(", ", r.activities());
        f.probability = r.probability();
        if (r.delayDays() != null) {
            f.delayMin = r.delayDays().low();
            f.delayMode = r.delayDays().mode();
            f.delayMax = r.delayDays().high();
        }
        if (r.cost() != null) {
            f.costMin = r.cost().low();
            f.costMode = r.cost().mode();
            f.costMax = r.cost().high();
            f.costCurrency = r.cost().currency();
            f.costPriceYear = r.cost().priceYear();
        }
        f.version = r.version();
        return f;
    }

    RiskRequest toRequest() {
        List<String> ids = activities == null || activities.isBlank() ? List.of()
                : Arrays.stream(activities.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
        return new RiskRequest(orEmpty(title), orEmpty(condition), orEmpty(consequence), orEmpty(ownerPartnerId),
                orEmpty(domain), likelihood, consequenceLevel, orEmpty(disposition), acceptedBy, mitigation, ids,
                probability, impact(delayMin, delayMode, delayMax), cost(), changedBy,
                changeNote, version);
    }

    private static RiskRequest.@Nullable Impact impact(@Nullable BigDecimal min, @Nullable BigDecimal mode,
                                                      @Nullable BigDecimal max) {
        if (min == null && mode == null && max == null) {
            return null;
        }
        BigDecimal likely = mode != null ? mode : min != null && max != null ? null : min != null ? min : max;
        return new RiskRequest.Impact(min, likely, max);
    }

    /** The cost range with its currency and price year; null when no amount is given (the currency alone is no cost). */
    private RiskRequest.@Nullable CostImpact cost() {
        RiskRequest.Impact range = impact(costMin, costMode, costMax);
        return range == null ? null : new RiskRequest.CostImpact(range.min(), range.mode(), range.max(),
                costCurrency == null || costCurrency.isBlank() ? null : costCurrency.trim(), costPriceYear);
    }

    /** Starts a new risk's cost in the currency and price year its project's risks take by default. */
    void startCostIn(String currency, @Nullable Integer priceYear) {
        if (costCurrency == null) {
            costCurrency = currency;
            costPriceYear = priceYear;
        }
    }

    /** The form field that shows a problem the service or the validator names. */
    static String fieldOf(String problem) {
        if (problem.startsWith("activities")) {
            return "activities";
        }
        return switch (problem) {
            case "delayDays", "delayDays.mode", "delayDays.min", "delayDays.max" -> "delayMode";
            case "cost", "cost.mode", "cost.min", "cost.max" -> "costMode";
            case "cost.currency" -> "costCurrency";
            case "cost.priceYear" -> "costPriceYear";
            case "title", "condition", "consequence", "ownerPartnerId", "domain", "likelihood", "consequenceLevel",
                 "disposition", "acceptedBy", "mitigation", "probability", "changedBy", "changeNote" -> problem;
            default -> "";
        };
    }

    private static String orEmpty(@Nullable String s) {
        return s == null ? "" : s;
    }

    // getters and setters for binding

    public @Nullable String getTitle() { return title; }
    public void setTitle(@Nullable String v) { title = v; }
    public @Nullable String getCondition() { return condition; }
    public void setCondition(@Nullable String v) { condition = v; }
    public @Nullable String getConsequence() { return consequence; }
    public void setConsequence(@Nullable String v) { consequence = v; }
    public @Nullable String getOwnerPartnerId() { return ownerPartnerId; }
    public void setOwnerPartnerId(@Nullable String v) { ownerPartnerId = v; }
    public @Nullable String getDomain() { return domain; }
    public void setDomain(@Nullable String v) { domain = v; }
    public @Nullable Integer getLikelihood() { return likelihood; }
    public void setLikelihood(@Nullable Integer v) { likelihood = v; }
    public @Nullable Integer getConsequenceLevel() { return consequenceLevel; }
    public void setConsequenceLevel(@Nullable Integer v) { consequenceLevel = v; }
    public @Nullable String getDisposition() { return disposition; }
    public void setDisposition(@Nullable String v) { disposition = v; }
    public @Nullable String getAcceptedBy() { return acceptedBy; }
    public void setAcceptedBy(@Nullable String v) { acceptedBy = v; }
    public @Nullable String getMitigation() { return mitigation; }
    public void setMitigation(@Nullable String v) { mitigation = v; }
    public @Nullable String getActivities() { return activities; }
    public void setActivities(@Nullable String v) { activities = v; }
    public @Nullable BigDecimal getProbability() { return probability; }
    public void setProbability(@Nullable BigDecimal v) { probability = v; }
    public @Nullable BigDecimal getDelayMin() { return delayMin; }
    public void setDelayMin(@Nullable BigDecimal v) { delayMin = v; }
    public @Nullable BigDecimal getDelayMode() { return delayMode; }
    public void setDelayMode(@Nullable BigDecimal v) { delayMode = v; }
    public @Nullable BigDecimal getDelayMax() { return delayMax; }
    public void setDelayMax(@Nullable BigDecimal v) { delayMax = v; }
    public @Nullable BigDecimal getCostMin() { return costMin; }
    public void setCostMin(@Nullable BigDecimal v) { costMin = v; }
    public @Nullable BigDecimal getCostMode() { return costMode; }
    public void setCostMode(@Nullable BigDecimal v) { costMode = v; }
    public @Nullable String getCostCurrency() { return costCurrency; }
    public void setCostCurrency(@Nullable String v) { costCurrency = v; }
    public @Nullable Integer getCostPriceYear() { return costPriceYear; }
    public void setCostPriceYear(@Nullable Integer v) { costPriceYear = v; }
    public @Nullable BigDecimal getCostMax() { return costMax; }
    public void setCostMax(@Nullable BigDecimal v) { costMax = v; }
    public @Nullable String getChangedBy() { return changedBy; }
    public void setChangedBy(@Nullable String v) { changedBy = v; }
    public @Nullable String getChangeNote() { return changeNote; }
    public void setChangeNote(@Nullable String v) { changeNote = v; }
    public @Nullable Long getVersion() { return version; }
    public void setVersion(@Nullable Long v) { version = v; }
}
