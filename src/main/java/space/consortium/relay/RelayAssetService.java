package space.consortium.relay;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import space.consortium.accounts.Access;
import space.consortium.accounts.AuditTrail;
import space.consortium.shared.AlreadyExists;
import space.consortium.shared.Forbidden;
import space.consortium.shared.InUse;
import space.consortium.shared.InvalidInput;
import space.consortium.shared.JsonInput;
import space.consortium.shared.NotFound;
import space.consortium.shared.StaleVersion;
import space.consortium.shared.UniqueKey;

/**
 * Reads and edits the registry's relay assets (orbiters and landers). Who may: administrators any asset, a partner's
 * members the assets their partner owns or operates ({@link Access#checkCanEditPartnerData}, the rule of a partner's
 * own data); observers and anonymous visitors none. Every write is checked as a whole ({@link AssetChecks}: every
 * problem at once, by field path), carries the version last read (a stale one is refused, nothing is overwritten) and
 * is recorded in the audit trail. An asset named by a relay job that has not finished cannot be deleted.
 */
@Service
@Transactional(readOnly = true)
public class RelayAssetService {

    private static final String ENTITY = "relay asset";

    private final RegistryAssets assets;
    private final Access access;
    private final AuditTrail audit;

    RelayAssetService(RegistryAssets assets, Access access, AuditTrail audit) {
        this.assets = assets;
        this.access = access;
        this.audit = audit;
    }

    /** Every relay asset as stored, orbiters first. */
    public List<RelayAssetRequest> list() {
        return assets.findAll();
    }

    /**
     * The asset as stored, in the shape PUT accepts.
     *
     * @throws NotFound when there is no relay asset with the id
     */
    public RelayAssetRequest get(String id) {
        return assets.find(id).orElseThrow(() -> new NotFound(ENTITY, id));
    }

    /** True when the current user may create an asset for at least one partner (an administrator or a member). */
    public boolean canCreate() {
        return access.isSignedIn() && access.canEditAnyPartnerData();
    }

    /** True when the current user may change or delete an asset of the owner. */
    public boolean canEdit(String owner) {
        return access.isSignedIn() && access.canEditPartnerData(owner);
    }

    /** True for an administrator, who may choose any partner as an asset's owner. */
    public boolean isAdmin() {
        return access.isAdmin();
    }

    /** The partners the current user belongs to: the owners a member may choose (an administrator: any). */
    public List<String> ownPartners() {
        return access.partners();
    }

    /**
     * The problems of a request by the rules of {@link #create} and {@link #update}, without writing or checking who
     * asks (for a form that found problems of its own first, so that every problem is shown at once).
     */
    public List<InvalidInput.FieldProblem> problems(String id, RelayAssetRequest request) {
        AssetChecks checks = new AssetChecks(assets::partnerExists);
        checks.check(id, request);
        return checks.problems().problems();
    }

    /**
     * The problems of a replacement by the rules of {@link #update} (the read-only id, kind and version too), without
     * writing or checking who asks (for a body whose reading found problems of its own, so that every problem is
     * named at once).
     *
     * @throws NotFound for an unknown asset
     */
    public List<InvalidInput.FieldProblem> updateProblems(String id, RelayAssetRequest request) {
        RelayAssetRequest before = get(id);
        List<InvalidInput.FieldProblem> all = readOnly(id, request, before);
        all.addAll(problems(id, asStored(id, request, before)));
        return all;
    }

    /** An update's changes of what cannot change, and a missing version. */
    private static List<InvalidInput.FieldProblem> readOnly(String id, RelayAssetRequest request,
                                                            RelayAssetRequest before) {
        List<InvalidInput.FieldProblem> readOnly = new ArrayList<>();
        if (request.id() != null && !request.id().trim().equals(id)) {
            readOnly.add(new InvalidInput.FieldProblem("id", "cannot be changed (path has '" + id + "', body has '"
                    + request.id() + "')"));
        }
        if (request.kind() != null && !request.kind().trim().equals(before.kind())) {
            readOnly.add(new InvalidInput.FieldProblem("kind", "cannot be changed (it is " + before.kind()
                    + "); create a new asset instead"));
        }
        if (request.version() == null) {
            readOnly.add(new InvalidInput.FieldProblem("version", "is required for an update: send the version you "
                    + "last read"));
        }
        return readOnly;
    }

    /** The request with the path's id and the stored kind, as an update checks it. */
    private static RelayAssetRequest asStored(String id, RelayAssetRequest request, RelayAssetRequest before) {
        return new RelayAssetRequest(id, request.name(), before.kind(), request.owner(), request.status(),
                request.statusSourceUrl(), request.elements(), request.radio(), request.latDeg(), request.lonDeg(),
                request.altKm(), request.demandMbitPerSol(), request.priority(), request.notes(), request.sourceUrl(),
                request.version());
    }

    /** The partners an owner may be chosen from, id → name, by id. */
    public Map<String, String> partnerNames() {
        return assets.partnerNames();
    }

    /**
     * Creates an asset.
     *
     * @throws InvalidInput naming every offending field
     * @throws Forbidden    when the user may not change the owner's data
     * @throws AlreadyExists when an asset (of any kind) has the id
     */
    @Transactional
    public RelayAssetRequest create(RelayAssetRequest request) {
        checkMayWrite(request.owner());
        AssetChecks checks = new AssetChecks(assets::partnerExists);
        AssetChecks.Row row = checks.check(request.id() == null ? null : request.id().trim(), request);
        checks.problems().throwIfAny();
        if (row == null) {
            throw new InvalidInput("body", "is not a valid relay asset");
        }
        if (assets.exists(row.id())) {
            throw exists(row.id());
        }
        UniqueKey.guard(() -> assets.insert(row.id(), row.name(), row.kind(), row.owner(), row.parameters(), "",
                row.sourceUrl()), () -> exists(row.id()));
        RelayAssetRequest created = get(row.id());
        audit.created(ENTITY, row.id(), null, row.owner(), created);
        return created;
    }

    /**
     * Replaces an asset; the request's version must be the stored one. The id and kind may be sent unchanged (as GET
     * gives them) or left out; the owner may change when the user may edit both partners' data.
     *
     * @throws StaleVersion when someone saved the asset since the version was read
     */
    @Transactional
    public RelayAssetRequest update(String id, RelayAssetRequest request) {
        RelayAssetRequest before = get(id);
        access.checkCanEditPartnerData(before.owner());
        if (request.owner() != null && !request.owner().isBlank() && !request.owner().trim().equals(before.owner())) {
            access.checkCanEditPartnerData(request.owner().trim());
        }
        AssetChecks checks = new AssetChecks(assets::partnerExists);
        AssetChecks.Row row = checks.check(id, asStored(id, request, before));
        List<InvalidInput.FieldProblem> all = readOnly(id, request, before);
        all.addAll(checks.problems().problems());
        if (!all.isEmpty()) {
            throw new InvalidInput(all);
        }
        if (row == null || request.version() == null) {
            throw new InvalidInput("body", "is not a valid relay asset");
        }
        if (assets.update(id, request.version(), row.name(), row.owner(), row.parameters(), row.sourceUrl()) == 0) {
            throw new StaleVersion(ENTITY, id, request.version());
        }
        RelayAssetRequest after = get(id);
        audit.updated(ENTITY, id, null, after.owner(), before, after);
        return after;
    }

    /**
     * Why the asset cannot be deleted now, if it cannot: the relay jobs not yet finished that name it (a job looks
     * its registry ids up when it runs). Nothing else in the database refers to a relay asset.
     */
    public Optional<String> deleteRefusal(String id) {
        List<String> jobs = new ArrayList<>();
        for (Map.Entry<String, String> job : assets.unfinishedRelayJobs().entrySet()) {
            if (names(job.getValue(), id)) {
                jobs.add(job.getKey());
            }
        }
        if (jobs.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("Relay asset '" + id + "' is named by " + jobs.size() + " relay job"
                + (jobs.size() == 1 ? "" : "s") + " not yet finished (" + String.join(", ", jobs)
                + "); delete it once they are done (GET /api/jobs/{id})");
    }

    /**
     * Deletes an asset that no unfinished relay job names.
     *
     * @throws InUse naming the jobs that still need it
     */
    @Transactional
    public void delete(String id) {
        RelayAssetRequest before = get(id);
        access.checkCanEditPartnerData(before.owner());
        Optional<String> refusal = deleteRefusal(id);
        if (refusal.isPresent()) {
            throw new InUse(refusal.get());
        }
        assets.delete(id);
        audit.deleted(ENTITY, id, null, before.owner(), before);
    }

    /** Nobody but administrators and partner members writes; a member only for their own partner. */
    private void checkMayWrite(@org.jspecify.annotations.Nullable String owner) {
        if (owner != null && !owner.isBlank()) {
            access.checkCanEditPartnerData(owner.trim());
        } else if (!access.canEditAnyPartnerData()) {
            throw new Forbidden("Only administrators and partner members may add relay assets (a member for their "
                    + "own partner)");
        }
    }

    /** Whether a stored relay plan names the registry asset by id (as a bare orbiter or lander id). */
    private static boolean names(String plan, String id) {
        try {
            RelayRequest request = JsonInput.mapper().readValue(plan, RelayRequest.class);
            return request.orbiters() != null && request.orbiters().stream()
                    .anyMatch(o -> o != null && id.equals(o.ref()))
                    || request.landers() != null && request.landers().stream()
                    .anyMatch(l -> l != null && id.equals(l.ref()));
        } catch (RuntimeException e) {
            return plan.contains("\"" + id + "\""); // a plan this version cannot read: keep the asset to be safe
        }
    }

    private static AlreadyExists exists(String id) {
        return new AlreadyExists("An asset with id '" + id + "'", "/api/relay-assets/" + id, "choose another id");
    }
}
