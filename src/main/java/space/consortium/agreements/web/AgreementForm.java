package space.consortium.agreements.web;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import space.consortium.agreements.Agreement;
import space.consortium.agreements.AgreementRequest;

/**
 * What the agreement form posts: the fields of {@link AgreementRequest} and its parties as rows (the list replaces the
 * stored one, as in the API). The rules are those of the request and of the service.
 */
public class AgreementForm {

    private @Nullable String id;
    private @Nullable String kind;
    private @Nullable String title;
    private @Nullable String signedOn;
    private @Nullable String description;
    private @Nullable String projectId;
    private @Nullable String sourceUrl;
    private @Nullable Long version;
    private List<Row> parties = new ArrayList<>();

    /** One party: a partner, or a country, or both. */
    public static class Row {
        private @Nullable String partnerId;
        private @Nullable String countryCode;
        private @Nullable String countryName;
        private @Nullable String signed;
        private @Nullable String sourceUrl;

        public @Nullable String getPartnerId() {
            return partnerId;
        }

        public void setPartnerId(@Nullable String partnerId) {
            this.partnerId = partnerId;
        }

        public @Nullable String getCountryCode() {
            return countryCode;
        }

        public void setCountryCode(@Nullable String countryCode) {
            this.countryCode = countryCode;
        }

        public @Nullable String getCountryName() {
            return countryName;
        }

        public void setCountryName(@Nullable String countryName) {
            this.countryName = countryName;
        }

        public @Nullable String getSigned() {
            return signed;
        }

        public void setSigned(@Nullable String signed) {
            this.signed = signed;
        }

        public @Nullable String getSourceUrl() {
            return sourceUrl;
        }

        public void setSourceUrl(@Nullable String sourceUrl) {
            this.sourceUrl = sourceUrl;
        }
    }

    static AgreementForm of(Agreement a) {
        AgreementForm form = new AgreementForm();
        form.id = a.id();
        form.kind = a.kind();
        form.title = a.title();
        form.signedOn = a.signedOn();
        form.description = a.description();
        form.projectId = a.projectId();
        form.sourceUrl = a.sourceUrl();
        form.version = a.version();
        for (Agreement.Party p : a.parties()) {
            Row row = new Row();
            row.partnerId = p.partnerId();
            row.countryCode = p.countryCode();
            row.countryName = p.countryName();
            row.signed = p.signed();
            row.sourceUrl = p.sourceUrl();
            form.parties.add(row);
        }
        return form;
    }

    /** The request; a party without a source takes the agreement's. */
    AgreementRequest toRequest() {
        List<AgreementRequest.Party> rows = parties.stream().map(r -> new AgreementRequest.Party(blankToNull(r.partnerId),
                blankToNull(r.countryCode), blankToNull(r.countryName), blankToNull(r.signed),
                r.sourceUrl == null || r.sourceUrl.isBlank() ? trim(sourceUrl) : r.sourceUrl.trim())).toList();
        return new AgreementRequest(blankToNull(id), trim(kind), trim(title), blankToNull(signedOn),
                blankToNull(description), blankToNull(projectId), trim(sourceUrl), version, rows);
    }

    /** The form field showing a request field's problem (an empty answer: a problem of the whole form). */
    static String fieldOf(String requestField) {
        if (requestField.matches("parties\\[\\d+]\\.(partnerId|countryCode|countryName|signed|sourceUrl)")) {
            return requestField;
        }
        if (requestField.matches("parties\\[\\d+]")) {
            return requestField + ".partnerId";
        }
        return switch (requestField) {
            case "id", "kind", "title", "signedOn", "description", "projectId", "sourceUrl" -> requestField;
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

    public @Nullable String getKind() {
        return kind;
    }

    public void setKind(@Nullable String kind) {
        this.kind = kind;
    }

    public @Nullable String getTitle() {
        return title;
    }

    public void setTitle(@Nullable String title) {
        this.title = title;
    }

    public @Nullable String getSignedOn() {
        return signedOn;
    }

    public void setSignedOn(@Nullable String signedOn) {
        this.signedOn = signedOn;
    }

    public @Nullable String getDescription() {
        return description;
    }

    public void setDescription(@Nullable String description) {
        this.description = description;
    }

    public @Nullable String getProjectId() {
        return projectId;
    }

    public void setProjectId(@Nullable String projectId) {
        this.projectId = projectId;
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

    public List<Row> getParties() {
        return parties;
    }

    public void setParties(List<Row> parties) {
        this.parties = parties;
    }
}
