package space.consortium.insights.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The metrics of a cooperation network: per partner (in identifier order) degree, weighted degree, betweenness,
 * closeness, clustering coefficient and community; the strongest pairs; the projects with the most partners.
 *
 * @param partners              one entry per partner of the graph, in identifier order
 * @param strongestPairs        the pairs sharing the most projects, most first, ties by first then second partner
 * @param mostConnectedProjects the projects with the most partners, most first, ties by project identifier
 * @param communities           the number of communities
 * @param modularity            the weighted modularity Q of the communities (Newman 2004; 0 when there is no edge)
 */
public record NetworkMetrics(List<PartnerMetrics> partners, List<PartnerPair> strongestPairs,
        List<ProjectReach> mostConnectedProjects, int communities, double modularity) {

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
     *   <li>communities: the Louvain method on the graph weighted by shared projects ({@link LouvainCommunities}):
     *       deterministic, so the same registry always gives the same communities; a partner with no partner is its
     *       own community.</li>
     * </ul>
     *
     * @param graph the cooperation network
     * @param top   how many strongest pairs and most connected projects to list, at least 0
     */
    public static NetworkMetrics compute(CooperationGraph graph, int top) {
        if (top < 0) {
            throw new IllegalArgumentException("top is at least 0, got " + top);
        }
        int n = graph.size();
        int[][] neighbours = new int[n][];
        double[][] weights = new double[n][];
        for (int v = 0; v < n; v++) {
            neighbours[v] = graph.neighbourIndices(v);
            weights[v] = Arrays.stream(graph.edgeWeights(v)).asDoubleStream().toArray();
        }
        BrandesCentrality.Scores centrality = BrandesCentrality.compute(graph);
        double[] clustering = TriangleClustering.compute(graph);
        LouvainCommunities communities = LouvainCommunities.of(neighbours, weights);
        int[] community = communities.community();
        List<PartnerMetrics> metrics = new ArrayList<>(n);
        for (int v = 0; v < n; v++) {
            int weighted = 0;
            for (int w : graph.edgeWeights(v)) {
                weighted += w;
            }
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
        return new NetworkMetrics(metrics, pairs, projects, communities.count(), communities.modularity());
    }
}
