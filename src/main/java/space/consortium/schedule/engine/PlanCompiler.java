package space.consortium.schedule.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Validation and compilation of a {@link Plan}: every problem named with its field, a topological order (Kahn's
 * algorithm; a cycle is named), and the correlation groups with their Cholesky factors (repaired to the nearest valid
 * matrix when the plan asks). {@link #compile} then lays the plan out as a {@link Network} for the sampler.
 */
final class PlanCompiler {

    final Plan plan;
    final List<Activity> activities;
    final Map<String, Integer> index = new HashMap<>();
    int[] order;
    final List<List<Integer>> groups = new ArrayList<>();
    final List<double[][]> factors = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    final List<InvalidPlan.Problem> problems = new ArrayList<>();

    PlanCompiler(Plan plan) {
        this.plan = plan;
        this.activities = plan.activities();
        if (activities.isEmpty()) {
            fail("activities", "a plan needs at least one activity");
        }
        shareTables();
        checkActivities();
        checkLinks();
        checkRisks();
        checkCorrelations();
        if (!problems.isEmpty()) {
            throw new InvalidPlan(problems);
        }
        order();
        if (!problems.isEmpty()) {
            throw new InvalidPlan(problems);
        }
        correlate();
        if (!problems.isEmpty()) {
            throw new InvalidPlan(problems);
        }
    }

    /** One PERT table per shape for the whole plan (before the checks, which sample each duration once). */
    private void shareTables() {
        List<Distribution> all = new ArrayList<>();
        for (Activity a : activities) {
            all.add(a.durationDays());
            all.add(a.fixedCost());
            all.add(a.ratePerDay());
        }
        for (DiscreteRisk r : plan.risks()) {
            if (r.delayDays() != null) {
                all.add(r.delayDays());
            }
            if (r.cost() != null) {
                all.add(r.cost());
            }
        }
        Distribution.shareTables(all);
    }

    private void checkActivities() {
        for (int i = 0; i < activities.size(); i++) {
            Activity a = activities.get(i);
            if (a.id().isBlank()) {
                problems.add(new InvalidPlan.Problem("activities[" + i + "].id", "must not be blank"));
            } else if (index.putIfAbsent(a.id(), i) != null) {
                problems.add(new InvalidPlan.Problem("activities[" + i + "].id",
                        "'" + a.id() + "' is used by another activity too"));
            }
            if (a.durationDays().quantile(1e-9) < 0 && a.durationDays().kind() != Distribution.Kind.NORMAL) {
                problems.add(new InvalidPlan.Problem("activities[" + i + "].duration",
                        "a duration cannot be negative: " + a.durationDays()));
            }
        }
    }

    private void checkLinks() {
        for (int i = 0; i < activities.size(); i++) {
            List<Link> links = activities.get(i).links();
            for (int j = 0; j < links.size(); j++) {
                String p = links.get(j).predecessor();
                String field = "activities[" + i + "].links[" + j + "]";
                if (!index.containsKey(p)) {
                    problems.add(new InvalidPlan.Problem(field, "unknown predecessor '" + p + "' of '"
                            + activities.get(i).id() + "'"));
                } else if (p.equals(activities.get(i).id())) {
                    problems.add(new InvalidPlan.Problem(field, "'" + p + "' cannot depend on itself"));
                } else if (!Double.isFinite(links.get(j).lagDays())) {
                    problems.add(new InvalidPlan.Problem(field, "the lag must be a finite number of days"));
                }
            }
        }
    }

    private void fail(String field, String message) {
        throw new InvalidPlan(List.of(new InvalidPlan.Problem(field, message)));
    }

    private void checkRisks() {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < plan.risks().size(); i++) {
            DiscreteRisk r = plan.risks().get(i);
            String at = "risks[" + i + "]";
            if (r.id().isBlank() || !seen.add(r.id())) {
                problems.add(new InvalidPlan.Problem(at + ".id", r.id().isBlank() ? "must not be blank"
                        : "'" + r.id() + "' is used by another risk too"));
            }
            if (!(r.probability() >= 0 && r.probability() <= 1)) {
                problems.add(new InvalidPlan.Problem(at + ".probability",
                        "a probability must lie in [0, 1], not " + r.probability()));
            }
            if (r.affects().isEmpty()) {
                problems.add(new InvalidPlan.Problem(at + ".affects", "name at least one activity"));
            }
            for (String a : r.affects()) {
                if (!index.containsKey(a)) {
                    problems.add(new InvalidPlan.Problem(at + ".affects", "unknown activity '" + a + "'"));
                }
            }
            if (r.delayDays() == null && r.cost() == null) {
                problems.add(new InvalidPlan.Problem(at, "give a delay, a cost or both"));
            }
            if (r.delayDays() != null && r.delayDays().quantile(1e-9) < 0
                    && r.delayDays().kind() != Distribution.Kind.NORMAL) {
                problems.add(new InvalidPlan.Problem(at + ".delay", "a delay cannot be negative"));
            }
        }
    }

    private void checkCorrelations() {
        for (int i = 0; i < plan.correlations().size(); i++) {
            Correlation c = plan.correlations().get(i);
            String at = "correlations[" + i + "]";
            if (!(c.rho() >= -1 && c.rho() <= 1)) {
                problems.add(new InvalidPlan.Problem(at + ".rho", "a correlation must lie in [-1, 1], not "
                        + c.rho()));
            }
            if (new java.util.HashSet<>(c.activities()).size() < 2) {
                problems.add(new InvalidPlan.Problem(at + ".activities", "name at least two different activities"));
            }
            if (c.activities().size() != new java.util.HashSet<>(c.activities()).size()) {
                problems.add(new InvalidPlan.Problem(at + ".activities", "an activity is named twice"));
            }
            for (String a : c.activities()) {
                if (!index.containsKey(a)) {
                    problems.add(new InvalidPlan.Problem(at + ".activities", "unknown activity '" + a + "'"));
                }
            }
        }
    }

    /** Kahn's algorithm; what is left over contains a cycle, which is named. */
    private void order() {
        int size = activities.size();
        int[] indegree = new int[size];
        List<List<Integer>> successors = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            successors.add(new ArrayList<>());
        }
        for (int i = 0; i < size; i++) {
            for (Link l : activities.get(i).links()) {
                successors.get(index.get(l.predecessor())).add(i);
                indegree[i]++;
            }
        }
        ArrayDeque<Integer> ready = new ArrayDeque<>();
        for (int i = 0; i < size; i++) {
            if (indegree[i] == 0) {
                ready.add(i);
            }
        }
        order = new int[size];
        int k = 0;
        while (!ready.isEmpty()) {
            int i = ready.poll();
            order[k++] = i;
            for (int s : successors.get(i)) {
                if (--indegree[s] == 0) {
                    ready.add(s);
                }
            }
        }
        if (k < size) {
            // walk predecessors inside the left-over part until one repeats
            int start = 0;
            while (indegree[start] == 0) {
                start++;
            }
            List<Integer> path = new ArrayList<>();
            Map<Integer, Integer> seenAt = new HashMap<>();
            int current = start;
            while (!seenAt.containsKey(current)) {
                seenAt.put(current, path.size());
                path.add(current);
                for (Link l : activities.get(current).links()) {
                    int q = index.get(l.predecessor());
                    if (indegree[q] > 0) {
                        current = q;
                        break;
                    }
                }
            }
            List<Integer> cycle = new ArrayList<>(path.subList(seenAt.get(current), path.size()));
            java.util.Collections.reverse(cycle);
            // name it from the activity listed first in the plan
            java.util.Collections.rotate(cycle, -cycle.indexOf(java.util.Collections.min(cycle)));
            StringBuilder text = new StringBuilder();
            for (int i : cycle) {
                text.append(activities.get(i).id()).append(" → ");
            }
            text.append(activities.get(cycle.get(0)).id());
            problems.add(new InvalidPlan.Problem("activities", "the links form a cycle: " + text));
        }
    }

    /** Joins overlapping correlation entries into groups, builds each matrix and factorises it. */
    private void correlate() {
        // variables: activity index * 2 + (0 duration, 1 cost); union-find over entries
        Map<Integer, Integer> parent = new LinkedHashMap<>();
        for (Correlation c : plan.correlations()) {
            int first = variable(c, c.activities().get(0));
            parent.putIfAbsent(first, first);
            for (String a : c.activities()) {
                int v = variable(c, a);
                parent.putIfAbsent(v, v);
                union(parent, first, v);
            }
        }
        Map<Integer, List<Integer>> byRoot = new LinkedHashMap<>();
        for (int v : parent.keySet()) {
            byRoot.computeIfAbsent(find(parent, v), r -> new ArrayList<>()).add(v);
        }
        for (List<Integer> vars : byRoot.values()) {
            vars.sort(Integer::compare);
            int m = vars.size();
            double[][] matrix = new double[m][m];
            boolean[][] set = new boolean[m][m];
            for (int i = 0; i < m; i++) {
                matrix[i][i] = 1;
            }
            for (int e = 0; e < plan.correlations().size(); e++) {
                Correlation c = plan.correlations().get(e);
                for (String a : c.activities()) {
                    for (String b : c.activities()) {
                        int i = vars.indexOf(variable(c, a));
                        int j = vars.indexOf(variable(c, b));
                        if (i < 0 || j < 0 || i == j) {
                            continue;
                        }
                        if (set[i][j] && matrix[i][j] != c.rho()) {
                            problems.add(new InvalidPlan.Problem("correlations[" + e + "].rho",
                                    "the pair " + a + "/" + b + " already has correlation " + matrix[i][j]));
                        }
                        matrix[i][j] = c.rho();
                        set[i][j] = true;
                    }
                }
            }
            // ρ is the correlation of the normal scores of the Gaussian copula; for the usual marginals the
            // Pearson correlation of the samples comes out slightly lower (T3: 0.3 gives sd 8.89, not 8.95)
            double[][] normal = matrix;
            double[][] factor = CorrelationMatrix.cholesky(normal);
            if (factor == null) {
                double lambda = CorrelationMatrix.smallestEigenvalue(normal);
                String names = names(vars);
                if (!plan.repairCorrelations()) {
                    problems.add(new InvalidPlan.Problem("correlations", String.format(java.util.Locale.ROOT,
                            "the correlations among %s are not positive semi-definite (smallest eigenvalue %.4f):"
                                    + " no set of variables can have them; lower some, or ask for repair",
                            names, lambda)));
                    continue;
                }
                normal = CorrelationMatrix.nearest(normal);
                factor = CorrelationMatrix.cholesky(normal);
                double change = 0;
                for (int i = 0; i < m; i++) {
                    for (int j = 0; j < m; j++) {
                        change = Math.max(change, Math.abs(normal[i][j] - matrix[i][j]));
                    }
                }
                notes.add(String.format(java.util.Locale.ROOT, "The correlations among %s were not positive "
                        + "semi-definite (smallest eigenvalue %.4f); the nearest valid matrix (Higham 2002) was "
                        + "used, changing a correlation by at most %.4f.", names, lambda, change));
            }
            groups.add(vars);
            factors.add(factor);
        }
    }

    private String names(List<Integer> vars) {
        List<String> names = new ArrayList<>();
        for (int v : vars) {
            names.add(activities.get(v / 2).id() + (v % 2 == 1 ? " (cost)" : ""));
        }
        return String.join(", ", names);
    }

    private int variable(Correlation c, String activity) {
        return index.get(activity) * 2 + (c.on() == Correlation.Target.COST ? 1 : 0);
    }

    private static int find(Map<Integer, Integer> parent, int v) {
        while (parent.get(v) != v) {
            v = parent.get(v);
        }
        return v;
    }

    private static void union(Map<Integer, Integer> parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent.put(rb, ra);
        }
    }

    /** Compiles a plan into the network the sampler runs. @throws InvalidPlan naming every problem */
    static Network compile(Plan plan) {
        return new Network(new PlanCompiler(plan));
    }
}
