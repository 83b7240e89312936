package space.consortium.insights.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import space.consortium.insights.ClaimRequest;

/**
 * The "add a claim" form on the insights page, as typed (numbers as text, so a typo can be shown back). Each kind has
 * its own fields; only the chosen kind's fields make the subject.
 */
final class ClaimForm {

    /** The kinds with the names the form shows. */
    static final Map<String, String> KIND_NAMES = kindNames();

    /** What a count can be of, with the names the form shows. */
    static final Map<String, String> COUNT_NAMES = countNames();

    /** Date constraints with the names the form shows. */
    static final Map<String, String> WHEN_NAMES = Map.of("", "any date", "year", "in the year", "before", "before",
            "on", "on the day");

    private static Map<String, String> kindNames() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("signature", "Signature: who signed an agreement");
        m.put("count", "Count: a number of registry rows");
        m.put("share", "Share: a fraction of a named population");
        m.put("date", "Date: when a project launched or an agreement was signed");
        m.put("external", "External figure: a number the registry does not compute");
        return java.util.Collections.unmodifiableMap(m);
    }

    private static Map<String, String> countNames() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("projects", "Projects");
        m.put("partners", "Partners");
        m.put("agreement-parties", "Parties of an agreement");
        m.put("communities", "Communities of the cooperation network");
        return java.util.Collections.unmodifiableMap(m);
    }

    private String text = "";
    private String kind = "signature";
    private String sourceUrl = "";
    private String comparator = "=";
    private String statedValue = "";
    private String tolerance = "";
    // signature
    private String agreement = "";
    private String country = "";
    private String partner = "";
    private String when = "";
    private String whenValue = "";
    // count
    private String countOf = "projects";
    private String status = "";
    private String destination = "";
    private String lead = "";
    private String withPartner = "";
    private String project = "";
    private String asOf = "";
    private String countAgreement = "";
    // share
    private String population = "";
    // date
    private String dateProject = "";
    private String dateAgreement = "";
    private String dateWhen = "year";
    private String dateValue = "";
    // external
    private String figure = "";

    /**
     * The request; numbers that do not parse are put in {@code errors} (by field name) and left out, so that the other
     * fields can still be validated and every mistake shown at once.
     */
    ClaimRequest toRequest(Map<String, String> errors) {
        Map<String, Object> subject = new LinkedHashMap<>();
        switch (kind) {
            case "signature" -> {
                put(subject, "agreement", agreement);
                if (!partner.isBlank()) {
                    put(subject, "partner", partner);
                } else {
                    put(subject, "country", country);
                }
                if (!when.isBlank()) {
                    put(subject, when, whenValue);
                }
            }
            case "count" -> {
                put(subject, "of", countOf);
                switch (countOf) {
                    case "projects" -> {
                        put(subject, "status", status);
                        put(subject, "destination", destination);
                        put(subject, "lead", lead);
                        put(subject, "partner", withPartner);
                    }
                    case "partners" -> put(subject, "project", project);
                    case "agreement-parties" -> {
                        put(subject, "agreement", countAgreement);
                        put(subject, "asOf", asOf);
                    }
                    default -> { }
                }
            }
            case "share" -> {
                put(subject, "population", population);
                subject.put("property", "international");
            }
            case "date" -> {
                if (!dateAgreement.isBlank()) {
                    put(subject, "agreement", dateAgreement);
                    subject.put("event", "signature");
                } else {
                    put(subject, "project", dateProject);
                    subject.put("event", "launch");
                }
                if (!dateWhen.isBlank()) {
                    put(subject, dateWhen, dateValue);
                }
            }
            case "external" -> put(subject, "figure", figure);
            default -> { }
        }
        boolean states = !List.of("signature", "date").contains(kind);
        BigDecimal stated = states ? number(statedValue, "statedValue", errors) : null;
        BigDecimal tol = states ? number(tolerance, "tolerance", errors) : null;
        return new ClaimRequest(null, text, kind, sourceUrl.isBlank() ? null : sourceUrl.trim(), null, subject, stated, tol,
                comparator, null, null, null);
    }

    private static void put(Map<String, Object> subject, String key, String value) {
        if (value != null && !value.isBlank()) {
            subject.put(key, value.trim());
        }
    }

    private static @Nullable BigDecimal number(String text, String field, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.trim().replace(",", ""));
        } catch (NumberFormatException e) {
            errors.put(field, "'" + text + "' is not a number (a share is a fraction such as 0.8)");
            return null;
        }
    }

    /** The form's labels of the request's fields, for the list of problems at the top of the form. */
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("text", "The claim"), Map.entry("kind", "Kind of claim"),
            Map.entry("sourceUrl", "Where it was published"), Map.entry("comparator", "Stated value is"),
            Map.entry("statedValue", "Stated value"), Map.entry("tolerance", "Tolerance"),
            Map.entry("subject", "What the claim is about"), Map.entry("subject.agreement", "Agreement"),
            Map.entry("subject.country", "Country"), Map.entry("subject.countries", "Countries"),
            Map.entry("subject.partner", "Partner"), Map.entry("subject.year", "Year"),
            Map.entry("subject.before", "Date (before)"), Map.entry("subject.on", "Date (on the day)"),
            Map.entry("subject.of", "Count of"), Map.entry("subject.status", "Projects: status"),
            Map.entry("subject.destination", "Projects: destination"), Map.entry("subject.lead", "Projects: led by"),
            Map.entry("subject.project", "Project"), Map.entry("subject.asOf", "Parties: signed by"),
            Map.entry("subject.population", "Population"), Map.entry("subject.figure", "Figure"),
            Map.entry("subject.event", "Event"), Map.entry("subject.launchYear", "Launch year"),
            Map.entry("subject.metric", "Figure"));

    /** The label the form shows for a field path ({@code subject.country} → "Country"); an unknown path as it is. */
    static String label(String field) {
        return LABELS.getOrDefault(field, field);
    }

    /** The problems as the summary at the top of the form lists them: "Country: is required". */
    static List<String> summary(Map<String, String> errors) {
        return errors.entrySet().stream().map(e -> label(e.getKey()) + ": " + e.getValue()).toList();
    }

    static Map<String, String> noErrors() {
        return new LinkedHashMap<>();
    }

    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getSourceUrl() { return sourceUrl; }
    public void setSourceUrl(String sourceUrl) { this.sourceUrl = sourceUrl; }
    public String getComparator() { return comparator; }
    public void setComparator(String comparator) { this.comparator = comparator; }
    public String getStatedValue() { return statedValue; }
    public void setStatedValue(String statedValue) { this.statedValue = statedValue; }
    public String getTolerance() { return tolerance; }
    public void setTolerance(String tolerance) { this.tolerance = tolerance; }
    public String getAgreement() { return agreement; }
    public void setAgreement(String agreement) { this.agreement = agreement; }
    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country; }
    public String getPartner() { return partner; }
    public void setPartner(String partner) { this.partner = partner; }
    public String getWhen() { return when; }
    public void setWhen(String when) { this.when = when; }
    public String getWhenValue() { return whenValue; }
    public void setWhenValue(String whenValue) { this.whenValue = whenValue; }
    public String getCountOf() { return countOf; }
    public void setCountOf(String countOf) { this.countOf = countOf; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getDestination() { return destination; }
    public void setDestination(String destination) { this.destination = destination; }
    public String getLead() { return lead; }
    public void setLead(String lead) { this.lead = lead; }
    public String getWithPartner() { return withPartner; }
    public void setWithPartner(String withPartner) { this.withPartner = withPartner; }
    public String getProject() { return project; }
    public void setProject(String project) { this.project = project; }
    public String getAsOf() { return asOf; }
    public void setAsOf(String asOf) { this.asOf = asOf; }
    public String getCountAgreement() { return countAgreement; }
    public void setCountAgreement(String countAgreement) { this.countAgreement = countAgreement; }
    public String getPopulation() { return population; }
    public void setPopulation(String population) { this.population = population; }
    public String getDateProject() { return dateProject; }
    public void setDateProject(String dateProject) { this.dateProject = dateProject; }
    public String getDateAgreement() { return dateAgreement; }
    public void setDateAgreement(String dateAgreement) { this.dateAgreement = dateAgreement; }
    public String getDateWhen() { return dateWhen; }
    public void setDateWhen(String dateWhen) { this.dateWhen = dateWhen; }
    public String getDateValue() { return dateValue; }
    public void setDateValue(String dateValue) { this.dateValue = dateValue; }
    public String getFigure() { return figure; }
    public void setFigure(String figure) { this.figure = figure; }
}
