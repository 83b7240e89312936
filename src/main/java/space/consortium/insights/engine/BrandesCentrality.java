package space.consortium.insights.engine;

import java.util.stream.IntStream;

/**
 * Betweenness and closeness of an unweighted undirected graph by Brandes' algorithm: one breadth-first search per
 * source, with the pair dependencies accumulated in reverse order of distance. Cost O(V·E) time, O(V + E) memory
 * per worker.
 *
 * <p>Implementation notes: JGraphT's {@code BetweennessCentrality} implements the same algorithm, and the tests check
 * that both agree; this one runs on the graph's adjacency arrays instead of hash maps and computes closeness from the
 * same searches (JGraphT's {@code ClosenessCentrality} runs one Dijkstra per vertex and scores every vertex of a
 * disconnected graph 0), which makes the 5,000-partner benchmark several times faster. Sources are split into fixed
 * blocks whose partial sums are added in block order, so that the result does not depend on the number of threads.
 *
 * <ol>
 *   <li>U. Brandes, "A faster algorithm for betweenness centrality", J. Math. Sociol. 25(2), 163–177, 2001.</li>
 *   <li>S. Wasserman, K. Faust, <i>Social Network Analysis</i>, Cambridge University Press, 1994, §5.3 (closeness).</li>
 * </ol>
 */
final class BrandesCentrality {

    private static final int BLOCKS = 64;

    private BrandesCentrality() {
    }

    /** Normalised betweenness and component closeness, indexed like the graph's partners. */
    record Scores(double[] betweenness, double[] closeness) {
    }

    static Scores compute(CooperationGraph graph) {
        int n = graph.size();
        double[] closeness = new double[n];
        double[][] partial = new double[BLOCKS][];
        IntStream.range(0, BLOCKS).parallel().forEach(block -> {
            double[] sum = new double[n];
            Search search = new Search(n);
            for (int s = block; s < n; s += BLOCKS) {
                closeness[s] = search.run(graph, s, sum);
            }
            partial[block] = sum;
        });
        double[] betweenness = new double[n];
        for (double[] sum : partial) {
            for (int v = 0; v < n; v++) {
                betweenness[v] += sum[v];
            }
        }
        // Each unordered pair is counted from both ends; normalise by the (n-1)(n-2)/2 pairs not involving v.
        double pairs = (n - 1.0) * (n - 2.0) / 2.0;
        for (int v = 0; v < n; v++) {
            betweenness[v] = pairs > 0 ? betweenness[v] / 2.0 / pairs : 0.0;
        }
        return new Scores(betweenness, closeness);
    }

    /** The work arrays of one breadth-first search, reused across sources. */
    private static final class Search {
        private final int[] dist;
        private final double[] sigma;
        private final double[] delta;
        private final int[] order;
        /** The shortest-path DAG's edges (tail, head) in the order the search found them. */
        private int[] tails;
        private int[] heads;

        Search(int n) {
            dist = new int[n];
            sigma = new double[n];
            delta = new double[n];
            order = new int[n];
            tails = new int[Math.max(16, n)];
            heads = new int[tails.length];
            java.util.Arrays.fill(dist, -1);
        }

        /**
         * Adds the source's dependencies to {@code sum}; returns the source's closeness. The DAG's edges are replayed
         * backwards: an edge (v, w) is recorded when v is dequeued, and w is dequeued after v, so every edge leaving w
         * comes later in the list and its dependency is already final when (v, w) is replayed.
         */
        double run(CooperationGraph graph, int s, double[] sum) {
            int head = 0;
            int tail = 0;
            int edges = 0;
            order[tail++] = s;
            dist[s] = 0;
            sigma[s] = 1.0;
            long distances = 0;
            while (head < tail) {
                int v = order[head++];
                int next = dist[v] + 1;
                distances += dist[v];
                for (int w : graph.neighbourIndices(v)) {
                    if (dist[w] < 0) {
                        dist[w] = next;
                        order[tail++] = w;
                    }
                    if (dist[w] == next) {
                        sigma[w] += sigma[v];
                        if (edges == tails.length) {
                            tails = java.util.Arrays.copyOf(tails, 2 * edges);
                            heads = java.util.Arrays.copyOf(heads, 2 * edges);
                        }
                        tails[edges] = v;
                        heads[edges++] = w;
                    }
                }
            }
            for (int e = edges - 1; e >= 0; e--) {
                int v = tails[e];
                int w = heads[e];
                delta[v] += sigma[v] / sigma[w] * (1.0 + delta[w]);
            }
            for (int i = 1; i < tail; i++) {
                sum[order[i]] += delta[order[i]];
            }
            for (int i = 0; i < tail; i++) {
                int v = order[i];
                dist[v] = -1;
                sigma[v] = 0.0;
                delta[v] = 0.0;
            }
            return distances == 0 ? 0.0 : (tail - 1.0) / distances;
        }
    }
}
