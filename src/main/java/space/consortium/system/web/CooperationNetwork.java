package space.consortium.system.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import space.consortium.projects.Participation;
import space.consortium.shared.Chart;
import space.consortium.shared.ShortName;

/**
 * Who works with whom: two partners are linked when they take part in the same project, weighted by how many projects
 * they share. Computed from the participations as stored; the insights module will replace this preview.
 *
 * @param partners every partner with at least one participation, most connected first
 * @param links    partner id pair (lower id first) → number of shared projects
 */
record CooperationNetwork(List<Partner> partners, Map<List<String>, Integer> links) {

    /** A partner in the network: how many projects it takes part in and how many distinct partners it works with. */
    record Partner(String id, String name, String shortName, int projects, int coPartners, int jointProjects) {
    }

    static CooperationNetwork of(List<Participation> participations) {
        Map<String, List<Participation>> byProject = new TreeMap<>();
        Map<String, String> names = new HashMap<>();
        Map<String, Integer> projectCount = new HashMap<>();
        for (Participation p : participations) {
            byProject.computeIfAbsent(p.projectId(), k -> new ArrayList<>()).add(p);
            names.put(p.partnerId(), p.partnerName());
            projectCount.merge(p.partnerId(), 1, Integer::sum);
        }
        Map<List<String>, Integer> links = new LinkedHashMap<>();
        Map<String, Set<String>> coPartners = new HashMap<>();
        Map<String, Integer> joint = new HashMap<>();
        for (List<Participation> members : byProject.values()) {
            for (Participation a : members) {
                if (members.size() > 1) {
                    joint.merge(a.partnerId(), 1, Integer::sum);
                }
                for (Participation b : members) {
                    if (a.partnerId().compareTo(b.partnerId()) < 0) {
                        links.merge(List.of(a.partnerId(), b.partnerId()), 1, Integer::sum);
                    }
                    if (!a.partnerId().equals(b.partnerId())) {
                        coPartners.computeIfAbsent(a.partnerId(), k -> new LinkedHashSet<>()).add(b.partnerId());
                    }
                }
            }
        }
        List<Partner> partners = names.keySet().stream()
                .map(id -> new Partner(id, names.get(id), ShortName.of(id, names.get(id)), projectCount.get(id),
                        coPartners.getOrDefault(id, Set.of()).size(), joint.getOrDefault(id, 0)))
                .sorted(Comparator.comparingInt(Partner::coPartners).reversed()
                        .thenComparing(Comparator.comparingInt(Partner::jointProjects).reversed())
                        .thenComparing(Partner::id))
                .toList();
        return new CooperationNetwork(partners, links);
    }

    /** The partners that work with at least one other partner, most connected first, at most {@code limit}. */
    List<Partner> mostConnected(int limit) {
        return partners.stream().filter(p -> p.coPartners() > 0).limit(limit).toList();
    }

    /** The network of the {@code limit} most connected partners and the links among them. */
    Chart.Graph chart(int limit) {
        List<Partner> top = mostConnected(limit);
        Set<String> ids = new LinkedHashSet<>();
        top.forEach(p -> ids.add(p.id()));
        List<Chart.Node> nodes = top.stream()
                .map(p -> new Chart.Node(p.id(), p.shortName(), p.projects(), "/partners/" + p.id()))
                .toList();
        List<Chart.Link> edges = links.entrySet().stream()
                .filter(e -> ids.contains(e.getKey().get(0)) && ids.contains(e.getKey().get(1)))
                .map(e -> new Chart.Link(e.getKey().get(0), e.getKey().get(1), e.getValue()))
                .toList();
        return new Chart.Graph(nodes, edges);
    }
}
