package space.consortium.partners;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import space.consortium.accounts.Access;
import space.consortium.accounts.AuditTrail;
import space.consortium.shared.UniqueKey;
import space.consortium.shared.AlreadyExists;
import space.consortium.shared.InUse;
import space.consortium.shared.InvalidInput;
import space.consortium.shared.NotFound;
import space.consortium.shared.PageRequest;
import space.consortium.shared.PageResult;
import space.consortium.shared.StaleVersion;

/** Reads and edits the partner registry. */
@Service
@Transactional(readOnly = true)
public class PartnerService {

    private final PartnerRepository partners;
    private final Access access;
    private final AuditTrail audit;

    PartnerService(PartnerRepository partners, Access access, AuditTrail audit) {
        this.partners = partners;
        this.access = access;
        this.audit = audit;
    }

    public PageResult<Partner> list(PartnerQuery query, PageRequest page) {
        return partners.list(query, page);
    }

    public List<Partner> all() {
        return partners.findAll();
    }

    /** Partner id → name, ordered by id. */
    public Map<String, String> names() {
        return partners.names();
    }

    public Partner get(String id) {
        return partners.find(id).orElseThrow(() -> new NotFound("partner", id));
    }

    public long count() {
        return partners.count();
    }

    @Transactional
    public Partner create(PartnerRequest request) {
        access.checkAdmin();
        if (request.id() == null) {
            throw new InvalidInput("id", "is required to create a partner (a slug such as 'esa')");
        }
        checkBudgetCurrency(request);
        if (partners.exists(request.id())) {
            throw partnerExists(request.id());
        }
        UniqueKey.guard(() -> partners.insert(request.id(), request), () -> partnerExists(request.id()));
        Partner created = get(request.id());
        audit.created("partner", created.id(), null, created.id(), created);
        return created;
    }

    /** Updates a partner; the request's version must be the stored one. */
    @Transactional
    public Partner update(String id, PartnerRequest request) {
        access.checkCanEditPartnerData(id);
        if (request.id() != null && !request.id().equals(id)) {
            throw new InvalidInput("id", "cannot be changed (path has '" + id + "', body has '" + request.id() + "')");
        }
        if (request.version() == null) {
            throw new InvalidInput("version", "is required for an update: send the version you last read");
        }
        checkBudgetCurrency(request);
        Partner before = get(id);
        if (partners.update(id, request.version(), request) == 0) {
            throw new StaleVersion("partner", id, request.version());
        }
        Partner after = get(id);
        audit.updated("partner", id, null, id, before, after);
        return after;
    }

    /** Creates the partner or overwrites it whatever its version: used by the dataset import only. */
    @Transactional
    public void save(String id, PartnerRequest request) {
        checkBudgetCurrency(request);
        partners.find(id).ifPresentOrElse(
                existing -> partners.update(id, existing.version(), request),
                () -> partners.insert(id, request));
    }

    /** Budgets are compared and sorted across partners, so they are all in US dollars. */
    private static void checkBudgetCurrency(PartnerRequest request) {
        if (request.budget() != null && request.budget().currency() != null
                && !"USD".equals(request.budget().currency())) {
            throw new InvalidInput("budget.currency", "must be USD: partner budgets are compared across partners in"
                    + " US dollars (convert with the exchange rate of the budget's year)");
        }
    }

    /** Why the partner cannot be deleted (the records that still refer to it, by kind), or empty when it can. */
    public java.util.Optional<String> deleteRefusal(String id) {
        Map<String, Long> refs = partners.references(id);
        return refs.isEmpty() ? java.util.Optional.empty()
                : java.util.Optional.of("Partner '" + id + "' is still referenced by " + refs + "; remove those first");
    }

    private static AlreadyExists partnerExists(String id) {
        return new AlreadyExists("A partner with id '" + id + "'", "/api/partners/" + id, "choose another id");
    }

    @Transactional
    public void delete(String id) {
        access.checkAdmin();
        Partner before = get(id);
        deleteRefusal(id).ifPresent(reason -> {
            throw new InUse(reason);
        });
        InUse.guardDelete(() -> partners.delete(id), "Partner '" + id + "' is still referenced by other records;"
                + " remove those first");
        audit.deleted("partner", id, null, null, before);
    }
}
