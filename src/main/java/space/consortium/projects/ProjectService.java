package space.consortium.projects;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import space.consortium.accounts.Access;
import space.consortium.accounts.AuditTrail;
import space.consortium.shared.AlreadyExists;
import space.consortium.shared.InUse;
import space.consortium.shared.InvalidInput;
import space.consortium.shared.NotFound;
import space.consortium.shared.PageRequest;
import space.consortium.shared.PageResult;
import space.consortium.shared.Problems;
import space.consortium.shared.StaleVersion;
import space.consortium.shared.UniqueKey;

/** Reads and edits projects, their participations and their share tables. */
@Service
@Transactional(readOnly = true)
public class ProjectService {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final ProjectRepository projects;
    private final ContributionRepository contributions;
    private final Access access;
    private final AuditTrail audit;

    ProjectService(ProjectRepository projects, ContributionRepository contributions, Access access, AuditTrail audit) {
        this.projects = projects;
        this.contributions = contributions;
        this.access = access;
        this.audit = audit;
    }

    // ---- projects

    public PageResult<Project> list(ProjectQuery query, PageRequest page) {
        return projects.list(query, page);
    }

    public List<Project> all() {
        return projects.findAll();
    }

    public long count() {
        return projects.count();
    }

    /** Partner id → name of every partner in the registry, ordered by name: the choices for a partner field. */
    public Map<String, String> partnerNames() {
        return projects.partnerNames();
    }

    public Project get(String id) {
        return projects.find(id).orElseThrow(() -> new NotFound("project", id));
    }

    /** The project with its participants (lead first), contributions and share tables. */
    public ProjectDetail detail(String id) {
        Project project = get(id);
        List<Contribution> all = contributions.ofProject(id);
        List<ProjectDetail.Participant> participants = projects.participationsOfProject(id).stream()
                .map(p -> new ProjectDetail.Participant(p.id(), p.partnerId(), p.partnerName(), p.role(), p.sourceUrl(),
                        p.version(), all.stream().filter(c -> c.partnerId().equals(p.partnerId())).toList()))
                .toList();
        return new ProjectDetail(project, participants, all, projects.shareTables(id));
    }

    @Transactional
    public Project create(ProjectRequest request) {
        access.checkAdmin();
        if (request.id() == null) {
            throw new InvalidInput("id", "is required to create a project (a slug such as 'iss')");
        }
        validate(request);
        if (projects.exists(request.id())) {
            throw projectExists(request.id());
        }
        UniqueKey.guard(() -> projects.insert(request.id(), request), () -> projectExists(request.id()));
        ensureLead(request.id(), request.leadPartnerId(), request.sourceUrl());
        Project created = get(request.id());
        audit.created("project", created.id(), created.id(), null, created);
        return created;
    }

    @Transactional
    public Project update(String id, ProjectRequest request) {
        if (request.id() != null && !request.id().equals(id)) {
            throw new InvalidInput("id", "cannot be changed (path has '" + id + "', body has '" + request.id() + "')");
        }
        access.checkCoordinator(id);
        Long version = requireVersion(request.version());
        validate(request);
        Project before = get(id);
        if (projects.update(id, version, request) == 0) {
            throw new StaleVersion("project", id, version);
        }
        ensureLead(id, request.leadPartnerId(), request.sourceUrl());
        Project after = get(id);
        audit.updated("project", id, id, null, before, after);
        return after;
    }

    /**
     * Creates or updates the project and, in the same transaction, its other participants as the project form edits
     * them (the lead follows {@code leadPartnerId}). Each row goes through {@link #addParticipation} or {@link
     * #updateParticipation}; a problem of row {@code i} is reported on {@code participants[i].<field>}.
     *
     * @param id      the project to update, or null to create {@code request.id()}
     * @param rows    the participants other than the lead; a row with an id is a stored participation
     * @param removed ids of stored participations the user removed from the form (the lead is never removed)
     */
    @Transactional
    public Project saveWithParticipants(@Nullable String id, ProjectRequest request, List<ParticipationRequest> rows,
                                        Set<Long> removed) {
        Problems problems = new Problems();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            String partner = rows.get(i).partnerId();
            problems.check(seen.add(partner), "participants[" + i + "].partnerId",
                    "partner '" + partner + "' is listed twice");
        }
        problems.throwIfAny();
        Project saved = id == null ? create(request) : update(id, request);
        for (long gone : removed) {
            projects.findParticipation(gone)
                    .filter(p -> p.projectId().equals(saved.id()) && !p.partnerId().equals(saved.leadPartnerId()))
                    .ifPresent(p -> deleteParticipation(p.id()));
        }
        for (int i = 0; i < rows.size(); i++) {
            ParticipationRequest row = rows.get(i);
            if (row.partnerId().equals(saved.leadPartnerId())) {
                continue;
            }
            try {
                Participation stored = row.id() != null ? participation(row.id())
                        : projects.findParticipation(saved.id(), row.partnerId()).orElse(null);
                ParticipationRequest r = new ParticipationRequest(stored == null ? null : stored.id(), saved.id(),
                        row.partnerId(), row.role(), row.sourceUrl(),
                        stored == null ? null : row.id() != null ? row.version() : Long.valueOf(stored.version()));
                if (stored == null) {
                    addParticipation(r);
                } else if (!stored.partnerId().equals(r.partnerId()) || !stored.role().equals(r.role())
                        || !stored.sourceUrl().equals(r.sourceUrl())) {
                    updateParticipation(stored.id(), r);
                }
            } catch (InvalidInput e) {
                String prefix = "participants[" + i + "].";
                throw new InvalidInput(e.problems().stream()
                        .map(p -> new InvalidInput.FieldProblem(prefix + p.field(), p.message())).toList());
            }
        }
        return get(saved.id());
    }

    /** Creates the project or overwrites it whatever its version: used by the dataset import only. */
    @Transactional
    public void save(String id, ProjectRequest request) {
        validate(request);
        projects.find(id).ifPresentOrElse(
                existing -> projects.update(id, existing.version(), request),
                () -> projects.insert(id, request));
        ensureLead(id, request.leadPartnerId(), request.sourceUrl());
    }

    @Transactional
    public void delete(String id) {
        access.checkAdmin();
        Project before = get(id);
        deleteRefusal(id).ifPresent(reason -> {
            throw new InUse(reason);
        });
        InUse.guardDelete(() -> projects.delete(id), "Project '" + id + "' is still referenced by other records;"
                + " remove those first");
        audit.deleted("project", id, null, null, before);
    }

    /**
     * Why the project cannot be deleted (assets that name it), or empty when it can; its participations,
     * contributions, share tables, risks and schedules go with it.
     */
    public java.util.Optional<String> deleteRefusal(String id) {
        long assets = projects.assetCount(id);
        return assets == 0 ? java.util.Optional.empty() : java.util.Optional.of("Project '" + id + "' still has "
                + assets + " assets; remove or reassign them first");
    }

    private void validate(ProjectRequest r) {
        Problems problems = new Problems();
        problems.check(projects.partnerExists(r.leadPartnerId()), "leadPartnerId",
                "no partner with id '" + r.leadPartnerId() + "'");
        problems.throwIfAny();
    }

    /** Makes the lead partner a participant with role lead; a former lead stays on as partner. */
    private void ensureLead(String projectId, String leadId, String sourceUrl) {
        for (Participation p : projects.participationsOfProject(projectId)) {
            if (p.role().equals("lead") && !p.partnerId().equals(leadId)) {
                projects.updateParticipation(p.id(), p.version(),
                        new ParticipationRequest(projectId, p.partnerId(), "partner", p.sourceUrl(), p.version()));
            }
        }
        projects.findParticipation(projectId, leadId).ifPresentOrElse(
                p -> {
                    if (!p.role().equals("lead")) {
                        projects.updateParticipation(p.id(), p.version(),
                                new ParticipationRequest(projectId, leadId, "lead", p.sourceUrl(), p.version()));
                    }
                },
                () -> projects.insertParticipation(new ParticipationRequest(projectId, leadId, "lead", sourceUrl, null)));
    }

    // ---- participations

    public PageResult<Participation> participations(@Nullable String project, @Nullable String partner,
                                                    @Nullable String role, PageRequest page) {
        return projects.participations(project, partner, role, page);
    }

    /** Every participation of the partner, newest project first. */
    public List<Participation> participationsOf(String partnerId) {
        return projects.participationsOfPartner(partnerId);
    }

    public List<Participation> allParticipations() {
        return projects.allParticipations();
    }

    public Participation participation(long id) {
        return projects.findParticipation(id).orElseThrow(() -> new NotFound("participation", id));
    }

    @Transactional
    public Participation addParticipation(ParticipationRequest r) {
        access.checkCoordinator(r.projectId());
        validate(r);
        projects.findParticipation(r.projectId(), r.partnerId()).ifPresent(other -> {
            throw participationExists(r, other.id());
        });
        Participation created = participation(UniqueKey.guard(() -> projects.insertParticipation(r),
                () -> participationExists(r)));
        audit.created("participation", created.id(), created.projectId(), created.partnerId(), created);
        return created;
    }

    @Transactional
    public Participation updateParticipation(long id, ParticipationRequest r) {
        Participation current = participation(id);
        access.checkCoordinator(current.projectId());
        requireSameId(id, r.id());
        Long version = requireVersion(r.version());
        if (!current.projectId().equals(r.projectId())) {
            throw new InvalidInput("projectId", "cannot be changed; delete the participation and add a new one");
        }
        validate(r);
        projects.findParticipation(r.projectId(), r.partnerId())
                .filter(other -> other.id() != id)
                .ifPresent(other -> {
                    throw participationExists(r, other.id());
                });
        if (UniqueKey.guard(() -> projects.updateParticipation(id, version, r), () -> participationExists(r)) == 0) {
            throw new StaleVersion("participation", id, version);
        }
        Participation after = participation(id);
        audit.updated("participation", id, after.projectId(), after.partnerId(), current, after);
        return after;
    }

    /** Adds the participation unless the partner already takes part: used by the dataset import only. */
    @Transactional
    public void saveParticipation(ParticipationRequest r) {
        validate(r);
        projects.findParticipation(r.projectId(), r.partnerId()).ifPresentOrElse(
                p -> {
                    if (!p.role().equals("lead")) {
                        projects.updateParticipation(p.id(), p.version(), r);
                    }
                },
                () -> projects.insertParticipation(r));
    }

    @Transactional
    public void deleteParticipation(long id) {
        Participation p = participation(id);
        access.checkCoordinator(p.projectId());
        if (p.role().equals("lead")) {
            throw new InUse("Participation " + id + " is the lead of project '" + p.projectId()
                    + "'; change the project's lead first");
        }
        InUse.guardDelete(() -> projects.deleteParticipation(id), "Participation " + id
                + " is still referenced by other records; remove those first");
        audit.deleted("participation", id, p.projectId(), p.partnerId(), p);
    }

    private void validate(ParticipationRequest r) {
        Problems problems = new Problems()
                .check(projects.exists(r.projectId()), "projectId", "no project with id '" + r.projectId() + "'")
                .check(projects.partnerExists(r.partnerId()), "partnerId", "no partner with id '" + r.partnerId() + "'");
        problems.throwIfAny();
        Project project = get(r.projectId());
        boolean isLead = project.leadPartnerId().equals(r.partnerId());
        if (r.role().equals("lead") != isLead) {
            throw new InvalidInput("role", isLead
                    ? "'" + r.partnerId() + "' leads this project, so its role must be lead"
                    : "only the project's lead partner ('" + project.leadPartnerId() + "') has role lead; change the project's lead to change it");
        }
    }

    // ---- share tables

    /** The share tables of a project, or of every project when {@code projectId} is null. */
    public List<ShareTable> shareTables(@Nullable String projectId) {
        if (projectId != null) {
            get(projectId);
        }
        return projects.shareTables(projectId);
    }

    public ShareTable shareTable(long id) {
        return projects.findShareTable(id).orElseThrow(() -> new NotFound("share table", id));
    }

    @Transactional
    public ShareTable addShareTable(ShareTableRequest r) {
        access.checkCoordinator(r.projectId());
        validate(r);
        projects.findShareTableId(r.projectId(), r.name().trim()).ifPresent(other -> {
            throw shareTableExists(r, other);
        });
        ShareTable created = shareTable(UniqueKey.guard(() -> projects.insertShareTable(r), () -> shareTableExists(r)));
        audit.created("share-table", created.id(), created.projectId(), null, created);
        return created;
    }

    @Transactional
    public ShareTable updateShareTable(long id, ShareTableRequest r) {
        ShareTable current = shareTable(id);
        access.checkCoordinator(current.projectId());
        requireSameId(id, r.id());
        Long version = requireVersion(r.version());
        if (!current.projectId().equals(r.projectId())) {
            throw new InvalidInput("projectId", "cannot be changed; create the share table on the other project");
        }
        validate(r);
        projects.findShareTableId(r.projectId(), r.name().trim())
                .filter(other -> other != id)
                .ifPresent(other -> {
                    throw shareTableExists(r, other);
                });
        if (UniqueKey.guard(() -> projects.updateShareTable(id, version, r), () -> shareTableExists(r)) == 0) {
            throw new StaleVersion("share table", id, version);
        }
        ShareTable after = shareTable(id);
        audit.updated("share-table", id, after.projectId(), null, current, after);
        return after;
    }

    /** Creates the share table or replaces the one with the same project and name: used by the dataset import only. */
    @Transactional
    public void saveShareTable(ShareTableRequest r) {
        validate(r);
        projects.findShareTableId(r.projectId(), r.name().trim()).ifPresentOrElse(
                id -> projects.updateShareTable(id, shareTable(id).version(), r),
                () -> projects.insertShareTable(r));
    }

    @Transactional
    public void deleteShareTable(long id) {
        ShareTable before = shareTable(id);
        access.checkCoordinator(before.projectId());
        InUse.guardDelete(() -> projects.deleteShareTable(id), "Share table " + id
                + " is still referenced by other records; remove those first");
        audit.deleted("share-table", id, before.projectId(), null, before);
    }

    private void validate(ShareTableRequest r) {
        Problems problems = new Problems();
        problems.check(projects.exists(r.projectId()), "projectId", "no project with id '" + r.projectId() + "'");
        Set<String> seen = new HashSet<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < r.entries().size(); i++) {
            ShareTableRequest.Entry e = r.entries().get(i);
            String field = "entries[" + i + "].partnerId";
            problems.check(projects.partnerExists(e.partnerId()), field, "no partner with id '" + e.partnerId() + "'");
            problems.check(seen.add(e.partnerId()), field, "partner '" + e.partnerId() + "' is listed twice");
            sum = sum.add(e.percent());
        }
        problems.check(sum.compareTo(HUNDRED) == 0, "entries",
                "percentages must add up to 100, they add up to " + sum.stripTrailingZeros().toPlainString());
        problems.throwIfAny();
    }

    private static AlreadyExists projectExists(String id) {
        return new AlreadyExists("A project with id '" + id + "'", "/api/projects/" + id, "choose another id");
    }

    private AlreadyExists participationExists(ParticipationRequest r) {
        return participationExists(r, projects.findParticipation(r.projectId(), r.partnerId())
                .orElseThrow(() -> new NotFound("participation", r.projectId() + "/" + r.partnerId())).id());
    }

    private static AlreadyExists participationExists(ParticipationRequest r, long other) {
        return new AlreadyExists("A participation of " + r.partnerId() + " in " + r.projectId(),
                "/api/participations/" + other, "change that participation instead");
    }

    private AlreadyExists shareTableExists(ShareTableRequest r) {
        return shareTableExists(r, projects.findShareTableId(r.projectId(), r.name().trim())
                .orElseThrow(() -> new NotFound("share table", r.projectId() + "/" + r.name().trim())));
    }

    private static AlreadyExists shareTableExists(ShareTableRequest r, long other) {
        return new AlreadyExists("A share table of " + r.projectId() + " named '" + r.name().trim() + "'",
                "/api/share-tables/" + other, "change that table instead");
    }

    /** A body's id, when given, must be the id in the address (a body copied from another resource is refused). */
    static void requireSameId(long id, @Nullable Long bodyId) {
        if (bodyId != null && bodyId != id) {
            throw new InvalidInput("id", "cannot be changed (path has " + id + ", body has " + bodyId
                    + "); leave it out or send the id of the address");
        }
    }

    static Long requireVersion(@Nullable Long version) {
        if (version == null) {
            throw new InvalidInput("version", "is required for an update: send the version you last read");
        }
        return version;
    }
}
