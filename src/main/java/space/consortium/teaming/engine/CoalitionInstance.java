package space.consortium.teaming.engine;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.LinearArgument;
import com.google.ortools.sat.LinearExpr;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** The problem indexed for modelling. */
final class CoalitionInstance {

    final TeamingProblem problem;
    final List<Candidate> candidates;
    final Map<String, Integer> index = new HashMap<>();
    /** Per requirement: candidates whose offer meets the minimum maturity (excluded ones included). */
    final List<int[]> meets = new ArrayList<>();
    /** Per requirement, parallel to {@link #meets}: scaled cost × quantity. */
    final List<long[]> costs = new ArrayList<>();

    CoalitionInstance(TeamingProblem problem) {
        this.problem = problem;
        this.candidates = problem.candidates();
        for (int p = 0; p < candidates.size(); p++) {
            index.put(candidates.get(p).id(), p);
        }
        for (Requirement r : problem.requirements()) {
            List<Integer> ps = new ArrayList<>();
            List<Long> cs = new ArrayList<>();
            for (int p = 0; p < candidates.size(); p++) {
                Offer o = candidates.get(p).offer(r.capability()).orElse(null);
                if (o != null && o.maturity() >= r.minMaturity()) {
                    ps.add(p);
                    cs.add(Math.round(o.costUsdMillions() * CoalitionCpSat.COST_SCALE) * r.quantity());
                }
            }
            meets.add(ps.stream().mapToInt(Integer::intValue).toArray());
            costs.add(cs.stream().mapToLong(Long::longValue).toArray());
        }
    }

    /** An upper bound of the redundancy objective: every candidate able to meet every counted requirement. */
    int maxRedundancy() {
        int total = 0;
        for (int r = 0; r < problem.requirements().size(); r++) {
            if (problem.counts(problem.requirements().get(r))) {
                total += meets.get(r).length;
            }
        }
        return total;
    }

    int maxPartners() {
        Integer max = problem.constraints().maxPartners();
        return max == null ? candidates.size() : Math.min(max, candidates.size());
    }

    @Nullable Integer candidate(String id) {
        return index.get(id);
    }

    List<ConstraintGroup> allGroups() {
        List<ConstraintGroup> groups = new ArrayList<>();
        for (int r = 0; r < problem.requirements().size(); r++) {
            groups.add(new ConstraintGroup(Conflict.Kind.REQUIREMENT, r));
        }
        Constraints c = problem.constraints();
        for (int p = 0; p < candidates.size(); p++) {
            String id = candidates.get(p).id();
            if (c.required().contains(id)) {
                groups.add(new ConstraintGroup(Conflict.Kind.REQUIRED_PARTNER, p));
            }
            if (c.excluded().contains(id)) {
                groups.add(new ConstraintGroup(Conflict.Kind.EXCLUDED_PARTNER, p));
            }
            if (candidates.get(p).budgetCapUsdMillions() != null) {
                groups.add(new ConstraintGroup(Conflict.Kind.BUDGET_CAP, p));
            }
        }
        for (int i = 0; i < c.incompatible().size(); i++) {
            IncompatiblePair pair = c.incompatible().get(i);
            if (index.containsKey(pair.first()) && index.containsKey(pair.second())) {
                groups.add(new ConstraintGroup(Conflict.Kind.INCOMPATIBLE_PAIR, i));
            }
        }
        if (c.maxPartners() != null) {
            groups.add(new ConstraintGroup(Conflict.Kind.MAX_PARTNERS, 0));
        }
        return groups;
    }

    /** Builds the model with only the given constraint groups (and an optional extra size limit). */
    CoalitionModel build(List<ConstraintGroup> groups, @Nullable Integer sizeLimit) {
        Set<ConstraintGroup> active = new HashSet<>(groups);
        CoalitionModel b = new CoalitionModel(this);
        CpModel cp = b.cp;
        int n = candidates.size();
        b.x = new BoolVar[n];
        for (int p = 0; p < n; p++) {
            b.x[p] = cp.newBoolVar("x_" + p);
        }
        Set<Integer> excluded = new HashSet<>();
        for (ConstraintGroup g : groups) {
            switch (g.kind()) {
                case EXCLUDED_PARTNER -> {
                    excluded.add(g.index());
                    cp.addEquality(b.x[g.index()], 0);
                }
                case REQUIRED_PARTNER -> cp.addEquality(b.x[g.index()], 1);
                case INCOMPATIBLE_PAIR -> {
                    IncompatiblePair pair = problem.constraints().incompatible().get(g.index());
                    cp.addLessOrEqual(LinearExpr.sum(new LinearArgument[]{
                            b.x[index.get(pair.first())], b.x[index.get(pair.second())]}), 1);
                }
                case MAX_PARTNERS -> cp.addLessOrEqual(LinearExpr.sum(b.x), problem.constraints().maxPartners());
                default -> {
                    // requirements and budget caps below
                }
            }
        }
        if (sizeLimit != null) {
            cp.addLessOrEqual(LinearExpr.sum(b.x), sizeLimit);
        }
        List<Requirement> reqs = problem.requirements();
        b.y = new BoolVar[reqs.size()][];
        b.providers = new int[reqs.size()][];
        b.providerCosts = new long[reqs.size()][];
        var costTerms = LinearExpr.newBuilder();
        var redundancyTerms = LinearExpr.newBuilder();
        List<List<BoolVar>> perPartnerY = new ArrayList<>();
        List<List<Long>> perPartnerCost = new ArrayList<>();
        for (int p = 0; p < n; p++) {
            perPartnerY.add(new ArrayList<>());
            perPartnerCost.add(new ArrayList<>());
        }
        for (int r = 0; r < reqs.size(); r++) {
            int[] all = meets.get(r);
            long[] allCosts = costs.get(r);
            List<Integer> keep = new ArrayList<>();
            for (int i = 0; i < all.length; i++) {
                if (!excluded.contains(all[i])) {
                    keep.add(i);
                }
            }
            int[] ps = new int[keep.size()];
            long[] cs = new long[keep.size()];
            BoolVar[] ys = new BoolVar[keep.size()];
            BoolVar[] xs = new BoolVar[keep.size()];
            for (int j = 0; j < keep.size(); j++) {
                ps[j] = all[keep.get(j)];
                cs[j] = allCosts[keep.get(j)];
                ys[j] = cp.newBoolVar("y_" + r + "_" + ps[j]);
                xs[j] = b.x[ps[j]];
                cp.addImplication(ys[j], xs[j]);
                costTerms.addTerm(ys[j], cs[j]);
                perPartnerY.get(ps[j]).add(ys[j]);
                perPartnerCost.get(ps[j]).add(cs[j]);
                if (problem.counts(reqs.get(r))) {
                    redundancyTerms.add(xs[j]);
                }
            }
            b.y[r] = ys;
            b.providers[r] = ps;
            b.providerCosts[r] = cs;
            if (active.contains(new ConstraintGroup(Conflict.Kind.REQUIREMENT, r))) {
                if (ps.length < reqs.get(r).redundancy()) {
                    b.trivialInfeasible = true;
                    continue;
                }
                cp.addExactlyOne(ys);
                if (reqs.get(r).redundancy() > 1) {
                    cp.addGreaterOrEqual(LinearExpr.sum(xs), reqs.get(r).redundancy());
                }
            } else if (ys.length > 0) {
                cp.addAtMostOne(ys);
            }
        }
        for (int p = 0; p < n; p++) {
            Double cap = candidates.get(p).budgetCapUsdMillions();
            if (cap != null && active.contains(new ConstraintGroup(Conflict.Kind.BUDGET_CAP, p)) && !perPartnerY.get(p).isEmpty()) {
                cp.addLessOrEqual(LinearExpr.weightedSum(perPartnerY.get(p).toArray(BoolVar[]::new),
                        perPartnerCost.get(p).stream().mapToLong(Long::longValue).toArray()),
                        (long) Math.floor(cap * CoalitionCpSat.COST_SCALE + 1e-6));
            }
        }
        b.cost = costTerms.build();
        b.size = LinearExpr.sum(b.x);
        b.redundancy = redundancyTerms.build();
        return b;
    }

    /** The coalition a solution vector ({@link CoalitionModel#values}) describes. */
    Coalition coalition(long[] values) {
        int n = candidates.size();
        List<String> members = new ArrayList<>();
        for (int p = 0; p < n; p++) {
            if (values[p] == 1) {
                members.add(candidates.get(p).id());
            }
        }
        members.sort(null);
        Map<String, String> providers = new LinkedHashMap<>();
        Map<String, List<String>> capable = new LinkedHashMap<>();
        long cost = 0;
        int redundancy = 0;
        int at = n;
        Set<String> excluded = problem.constraints().excluded();
        for (int r = 0; r < problem.requirements().size(); r++) {
            Requirement req = problem.requirements().get(r);
            int[] all = meets.get(r);
            int provider = -1;
            for (int j = 0; j < all.length; j++) {
                if (!excluded.contains(candidates.get(all[j]).id())) {
                    if (values[at++] == 1) {
                        provider = j;
                    }
                }
            }
            List<String> able = new ArrayList<>();
            if (provider >= 0) {
                providers.put(req.capability(), candidates.get(all[provider]).id());
                able.add(candidates.get(all[provider]).id());
                cost += costs.get(r)[provider];
            }
            for (int p : all) {
                String id = candidates.get(p).id();
                if (values[p] == 1 && !able.contains(id)) {
                    able.add(id);
                }
            }
            if (problem.counts(req)) {
                redundancy += able.size();
            }
            capable.put(req.capability(), able);
        }
        return new Coalition(members, providers, capable, cost / (double) CoalitionCpSat.COST_SCALE, redundancy);
    }

    List<Conflict> requirementChecks() {
        List<Conflict> found = new ArrayList<>();
        Set<String> excluded = problem.constraints().excluded();
        for (Requirement r : problem.requirements()) {
            List<String> allowed = new ArrayList<>();
            List<String> excludedCapable = new ArrayList<>();
            Map<String, Integer> tooImmature = new TreeMap<>();
            for (Candidate c : candidates) {
                c.offer(r.capability()).ifPresent(o -> {
                    if (o.maturity() < r.minMaturity()) {
                        tooImmature.put(c.id(), o.maturity());
                    } else if (excluded.contains(c.id())) {
                        excludedCapable.add(c.id());
                    } else {
                        allowed.add(c.id());
                    }
                });
            }
            if (allowed.isEmpty()) {
                StringBuilder why = new StringBuilder("No allowed partner offers '" + r.capability()
                        + "' at maturity " + r.minMaturity() + " or more");
                if (excludedCapable.isEmpty() && tooImmature.isEmpty()) {
                    why.append(": no candidate offers it at all");
                }
                if (!excludedCapable.isEmpty()) {
                    why.append("; capable but excluded: ").append(String.join(", ", excludedCapable));
                }
                if (!tooImmature.isEmpty()) {
                    why.append("; offered below the minimum maturity by: ").append(tooImmature.entrySet().stream()
                            .map(e -> e.getKey() + " (TRL " + e.getValue() + ")").collect(Collectors.joining(", ")));
                }
                found.add(new Conflict(Conflict.Kind.NO_CAPABLE_PARTNER, r.capability(), why.toString()));
            } else if (allowed.size() < r.redundancy()) {
                found.add(new Conflict(Conflict.Kind.TOO_FEW_CAPABLE_PARTNERS, r.capability(),
                        "'" + r.capability() + "' asks for redundancy " + r.redundancy() + " but only "
                                + allowed.size() + " allowed partner" + (allowed.size() == 1 ? "" : "s")
                                + " can provide it at maturity " + r.minMaturity() + "+: " + String.join(", ", allowed)
                                + (excludedCapable.isEmpty() ? "" : "; capable but excluded: "
                                + String.join(", ", excludedCapable))));
            }
        }
        return found;
    }

    Conflict describe(ConstraintGroup g) {
        Constraints c = problem.constraints();
        return switch (g.kind()) {
            case REQUIREMENT -> {
                Requirement r = problem.requirements().get(g.index());
                yield new Conflict(g.kind(), r.capability(), "Requirement '" + r.capability() + "' (maturity "
                        + r.minMaturity() + "+, redundancy " + r.redundancy() + ", quantity " + r.quantity() + ")");
            }
            case REQUIRED_PARTNER -> new Conflict(g.kind(), candidates.get(g.index()).id(),
                    "Partner '" + candidates.get(g.index()).id() + "' is required");
            case EXCLUDED_PARTNER -> new Conflict(g.kind(), candidates.get(g.index()).id(),
                    "Partner '" + candidates.get(g.index()).id() + "' is excluded");
            case BUDGET_CAP -> new Conflict(g.kind(), candidates.get(g.index()).id(),
                    "Partner '" + candidates.get(g.index()).id() + "' has a budget cap of "
                            + candidates.get(g.index()).budgetCapUsdMillions() + " M USD");
            case INCOMPATIBLE_PAIR -> {
                IncompatiblePair pair = c.incompatible().get(g.index());
                yield new Conflict(g.kind(), pair.first() + "+" + pair.second(), "Partners '" + pair.first()
                        + "' and '" + pair.second() + "' may not both take part"
                        + (pair.reason().isBlank() ? "" : " (" + pair.reason() + ")"));
            }
            case MAX_PARTNERS -> new Conflict(g.kind(), "maxPartners",
                    "At most " + c.maxPartners() + " partner" + (c.maxPartners() == 1 ? "" : "s"));
            default -> throw new IllegalStateException("not a constraint group: " + g.kind());
        };
    }
}
