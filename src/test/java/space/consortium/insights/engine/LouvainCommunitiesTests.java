package space.consortium.insights.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.jgrapht.Graph;
import org.jgrapht.alg.clustering.UndirectedModularityMeasurer;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.junit.jupiter.api.Test;

class LouvainCommunitiesTests {

    /**
     * Zachary's karate club (J. Anthropol. Res. 33, 452, 1977), members numbered 1–34 as in the paper; the edge list
     * of the UCINET file distributed with NetworkX ({@code karate_club_graph}).
     */
    private static final String[] KARATE = {
            "1-2", "1-3", "1-4", "1-5", "1-6", "1-7", "1-8", "1-9", "1-11", "1-12", "1-13", "1-14", "1-18", "1-20",
            "1-22", "1-32", "2-3", "2-4", "2-8", "2-14", "2-18", "2-20", "2-22", "2-31", "3-4", "3-8", "3-9", "3-10",
            "3-14", "3-28", "3-29", "3-33", "4-8", "4-13", "4-14", "5-7", "5-11", "6-7", "6-11", "6-17", "7-17",
            "9-31", "9-33", "9-34", "10-34", "14-34", "15-33", "15-34", "16-33", "16-34", "19-33", "19-34", "20-34",
            "21-33", "21-34", "23-33", "23-34", "24-26", "24-28", "24-30", "24-33", "24-34", "25-26", "25-28",
            "25-32", "26-32", "27-30", "27-34", "28-34", "29-32", "29-34", "30-33", "30-34", "31-33", "31-34",
            "32-33", "32-34", "33-34"
    };

    /** The proven maximum modularity of the karate club (Brandes et al., IEEE TKDE 20, 172, 2008): 0.4198. */
    private static final double KARATE_OPTIMUM = 0.41979;

    @Test
    void karateClubReachesThePublishedModularity() {
        LouvainCommunities result = louvain(34, KARATE, 1);
        // Blondel et al. (2008), Table 1: Louvain finds Q = 0.42 on the karate club; it cannot exceed the optimum.
        assertThat(result.modularity()).isBetween(0.415, KARATE_OPTIMUM + 1e-5);
        assertThat(result.count()).isBetween(3, 5);
        // The instructor (1) and the administrator (34), whose quarrel split the club, end up apart.
        assertThat(result.community()[0]).isNotEqualTo(result.community()[33]);
        assertThat(result.modularity()).isCloseTo(jgraphtModularity(34, KARATE, 1, result), within(1e-9));
    }

    @Test
    void twoFiveCliquesJoinedByABridgeAreTwoCommunities() {
        List<String> edges = new ArrayList<>(List.of("0-5"));
        for (int base : new int[] {0, 5}) {
            for (int i = 0; i < 5; i++) {
                for (int j = i + 1; j < 5; j++) {
                    edges.add((base + i) + "-" + (base + j));
                }
            }
        }
        LouvainCommunities result = louvain(10, edges.toArray(String[]::new), 0);
        assertThat(result.count()).isEqualTo(2);
        assertThat(result.community()).containsExactly(0, 0, 0, 0, 0, 1, 1, 1, 1, 1);
        // 21 edges, 10 inside each clique, each clique's degree total 21: 2 · (10/21 − (21/42)²) = 0.452381.
        assertThat(result.modularity()).isCloseTo(2 * (10.0 / 21 - 0.25), within(1e-9));
    }

    @Test
    void isolatedVerticesAreTheirOwnCommunitiesAndAnEmptyGraphHasNoModularity() {
        LouvainCommunities empty = louvain(3, new String[0], 0);
        assertThat(empty.community()).containsExactly(0, 1, 2);
        assertThat(empty.modularity()).isZero();

        LouvainCommunities withIsolated = louvain(5, new String[] {"0-1", "3-4"}, 0);
        assertThat(withIsolated.community()).containsExactly(0, 0, 1, 2, 2);
        assertThat(withIsolated.count()).isEqualTo(3);
        assertThat(withIsolated.modularity()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void weightsDecideWhereABridgingVertexBelongs() {
        // Vertex 2 sits between the pairs {0,1} and {3,4}; its ties to 3 and 4 weigh 5, to 0 and 1 weigh 1.
        String[] edges = {"0-1", "3-4", "0-2", "1-2", "2-3:5", "2-4:5"};
        LouvainCommunities result = louvain(5, edges, 0);
        assertThat(result.community()[2]).isEqualTo(result.community()[3]).isEqualTo(result.community()[4])
                .isNotEqualTo(result.community()[0]);
    }

    @Test
    void randomGraphsAgreeWithJGraphTsModularityAndNeverLoseToTheTrivialPartitions() {
        SplittableRandom random = new SplittableRandom(7);
        for (int trial = 0; trial < 40; trial++) {
            int n = 5 + random.nextInt(60);
            Set<String> edges = new HashSet<>();
            int m = random.nextInt(3 * n);
            for (int e = 0; e < m; e++) {
                int a = random.nextInt(n);
                int b = random.nextInt(n);
                if (a != b) {
                    edges.add(Math.min(a, b) + "-" + Math.max(a, b) + ":" + (1 + random.nextInt(4)));
                }
            }
            String[] list = dedupe(edges);
            LouvainCommunities result = louvain(n, list, 0);
            assertThat(result.modularity()).isCloseTo(jgraphtModularity(n, list, 0, result), within(1e-9));
            // The all-in-one partition has Q = 0 and singletons Q ≤ 0: Louvain never does worse than either.
            assertThat(result.modularity()).isGreaterThanOrEqualTo(-1e-12);
            assertThat(louvain(n, list, 0).community()).containsExactly(result.community());
        }
    }

    private static String[] dedupe(Set<String> edges) {
        Set<String> pairs = new HashSet<>();
        return edges.stream().sorted().filter(e -> pairs.add(e.substring(0, e.indexOf(':')))).toArray(String[]::new);
    }

    /** Builds the graph from "a-b" or "a-b:weight" edges, vertices numbered from {@code base}. */
    private static LouvainCommunities louvain(int n, String[] edges, int base) {
        List<List<int[]>> adjacency = new ArrayList<>();
        IntStream.range(0, n).forEach(v -> adjacency.add(new ArrayList<>()));
        for (String e : edges) {
            int[] edge = parse(e, base);
            adjacency.get(edge[0]).add(new int[] {edge[1], edge[2]});
            adjacency.get(edge[1]).add(new int[] {edge[0], edge[2]});
        }
        int[][] neighbours = new int[n][];
        double[][] weights = new double[n][];
        for (int v = 0; v < n; v++) {
            neighbours[v] = adjacency.get(v).stream().mapToInt(x -> x[0]).toArray();
            weights[v] = adjacency.get(v).stream().mapToDouble(x -> x[1]).toArray();
        }
        return LouvainCommunities.of(neighbours, weights);
    }

    private static double jgraphtModularity(int n, String[] edges, int base, LouvainCommunities result) {
        Graph<Integer, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        IntStream.range(0, n).forEach(graph::addVertex);
        for (String e : edges) {
            int[] edge = parse(e, base);
            graph.setEdgeWeight(graph.addEdge(edge[0], edge[1]), edge[2]);
        }
        List<Set<Integer>> clusters = new ArrayList<>();
        IntStream.range(0, result.count()).forEach(c -> clusters.add(new HashSet<>()));
        for (int v = 0; v < n; v++) {
            clusters.get(result.community()[v]).add(v);
        }
        return graph.edgeSet().isEmpty() ? 0.0 : new UndirectedModularityMeasurer<>(graph).modularity(clusters);
    }

    private static int[] parse(String edge, int base) {
        String[] weighted = edge.split(":");
        String[] ends = weighted[0].split("-");
        return new int[] {Integer.parseInt(ends[0]) - base, Integer.parseInt(ends[1]) - base,
                weighted.length > 1 ? Integer.parseInt(weighted[1]) : 1};
    }
}
