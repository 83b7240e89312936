package space.consortium.relay;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import space.consortium.relay.engine.Allocation;
import space.consortium.relay.engine.AllocationRules;
import space.consortium.relay.engine.Lander;
import space.consortium.relay.engine.LinkModel;
import space.consortium.relay.engine.MarsModel;
import space.consortium.relay.engine.MarsSolarTime;
import space.consortium.relay.engine.OrbitElements;
import space.consortium.relay.engine.Orbiter;
import space.consortium.relay.engine.Pass;
import space.consortium.relay.engine.PassFinder;
import space.consortium.relay.engine.PassQuery;
import space.consortium.relay.engine.PassScheduler;
import space.consortium.relay.engine.PassSearch;
import space.consortium.relay.engine.PropagatorKind;
import space.consortium.relay.engine.Radio;
import space.consortium.relay.engine.WhatIf;
import space.consortium.shared.InvalidInput;
import space.consortium.teaming.CatalogueService;
import space.consortium.teaming.Policy;
import space.consortium.shared.Work;
import space.consortium.shared.WorkLimits;

/**
 * Plans Mars relay: windows of every orbiter × lander pair, predicted volumes, the allocation of passes (CP-SAT with
 * a greedy baseline) and the what-if without some orbiters or partners, under the partner policies of the coalition
 * builder (teaming), switched on and off the same way and listed on the result. Bare orbiter and lander ids are looked up
 * in the registry (server) or in the shipped asset file ({@link #offline()}, for the command line).
 */
@Service
public class RelayService implements space.consortium.shared.SourcedTables {

    private final AssetCatalog catalog;
    private final Supplier<List<Policy>> policies;
    private final PassFinder finder = new PassFinder(MarsModel.standard());
    private final PassScheduler scheduler = new PassScheduler();

    /** On the server: the registry's assets and the coalition builder's stored policies (switched on or off there). */
    @Autowired
    RelayService(AssetCatalog catalog, CatalogueService teaming) {
        this(catalog, teaming::policies);
    }

    private RelayService(AssetCatalog catalog, Supplier<List<Policy>> policies) {
        this.catalog = catalog;
        this.policies = policies;
    }

    /**
     * A service that reads bare ids from the shipped asset file and applies the shipped policies (all enabled): no
     * Spring, no database.
     */
    public static RelayService offline() {
        return new RelayService(BundledAssets.load(), CatalogueService::shippedPolicies);
    }

    /** The partner policies a plan may apply, as the coalition builder keeps them. */
    public List<Policy> policies() {
        return policies.get();
    }

    /** The orbiters a plan uses when none are chosen: those the registry marks active (not dormant, not ended). */
    public List<String> defaultOrbiters() {
        return catalog.all().stream().filter(a -> a.isOrbiter() && a.isActive()).map(RelayAsset::id).toList();
    }

    /** The landers a plan uses when none are chosen: those the registry marks active (not dormant, not ended). */
    public List<String> defaultLanders() {
        return catalog.all().stream().filter(a -> !a.isOrbiter() && a.isActive()).map(RelayAsset::id).toList();
    }

    /** The relay assets as stored, for "About the data". */
    @Override
    public List<Table> sourcedTables() {
        List<RelayAsset> all = catalog.all();
        return List.of(new Table("relay assets", all.size(), all.stream().map(RelayAsset::sourceUrl).toList()));
    }

    /** Every relay asset of the catalogue: orbiters first, then landers. */
    public List<RelayAsset> assets() {
        return catalog.all();
    }

    /**
     * Checks a plan request and fills in its defaults.
     *
     * @throws InvalidInput naming every offending field, e.g. {@code orbiters[0].elements.e}
     */
    public PlanRequest validate(@Nullable RelayRequest body) {
        Map<String, RelayAsset> byId = catalog.all().stream()
                .collect(Collectors.toMap(RelayAsset::id, Function.identity(), (a, b) -> a));
        PlanChecks checks = new PlanChecks(byId::get);
        PlanRequest request = checks.plan(body);
        if (body != null && body.policies() != null) {
            // checked with the rest, so that an unknown policy id is named with every other problem of the plan
            knownPolicies(body.policies(), checks.problems());
        }
        checks.problems().throwIfAny();
        if (request == null) {
            throw new InvalidInput("body", "is not a valid plan");
        }
        return request;
    }

    /** Checks and plans. */
    public RelayPlan plan(@Nullable RelayRequest body) {
        return plan(validate(body));
    }

    /**
     * Checks and plans within the work's limit on orbiters × landers × time steps.
     *
     * @throws space.consortium.shared.OverLimit naming {@code orbiters} when the plan asks for too much
     */
    public RelayPlan plan(@Nullable RelayRequest body, Work work) {
        return plan(validate(body), work);
    }

    /** Finds the windows, allocates them and, if asked, compares with the plan without some assets. */
    public RelayPlan plan(PlanRequest request) {
        return plan(request, Work.UNLIMITED);
    }

    /** Time steps of the window search over the plan's period. */
    static long steps(PlanRequest request) {
        double seconds = Duration.between(request.start(), request.end()).toMillis() / 1000.0;
        return (long) Math.ceil(seconds / PassQuery.DEFAULT_STEP_SECONDS) + 1;
    }

    /**
     * Checks a plan against the work's limit on orbiters × landers × time steps, without planning it.
     *
     * @return the time steps of the window search, orbiters × steps of the period: the progress a plan's checkpoint
     *         reaches when the search is done
     * @throws space.consortium.shared.OverLimit naming {@code orbiters} when the plan asks for too much
     * @throws InvalidInput naming {@code policies[i]} for an unknown policy id
     */
    public long admit(PlanRequest request, Work work) {
        choosePolicies(request);
        work.check("orbiters", "orbiters × landers × time steps (one per " + (int) PassQuery.DEFAULT_STEP_SECONDS
                        + " s)", Work.times(request.orbiters().size(), request.landers().size(), steps(request)),
                WorkLimits::relayPairSteps);
        return Work.times(request.orbiters().size(), steps(request));
    }

    /**
     * Plans within the work's limits, stopping at its checkpoint when it must. The checkpoint receives the time steps
     * of the window search done so far (up to {@link #admit}'s count).
     */
    public RelayPlan plan(PlanRequest request, Work work) {
        admit(request, work);
        List<Policy> chosen = choosePolicies(request);
        List<Orbiter> orbiters = request.orbiters().stream().map(RelayService::orbiter).toList();
        List<Lander> landers = request.landers().stream().map(RelayService::lander).toList();
        PassSearch search = finder.find(new PassQuery(orbiters, landers, request.start(), request.end(),
                request.minElevationDeg(), request.maxRangeKm(), propagator(request.propagator()),
                PassQuery.DEFAULT_STEP_SECONDS, LinkModel.CALIBRATED), work.checkpoint());
        work.reached(0);
        // the partner policies, applied the same way as by the coalition builder: a window between an orbiter of one
        // partner of a policy and a lander of the other is not used
        List<RelayPlan.AppliedPolicy> applied = new ArrayList<>();
        List<String> notes = new ArrayList<>(search.notes());
        List<Pass> usable = applyPolicies(request, chosen, search.passes(), applied, notes);
        AllocationRules rules = new AllocationRules(request.start(), request.end(), request.setupGapSeconds(),
                request.maxSessionsPerOrbiterPerSol(), request.allowSplitPasses(), request.agencyWeights(), 10);
        Allocation allocation = scheduler.allocate(usable, landers, rules);
        work.reached(0);
        double sols = Duration.between(request.start(), request.end()).toMillis() / 1000.0 / MarsModel.SOL_SECONDS;
        RelayPlan.WhatIfView whatIf = null;
        if (request.hasWhatIf()) {
            WhatIf w = WhatIf.of(scheduler, allocation, usable, landers, rules, request.removeOrbiters(),
                    request.removePartners());
            whatIf = new RelayPlan.WhatIfView(List.copyOf(w.removedOrbiters()).stream().sorted().toList(),
                    List.copyOf(w.removedOwners()).stream().sorted().toList(), view(w.scenario(), sols, false),
                    w.changes().stream().map(c -> new RelayPlan.Change(c.lander(), r1(c.baselineMbit()),
                            r1(c.scenarioMbit()), r1(c.changeMbit()), r1(c.baselineUnmetMbit()),
                            r1(c.scenarioUnmetMbit()))).toList());
        }
        List<RelayPlan.OrbiterView> orbiterViews = request.orbiters().stream()
                .map(o -> new RelayPlan.OrbiterView(o.id(), o.owner(), o.radio(),
                        name(search.propagators().get(o.id())))).toList();
        List<RelayPlan.LanderView> landerViews = request.landers().stream()
                .map(l -> new RelayPlan.LanderView(l.id(), l.owner(), l.latDeg(), l.lonDeg(), l.demandMbitPerSol(),
                        l.priority())).toList();
        return new RelayPlan(request.start(), request.end(), r3(sols), request.minElevationDeg(), request.maxRangeKm(),
                request.propagator(), orbiterViews, landerViews,
                usable.stream().map(p -> pass(p, request.rangeProfiles())).toList(),
                view(allocation, sols, false), whatIf, applied, notes);
    }

    /**
     * The policies asked for: by default every enabled one, as for the coalition builder.
     *
     * @throws InvalidInput naming {@code policies[i]} for an unknown policy id
     */
    private List<Policy> choosePolicies(PlanRequest request) {
        List<Policy> all = policies.get();
        List<Policy> chosen;
        if (request.policies() == null) {
            chosen = all.stream().filter(Policy::enabled).toList();
        } else {
            Map<String, Policy> byId = all.stream().collect(Collectors.toMap(Policy::id, Function.identity()));
            space.consortium.shared.Problems problems = new space.consortium.shared.Problems();
            knownPolicies(request.policies(), problems);
            problems.throwIfAny();
            chosen = request.policies().stream().distinct().map(byId::get).toList();
        }
        return chosen;
    }

    /**
     * Names {@code policies[i]} for each id that is not a policy of the coalition builder (a blank id is the plan's
     * checks' to name).
     */
    private void knownPolicies(List<@Nullable String> ids, space.consortium.shared.Problems problems) {
        java.util.Set<String> known = policies.get().stream().map(Policy::id).collect(Collectors.toSet());
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            if (id != null && !id.isBlank() && !known.contains(id)) {
                problems.add("policies[" + i + "]", "unknown policy id '" + id + "'; see GET /api/teaming/policies");
            }
        }
    }

    /**
     * The windows no applied policy forbids. A policy applies when its two partners own an orbiter and a lander of
     * the plan; each is listed with the windows it left out.
     */
    private static List<Pass> applyPolicies(PlanRequest request, List<Policy> chosen, List<Pass> passes,
                                            List<RelayPlan.AppliedPolicy> applied, List<String> notes) {
        java.util.Set<String> orbiterOwners = new java.util.HashSet<>();
        request.orbiters().forEach(o -> orbiterOwners.add(o.owner()));
        java.util.Set<String> landerOwners = new java.util.HashSet<>();
        request.landers().forEach(l -> landerOwners.add(l.owner()));
        List<Pass> usable = passes;
        for (Policy p : chosen) {
            boolean relevant = orbiterOwners.contains(p.partnerA()) && landerOwners.contains(p.partnerB())
                    || orbiterOwners.contains(p.partnerB()) && landerOwners.contains(p.partnerA());
            if (!relevant) {
                continue;
            }
            List<Pass> kept = usable.stream().filter(x -> !forbids(p, x)).toList();
            int leftOut = usable.size() - kept.size();
            usable = kept;
            applied.add(new RelayPlan.AppliedPolicy(p.id(), p.title(), p.partnerA(), p.partnerB(), p.sourceUrl(),
                    leftOut));
            notes.add("Policy applied: " + p.title() + " (no relay between " + p.partnerA() + " and " + p.partnerB()
                    + "); " + leftOut + " window" + (leftOut == 1 ? "" : "s") + " left out");
        }
        return usable;
    }

    private static boolean forbids(Policy p, Pass pass) {
        return p.partnerA().equals(pass.orbiterOwner()) && p.partnerB().equals(pass.landerOwner())
                || p.partnerB().equals(pass.orbiterOwner()) && p.partnerA().equals(pass.landerOwner());
    }

    private static RelayPlan.PlanView view(Allocation a, double sols, boolean profiles) {
        List<RelayPlan.LanderTotal> totals = new ArrayList<>();
        for (Allocation.LanderTotal t : a.landers()) {
            totals.add(new RelayPlan.LanderTotal(t.lander(), t.owner(), r1(t.volumeMbit()), r1(t.volumeMbit() / sols),
                    t.sessions(), t.demandMbitPerSol(), r1(t.unmetMbit()),
                    t.volumeBySolMbit().stream().map(RelayService::r1).toList()));
        }
        double volume = a.chosen().stream().mapToDouble(Pass::volumeMbit).sum();
        return new RelayPlan.PlanView(a.method(), a.optimal(), a.objective(), a.greedyObjective(), r1(volume),
                a.chosen().stream().map(p -> pass(p, profiles)).toList(), totals);
    }

    private static RelayPlan.PassView pass(Pass p, boolean profile) {
        return new RelayPlan.PassView(p.orbiter(), p.orbiterOwner(), p.lander(), p.landerOwner(), millis(p.start()),
                millis(p.end()),
                r2(p.durationSeconds() / 60), r2(p.maxElevationDeg()), r1(p.minRangeKm()), r1(p.volumeMbit()),
                MarsSolarTime.clock(p.localSolarTimeH()),
                profile ? p.rangeProfile().stream().map(s -> new RelayPlan.ProfilePoint(millis(s.at()), r1(s.rangeKm()),
                        r2(s.elevationDeg()), s.rateKbps())).toList() : null);
    }

    static Orbiter orbiter(OrbiterSpec spec) {
        ElementsSpec e = spec.elements();
        return new Orbiter(spec.id(), spec.owner(), new OrbitElements(e.aKm() * 1000, e.e(), Math.toRadians(e.iDeg()),
                Math.toRadians(e.raanDeg()), Math.toRadians(e.argPeriapsisDeg()), Math.toRadians(e.meanAnomalyDeg()),
                e.epoch(), "mean".equals(e.kind())), Radio.valueOf(spec.radio().toUpperCase(Locale.ROOT)));
    }

    static Lander lander(LanderSpec spec) {
        return new Lander(spec.id(), spec.owner(), spec.latDeg(), spec.lonDeg(), spec.altKm() * 1000,
                spec.demandMbitPerSol(), spec.priority());
    }

    static PropagatorKind propagator(String name) {
        return switch (name) {
            case "numerical-j2" -> PropagatorKind.NUMERICAL_J2;
            case "eckstein-hechler" -> PropagatorKind.ECKSTEIN_HECHLER;
            case "keplerian" -> PropagatorKind.KEPLERIAN;
            default -> PropagatorKind.AUTO;
        };
    }

    static String name(@Nullable PropagatorKind kind) {
        if (kind == null) {
            return "auto";
        }
        return switch (kind) {
            case NUMERICAL_J2 -> "numerical-j2";
            case ECKSTEIN_HECHLER -> "eckstein-hechler";
            case KEPLERIAN -> "keplerian";
            case AUTO -> "auto";
        };
    }

    /** An instant rounded to the millisecond (window times are refined to 1 ms). */
    private static java.time.Instant millis(java.time.Instant t) {
        return java.time.Instant.ofEpochMilli(Math.round(t.getEpochSecond() * 1000 + t.getNano() / 1e6));
    }

    private static double r1(double x) {
        return Math.round(x * 10) / 10.0;
    }

    private static double r2(double x) {
        return Math.round(x * 100) / 100.0;
    }

    private static double r3(double x) {
        return Math.round(x * 1000) / 1000.0;
    }
}
