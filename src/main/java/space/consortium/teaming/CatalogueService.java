package space.consortium.teaming;

import space.consortium.accounts.Access;
import space.consortium.accounts.AuditTrail;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import space.consortium.partners.PartnerService;
import space.consortium.shared.UniqueKey;
import space.consortium.shared.AlreadyExists;
import space.consortium.shared.Csv;
import space.consortium.shared.InUse;
import space.consortium.shared.InvalidInput;
import space.consortium.shared.NotFound;
import space.consortium.shared.Problems;
import space.consortium.shared.StaleVersion;

/** Reads and edits the capability catalogue, partner capabilities and the documented policy constraints. */
@Service
@Transactional(readOnly = true)
public class CatalogueService implements space.consortium.shared.SourcedTables {

    /** Capability groups, in display order. */
    public static final List<String> GROUPS = List.of("launch", "in-space", "surface", "communications", "science", "crew");

    private final CatalogueRepository catalogue;
    private final PartnerService partners;
    private final Access access;
    private final AuditTrail audit;

    CatalogueService(CatalogueRepository catalogue, PartnerService partners, Access access, AuditTrail audit) {
        this.catalogue = catalogue;
        this.partners = partners;
        this.access = access;
        this.audit = audit;
    }

    /** The capability catalogue, the partners' capabilities and the policies as stored, for "About the data". */
    @Override
    public List<Table> sourcedTables() {
        List<Capability> capabilities = catalogue.capabilities();
        List<PartnerCapability> offers = catalogue.partnerCapabilities(null, null);
        List<Policy> policies = catalogue.policies();
        return List.of(
                new Table("capability catalogue (unit costs)", capabilities.size(), capabilities.stream()
                        .map(Capability::unitCostSourceUrl).filter(java.util.Objects::nonNull).toList()),
                new Table("partner capabilities", offers.size(),
                        offers.stream().map(PartnerCapability::sourceUrl).toList()),
                new Table("teaming policies", policies.size(), policies.stream().map(Policy::sourceUrl).toList()));
    }

    // ---- capabilities ----

    public List<Capability> capabilities() {
        return catalogue.capabilities();
    }

    public Capability capability(String id) {
        return catalogue.capability(id).orElseThrow(() -> new NotFound("capability", id));
    }

    @Transactional
    public Capability createCapability(CapabilityRequest r) {
        access.checkAdmin();
        Problems problems = new Problems();
        problems.check(r.id() != null && r.id().matches("[a-z0-9][a-z0-9-]{0,59}"), "id",
                "is required: a slug of lowercase letters, digits and hyphens such as 'robotic-arm'");
        checkCapability(problems, r);
        problems.throwIfAny();
        if (catalogue.capability(r.id()).isPresent()) {
            throw capabilityExists(r.id());
        }
        UniqueKey.guard(() -> catalogue.insertCapability(r.id(), r), () -> capabilityExists(r.id()));
        Capability created = capability(r.id());
        audit.created("capability", created.id(), null, null, created);
        return created;
    }

    @Transactional
    public Capability updateCapability(String id, CapabilityRequest r) {
        access.checkAdmin();
        Capability before = capability(id);
        long version = requireVersion(r.version());
        Problems problems = new Problems();
        problems.check(r.id() == null || r.id().equals(id), "id", "cannot be changed");
        checkCapability(problems, r);
        problems.throwIfAny();
        if (catalogue.updateCapability(id, version, r) == 0) {
            throw new StaleVersion("capability", id, version);
        }
        Capability after = capability(id);
        audit.updated("capability", id, null, null, before, after);
        return after;
    }

    @Transactional
    public void deleteCapability(String id) {
        access.checkAdmin();
        Capability before = capability(id);
        long uses = catalogue.usesOfCapability(id);
        if (uses > 0) {
            throw new InUse("Capability '" + id + "' is offered by " + uses + " partner(s); delete those partner "
                    + "capabilities first");
        }
        catalogue.deleteCapability(id);
        audit.deleted("capability", id, null, null, before);
    }

    private static void checkCapability(Problems problems, CapabilityRequest r) {
        problems.check(r.name() != null && !r.name().isBlank() && r.name().length() <= 200, "name",
                "is required (at most 200 characters)");
        problems.check(r.group() != null && GROUPS.contains(r.group()), "group", "must be one of " + GROUPS);
        problems.check(r.description() == null || r.description().length() <= 1000, "description",
                "must be at most 1000 characters");
        problems.check(r.unitCostUsdMillions() == null || (r.unitCostUsdMillions() >= 0
                && r.unitCostUsdMillions() < 1e9), "unitCostUsdMillions", "must be a number ≥ 0 (millions of US dollars)");
        String source = r.unitCostSourceUrl();
        problems.check(source == null || ((source.startsWith("http://") || source.startsWith("https://"))
                && source.length() <= 1000), "unitCostSourceUrl", "must be an http(s) address, or left empty");
        problems.check(source == null || r.unitCostUsdMillions() != null, "unitCostSourceUrl",
                "a source needs the unit cost it states");
    }

    private static AlreadyExists capabilityExists(String id) {
        return new AlreadyExists("A capability with id '" + id + "'", "/api/teaming/capabilities/" + id,
                "choose another id");
    }

    private static AlreadyExists partnerCapabilityExists(PartnerCapabilityRequest r, long other) {
        return new AlreadyExists("An offer of '" + r.capabilityId() + "' by " + r.partnerId(),
                "/api/teaming/partner-capabilities/" + other, "change that entry instead");
    }

    // ---- partner capabilities ----

    public List<PartnerCapability> partnerCapabilities(@Nullable String partnerId, @Nullable String capabilityId) {
        return catalogue.partnerCapabilities(partnerId, capabilityId);
    }

    public PartnerCapability partnerCapability(long id) {
        return catalogue.partnerCapability(id).orElseThrow(() -> new NotFound("partner capability", id));
    }

    @Transactional
    public PartnerCapability addPartnerCapability(PartnerCapabilityRequest r) {
        if (r.partnerId() != null) {
            access.checkCanEditPartnerData(r.partnerId());
        } else {
            access.checkContributor();
        }
        Problems problems = new Problems();
        problems.check(r.partnerId() != null && partners.names().containsKey(r.partnerId()), "partnerId",
                "must be the id of a partner in the registry" + (r.partnerId() == null ? "" : ", not '" + r.partnerId() + "'"));
        problems.check(r.capabilityId() != null && catalogue.capability(r.capabilityId()).isPresent(), "capabilityId",
                "must be the id of a capability in the catalogue"
                        + (r.capabilityId() == null ? "" : ", not '" + r.capabilityId() + "'"));
        checkPartnerCapability(problems, r);
        problems.throwIfAny();
        catalogue.partnerCapability(r.partnerId(), r.capabilityId()).ifPresent(other -> {
            throw partnerCapabilityExists(r, other.id());
        });
        PartnerCapability created = partnerCapability(UniqueKey.guard(
                () -> catalogue.insertPartnerCapability(normalised(r)),
                () -> partnerCapabilityExists(r, catalogue.partnerCapability(r.partnerId(), r.capabilityId())
                        .orElseThrow(() -> new NotFound("partner capability", r.partnerId() + "/" + r.capabilityId()))
                        .id())));
        audit.created("partner-capability", created.id(), null, created.partnerId(), created);
        return created;
    }

    @Transactional
    public PartnerCapability updatePartnerCapability(long id, PartnerCapabilityRequest r) {
        PartnerCapability current = partnerCapability(id);
        access.checkCanEditPartnerData(current.partnerId());
        long version = requireVersion(r.version());
        Problems problems = new Problems();
        problems.check(r.id() == null || r.id() == id, "id", "cannot be changed (path has " + id + ", body has "
                + r.id() + "); leave it out or send the id of the address");
        problems.check(r.partnerId() == null || r.partnerId().equals(current.partnerId()), "partnerId",
                "cannot be changed; delete the entry and add a new one");
        problems.check(r.capabilityId() == null || r.capabilityId().equals(current.capabilityId()), "capabilityId",
                "cannot be changed; delete the entry and add a new one");
        checkPartnerCapability(problems, r);
        problems.throwIfAny();
        if (catalogue.updatePartnerCapability(id, version, normalised(r)) == 0) {
            throw new StaleVersion("partner capability", id, version);
        }
        PartnerCapability after = partnerCapability(id);
        audit.updated("partner-capability", id, null, after.partnerId(), current, after);
        return after;
    }

    @Transactional
    public void deletePartnerCapability(long id) {
        PartnerCapability before = partnerCapability(id);
        access.checkCanEditPartnerData(before.partnerId());
        catalogue.deletePartnerCapability(id);
        audit.deleted("partner-capability", id, null, before.partnerId(), before);
    }

    private static void checkPartnerCapability(Problems problems, PartnerCapabilityRequest r) {
        problems.check(r.maturity() != null && Maturity.parse(r.maturity()).isPresent(), "maturity",
                "must be a TRL from 1 to 9 or 'flight-proven'" + (r.maturity() == null ? "" : ", not '" + r.maturity() + "'"));
        problems.check(r.costUsdMillions() == null || (r.costUsdMillions() >= 0 && r.costUsdMillions() < 1e9),
                "costUsdMillions", "must be a number ≥ 0 (millions of US dollars), or left out");
        problems.check(r.evidence() == null || r.evidence().length() <= 1000, "evidence", "must be at most 1000 characters");
        problems.check(r.sourceUrl() != null && r.sourceUrl().matches("https?://\\S+") && r.sourceUrl().length() <= 1000,
                "sourceUrl", "is required: the http(s) address of the page that shows the evidence");
    }

    private static PartnerCapabilityRequest normalised(PartnerCapabilityRequest r) {
        String m = r.maturity() == null ? "" : r.maturity().trim().toLowerCase(Locale.ROOT);
        String maturity = Maturity.parse(m).orElse(0) == 9 && !m.equals("9") ? Maturity.FLIGHT_PROVEN : m;
        return new PartnerCapabilityRequest(r.partnerId(), r.capabilityId(), maturity, r.evidence(),
                r.costUsdMillions(), r.sourceUrl(), r.version());
    }

    // ---- policies ----

    public List<Policy> policies() {
        return catalogue.policies();
    }

    public Policy policy(String id) {
        return catalogue.policy(id).orElseThrow(() -> new NotFound("policy", id));
    }

    /** Switches a policy on or off; the version must be the stored one. */
    @Transactional
    public Policy setPolicyEnabled(String id, boolean enabled, @Nullable Long version) {
        access.checkAdmin();
        Policy before = policy(id);
        long v = requireVersion(version);
        if (catalogue.setPolicyEnabled(id, v, enabled) == 0) {
            throw new StaleVersion("policy", id, v);
        }
        Policy after = policy(id);
        audit.updated("policy", id, null, null, before, after);
        return after;
    }

    // ---- seeding ----

    public boolean isEmpty() {
        return catalogue.countCapabilities() == 0;
    }

    /**
     * Loads the shipped catalogue ({@code dataset/capabilities.csv}, {@code partner_capabilities.csv},
     * {@code teaming_policies.csv}); partner rows whose partner is not in the registry are skipped.
     *
     * @return rows loaded: capabilities, partner capabilities, policies
     */
    @Transactional
    public int[] loadBundled() {
        int[] rows = new int[3];
        for (Csv.Row row : read("capabilities.csv")) {
            catalogue.insertCapability(row.getOrNull("id"), new CapabilityRequest(row.getOrNull("id"),
                    row.getOrNull("name"), row.getOrNull("group"), row.getOrNull("description"),
                    row.get("unit_cost_usd_millions").map(Double::valueOf).orElse(null),
                    row.getOrNull("unit_cost_source_url"), null));
            rows[0]++;
        }
        Set<String> known = partners.names().keySet();
        for (Csv.Row row : read("partner_capabilities.csv")) {
            if (known.contains(row.getOrNull("partner_id"))) {
                catalogue.insertPartnerCapability(new PartnerCapabilityRequest(row.getOrNull("partner_id"),
                        row.getOrNull("capability_id"), row.getOrNull("maturity"), row.getOrNull("evidence"),
                        null, row.getOrNull("source_url"), null));
                rows[1]++;
            }
        }
        for (Policy p : shippedPolicies()) {
            catalogue.insertPolicy(p);
            rows[2]++;
        }
        return rows;
    }

    /**
     * The policies as shipped in {@code dataset/teaming_policies.csv}, every one enabled: what the stored table starts
     * from, and what a command without a database (the relay planner's) applies.
     */
    public static List<Policy> shippedPolicies() {
        List<Policy> policies = new java.util.ArrayList<>();
        for (Csv.Row row : read("teaming_policies.csv")) {
            policies.add(new Policy(row.getOrNull("id"), row.getOrNull("partner_a"), row.getOrNull("partner_b"),
                    row.getOrNull("title"), row.getOrNull("description"), true, row.getOrNull("source_url"), 0));
        }
        return List.copyOf(policies);
    }

    private static List<Csv.Row> read(String file) {
        try (Reader reader = new InputStreamReader(new ClassPathResource("dataset/" + file).getInputStream(),
                StandardCharsets.UTF_8)) {
            return Csv.read(reader).rows();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shipped " + file, e);
        }
    }

    private static long requireVersion(@Nullable Long version) {
        if (version == null) {
            throw new InvalidInput("version", "is required to change an entry: send the version you last read");
        }
        return version;
    }

    /** Capability id → name. */
    public Map<String, String> capabilityNames() {
        Map<String, String> names = new java.util.LinkedHashMap<>();
        capabilities().forEach(c -> names.put(c.id(), c.name()));
        return names;
    }
}
