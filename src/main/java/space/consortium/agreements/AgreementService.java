package space.consortium.agreements;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
import space.consortium.shared.Problems;
import space.consortium.shared.StaleVersion;

/** Reads and edits agreements and their parties. */
@Service
@Transactional(readOnly = true)
public class AgreementService {

    /** The id of the Artemis Accords in the shipped dataset. */
    public static final String ARTEMIS_ACCORDS = "artemis-accords";

    private final AgreementRepository agreements;
    private final Access access;
    private final AuditTrail audit;

    AgreementService(AgreementRepository agreements, Access access, AuditTrail audit) {
        this.agreements = agreements;
        this.access = access;
        this.audit = audit;
    }

    /** An agreement that governs a project is the coordinators' business; any other one the admins'. */
    private void checkCanEdit(@org.jspecify.annotations.Nullable String projectId) {
        if (projectId == null || projectId.isBlank()) {
            access.checkAdmin();
        } else {
            access.checkCoordinator(projectId);
        }
    }

    public PageResult<Agreement> list(AgreementQuery query, PageRequest page) {
        return agreements.list(query, page);
    }

    public List<Agreement> all() {
        return agreements.findAll();
    }

    /** Agreements the partner is a party to, oldest first. */
    public List<Agreement> ofPartner(String partnerId) {
        return agreements.ofPartner(partnerId);
    }

    /** Agreements that govern the project, oldest first (undated last). */
    public List<Agreement> ofProject(String projectId) {
        return agreements.ofProject(projectId);
    }

    /** Agreements the country (ISO 3166-1 alpha-2) is a party to, oldest first. */
    public List<Agreement> ofCountry(String countryCode) {
        return agreements.ofCountry(countryCode);
    }

    public long count() {
        return agreements.count();
    }

    public java.util.Optional<Agreement> find(String id) {
        return agreements.find(id);
    }

    public Agreement get(String id) {
        return agreements.find(id).orElseThrow(() -> new NotFound("agreement", id));
    }

    /** Partner id → name, by name: the choices for a party's partner. */
    public java.util.Map<String, String> partnerNames() {
        return agreements.names("partner");
    }

    /** Project id → name, by name: the choices for the project an agreement governs. */
    public java.util.Map<String, String> projectNames() {
        return agreements.names("project");
    }

    @Transactional
    public Agreement create(AgreementRequest request) {
        checkCanEdit(request.projectId());
        if (request.id() == null) {
            throw new InvalidInput("id", "is required to create an agreement (a slug such as 'artemis-accords')");
        }
        validate(request);
        if (agreements.exists(request.id())) {
            throw agreementExists(request.id());
        }
        UniqueKey.guard(() -> agreements.insert(request.id(), request), () -> agreementExists(request.id()));
        Agreement created = get(request.id());
        audit.created("agreement", created.id(), created.projectId(), null, created);
        return created;
    }

    @Transactional
    public Agreement update(String id, AgreementRequest request) {
        Agreement before = get(id);
        checkCanEdit(before.projectId());
        checkCanEdit(request.projectId());
        if (request.id() != null && !request.id().equals(id)) {
            throw new InvalidInput("id", "cannot be changed (path has '" + id + "', body has '" + request.id() + "')");
        }
        if (request.version() == null) {
            throw new InvalidInput("version", "is required for an update: send the version you last read");
        }
        validate(request);
        if (agreements.update(id, request.version(), request) == 0) {
            throw new StaleVersion("agreement", id, request.version());
        }
        Agreement after = get(id);
        audit.updated("agreement", id, after.projectId(), null, before, after);
        return after;
    }

    /** Creates the agreement or overwrites it whatever its version: used by the dataset import only. */
    @Transactional
    public void save(String id, AgreementRequest request) {
        validate(request);
        agreements.find(id).ifPresentOrElse(
                existing -> agreements.update(id, existing.version(), request),
                () -> agreements.insert(id, request));
    }

    @Transactional
    public void delete(String id) {
        Agreement before = get(id);
        checkCanEdit(before.projectId());
        deleteRefusal(id).ifPresent(reason -> {
            throw new InUse(reason);
        });
        InUse.guardDelete(() -> agreements.delete(id), "Agreement '" + id + "' is still referenced by other records;"
                + " remove those first");
        audit.deleted("agreement", id, before.projectId(), null, before);
    }

    /**
     * Why the agreement cannot be deleted, or empty when it can: claims (checked by the insights module) whose subject
     * is the agreement. Parties go with it; a project it governs stays.
     */
    public java.util.Optional<String> deleteRefusal(String id) {
        List<Long> claims = agreements.claimsNaming(id);
        if (claims.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of("Agreement '" + id + "' is the subject of " + claims.size()
                + (claims.size() == 1 ? " claim" : " claims") + " (" + claims.stream().map(c -> "claim " + c)
                .collect(java.util.stream.Collectors.joining(", ")) + ", listed at /insights/claims);"
                + " change or delete those claims first");
    }

    private static AlreadyExists agreementExists(String id) {
        return new AlreadyExists("An agreement with id '" + id + "'", "/api/agreements/" + id, "choose another id");
    }

    private void validate(AgreementRequest r) {
        Problems problems = new Problems();
        if (r.signedOn() != null) {
            problems.check(isDate(r.signedOn()), "signedOn", "'" + r.signedOn() + "' is not a calendar date");
        }
        if (r.projectId() != null && !r.projectId().isBlank()) {
            problems.check(agreements.projectExists(r.projectId()), "projectId",
                    "no project with id '" + r.projectId() + "'");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < r.parties().size(); i++) {
            AgreementRequest.Party p = r.parties().get(i);
            String at = "parties[" + i + "]";
            boolean hasPartner = p.partnerId() != null && !p.partnerId().isBlank();
            boolean hasCountry = p.countryName() != null && !p.countryName().isBlank();
            problems.check(hasPartner || hasCountry, at + ".partnerId", "give a partner id or a country name");
            if (hasPartner) {
                problems.check(agreements.partnerExists(p.partnerId()), at + ".partnerId",
                        "no partner with id '" + p.partnerId() + "'");
            }
            if (p.signed() != null) {
                problems.check(isDate(p.signed()), at + ".signed", "'" + p.signed() + "' is not a calendar date");
            }
            problems.check(seen.add(AgreementRepository.partyKey(p)), at, "this party is listed twice");
        }
        problems.throwIfAny();
    }

    private static boolean isDate(String text) {
        try {
            if (text.length() == 7) {
                YearMonth.parse(text);
            } else {
                LocalDate.parse(text);
            }
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
