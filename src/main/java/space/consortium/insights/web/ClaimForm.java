package space.consortium.insights.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import space.consortium.insights.ClaimRequest;

/** The "add a claim" form on the insights page, as typed (numbers as text, so a typo can be shown back). */
final class ClaimForm {

    private String statement = "";
    private String metric = "";
    private String partnerId = "";
    private String comparator = "=";
    private String stated = "";
    private String tolerance = "";
    private String sourceUrl = "";

    /**
     * The request; numbers that do not parse are put in {@code errors} and replaced by 0, so that the other fields
     * can still be validated and every mistake shown at once.
     */
    ClaimRequest toRequest(Map<String, String> errors) {
        BigDecimal statedValue = number(stated, "stated", errors, true);
        BigDecimal toleranceValue = number(tolerance, "tolerance", errors, false);
        return new ClaimRequest(statement, metric, partnerId.isBlank() ? null : partnerId, comparator,
                statedValue == null ? BigDecimal.ZERO : statedValue, toleranceValue, sourceUrl, null);
    }

    private static @Nullable BigDecimal number(String text, String field, Map<String, String> errors, boolean required) {
        if (text == null || text.isBlank()) {
            if (required) {
                errors.put(field, "is required");
            }
            return null;
        }
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            errors.put(field, "'" + text + "' is not a number (a share is a fraction such as 0.8)");
            return null;
        }
    }

    static Map<String, String> noErrors() {
        return new LinkedHashMap<>();
    }

    public String getStatement() { return statement; }
    public void setStatement(String statement) { this.statement = statement; }
    public String getMetric() { return metric; }
    public void setMetric(String metric) { this.metric = metric; }
    public String getPartnerId() { return partnerId; }
    public void setPartnerId(String partnerId) { this.partnerId = partnerId; }
    public String getComparator() { return comparator; }
    public void setComparator(String comparator) { this.comparator = comparator; }
    public String getStated() { return stated; }
    public void setStated(String stated) { this.stated = stated; }
    public String getTolerance() { return tolerance; }
    public void setTolerance(String tolerance) { this.tolerance = tolerance; }
    public String getSourceUrl() { return sourceUrl; }
    public void setSourceUrl(String sourceUrl) { this.sourceUrl = sourceUrl; }
}
