package space.consortium.teaming;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import space.consortium.accounts.Access;
import space.consortium.accounts.AuditTrail;
import space.consortium.partners.PartnerService;
import space.consortium.projects.ProjectService;
import space.consortium.shared.NotFound;
import space.consortium.shared.Problems;
import space.consortium.shared.Work;

/** Builds coalitions for missions: from the partners a request lists, or from the platform's catalogue. */
@Service
public class TeamingService {

    private static MissionRequest.RequirementSpec need(String capability, int minMaturity, int redundancy) {
        return new MissionRequest.RequirementSpec(capability, minMaturity, redundancy, 1, redundancy > 1);
    }

    /** Mission templates, built from the catalogue's capabilities. */
    public static final List<MissionTemplate> TEMPLATES = List.of(
            new MissionTemplate("crewed-lunar-outpost", "Crewed lunar outpost",
                    "A small crewed outpost in lunar orbit: heavy launch (two independent launchers), crew vehicle, "
                            + "service module, habitation, life support, robotics and cargo resupply.",
                    List.of(need("launch-heavy", 9, 2), need("crew-transport", 9, 1), need("service-module", 9, 1),
                            need("pressurized-module", 7, 1), need("life-support", 6, 1), need("robotic-arm", 9, 1),
                            need("cargo-resupply", 9, 1)), 6),
            new MissionTemplate("mars-sample-return", "Mars sample return",
                    "Land, collect and return samples from Mars: launch, orbiter, entry-descent-landing, rover, "
                            + "sample return and imaging.",
                    List.of(need("launch-heavy", 9, 1), need("orbiter-bus", 9, 1), need("entry-descent-landing", 9, 1),
                            need("rover-mobility", 9, 1), need("sample-return", 9, 1), need("camera", 7, 1),
                            need("high-gain-antenna", 7, 1)), 5),
            new MissionTemplate("outer-planet-orbiter-with-lander", "Outer-planet orbiter with lander",
                    "A Cassini-Huygens-like mission: orbiter and probe, radioisotope power, high-gain antenna and a "
                            + "science payload with two independent spectrometer providers.",
                    List.of(need("launch-heavy", 9, 1), need("orbiter-bus", 9, 1), need("entry-descent-landing", 8, 1),
                            need("radioisotope-power", 9, 1), need("high-gain-antenna", 8, 1), need("radar", 7, 1),
                            need("spectrometer", 7, 2), need("camera", 7, 1)), 6));

    private final CatalogueService catalogue;
    private final PartnerService partners;
    private final ProjectService projects;
    private final ProposalRepository proposals;
    private final Access access;
    private final AuditTrail audit;
    private final Clock clock;
    private final MissionSolver solver = new MissionSolver();

    TeamingService(CatalogueService catalogue, PartnerService partners, ProjectService projects,
                   ProposalRepository proposals, Access access, AuditTrail audit) {
        this.access = access;
        this.audit = audit;
        this.catalogue = catalogue;
        this.partners = partners;
        this.projects = projects;
        this.proposals = proposals;
        this.clock = Clock.systemUTC();
    }

    /**
     * Solves the mission and saves its coalition to the project as proposed participations, one per partner.
     *
     * @throws space.consortium.shared.InvalidInput when the project is missing or unknown, the mission is bad, or it
     *                                              has no coalition (infeasible or timed out)
     */
    @Transactional
    public List<Proposal> propose(ProposalRequest request) {
        Problems problems = new Problems();
        problems.check(request.projectId() != null && projectExists(request.projectId()), "projectId", "must be the id of a project in the registry"
                + (request.projectId() == null ? "" : ", not '" + request.projectId() + "'"));
        problems.check(request.mission() != null, "mission", "is required: the mission to solve");
        problems.throwIfAny();
        access.checkCoordinator(request.projectId());
        TeamingReport report = solve(request.mission());
        if (report.cost() == null) {
            throw new space.consortium.shared.InvalidInput("mission", "has no coalition to save (status "
                    + report.status() + "); relax the constraints first");
        }
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        String objective = String.join(" > ", report.objectives());
        for (String partner : report.partners()) {
            List<String> provides = report.rows().stream().filter(r -> r.provider().equals(partner))
                    .map(TeamingReport.Row::capability).toList();
            List<String> backsUp = report.rows().stream().filter(r -> r.backups().contains(partner))
                    .map(TeamingReport.Row::capability).toList();
            double cost = report.rows().stream().filter(r -> r.provider().equals(partner))
                    .mapToDouble(TeamingReport.Row::cost).sum();
            proposals.insert(request.projectId(), partner, provides, backsUp, cost, objective, now);
        }
        List<Proposal> saved = proposals.list(request.projectId()).stream()
                .filter(p -> p.createdAt().equals(now)).toList();
        saved.forEach(p -> audit.created("proposal", p.id(), p.projectId(), p.partnerId(), p));
        return saved;
    }

    /** Saved proposals, newest first; of one project when {@code projectId} is given. */
    public List<Proposal> proposals(@Nullable String projectId) {
        if (projectId != null) {
            projects.get(projectId);
        }
        return proposals.list(projectId);
    }

    @Transactional
    public void deleteProposal(long id) {
        Proposal proposal = proposals.find(id).orElseThrow(() -> new NotFound("proposal", id));
        access.checkCoordinator(proposal.projectId());
        proposals.delete(id);
        audit.deleted("proposal", id, proposal.projectId(), proposal.partnerId(), proposal);
    }

    private boolean projectExists(String id) {
        try {
            projects.get(id);
            return true;
        } catch (NotFound e) {
            return false;
        }
    }

    public List<MissionTemplate> templates() {
        return TEMPLATES;
    }

    public MissionTemplate template(String id) {
        return TEMPLATES.stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFound("mission template", id));
    }

    /**
     * Solves a mission: with the partners it lists, or, when it lists none, with every registry partner's catalogue
     * capabilities and the policies asked for (by default every enabled one).
     *
     * @throws space.consortium.shared.InvalidInput naming every bad field, including unknown capability, partner and
     *                                              policy ids in catalogue mode
     */
    public TeamingReport solve(MissionRequest request) {
        return solve(request, Work.UNLIMITED);
    }

    /**
     * Solves a mission within the work's limit on the solver's time.
     *
     * @throws space.consortium.shared.OverLimit naming {@code timeLimitSeconds} when it is over the caller's limit
     */
    public TeamingReport solve(MissionRequest request, Work work) {
        if (request.partners() != null) {
            return solver.solve(request, null, work);
        }
        List<Policy> all = catalogue.policies();
        List<Policy> applied;
        if (request.policies() == null) {
            applied = all.stream().filter(Policy::enabled).toList();
        } else {
            Map<String, Policy> byId = all.stream().collect(Collectors.toMap(Policy::id, Function.identity()));
            Problems problems = new Problems();
            for (int i = 0; i < request.policies().size(); i++) {
                String id = request.policies().get(i);
                problems.check(byId.containsKey(id), "policies[" + i + "]", "unknown policy id '" + id
                        + "'; see GET /api/teaming/policies");
            }
            problems.throwIfAny();
            applied = request.policies().stream().distinct().map(byId::get).toList();
        }
        Map<String, Capability> capabilities = new LinkedHashMap<>();
        catalogue.capabilities().forEach(c -> capabilities.put(c.id(), c));
        Set<String> registry = new HashSet<>(partners.names().keySet());
        return solver.solve(request, MissionSolver.catalogue(catalogue.partnerCapabilities(null, null), capabilities,
                registry, applied), work);
    }
}
