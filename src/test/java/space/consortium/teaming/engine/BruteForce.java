package space.consortium.teaming.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Enumerates every coalition and every assignment: the reference optimum for small problems (n ≤ 12). */
final class BruteForce {

    /** Best (cost, size, redundancy) values per objective. */
    record Optimum(double minCost, int minPartners, int maxRedundancy, double minCostAtMinPartners,
                   List<Double> minCostBySize, List<Integer> redundancyAtMinCostBySize) {
    }

    private BruteForce() {
    }

    static Optional<Optimum> solve(TeamingProblem problem) {
        List<Candidate> cs = problem.candidates();
        int n = cs.size();
        Constraints c = problem.constraints();
        double minCost = Double.POSITIVE_INFINITY;
        int minSize = Integer.MAX_VALUE;
        int maxRed = -1;
        double[] bySize = new double[n + 1];
        int[] redBySize = new int[n + 1];
        java.util.Arrays.fill(bySize, Double.POSITIVE_INFINITY);
        for (int mask = 0; mask < (1 << n); mask++) {
            int size = Integer.bitCount(mask);
            if (c.maxPartners() != null && size > c.maxPartners()) {
                continue;
            }
            boolean ok = true;
            for (int p = 0; p < n && ok; p++) {
                boolean in = (mask >> p & 1) == 1;
                ok = !(in && c.excluded().contains(cs.get(p).id())) && !(!in && c.required().contains(cs.get(p).id()));
            }
            for (IncompatiblePair pair : c.incompatible()) {
                int a = indexOf(cs, pair.first());
                int b = indexOf(cs, pair.second());
                if (a >= 0 && b >= 0 && (mask >> a & 1) == 1 && (mask >> b & 1) == 1) {
                    ok = false;
                }
            }
            if (!ok) {
                continue;
            }
            int redundancy = 0;
            List<List<Integer>> able = new ArrayList<>();
            for (Requirement r : problem.requirements()) {
                List<Integer> ps = new ArrayList<>();
                for (int p = 0; p < n; p++) {
                    int pp = p;
                    if ((mask >> p & 1) == 1 && cs.get(p).offer(r.capability())
                            .filter(o -> o.maturity() >= r.minMaturity()).isPresent()) {
                        ps.add(pp);
                    }
                }
                if (ps.size() < r.redundancy()) {
                    ok = false;
                }
                if (problem.counts(r)) {
                    redundancy += ps.size();
                }
                able.add(ps);
            }
            if (!ok) {
                continue;
            }
            double cost = bestAssignment(problem, able, 0, new double[n]);
            if (cost == Double.POSITIVE_INFINITY) {
                continue;
            }
            minCost = Math.min(minCost, cost);
            maxRed = Math.max(maxRed, redundancy);
            if (cost < bySize[size] - 1e-9) {
                bySize[size] = cost;
                redBySize[size] = redundancy;
            } else if (Math.abs(cost - bySize[size]) <= 1e-9) {
                redBySize[size] = Math.max(redBySize[size], redundancy);
            }
            minSize = Math.min(minSize, size);
        }
        if (maxRed < 0) {
            return Optional.empty();
        }
        List<Double> sizes = new ArrayList<>();
        List<Integer> reds = new ArrayList<>();
        for (int s = 0; s <= n; s++) {
            sizes.add(bySize[s]);
            reds.add(redBySize[s]);
        }
        return Optional.of(new Optimum(minCost, minSize, maxRed, bySize[minSize], sizes, reds));
    }

    private static double bestAssignment(TeamingProblem problem, List<List<Integer>> able, int r, double[] spent) {
        if (r == able.size()) {
            return 0;
        }
        if (r == 0 && problem.candidates().stream().allMatch(c -> c.budgetCapUsdMillions() == null)) {
            double sum = 0; // no caps: each requirement independently to its cheapest capable member
            for (int k = 0; k < able.size(); k++) {
                Requirement q = problem.requirements().get(k);
                double min = Double.POSITIVE_INFINITY;
                for (int p : able.get(k)) {
                    min = Math.min(min, Math.round(problem.candidates().get(p).offer(q.capability()).orElseThrow()
                            .costUsdMillions() * 1000) / 1000.0 * q.quantity());
                }
                sum += min;
            }
            return sum;
        }
        Requirement req = problem.requirements().get(r);
        double best = Double.POSITIVE_INFINITY;
        for (int p : able.get(r)) {
            Candidate cand = problem.candidates().get(p);
            double cost = Math.round(cand.offer(req.capability()).orElseThrow().costUsdMillions() * 1000) / 1000.0
                    * req.quantity();
            Double cap = cand.budgetCapUsdMillions();
            if (cap != null && spent[p] + cost > cap + 1e-9) {
                continue;
            }
            spent[p] += cost;
            best = Math.min(best, cost + bestAssignment(problem, able, r + 1, spent));
            spent[p] -= cost;
        }
        return best;
    }

    private static int indexOf(List<Candidate> cs, String id) {
        for (int i = 0; i < cs.size(); i++) {
            if (cs.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
