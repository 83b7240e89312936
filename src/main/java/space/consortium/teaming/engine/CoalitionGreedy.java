package space.consortium.teaming.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A greedy baseline for comparison with {@link CoalitionCpSat}: the cost-effectiveness rule of greedy weighted set
 * cover (Chvátal, "A greedy heuristic for the set-covering problem", Mathematics of Operations Research 4(3), 1979).
 *
 * <p>Starting from the required partners, it repeatedly adds the allowed partner (compatible with the members so far,
 * within the size limit) with the most unmet requirement slots (a requirement with fewer capable members than its
 * redundancy) per million dollars of the requirements it would be the first to cover; then assigns each requirement,
 * most expensive first, to its cheapest capable member with budget left. It may fail where a coalition exists, and
 * only minimises cost; O(n² · m) for n partners and m requirements.
 */
public final class CoalitionGreedy {

    /** A coalition, or empty when the greedy rule got stuck. */
    public Optional<Coalition> solve(TeamingProblem problem) {
        Constraints c = problem.constraints();
        List<Requirement> reqs = problem.requirements();
        Set<String> members = new TreeSet<>(c.required());
        for (String id : members) {
            if (c.excluded().contains(id) || problem.candidates().stream().noneMatch(p -> p.id().equals(id))) {
                return Optional.empty();
            }
        }
        int max = c.maxPartners() == null ? Integer.MAX_VALUE : c.maxPartners();
        while (true) {
            int[] unmet = new int[reqs.size()];
            boolean any = false;
            for (int r = 0; r < reqs.size(); r++) {
                unmet[r] = Math.max(0, reqs.get(r).redundancy() - capable(problem, reqs.get(r), members).size());
                any |= unmet[r] > 0;
            }
            if (!any) {
                break;
            }
            if (members.size() >= max) {
                return Optional.empty();
            }
            Candidate best = null;
            double bestScore = 0;
            for (Candidate p : problem.candidates()) {
                if (members.contains(p.id()) || c.excluded().contains(p.id()) || clashes(c, p.id(), members)) {
                    continue;
                }
                int gain = 0;
                double price = 0;
                for (int r = 0; r < reqs.size(); r++) {
                    Requirement req = reqs.get(r);
                    Optional<Offer> o = p.offer(req.capability()).filter(of -> of.maturity() >= req.minMaturity());
                    if (unmet[r] > 0 && o.isPresent()) {
                        gain++;
                        if (capable(problem, req, members).isEmpty()) {
                            price += o.get().costUsdMillions() * req.quantity();
                        }
                    }
                }
                double score = gain / (price + 1e-6);
                if (gain > 0 && score > bestScore) {
                    best = p;
                    bestScore = score;
                }
            }
            if (best == null) {
                return Optional.empty();
            }
            members.add(best.id());
        }
        // assignment: most expensive requirement first, to the cheapest member with budget left
        Map<String, Double> spent = new HashMap<>();
        Map<String, String> providers = new HashMap<>();
        Map<String, Double> costOf = new HashMap<>();
        List<Requirement> order = new ArrayList<>(reqs);
        order.sort((a, b) -> Double.compare(maxCost(problem, b, members), maxCost(problem, a, members)));
        for (Requirement req : order) {
            Candidate chosen = null;
            double chosenCost = Double.POSITIVE_INFINITY;
            for (Candidate p : capable(problem, req, members)) {
                double cost = p.offer(req.capability()).orElseThrow().costUsdMillions() * req.quantity();
                Double cap = p.budgetCapUsdMillions();
                if (cap != null && spent.getOrDefault(p.id(), 0.0) + cost > cap + 1e-9) {
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
            spent.merge(chosen.id(), chosenCost, Double::sum);
            providers.put(req.capability(), chosen.id());
            costOf.put(req.capability(), chosenCost);
        }
        Map<String, String> orderedProviders = new LinkedHashMap<>();
        Map<String, List<String>> capableMap = new LinkedHashMap<>();
        int redundancy = 0;
        double total = 0;
        for (Requirement req : reqs) {
            String provider = providers.get(req.capability());
            orderedProviders.put(req.capability(), provider);
            List<String> able = new ArrayList<>(List.of(provider));
            capable(problem, req, members).stream().map(Candidate::id).filter(id -> !id.equals(provider)).forEach(able::add);
            capableMap.put(req.capability(), able);
            if (problem.counts(req)) {
                redundancy += able.size();
            }
            total += costOf.get(req.capability());
        }
        return Optional.of(new Coalition(List.copyOf(members), orderedProviders, capableMap, total, redundancy));
    }

    private static boolean clashes(Constraints c, String id, Set<String> members) {
        return c.incompatible().stream().anyMatch(pair -> pair.first().equals(id) && members.contains(pair.second())
                || pair.second().equals(id) && members.contains(pair.first()));
    }

    private static List<Candidate> capable(TeamingProblem problem, Requirement req, Set<String> members) {
        return problem.candidates().stream()
                .filter(p -> members.contains(p.id()))
                .filter(p -> p.offer(req.capability()).filter(o -> o.maturity() >= req.minMaturity()).isPresent())
                .toList();
    }

    private static double maxCost(TeamingProblem problem, Requirement req, Set<String> members) {
        return capable(problem, req, members).stream()
                .mapToDouble(p -> p.offer(req.capability()).orElseThrow().costUsdMillions() * req.quantity())
                .max().orElse(0);
    }
}
