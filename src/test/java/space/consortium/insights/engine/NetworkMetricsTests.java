package space.consortium.insights.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.alg.scoring.ClosenessCentrality;
import org.jgrapht.alg.scoring.ClusteringCoefficient;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.junit.jupiter.api.Test;

class NetworkMetricsTests {

    private static final double EPS = 1e-12;

    private static PartnerMetrics of(NetworkMetrics m, String partner) {
        return m.of(partner).orElseThrow();
    }

    @Test
    void pathHasItsMiddleOnEveryShortestPath() {
        NetworkMetrics m = Fixtures.metrics(Fixtures.edges("a-b", "b-c"));
        // Betweenness of b: the only pair of others (a, c) goes through b: 1 / ((3-1)(3-2)/2 = 1) = 1.
        assertThat(of(m, "b").betweenness()).isCloseTo(1.0, within(EPS));
        assertThat(of(m, "a").betweenness()).isCloseTo(0.0, within(EPS));
        // Closeness: a reaches b at 1 and c at 2: (3-1)/(1+2) = 2/3; b: 2/(1+1) = 1.
        assertThat(of(m, "a").closeness()).isCloseTo(2.0 / 3.0, within(EPS));
        assertThat(of(m, "c").closeness()).isCloseTo(2.0 / 3.0, within(EPS));
        assertThat(of(m, "b").closeness()).isCloseTo(1.0, within(EPS));
        assertThat(m.partners()).allSatisfy(p -> assertThat(p.clustering()).isZero());
        assertThat(m.partners()).extracting(PartnerMetrics::degree).containsExactly(1, 2, 1);
    }

    @Test
    void triangleWithPendantHasFullAndPartialClustering() {
        NetworkMetrics m = Fixtures.metrics(Fixtures.edges("a-b", "b-c", "a-c", "c-d"));
        // a: neighbours {b, c}, 1 pair, connected: 1/1 = 1. Same for b.
        assertThat(of(m, "a").clustering()).isCloseTo(1.0, within(EPS));
        assertThat(of(m, "b").clustering()).isCloseTo(1.0, within(EPS));
        // c: neighbours {a, b, d}, 3 pairs (a,b) (a,d) (b,d), only (a,b) connected: 1/3.
        assertThat(of(m, "c").clustering()).isCloseTo(1.0 / 3.0, within(EPS));
        // d: a single neighbour: 0.
        assertThat(of(m, "d").clustering()).isZero();
        // c lies on the paths a-d and b-d: 2 of the (4-1)(4-2)/2 = 3 pairs of others.
        assertThat(of(m, "c").betweenness()).isCloseTo(2.0 / 3.0, within(EPS));
        assertThat(of(m, "a").betweenness()).isCloseTo(0.0, within(EPS));
    }

    @Test
    void starCentreHasAllDegreeAndAllBetweenness() {
        NetworkMetrics m = Fixtures.metrics(Fixtures.edges("hub-a", "hub-b", "hub-c", "hub-d"));
        PartnerMetrics hub = of(m, "hub");
        assertThat(hub.degree()).isEqualTo(4);
        // All C(4,2) = 6 pairs of leaves go through the hub; normalised by (5-1)(5-2)/2 = 6: 1.
        assertThat(hub.betweenness()).isCloseTo(1.0, within(EPS));
        assertThat(hub.closeness()).isCloseTo(1.0, within(EPS));
        // A leaf: 1 to the hub, 2 to each of 3 leaves: 4/7.
        assertThat(of(m, "a").closeness()).isCloseTo(4.0 / 7.0, within(EPS));
        assertThat(of(m, "a").degree()).isEqualTo(1);
        assertThat(of(m, "a").betweenness()).isZero();
    }

    @Test
    void twoDisconnectedCliquesAreTwoCommunities() {
        NetworkMetrics m = Fixtures.metrics(Fixtures.projects("a1,a2,a3,a4", "b1,b2,b3,b4"));
        assertThat(m.communities()).isEqualTo(2);
        assertThat(m.partners()).filteredOn(p -> p.partnerId().startsWith("a"))
                .extracting(PartnerMetrics::community).containsOnly(0);
        assertThat(m.partners()).filteredOn(p -> p.partnerId().startsWith("b"))
                .extracting(PartnerMetrics::community).containsOnly(1);
        // Closeness within the own clique: 3 partners at distance 1: 3/3 = 1.
        assertThat(m.partners()).allSatisfy(p -> assertThat(p.closeness()).isCloseTo(1.0, within(EPS)));
        assertThat(m.partners()).allSatisfy(p -> assertThat(p.clustering()).isCloseTo(1.0, within(EPS)));
    }

    @Test
    void weightedDegreeIsTheSumOfSharedProjects() {
        // a and b share p0, p1, p2; a and c share p3; b and c share p3 as well.
        NetworkMetrics m = Fixtures.metrics(Fixtures.projects("a,b", "a,b", "a,b", "a,b,c"));
        assertThat(of(m, "a").weightedDegree()).isEqualTo(4 + 1);
        assertThat(of(m, "a").degree()).isEqualTo(2);
        assertThat(of(m, "c").weightedDegree()).isEqualTo(2);
        assertThat(m.strongestPairs()).containsExactly(new PartnerPair("a", "b", 4), new PartnerPair("a", "c", 1),
                new PartnerPair("b", "c", 1));
        assertThat(m.mostConnectedProjects().get(0)).isEqualTo(new ProjectReach("p3", 3));
        assertThat(m.mostConnectedProjects()).extracting(ProjectReach::projectId).containsExactly("p3", "p0", "p1", "p2");
    }

    @Test
    void betweennessClosenessAndClusteringAgreeWithJGraphTOnARandomGraph() {
        Random random = new Random(7);
        Graph<String, DefaultEdge> reference = new SimpleGraph<>(DefaultEdge.class);
        List<String> edges = new java.util.ArrayList<>();
        int n = 60;
        for (int i = 1; i < n; i++) {
            // a random spanning tree keeps the graph connected, so that JGraphT's closeness is not 0
            edges.add(String.format("v%02d-v%02d", random.nextInt(i), i));
        }
        for (int k = 0; k < 120; k++) {
            int a = random.nextInt(n);
            int b = random.nextInt(n);
            if (a != b) {
                edges.add(String.format("v%02d-v%02d", a, b));
            }
        }
        for (String e : edges) {
            String[] ends = e.split("-");
            reference.addVertex(ends[0]);
            reference.addVertex(ends[1]);
            reference.addEdge(ends[0], ends[1]);
        }
        NetworkMetrics m = Fixtures.metrics(Fixtures.edges(edges.toArray(String[]::new)));
        Map<String, Double> betweenness = new BetweennessCentrality<>(reference, false).getScores();
        Map<String, Double> closeness = new ClosenessCentrality<>(reference, false, true).getScores();
        double pairs = (n - 1.0) * (n - 2.0) / 2.0;
        Map<String, Double> mine = new HashMap<>();
        m.partners().forEach(p -> mine.put(p.partnerId(), p.betweenness() * pairs));
        assertThat(mine.keySet()).isEqualTo(betweenness.keySet());
        betweenness.forEach((v, score) -> assertThat(mine.get(v)).as(v).isCloseTo(score, within(1e-9)));
        closeness.forEach((v, score) -> assertThat(m.of(v).orElseThrow().closeness()).as(v)
                .isCloseTo(score, within(1e-12)));
        new ClusteringCoefficient<>(reference).getScores().forEach((v, score) ->
                assertThat(m.of(v).orElseThrow().clustering()).as(v).isCloseTo(score, within(1e-12)));
        assertThat(m.partners()).anySatisfy(p -> assertThat(p.clustering()).isBetween(0.01, 0.99));
    }

    @Test
    void sameInputTwiceGivesIdenticalResults() {
        Random random = new Random(11);
        String[] groups = new String[300];
        for (int i = 0; i < groups.length; i++) {
            int k = 1 + random.nextInt(4);
            StringBuilder b = new StringBuilder();
            for (int j = 0; j < k; j++) {
                b.append(j == 0 ? "" : ",").append("x").append(random.nextInt(80));
            }
            groups[i] = b.toString();
        }
        CooperationData data = Fixtures.projects(groups);
        NetworkMetrics first = Fixtures.metrics(data);
        NetworkMetrics second = Fixtures.metrics(data);
        assertThat(second).isEqualTo(first);
        assertThat(first.communities()).isGreaterThan(0);
        assertThat(PartnerStatistics.compute(CooperationGraph.build(data, null), List.of()))
                .isEqualTo(PartnerStatistics.compute(CooperationGraph.build(data, null), List.of()));
    }
}
