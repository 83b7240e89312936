package space.consortium.insights;

import java.util.List;
import org.jspecify.annotations.Nullable;
import space.consortium.shared.Chart;
import space.consortium.shared.ShortName;

/**
 * The cooperation network: every partner taking part in at least one project of the registry (as of the year), with
 * its centrality and community, and the pairs of partners that share a project. A partner who shares no project with
 * another ({@link #isolated()}) is in the network with degree 0 and is a community of its own: the Louvain method's
 * convention, and the one answer the page, the API, the exports and the claim checker give for the number of
 * communities.
 *
 * @param year            the network as of this launch year (projects launched later left out), or null for all
 * @param firstYear       the earliest launch year in the registry (0 when no project has one)
 * @param lastYear        the latest launch year in the registry (0 when no project has one)
 * @param undatedProjects projects left out of a dated network because no source gives their launch year
 * @param communities     the number of communities found by the Louvain method, counting each isolated partner
 *                        (one who shares no project) as a community of its own
 * @param modularity      the weighted modularity Q of those communities
 * @param projects        the bipartite view: each project of the network with its partners, the most connected first
 *                        (ties by id)
 */
public record CooperationNetwork(@Nullable Integer year, int firstYear, int lastYear, int undatedProjects,
                                 int communities, double modularity, List<Node> nodes, List<Link> links,
                                 List<ProjectNode> projects) {

    public CooperationNetwork {
        nodes = List.copyOf(nodes);
        links = List.copyOf(links);
        projects = List.copyOf(projects);
    }

    /** The partners who share no project with another partner (degree 0): each a community of its own. */
    public long isolated() {
        return nodes.stream().filter(n -> n.degree() == 0).count();
    }

    /** The communities of two partners or more: {@link #communities()} less the isolated partners. */
    public long sharedCommunities() {
        return communities - isolated();
    }

    /**
     * The network as a page chart: the {@code limit} partners with the most co-partners (ties by id), the links
     * among them, node size by degree, colour by community (renumbered 0, 1, ... among the partners shown).
     */
    public Chart.Graph chart(int limit) {
        List<Node> top = nodes.stream()
                .sorted(java.util.Comparator.comparingInt(Node::degree).reversed().thenComparing(Node::id))
                .limit(limit).toList();
        java.util.Set<String> shown = new java.util.HashSet<>();
        top.forEach(n -> shown.add(n.id()));
        java.util.Map<Integer, Integer> colour = new java.util.LinkedHashMap<>();
        List<Chart.Node> chartNodes = top.stream()
                .map(n -> new Chart.Node(n.id(), ShortName.of(n.id(), n.name()), n.degree(), "/partners/" + n.id(),
                        colour.computeIfAbsent(n.community(), c -> colour.size())))
                .toList();
        List<Chart.Link> chartLinks = links.stream()
                .filter(l -> shown.contains(l.source()) && shown.contains(l.target()))
                .map(l -> new Chart.Link(l.source(), l.target(), l.sharedProjects())).toList();
        return new Chart.Graph(chartNodes, chartLinks, "partner");
    }

    /** A partner in the network; betweenness, closeness and clustering are in 0..1. */
    public record Node(String id, String name, int degree, int weightedDegree, double betweenness, double closeness,
                       double clustering, int community) {
    }

    /** A project and the partners taking part in it (in id order). */
    public record ProjectNode(String id, String name, List<String> partners) {

        public ProjectNode {
            partners = List.copyOf(partners);
        }
    }

    /** Two partners and the number of projects they share. */
    public record Link(String source, String target, int sharedProjects) {
    }
}
