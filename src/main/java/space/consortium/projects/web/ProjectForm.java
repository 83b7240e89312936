package space.consortium.projects.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import space.consortium.projects.ParticipationRequest;
import space.consortium.projects.Project;
import space.consortium.projects.ProjectDetail;
import space.consortium.projects.ProjectRequest;
import space.consortium.shared.MoneyField;

/**
 * What the project form posts: the fields of {@link ProjectRequest} (the cost as its full amount, currency and price year, named as in the API) and, as rows, the
 * participants other than the lead, each becoming a {@link ParticipationRequest}. The rules are those of the requests
 * and of the service.
 */
public class ProjectForm {

    private @Nullable String id;
    private @Nullable String name;
    private @Nullable String destination;
    private @Nullable String status;
    private @Nullable Integer launchYear;
    private @Nullable String leadPartnerId;
    private MoneyField cost = new MoneyField();
    private @Nullable String notes;
    private @Nullable String sourceUrl;
    private @Nullable Long version;
    /** Ids of the stored participations the form showed when it was opened, comma-separated. */
    private @Nullable String shownParticipations;
    private List<Row> participants = new ArrayList<>();

    /** One participant of the form: a stored participation (with its id and version) or a new one. */
    public static class Row {
        private @Nullable Long participationId;
        private @Nullable String partnerId;
        private @Nullable String role = "partner";
        private @Nullable String sourceUrl;
        private @Nullable Long version;

        public @Nullable Long getParticipationId() {
            return participationId;
        }

        public void setParticipationId(@Nullable Long participationId) {
            this.participationId = participationId;
        }

        public @Nullable String getPartnerId() {
            return partnerId;
        }

        public void setPartnerId(@Nullable String partnerId) {
            this.partnerId = partnerId;
        }

        public @Nullable String getRole() {
            return role;
        }

        public void setRole(@Nullable String role) {
            this.role = role;
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

    /** The form filled with a stored project and its participants, for editing. */
    static ProjectForm of(ProjectDetail detail) {
        Project p = detail.project();
        ProjectForm form = new ProjectForm();
        form.id = p.id();
        form.name = p.name();
        form.destination = p.destination();
        form.status = p.status();
        form.launchYear = p.launchYear();
        form.leadPartnerId = p.leadPartnerId();
        form.cost = MoneyField.of(p.cost());
        form.notes = p.notes();
        form.sourceUrl = p.sourceUrl();
        form.version = p.version();
        form.setRowsOf(detail);
        return form;
    }

    /** Shows the stored participants (the lead aside) as the rows, their ids as the ones shown. */
    void setRowsOf(ProjectDetail detail) {
        participants = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (ProjectDetail.Participant pp : detail.participants()) {
            if (pp.role().equals("lead")) {
                continue;
            }
            Row row = new Row();
            row.participationId = pp.participationId();
            row.partnerId = pp.partnerId();
            row.role = pp.role();
            row.sourceUrl = pp.sourceUrl();
            row.version = pp.version();
            participants.add(row);
            ids.add(String.valueOf(pp.participationId()));
        }
        shownParticipations = String.join(",", ids);
    }

    /** The request for the service; no cost when neither its amount nor its price year is given. */
    ProjectRequest toRequest() {
        return new ProjectRequest(blankToNull(id), trim(name), blankToNull(destination), blankToNull(status), launchYear,
                trim(leadPartnerId), cost.toRequest(), blankToNull(notes), trim(sourceUrl), version);
    }

    /** The participation requests of the rows, in order; a row without a source takes the project's. */
    List<ParticipationRequest> rowRequests(String projectId) {
        return participants.stream().map(r -> new ParticipationRequest(r.participationId, projectId, trim(r.partnerId),
                trim(r.role), r.sourceUrl == null || r.sourceUrl.isBlank() ? trim(sourceUrl) : r.sourceUrl.trim(),
                r.version)).toList();
    }

    /** The stored participations shown when the form was opened whose rows are gone. */
    Set<Long> removedParticipations() {
        Set<Long> shown = new LinkedHashSet<>();
        if (shownParticipations != null && !shownParticipations.isBlank()) {
            Arrays.stream(shownParticipations.split(",")).map(String::trim).filter(s -> s.matches("\\d+"))
                    .map(Long::valueOf).forEach(shown::add);
        }
        participants.forEach(r -> shown.remove(r.participationId));
        return shown;
    }

    /** The form field showing a request field's problem (an empty answer: a problem of the whole form). */
    static String fieldOf(String requestField) {
        return switch (requestField) {
            case "cost" -> "cost.amount";
            case "cost.amount", "cost.currency", "cost.priceYear" -> requestField;
            case "id", "name", "destination", "status", "launchYear", "leadPartnerId", "notes", "sourceUrl" -> requestField;
            default -> requestField.matches("participants\\[\\d+]\\.(partnerId|role|sourceUrl)") ? requestField : "";
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

    public @Nullable String getDestination() {
        return destination;
    }

    public void setDestination(@Nullable String destination) {
        this.destination = destination;
    }

    public @Nullable String getStatus() {
        return status;
    }

    public void setStatus(@Nullable String status) {
        this.status = status;
    }

    public @Nullable Integer getLaunchYear() {
        return launchYear;
    }

    public void setLaunchYear(@Nullable Integer launchYear) {
        this.launchYear = launchYear;
    }

    public @Nullable String getLeadPartnerId() {
        return leadPartnerId;
    }

    public void setLeadPartnerId(@Nullable String leadPartnerId) {
        this.leadPartnerId = leadPartnerId;
    }

    public MoneyField getCost() {
        return cost;
    }

    public void setCost(MoneyField cost) {
        this.cost = cost;
    }

    public @Nullable String getNotes() {
        return notes;
    }

    public void setNotes(@Nullable String notes) {
        this.notes = notes;
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

    public @Nullable String getShownParticipations() {
        return shownParticipations;
    }

    public void setShownParticipations(@Nullable String shownParticipations) {
        this.shownParticipations = shownParticipations;
    }

    public List<Row> getParticipants() {
        return participants;
    }

    public void setParticipants(List<Row> participants) {
        this.participants = participants;
    }
}
