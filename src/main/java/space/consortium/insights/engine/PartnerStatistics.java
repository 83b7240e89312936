package space.consortium.insights.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A partner's record in the registry.
 *
 * @param projects              the number of projects it takes part in
 * @param internationalProjects how many of those have at least one other partner
 * @param internationalShare    internationalProjects / projects, a fraction in 0..1 (0 for no projects)
 * @param partnersWorkedWith    the number of distinct other partners it shares a project with
 * @param contributionsByKind   the number of its contributions of each kind, by kind in alphabetical order
 */
public record PartnerStatistics(String partnerId, int projects, int internationalProjects, double internationalShare,
        int partnersWorkedWith, SortedMap<String, Integer> contributionsByKind) {

    public PartnerStatistics {
        if (projects < 0 || internationalProjects < 0 || internationalProjects > projects || partnersWorkedWith < 0) {
            throw new IllegalArgumentException("invalid statistics for " + partnerId + ": " + internationalProjects
                    + " international of " + projects + " projects, " + partnersWorkedWith + " partners");
        }
        if (!(internationalShare >= 0 && internationalShare <= 1)) {
            throw new IllegalArgumentException("a share is a fraction in 0..1, got " + internationalShare);
        }
        contributionsByKind = Collections.unmodifiableSortedMap(new TreeMap<>(contributionsByKind));
    }

    /**
     * Computes every partner's statistics over the graph's projects, in the graph's partner order. O(P + C) for P
     * participations and C contributions.
     *
     * @param graph         the cooperation network (dated or not)
     * @param contributions the contributions; those to projects outside the graph are not counted
     */
    public static List<PartnerStatistics> compute(CooperationGraph graph, List<Contribution> contributions) {
        Set<String> included = new HashSet<>(graph.projects());
        Map<String, TreeMap<String, Integer>> kinds = new HashMap<>();
        for (Contribution c : contributions) {
            if (included.contains(c.projectId())) {
                kinds.computeIfAbsent(c.partnerId(), k -> new TreeMap<>()).merge(c.kind(), 1, Integer::sum);
            }
        }
        List<PartnerStatistics> out = new ArrayList<>(graph.partners().size());
        for (String partner : graph.partners()) {
            List<String> projects = graph.projectsOf(partner);
            int international = 0;
            for (String project : projects) {
                if (graph.partnersOf(project).size() >= 2) {
                    international++;
                }
            }
            double share = projects.isEmpty() ? 0.0 : (double) international / projects.size();
            out.add(new PartnerStatistics(partner, projects.size(), international, share,
                    graph.neighboursOf(partner).size(), kinds.getOrDefault(partner, new TreeMap<>())));
        }
        return out;
    }
}
