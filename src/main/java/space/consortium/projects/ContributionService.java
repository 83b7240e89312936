package space.consortium.projects;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import space.consortium.accounts.Access;
import space.consortium.accounts.AuditTrail;
import space.consortium.shared.AlreadyExists;
import space.consortium.shared.InUse;
import space.consortium.shared.NotFound;
import space.consortium.shared.PageRequest;
import space.consortium.shared.PageResult;
import space.consortium.shared.Problems;
import space.consortium.shared.StaleVersion;
import space.consortium.shared.UniqueKey;

/** Reads and edits what partners contribute to projects. */
@Service
@Transactional(readOnly = true)
public class ContributionService {

    private final ContributionRepository contributions;
    private final ProjectRepository projects;
    private final Access access;
    private final AuditTrail audit;

    ContributionService(ContributionRepository contributions, ProjectRepository projects, Access access,
                        AuditTrail audit) {
        this.contributions = contributions;
        this.projects = projects;
        this.access = access;
        this.audit = audit;
    }

    public PageResult<Contribution> list(ContributionQuery query, PageRequest page) {
        return contributions.list(query, page);
    }

    public List<Contribution> ofPartner(String partnerId) {
        return contributions.ofPartner(partnerId);
    }

    public List<Contribution> all() {
        return contributions.all();
    }

    /** How many contributions there are of each kind, most frequent first. */
    public Map<String, Long> countByKind() {
        return contributions.countByKind();
    }

    public Contribution get(long id) {
        return contributions.find(id).orElseThrow(() -> new NotFound("contribution", id));
    }

    @Transactional
    public Contribution create(ContributionRequest request) {
        access.checkPartnerOrCoordinator(request.partnerId(), request.projectId());
        validate(request);
        rejectDuplicateOf(request, null);
        Contribution created = get(UniqueKey.guard(() -> contributions.insert(request), () -> duplicateOf(request)));
        audit.created("contribution", created.id(), created.projectId(), created.partnerId(), created);
        return created;
    }

    @Transactional
    public Contribution update(long id, ContributionRequest request) {
        Contribution before = get(id);
        access.checkPartnerOrCoordinator(before.partnerId(), before.projectId());
        access.checkPartnerOrCoordinator(request.partnerId(), request.projectId());
        ProjectService.requireSameId(id, request.id());
        Long version = ProjectService.requireVersion(request.version());
        validate(request);
        rejectDuplicateOf(request, id);
        if (UniqueKey.guard(() -> contributions.update(id, version, request), () -> duplicateOf(request)) == 0) {
            throw new StaleVersion("contribution", id, version);
        }
        Contribution after = get(id);
        audit.updated("contribution", id, after.projectId(), after.partnerId(), before, after);
        return after;
    }

    /** One partner records one contribution of a kind and element per project; {@code self} is the row being edited. */
    private void rejectDuplicateOf(ContributionRequest request, @Nullable Long self) {
        contributions.findSame(request).filter(other -> !other.equals(self)).ifPresent(other -> {
            throw duplicateOf(request, other);
        });
    }

    /** The failure naming the stored contribution with the request's key (after the database refused a second one). */
    private AlreadyExists duplicateOf(ContributionRequest request) {
        return duplicateOf(request, contributions.findSame(request).orElseThrow(() -> new NotFound("contribution",
                request.projectId() + "/" + request.partnerId() + "/" + request.kind() + "/" + request.element().trim())));
    }

    private static AlreadyExists duplicateOf(ContributionRequest request, long other) {
        return new AlreadyExists("A contribution of " + request.partnerId() + " to " + request.projectId() + " with "
                + request.kind() + " element '" + request.element().trim() + "'", "/api/contributions/" + other,
                "change that contribution instead");
    }

    /**
     * Dataset import only: overwrites contribution {@code id} whatever its version, or adds the contribution when
     * {@code id} is null (the import matches its rows to stored contributions itself, so that two identical rows
     * stay two contributions).
     */
    @Transactional
    public void save(@Nullable Long id, ContributionRequest request) {
        validate(request);
        if (id == null) {
            contributions.insert(request);
        } else {
            contributions.update(id, get(id).version(), request);
        }
    }

    @Transactional
    public void delete(long id) {
        Contribution before = get(id);
        access.checkPartnerOrCoordinator(before.partnerId(), before.projectId());
        InUse.guardDelete(() -> contributions.delete(id), "Contribution " + id
                + " is still referenced by other records; remove those first");
        audit.deleted("contribution", id, before.projectId(), before.partnerId(), before);
    }

    private void validate(ContributionRequest r) {
        Problems problems = new Problems()
                .check(projects.exists(r.projectId()), "projectId", "no project with id '" + r.projectId() + "'")
                .check(projects.partnerExists(r.partnerId()), "partnerId", "no partner with id '" + r.partnerId() + "'");
        problems.throwIfAny();
    }
}
