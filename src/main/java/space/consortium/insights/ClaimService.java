package space.consortium.insights;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import space.consortium.accounts.Access;
import space.consortium.accounts.AuditTrail;
import space.consortium.agreements.Agreement;
import space.consortium.agreements.AgreementService;
import space.consortium.dataset.DatasetService;
import space.consortium.insights.engine.ClaimComparator;
import space.consortium.insights.engine.ClaimSubject;
import space.consortium.insights.engine.Facts;
import space.consortium.insights.engine.Stated;
import space.consortium.insights.engine.Verdict;
import space.consortium.partners.PartnerService;
import space.consortium.projects.Participation;
import space.consortium.projects.Project;
import space.consortium.projects.ProjectService;
import space.consortium.shared.InvalidInput;
import space.consortium.shared.NotFound;
import space.consortium.shared.Problems;
import space.consortium.shared.StaleVersion;

/**
 * Keeps published claims and checks them against the registry: each kind (signature, count, share, date, external)
 * by its own rule in {@code engine}, with the verdict (supported, contradicted, imprecise, not computable), the rows
 * used as evidence and the caveats. This service gathers the rows; the engine decides. A claim that cannot be
 * computed, or cites no source, is kept, never refused.
 */
@Service
@Transactional(readOnly = true)
public class ClaimService {

    private final ClaimRepository claims;
    private final ReferenceDataRepository reference;
    private final InsightsService insights;
    private final PartnerService partners;
    private final ProjectService projects;
    private final AgreementService agreements;
    private final DatasetService dataset;
    private final Access access;
    private final AuditTrail audit;

    ClaimService(ClaimRepository claims, ReferenceDataRepository reference, InsightsService insights,
                 PartnerService partners, ProjectService projects, AgreementService agreements,
                 DatasetService dataset, Access access, AuditTrail audit) {
        this.claims = claims;
        this.reference = reference;
        this.insights = insights;
        this.partners = partners;
        this.projects = projects;
        this.agreements = agreements;
        this.dataset = dataset;
        this.access = access;
        this.audit = audit;
    }

    /** The kinds of claim, in the order the form offers them. */
    public static List<String> kinds() {
        return ClaimSubjects.KINDS;
    }

    /** What a count claim can count, with the filters each accepts. */
    public static Map<String, java.util.Set<String>> counts() {
        return ClaimSubjects.COUNTS;
    }

    public List<StoredClaim> all() {
        return claims.all();
    }

    public StoredClaim get(long id) {
        return claims.find(id).orElseThrow(() -> new NotFound("claim", id));
    }

    /** The reference figures external claims are checked against, oldest first per figure. */
    public List<ReferenceFigure> referenceFigures() {
        return reference.figures().stream().map(f -> new ReferenceFigure(f.figureId(), f.label(), f.value(), f.min(),
                f.max(), f.unit(), f.asOf(), f.note(), f.sourceUrl())).toList();
    }

    /** The named populations share claims are computed over. */
    public List<Population> populations() {
        return reference.populations().stream().map(p -> new Population(p.id(), p.name(), p.definition(),
                p.complete(), p.sourceUrl(), p.members().stream().map(Facts.Member::projectId).toList())).toList();
    }

    @Transactional
    public StoredClaim create(ClaimRequest request) {
        access.checkContributor();
        String comparator = validate(request);
        String author = access.current().orElse(null);
        String owner = access.actingPartner(blankToNull(request.partnerId())).orElse(null);
        StoredClaim created = get(claims.insert(request, comparator, author, owner));
        audit.created("claim", created.id(), null, null, created);
        return created;
    }

    /** Stores a claim shipped with the dataset (no author, no owner: administrators may change it). */
    @Transactional
    StoredClaim createShipped(ClaimRequest request) {
        String comparator = validate(request);
        return get(claims.insert(request, comparator, null, null));
    }

    @Transactional
    public StoredClaim update(long id, ClaimRequest request) {
        StoredClaim before = get(id);
        checkOwner(before);
        if (request.id() != null && request.id() != id) {
            throw new InvalidInput("id", "cannot be changed (path has " + id + ", body has " + request.id()
                    + "); leave it out or send the id of the address");
        }
        if (request.version() == null) {
            throw new InvalidInput("version", "is required for an update: send the version you last read");
        }
        String comparator = validate(request);
        if (claims.update(id, request.version(), request, comparator) == 0) {
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

    /** Checks one stored claim against the registry as it is now. */
    public ClaimResult check(long id) {
        StoredClaim claim = get(id);
        return check(claim, facts(), dataset.summary().caveats());
    }

    /** Checks every stored claim, gathering the facts once. */
    public List<ClaimResult> checkAll() {
        Facts facts = facts();
        List<String> documented = dataset.summary().caveats();
        return claims.all().stream().map(c -> check(c, facts, documented)).toList();
    }

    /**
     * Checks a claim without storing it.
     *
     * @throws InvalidInput naming every wrong field (kind, subject.*, statedValue, comparator)
     */
    public ClaimResult check(ClaimRequest request) {
        String comparator = validate(request);
        StoredClaim transient_ = new StoredClaim(0, request.text(), request.kind(),
                request.subject() == null ? Map.of() : request.subject(), comparator, request.statedValue(),
                request.tolerance() == null ? BigDecimal.ZERO : request.tolerance(),
                blankToNull(request.sourceUrl()), blankToNull(request.sourceName()), blankToNull(request.note()), 0,
                null, null);
        ClaimResult r = check(transient_, facts(), dataset.summary().caveats());
        return new ClaimResult(null, r.text(), r.kind(), r.verdict(), r.computed(), r.computedText(), r.rule(),
                r.reason(), r.caveats(), r.sourced(), r.evidence());
    }

    /**
     * Checks a claim's fields beyond the annotations (for the dataset import); returns the comparator's symbol.
     *
     * @throws InvalidInput naming every wrong field (kind, subject.*, statedValue, comparator)
     */
    static String validated(ClaimRequest request) {
        return validate(request);
    }

    /** Checks the request's fields beyond the annotations; returns the comparator's symbol. */
    private static String validate(ClaimRequest request) {
        Problems problems = new Problems();
        ClaimSubject subject = ClaimSubjects.parse(request.kind().trim(), request.subject(), problems);
        String comparator = request.comparator() == null || request.comparator().isBlank() ? "="
                : ClaimComparator.ofSymbol(request.comparator()).map(ClaimComparator::symbol).orElse(null);
        if (comparator == null) {
            problems.add("comparator", "must be one of = >= <= > < ≈");
        }
        String kind = request.kind().trim();
        if (ClaimSubjects.STATING_A_VALUE.contains(kind) && request.statedValue() == null) {
            problems.add("statedValue", "is required for a " + kind + " claim"
                    + (kind.equals("share") ? " (a fraction 0..1: 0.8 for 80 %)" : ""));
        }
        if (kind.equals("share") && request.statedValue() != null
                && (request.statedValue().signum() < 0 || request.statedValue().compareTo(BigDecimal.ONE) > 0)) {
            problems.add("statedValue", "a share is a fraction between 0 and 1 (0.8 for 80 %)");
        }
        problems.throwIfAny();
        return comparator;
    }

    private ClaimResult check(StoredClaim stored, Facts facts, List<String> documented) {
        Problems problems = new Problems();
        ClaimSubject subject = ClaimSubjects.parse(stored.kind(), stored.subject(), problems);
        List<String> caveats = new ArrayList<>();
        Verdict verdict;
        if (subject == null) {
            verdict = new Verdict(Verdict.Outcome.NOT_COMPUTABLE, null, null, stored.kind(),
                    "the stored subject is not valid: " + new InvalidInput(problems.isEmpty()
                            ? List.of(new InvalidInput.FieldProblem("subject", "unreadable")) : list(problems)).getMessage(),
                    List.of(), List.of());
        } else {
            ClaimComparator comparator = ClaimComparator.ofSymbol(stored.comparator()).orElse(ClaimComparator.EQUAL);
            Stated stated = new Stated(comparator,
                    stored.statedValue() == null ? null : stored.statedValue().doubleValue(),
                    stored.tolerance().doubleValue());
            verdict = subject.check(stated, facts);
        }
        if (stored.note() != null) {
            caveats.add(stored.note());
        }
        caveats.addAll(verdict.caveats());
        if (!stored.sourced()) {
            caveats.add("The claim cites no source: it is checked, but where it was published is not recorded.");
        }
        caveats.addAll(datasetCaveats(stored, documented));
        Number computed = verdict.computed() == null ? null : number(verdict.computed());
        return new ClaimResult(stored, stored.text(), stored.kind(), verdict.outcome().word(), computed,
                verdict.computedText(), verdict.rule(), verdict.reason(), caveats, stored.sourced(),
                verdict.evidence().stream().map(e -> new ClaimEvidence(e.type(), e.id(), e.label(), e.url(),
                        e.sourceUrl())).toList());
    }

    private static List<InvalidInput.FieldProblem> list(Problems problems) {
        try {
            problems.throwIfAny();
            return List.of();
        } catch (InvalidInput e) {
            return e.problems();
        }
    }

    /** An integral value as a whole number (a count is 11, not 11.0). */
    private static Number number(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? (Number) (long) d : (Number) d;
    }

    /** The dataset's documented caveats that name the claim's subject (an agreement, a partner, a project). */
    private static List<String> datasetCaveats(StoredClaim claim, List<String> documented) {
        List<String> subjects = new ArrayList<>();
        claim.subject().values().forEach(v -> {
            String s = String.valueOf(v).toLowerCase(Locale.ROOT);
            if (s.contains("artemis")) {
                subjects.add("artemis");
            }
        });
        Object partner = claim.subject().get("partner");
        if (partner != null) {
            subjects.add(String.valueOf(partner).toLowerCase(Locale.ROOT));
        }
        List<String> found = new ArrayList<>();
        if (subjects.isEmpty()) {
            return found;
        }
        for (String caveat : documented) {
            String text = caveat.toLowerCase(Locale.ROOT);
            if (subjects.stream().anyMatch(text::contains)) {
                found.add(caveat);
            }
        }
        return found;
    }

    /** The registry as the engine reads it, with the reference figures and populations. */
    private Facts facts() {
        Map<String, List<String>> participants = new HashMap<>();
        for (Participation p : projects.allParticipations()) {
            participants.computeIfAbsent(p.projectId(), k -> new ArrayList<>()).add(p.partnerId());
        }
        List<Facts.ProjectFact> projectFacts = new ArrayList<>();
        for (Project p : projects.all()) {
            List<String> ids = new ArrayList<>(participants.getOrDefault(p.id(), List.of()));
            if (!ids.contains(p.leadPartnerId())) {
                ids.add(0, p.leadPartnerId());
            }
            projectFacts.add(new Facts.ProjectFact(p.id(), p.name(), p.status(), p.destination(), p.launchYear(),
                    p.leadPartnerId(), ids, p.sourceUrl()));
        }
        List<Facts.PartnerFact> partnerFacts = partners.all().stream()
                .map(p -> new Facts.PartnerFact(p.id(), p.name(), p.countryOrMembers(), p.sourceUrl())).toList();
        List<Facts.AgreementFact> agreementFacts = new ArrayList<>();
        for (Agreement a : agreements.all()) {
            agreementFacts.add(new Facts.AgreementFact(a.id(), a.title(), a.signedOn(), a.sourceUrl(),
                    a.parties().stream().map(p -> new Facts.Party(p.partnerId(), p.countryCode(), name(p), p.signed(),
                            p.sourceUrl())).toList()));
        }
        return new Facts(projectFacts, partnerFacts, agreementFacts, reference.figures(), reference.populations(),
                insights.evidence());
    }

    private static String name(Agreement.Party p) {
        if (p.partnerName() != null) {
            return p.partnerName();
        }
        if (p.countryName() != null) {
            return p.countryName();
        }
        return String.valueOf(p.countryCode() != null ? p.countryCode() : p.partnerId());
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
