package space.consortium.insights.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.alg.clustering.LabelPropagationClustering;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * The metrics of a cooperation network: per partner (in identifier order) degree, weighted degree, betweenness,
 * closeness, clustering coefficient and community; the strongest pairs; the projects with the most partners.
 *
 * @param partners              one entry per partner of the graph, in identifier order
 * @param strongestPairs        the pairs sharing the most projects, most first, ties by first then second partner
 * @param mostConnectedProjects the projects with the most partners, most first, ties by project identifier
 * @param communities           the number of communities
 * @param seed                  the seed of the label propagation that found the communities
 */
public record NetworkMetrics(List<PartnerMetrics> partners, List<PartnerPair> strongestPairs,
        List<ProjectReach> mostConnectedProjects, int communities, long seed) {

    public NetworkMetrics {
        partners = List.copyOf(partners);
        strongestPairs = List.copyOf(strongestPairs);
        mostConnectedProjects = List.copyOf(mostConnectedProjects);
        if (communities < 0 || communities > partners.size()) {
            throw new IllegalArgumentException(
                    "between 0 and " + partners.size() + " communities, got " + communities);
        }
    }

    /** The metrics of one partner, if it is in the network. */
    public Optional<PartnerMetrics> of(String partnerId) {
        return partners.stream().filter(m -> m.partnerId().equals(partnerId)).findFirst();
    }

    /**
     * Computes the metrics of a network.
     * <ul>
     *   <li>betweenness and closeness: Brandes, O(V·E), on hop distances — a shared project is a tie, not a length;</li>
     *   <li>clustering coefficient: triangle counting by merging sorted adjacency lists, O(Σ deg²) (see
     *       {@code TriangleClustering} for why not JGraphT's);</li>
     *   <li>communities: JGraphT {@code LabelPropagationClustering} (Raghavan, Albert, Kumara, Phys. Rev. E 76,
     *       036106, 2007), near-linear per round, with a {@link Random} seeded from {@code seed} so that the same input
     *       and seed give the same communities.</li>
     * </ul>
     *
     * @param graph the cooperation network
     * @param top   how many strongest pairs and most connected projects to list, at least 0
     * @param seed  seed of the label propagation
     */
    public static NetworkMetrics compute(CooperationGraph graph, int top, long seed) {
        if (top < 0) {
            throw new IllegalArgumentException("top is at least 0, got " + top);
        }
        int n = graph.size();
        Graph<Integer, DefaultEdge> topology = new SimpleGraph<>(DefaultEdge.class);
        for (int v = 0; v < n; v++) {
            topology.addVertex(v);
        }
        for (int v = 0; v < n; v++) {
            for (int w : graph.neighbourIndices(v)) {
                if (w > v) {
                    topology.addEdge(v, w);
                }
            }
        }
        BrandesCentrality.Scores centrality = BrandesCentrality.compute(graph);
        double[] clustering = TriangleClustering.compute(graph);
        int[] community = communities(topology, n, seed);
        int communityCount = 0;
        List<PartnerMetrics> metrics = new ArrayList<>(n);
        for (int v = 0; v < n; v++) {
            int weighted = 0;
            for (int w : graph.edgeWeights(v)) {
                weighted += w;
            }
            communityCount = Math.max(communityCount, community[v] + 1);
            metrics.add(new PartnerMetrics(graph.partners().get(v), graph.neighbourIndices(v).length, weighted,
                    centrality.betweenness()[v], centrality.closeness()[v],
                    Math.min(1.0, clustering[v]), community[v]));
        }
        List<PartnerPair> pairs = graph.pairs().stream()
                .sorted(Comparator.comparingInt(PartnerPair::sharedProjects).reversed()
                        .thenComparing(PartnerPair::first).thenComparing(PartnerPair::second))
                .limit(top).toList();
        List<ProjectReach> projects = graph.projects().stream()
                .map(p -> new ProjectReach(p, graph.partnersOf(p).size()))
                .sorted(Comparator.comparingInt(ProjectReach::partners).reversed()
                        .thenComparing(ProjectReach::projectId))
                .limit(top).toList();
        return new NetworkMetrics(metrics, pairs, projects, communityCount, seed);
    }

    /** Community index of each vertex, numbered in the order of each community's smallest vertex. */
    private static int[] communities(Graph<Integer, DefaultEdge> topology, int n, long seed) {
        List<Set<Integer>> clusters =
                new LabelPropagationClustering<>(topology, new Random(seed)).getClustering().getClusters();
        List<TreeSet<Integer>> sorted = clusters.stream().map(TreeSet::new)
                .sorted(Comparator.comparingInt(TreeSet::first)).toList();
        int[] community = new int[n];
        for (int c = 0; c < sorted.size(); c++) {
            for (int v : sorted.get(c)) {
                community[v] = c;
            }
        }
        return community;
    }
}
