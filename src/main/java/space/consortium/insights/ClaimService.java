package space.consortium.insights;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import space.consortium.dataset.DatasetService;
import space.consortium.insights.engine.Claim;
import space.consortium.insights.engine.ClaimCheck;
import space.consortium.insights.engine.ClaimComparator;
import space.consortium.insights.engine.ClaimVerdict;
import space.consortium.insights.engine.Evidence;
import space.consortium.shared.InvalidInput;
import space.consortium.accounts.Access;
import space.consortium.accounts.AuditTrail;
import space.consortium.shared.NotFound;
import space.consortium.shared.StaleVersion;

/**
 * Keeps published claims and checks them against the registry: supported, contradicted or not computable, with the
 * number of rows used and the dataset caveats that bear on them. A claim that cannot be computed is kept, never an
 * error.
 */
@Service
@Transactional(readOnly = true)
public class ClaimService {

    private final ClaimRepository claims;
    private final InsightsService insights;
    private final DatasetService dataset;
    private final Access access;
    private final AuditTrail audit;

    ClaimService(ClaimRepository claims, InsightsService insights, DatasetService dataset, Access access,
                 AuditTrail audit) {
        this.claims = claims;
        this.insights = insights;
        this.dataset = dataset;
        this.access = access;
        this.audit = audit;
    }

    /** The metrics a claim can be about. */
    public static final List<String> METRICS = ClaimCheck.METRICS;

    public List<StoredClaim> all() {
        return claims.all();
    }

    public StoredClaim get(long id) {
        return claims.find(id).orElseThrow(() -> new NotFound("claim", id));
    }

    @Transactional
    public StoredClaim create(ClaimRequest request) {
        access.checkContributor();
        String author = access.current().orElse(null);
        String owner = access.actingPartner(blankToNull(request.partnerId())).orElse(null);
        StoredClaim created = get(claims.insert(request, comparator(request), author, owner));
        audit.created("claim", created.id(), null, null, created);
        return created;
    }

    @Transactional
    public StoredClaim update(long id, ClaimRequest request) {
        StoredClaim before = get(id);
        checkOwner(before);
        if (request.version() == null) {
            throw new InvalidInput("version", "is required for an update: send the version you last read");
        }
        if (claims.update(id, request.version(), request, comparator(request)) == 0) {
            throw new StaleVersion("claim", id, request.version());
        }
        StoredClaim after = get(id);
        audit.updated("claim", id, null, null, before, after);
        return after;
    }

    @Transactional
    public void delete(long id) {
        StoredClaim before = get(id);
        checkOwner(before);
        claims.delete(id);
        audit.deleted("claim", id, null, null, before);
    }

    /** A claim is its author's, its partner's members' and the administrators' to change (see {@link Access}). */
    private void checkOwner(StoredClaim claim) {
        access.checkAuthorOrPartner("claim " + claim.id(), claim.recordedBy(), claim.ownerPartnerId());
    }

    private static @org.jspecify.annotations.Nullable String blankToNull(@org.jspecify.annotations.Nullable String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** Checks one stored claim against the registry as it is now. */
    public ClaimResult check(long id) {
        return check(get(id), insights.evidence());
    }

    /** Checks every stored claim, computing the evidence once. */
    public List<ClaimResult> checkAll() {
        Evidence evidence = insights.evidence();
        return claims.all().stream().map(c -> check(c, evidence)).toList();
    }

    private ClaimResult check(StoredClaim stored, Evidence evidence) {
        ClaimComparator comparator = ClaimComparator.ofSymbol(stored.comparator()).orElseThrow();
        Claim claim = new Claim(stored.metric(), stored.partnerId(), comparator, stored.stated().doubleValue(),
                stored.tolerance().doubleValue());
        ClaimVerdict verdict = ClaimCheck.check(claim, evidence);
        List<String> caveats = caveats(stored, evidence);
        if (verdict instanceof ClaimVerdict.Supported s) {
            return new ClaimResult(stored, "supported", s.computed(), s.rowsUsed(), null, caveats);
        }
        if (verdict instanceof ClaimVerdict.Contradicted c) {
            return new ClaimResult(stored, "contradicted", c.computed(), c.rowsUsed(), null, caveats);
        }
        ClaimVerdict.NotComputable n = (ClaimVerdict.NotComputable) verdict;
        return new ClaimResult(stored, "not computable", null, null, n.reason(), caveats);
    }

    /** The coverage of the data, and the dataset's documented caveats that name the claim's subject. */
    private List<String> caveats(StoredClaim claim, Evidence evidence) {
        List<String> caveats = new ArrayList<>();
        caveats.add("Computed over the " + evidence.projects() + " projects in the registry, not every mission ever "
                + "flown; a share is a share of these rows.");
        List<String> subjects = new ArrayList<>();
        if (claim.metric().toLowerCase(Locale.ROOT).contains("artemis")) {
            subjects.add("artemis");
        }
        if (claim.partnerId() != null) {
            subjects.add(claim.partnerId().toLowerCase(Locale.ROOT));
        }
        for (String caveat : dataset.summary().caveats()) {
            String text = caveat.toLowerCase(Locale.ROOT);
            if (subjects.stream().anyMatch(s -> text.contains(s))) {
                caveats.add(caveat);
            }
        }
        return caveats;
    }

    private static String comparator(ClaimRequest request) {
        return ClaimComparator.ofSymbol(request.comparator())
                .orElseThrow(() -> new InvalidInput("comparator", "must be one of = >= <= > < ≈"))
                .symbol();
    }
}
