package space.consortium.teaming;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import space.consortium.shared.InvalidInput;
import space.consortium.shared.Problems;
import space.consortium.shared.Work;
import space.consortium.shared.WorkLimits;
import space.consortium.teaming.engine.Candidate;
import space.consortium.teaming.engine.Coalition;
import space.consortium.teaming.engine.CoalitionCpSat;
import space.consortium.teaming.engine.CoalitionGreedy;
import space.consortium.teaming.engine.Constraints;
import space.consortium.teaming.engine.IncompatiblePair;
import space.consortium.teaming.engine.Objective;
import space.consortium.teaming.engine.Offer;
import space.consortium.teaming.engine.Requirement;
import space.consortium.teaming.engine.Settings;
import space.consortium.teaming.engine.TeamingProblem;
import space.consortium.teaming.engine.TeamingResult;

/**
 * Validates a {@link MissionRequest}, maps it to the engine, solves it with CP-SAT and the greedy baseline and maps
 * the result back. Needs no Spring and no database: the CLI uses it for mission files that list their partners;
 * {@link TeamingService} uses it with the partners of the catalogue.
 */
public final class MissionSolver {

    static final List<String> OBJECTIVES = List.of("min-cost", "min-partners", "max-redundancy", "lexicographic");
    static final int DEFAULT_TIME_LIMIT_SECONDS = 20;

    private final int workers;

    public MissionSolver() {
        this(Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors())));
    }

    MissionSolver(int workers) {
        this.workers = workers;
    }

    /**
     * What the catalogue supplies when a request leaves the partners out.
     *
     * @param unsourced the offers ({@code partner:capability}) whose cost is only the catalogue's illustrative
     *                  placeholder: they count 0 in a coalition's cost and are marked on the result
     */
    record Catalogue(List<MissionRequest.PartnerSpec> partners, Set<String> capabilities,
                     List<IncompatiblePair> policies, List<String> notes, Set<String> unsourced) {

        Catalogue {
            unsourced = Set.copyOf(unsourced);
        }
    }

    /**
     * Solves a mission whose file lists its partners.
     *
     * @throws InvalidInput naming every bad field (also when {@code partners} is missing)
     */
    public TeamingReport solve(MissionRequest request) {
        if (request.partners() == null) {
            throw new InvalidInput("partners", "is required here: list the candidate partners and their capabilities "
                    + "(or use the platform's catalogue through the server or the 'team' command with a database)");
        }
        return solve(request, null);
    }

    TeamingReport solve(MissionRequest request, @Nullable Catalogue catalogue) {
        return solve(request, catalogue, Work.UNLIMITED);
    }

    /** Solves within the work's limit on the solver's time ({@code timeLimitSeconds}). */
    TeamingReport solve(MissionRequest request, @Nullable Catalogue catalogue, Work work) {
        Problems problems = new Problems();
        List<MissionRequest.PartnerSpec> partnerSpecs = catalogue != null ? catalogue.partners()
                : request.partners() == null ? List.of() : request.partners();
        List<Requirement> requirements = requirements(request, catalogue, problems);
        List<Candidate> candidates = catalogue != null ? candidates(partnerSpecs, request, "catalogue", problems)
                : candidates(partnerSpecs, request, "partners", problems);
        Set<String> ids = new HashSet<>();
        partnerSpecs.forEach(p -> ids.add(p.id()));
        if (catalogue != null) {
            ids.addAll(knownPartners(request, catalogue));
        }
        Constraints constraints = constraints(request, ids, catalogue, problems);
        List<Objective> priorities = priorities(request, problems);
        int seconds = request.timeLimitSeconds() == null ? DEFAULT_TIME_LIMIT_SECONDS : request.timeLimitSeconds();
        problems.check(seconds >= 1 && seconds <= 120, "timeLimitSeconds", "must be from 1 to 120 seconds");
        problems.throwIfAny();
        work.check("timeLimitSeconds", "the solver's time limit in seconds", seconds, WorkLimits::solverSeconds);
        work.reached(0);

        TeamingProblem problem = new TeamingProblem(requirements, candidates, constraints, priorities);
        boolean pareto = request.pareto() == null || request.pareto();
        TeamingResult result = new CoalitionCpSat(new Settings(Duration.ofSeconds(seconds), workers, pareto ? 6 : 0))
                .solve(problem);
        List<String> notes = new ArrayList<>(catalogue == null ? List.of() : catalogue.notes());
        List<String> objectives = priorities.stream().map(Objective::id).toList();
        if (result instanceof TeamingResult.Solved s) {
            return solved(problem, s, objectives, notes, catalogue);
        }
        if (result instanceof TeamingResult.Infeasible i) {
            return new TeamingReport("infeasible", List.of(), Map.of(), Map.of(), null, null, objectives, null, null,
                    List.of(), List.of(), i.conflicts().stream().map(c -> new TeamingReport.Reason(
                            c.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), c.subject(),
                            c.message())).toList(), i.minimal(), null, List.of(), notes);
        }
        notes.add(((TeamingResult.Unknown) result).reason());
        return new TeamingReport("unknown", List.of(), Map.of(), Map.of(), null, null, objectives, null, null,
                List.of(), List.of(), null, null, greedy(problem, null), List.of(), notes);
    }

    private static TeamingReport solved(TeamingProblem problem, TeamingResult.Solved s, List<String> objectives,
                                        List<String> notes, @Nullable Catalogue catalogue) {
        List<String> notCounted = new ArrayList<>();
        Coalition c = s.coalition();
        TeamingResult.Stage first = s.stages().get(0);
        List<TeamingReport.Row> rows = new ArrayList<>();
        for (Requirement r : problem.requirements()) {
            String provider = c.providers().get(r.capability());
            Offer offer = problem.candidates().stream().filter(p -> p.id().equals(provider)).findFirst()
                    .flatMap(p -> p.offer(r.capability())).orElseThrow();
            List<String> able = c.capable().get(r.capability());
            Boolean sourced = catalogue == null ? null : !catalogue.unsourced().contains(provider + ":" + r.capability());
            if (Boolean.FALSE.equals(sourced)) {
                notCounted.add(r.capability() + " (" + provider + ")");
            }
            rows.add(new TeamingReport.Row(r.capability(), provider, offer.maturity(),
                    offer.costUsdMillions() * r.quantity(), able.subList(1, able.size()), r.redundancy(), sourced));
        }
        if (!notCounted.isEmpty()) {
            notes.add("The cost counts sourced figures only; " + notCounted.size() + " of " + rows.size()
                    + " assignments have no sourced cost and are not counted: " + String.join(", ", notCounted));
        }
        return new TeamingReport(s.optimal() ? "optimal" : "feasible", c.partners(), c.capable(), c.providers(),
                c.costUsdMillions(), c.redundancy(), objectives, first.bound(), first.gap(),
                s.stages().stream().map(st -> new TeamingReport.Stage(st.objective().id(), st.value(), st.bound(),
                        st.optimal(), st.requested())).toList(),
                s.pareto().stream().map(p -> new TeamingReport.ParetoPoint(p.partners(), p.costUsdMillions(),
                        p.redundancy(), p.optimal(), p.coalition())).toList(),
                null, null, greedy(problem, c), rows, notes);
    }

    private static TeamingReport.@Nullable Greedy greedy(TeamingProblem problem, @Nullable Coalition best) {
        Optional<Coalition> g = new CoalitionGreedy().solve(problem);
        return g.map(coalition -> new TeamingReport.Greedy(coalition.partners(), coalition.costUsdMillions(),
                best == null || best.costUsdMillions() <= 0 ? null : coalition.costUsdMillions() / best.costUsdMillions()))
                .orElse(null);
    }

    // ---- validation and mapping ----

    private static List<Requirement> requirements(MissionRequest request, @Nullable Catalogue catalogue, Problems problems) {
        List<Requirement> out = new ArrayList<>();
        if (request.requirements() == null || request.requirements().isEmpty()) {
            problems.add("requirements", "must list at least one required capability");
            return out;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < request.requirements().size(); i++) {
            MissionRequest.RequirementSpec r = request.requirements().get(i);
            String at = "requirements[" + i + "]";
            if (r == null) {
                problems.add(at, "must not be null");
                continue;
            }
            boolean ok = true;
            if (r.capability() == null || r.capability().isBlank()) {
                problems.add(at + ".capability", "is required: a capability id such as 'robotic-arm'");
                ok = false;
            } else if (!seen.add(r.capability())) {
                problems.add(at + ".capability", "'" + r.capability() + "' is required twice; use one requirement "
                        + "with a quantity or redundancy instead");
                ok = false;
            } else if (catalogue != null && !catalogue.capabilities().contains(r.capability())) {
                problems.add(at + ".capability", "unknown capability '" + r.capability()
                        + "'; see GET /api/teaming/capabilities for the catalogue's ids");
                ok = false;
            }
            int maturity = r.minMaturity() == null ? 1 : r.minMaturity();
            int redundancy = r.redundancy() == null ? 1 : r.redundancy();
            int quantity = r.quantity() == null ? 1 : r.quantity();
            if (maturity < 1 || maturity > 9) {
                problems.add(at + ".minMaturity", "must be a TRL from 1 to 9 (9: flight proven), not " + maturity);
                ok = false;
            }
            if (redundancy < 1 || redundancy > 50) {
                problems.add(at + ".redundancy", "must be from 1 to 50, not " + redundancy);
                ok = false;
            }
            if (quantity < 1 || quantity > 1000) {
                problems.add(at + ".quantity", "must be from 1 to 1000, not " + quantity);
                ok = false;
            }
            if (ok) {
                out.add(new Requirement(r.capability(), maturity, redundancy, quantity,
                        r.critical() == null ? redundancy > 1 : r.critical()));
            }
        }
        return out;
    }

    private static List<Candidate> candidates(List<MissionRequest.PartnerSpec> specs, MissionRequest request,
                                              String field, Problems problems) {
        Map<String, Double> caps = request.constraints() == null || request.constraints().budgetCaps() == null
                ? Map.of() : request.constraints().budgetCaps();
        List<Candidate> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < specs.size(); i++) {
            MissionRequest.PartnerSpec p = specs.get(i);
            String at = field + "[" + i + "]";
            if (p == null || p.id() == null || p.id().isBlank()) {
                problems.add(at + ".id", "is required: the partner's id");
                continue;
            }
            if (!seen.add(p.id())) {
                problems.add(at + ".id", "duplicate partner id '" + p.id() + "'");
                continue;
            }
            List<Offer> offers = new ArrayList<>();
            Set<String> offered = new HashSet<>();
            List<MissionRequest.OfferSpec> list = p.capabilities() == null ? List.of() : p.capabilities();
            for (int j = 0; j < list.size(); j++) {
                MissionRequest.OfferSpec o = list.get(j);
                String oat = at + ".capabilities[" + j + "]";
                if (o == null || o.capability() == null || o.capability().isBlank()) {
                    problems.add(oat + ".capability", "is required: a capability id");
                    continue;
                }
                boolean ok = true;
                if (!offered.add(o.capability())) {
                    problems.add(oat + ".capability", "partner '" + p.id() + "' offers '" + o.capability() + "' twice");
                    ok = false;
                }
                if (o.maturity() == null || o.maturity() < 1 || o.maturity() > 9) {
                    problems.add(oat + ".maturity", "must be a TRL from 1 to 9 (9: flight proven)"
                            + (o.maturity() == null ? "" : ", not " + o.maturity()));
                    ok = false;
                }
                if (o.cost() == null || !(o.cost() >= 0) || o.cost() > 1e9) {
                    problems.add(oat + ".cost", "must be a number ≥ 0 (millions of US dollars)"
                            + (o.cost() == null ? "" : ", not " + o.cost()));
                    ok = false;
                }
                if (ok) {
                    offers.add(new Offer(o.capability(), o.maturity(), o.cost()));
                }
            }
            Double cap = caps.containsKey(p.id()) ? caps.get(p.id()) : p.budgetCap();
            if (cap != null && !(cap >= 0)) {
                problems.add(caps.containsKey(p.id()) ? "constraints.budgetCaps." + p.id() : at + ".budgetCap",
                        "must be a number ≥ 0 (millions of US dollars), not " + cap);
                cap = null;
            }
            out.add(new Candidate(p.id(), offers, cap));
        }
        return out;
    }

    private static Set<String> knownPartners(MissionRequest request, Catalogue catalogue) {
        Set<String> ids = new HashSet<>();
        catalogue.partners().forEach(p -> ids.add(p.id()));
        return ids;
    }

    private static Constraints constraints(MissionRequest request, Set<String> ids, @Nullable Catalogue catalogue,
                                           Problems problems) {
        MissionRequest.ConstraintSpec c = request.constraints();
        List<IncompatiblePair> pairs = new ArrayList<>(catalogue == null ? List.of() : catalogue.policies());
        if (c == null) {
            return new Constraints(Set.of(), Set.of(), pairs, null);
        }
        Set<String> required = ids("constraints.required", c.required(), ids, problems);
        Set<String> excluded = ids("constraints.excluded", c.excluded(), ids, problems);
        for (String both : required) {
            if (excluded.contains(both)) {
                problems.add("constraints.excluded", "'" + both + "' is both required and excluded");
            }
        }
        if (c.incompatible() != null) {
            for (int i = 0; i < c.incompatible().size(); i++) {
                List<String> pair = c.incompatible().get(i);
                String at = "constraints.incompatible[" + i + "]";
                if (pair == null || pair.size() != 2 || pair.get(0) == null || pair.get(1) == null
                        || pair.get(0).equals(pair.get(1))) {
                    problems.add(at, "must be a pair of two different partner ids, e.g. [\"a\",\"b\"]");
                    continue;
                }
                boolean ok = true;
                for (int k = 0; k < 2; k++) {
                    if (!ids.contains(pair.get(k))) {
                        problems.add(at + "[" + k + "]", "unknown partner id '" + pair.get(k) + "'");
                        ok = false;
                    }
                }
                if (ok) {
                    pairs.add(new IncompatiblePair(pair.get(0), pair.get(1), "constraints.incompatible[" + i + "]"));
                }
            }
        }
        if (c.maxPartners() != null && c.maxPartners() < 1) {
            problems.add("constraints.maxPartners", "must be at least 1, not " + c.maxPartners());
        }
        if (c.budgetCaps() != null) {
            c.budgetCaps().keySet().stream().filter(id -> !ids.contains(id)).forEach(id ->
                    problems.add("constraints.budgetCaps." + id, "unknown partner id '" + id + "'"));
        }
        return new Constraints(required, excluded, pairs,
                c.maxPartners() != null && c.maxPartners() >= 1 ? c.maxPartners() : null);
    }

    private static Set<String> ids(String field, @Nullable List<String> given, Set<String> known, Problems problems) {
        Set<String> out = new HashSet<>();
        if (given == null) {
            return out;
        }
        for (int i = 0; i < given.size(); i++) {
            String id = given.get(i);
            if (id == null || !known.contains(id)) {
                problems.add(field + "[" + i + "]", "unknown partner id '" + id + "'");
            } else {
                out.add(id);
            }
        }
        return out;
    }

    private static List<Objective> priorities(MissionRequest request, Problems problems) {
        String objective = request.objective() == null ? "min-cost" : request.objective();
        if (!OBJECTIVES.contains(objective)) {
            problems.add("objective", "must be one of " + OBJECTIVES + ", not '" + objective + "'");
            return List.of(Objective.MIN_COST);
        }
        if (!objective.equals("lexicographic")) {
            if (request.priorities() != null && !request.priorities().isEmpty()) {
                problems.add("priorities", "is only used with \"objective\": \"lexicographic\"");
            }
            return List.of(Objective.of(objective).orElseThrow());
        }
        List<String> given = request.priorities() == null || request.priorities().isEmpty()
                ? List.of("min-cost", "min-partners", "max-redundancy") : request.priorities();
        List<Objective> out = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            Optional<Objective> o = Objective.of(String.valueOf(given.get(i)));
            if (o.isEmpty()) {
                problems.add("priorities[" + i + "]", "must be min-cost, min-partners or max-redundancy, not '"
                        + given.get(i) + "'");
            } else if (out.contains(o.get())) {
                problems.add("priorities[" + i + "]", "'" + given.get(i) + "' is listed twice");
            } else {
                out.add(o.get());
            }
        }
        return out.isEmpty() ? List.of(Objective.MIN_COST) : out;
    }

    /** Catalogue partners → specs, with the cost rule noted. */
    static Catalogue catalogue(List<PartnerCapability> offers, Map<String, Capability> capabilities,
                               Set<String> registry, List<Policy> policies) {
        Map<String, List<MissionRequest.OfferSpec>> byPartner = new LinkedHashMap<>();
        registry.forEach(id -> byPartner.put(id, new ArrayList<>()));
        int defaults = 0;
        Set<String> unsourced = new java.util.TreeSet<>();
        for (PartnerCapability pc : offers) {
            Double cost = pc.costUsdMillions();
            if (cost == null) {
                // the catalogue's figure counts only when a page states it; a placeholder is not a cost
                Capability cap = capabilities.get(pc.capabilityId());
                if (cap != null && cap.costSourced()) {
                    cost = cap.unitCostUsdMillions();
                    defaults++;
                } else {
                    cost = 0.0;
                    unsourced.add(pc.partnerId() + ":" + pc.capabilityId());
                }
            }
            byPartner.computeIfAbsent(pc.partnerId(), k -> new ArrayList<>())
                    .add(new MissionRequest.OfferSpec(pc.capabilityId(), pc.trl(), cost));
        }
        List<MissionRequest.PartnerSpec> partners = new ArrayList<>();
        byPartner.forEach((id, list) -> partners.add(new MissionRequest.PartnerSpec(id, list, null)));
        List<String> notes = new ArrayList<>();
        if (defaults > 0) {
            notes.add(defaults + " partner capabilities carry no cost estimate of their own: the catalogue's sourced "
                    + "unit cost of the capability applies");
        }
        if (!unsourced.isEmpty()) {
            notes.add(unsourced.size() + " partner capabilities have no sourced cost (the catalogue's figure for them "
                    + "is an illustrative placeholder): they count 0, so coalitions are ranked by the sourced costs "
                    + "only, and the assignments that use them are marked (add a partner estimate or a source in the "
                    + "catalogue to count them)");
        }
        List<IncompatiblePair> pairs = new ArrayList<>();
        for (Policy p : policies) {
            if (registry.contains(p.partnerA()) && registry.contains(p.partnerB())) {
                pairs.add(new IncompatiblePair(p.partnerA(), p.partnerB(), p.title()));
                notes.add("Policy applied: " + p.title() + " (" + p.partnerA() + " and " + p.partnerB()
                        + " not in the same coalition)");
            }
        }
        Map<String, Capability> ids = new HashMap<>(capabilities);
        return new Catalogue(partners, ids.keySet(), pairs, notes, unsourced);
    }
}
