package space.consortium.teaming.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A greedy baseline for comparison with {@link CoalitionCpSat}: regret-ordered cheapest assignment.
 *
 * <p>Starting from the required partners, requirements are taken in decreasing regret (the cost difference between
 * their two cheapest allowed offers, so the ones that lose most from a bad choice go first); each goes to its cheapest
 * capable partner that is in the coalition or can join it (allowed, compatible with the members so far, within the
 * size limit) and has budget left. Then each requirement short of its redundancy takes in further capable partners,
 * cheapest offer first (they are not paid). Decisions are never revisited, so it may pay more than the optimum, or
 * fail where a coalition exists. O(m · n · (m + p)) for m requirements, n partners and p incompatible pairs.
 */
public final class CoalitionGreedy {

    /** A coalition, or empty when the greedy rule got stuck. */
    public Optional<Coalition> solve(TeamingProblem problem) {
        Constraints c = problem.constraints();
        Set<String> members = new TreeSet<>(c.required());
        for (String id : members) {
            if (c.excluded().contains(id) || problem.candidates().stream().noneMatch(p -> p.id().equals(id))) {
                return Optional.empty();
            }
        }
        int max = c.maxPartners() == null ? Integer.MAX_VALUE : c.maxPartners();
        Map<String, Double> spent = new HashMap<>();
        Map<String, String> providers = new HashMap<>();
        Map<String, Double> costOf = new HashMap<>();
        List<Requirement> order = new ArrayList<>(problem.requirements());
        order.sort(Comparator.comparingDouble((Requirement r) -> -regret(problem, r)));
        for (Requirement req : order) {
            Candidate chosen = null;
            double chosenCost = Double.POSITIVE_INFINITY;
            for (Candidate p : allowed(problem, req)) {
                double cost = cost(p, req);
                Double cap = p.budgetCapUsdMillions();
                boolean joinable = members.contains(p.id()) || (members.size() < max && !clashes(c, p.id(), members));
                if (!joinable || (cap != null && spent.getOrDefault(p.id(), 0.0) + cost > cap + 1e-9)) {
                    continue;
                }
                if (cost < chosenCost) {
                    chosen = p;
                    chosenCost = cost;
                }
            }
            if (chosen == null) {
                return Optional.empty();
            }
            members.add(chosen.id());
            spent.merge(chosen.id(), chosenCost, Double::sum);
            providers.put(req.capability(), chosen.id());
            costOf.put(req.capability(), chosenCost);
        }
        for (Requirement req : problem.requirements()) {
            List<Candidate> candidates = new ArrayList<>(allowed(problem, req));
            candidates.sort(Comparator.comparingDouble(p -> cost(p, req)));
            long have = candidates.stream().filter(p -> members.contains(p.id())).count();
            for (Candidate p : candidates) {
                if (have >= req.redundancy()) {
                    break;
                }
                if (!members.contains(p.id()) && members.size() < max && !clashes(c, p.id(), members)) {
                    members.add(p.id());
                    have++;
                }
            }
            if (have < req.redundancy()) {
                return Optional.empty();
            }
        }
        Map<String, String> orderedProviders = new LinkedHashMap<>();
        Map<String, List<String>> capableMap = new LinkedHashMap<>();
        int redundancy = 0;
        double total = 0;
        for (Requirement req : problem.requirements()) {
            String provider = providers.get(req.capability());
            orderedProviders.put(req.capability(), provider);
            List<String> able = new ArrayList<>(List.of(provider));
            allowed(problem, req).stream().map(Candidate::id).filter(members::contains)
                    .filter(id -> !id.equals(provider)).forEach(able::add);
            capableMap.put(req.capability(), able);
            if (problem.counts(req)) {
                redundancy += able.size();
            }
            total += costOf.get(req.capability());
        }
        return Optional.of(new Coalition(List.copyOf(members), orderedProviders, capableMap, total, redundancy));
    }

    private static double regret(TeamingProblem problem, Requirement req) {
        double[] costs = allowed(problem, req).stream().mapToDouble(p -> cost(p, req)).sorted().toArray();
        return costs.length == 0 ? Double.POSITIVE_INFINITY : costs.length == 1 ? Double.MAX_VALUE / 2 : costs[1] - costs[0];
    }

    private static double cost(Candidate p, Requirement req) {
        return p.offer(req.capability()).orElseThrow().costUsdMillions() * req.quantity();
    }

    private static boolean clashes(Constraints c, String id, Set<String> members) {
        return c.incompatible().stream().anyMatch(pair -> pair.first().equals(id) && members.contains(pair.second())
                || pair.second().equals(id) && members.contains(pair.first()));
    }

    /** Candidates not excluded whose offer meets the requirement's minimum maturity. */
    private static List<Candidate> allowed(TeamingProblem problem, Requirement req) {
        return problem.candidates().stream()
                .filter(p -> !problem.constraints().excluded().contains(p.id()))
                .filter(p -> p.offer(req.capability()).filter(o -> o.maturity() >= req.minMaturity()).isPresent())
                .toList();
    }
}
