package space.consortium.insights.engine;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Communities by the Louvain method (Blondel, Guillaume, Lambiotte, Lefebvre, "Fast unfolding of communities in large
 * networks", J. Stat. Mech. P10008, 2008) on a weighted undirected graph: each vertex repeatedly moves to the
 * neighbouring community that raises the modularity most, until no move helps; then each community becomes one vertex
 * and the same is done again, until nothing changes. Vertices are visited in index order and ties keep the current
 * community (else take the lowest community index), so the same graph always gives the same communities.
 *
 * <p>Near-linear in the number of edges per pass. Not part of JGraphT 1.5.3, whose {@code GreedyModularityAlgorithm}
 * fails on disconnected graphs (a cooperation network always has partners with no partner) and whose label propagation
 * put every connected partner of the registry in one community.
 *
 * @param community  the community of each vertex, numbered 0, 1, ... in the order of each community's smallest vertex
 * @param count      the number of communities (an isolated vertex is its own)
 * @param modularity the weighted modularity Q of the partition (Newman 2004), 0 for a graph without edges
 */
public record LouvainCommunities(int[] community, int count, double modularity) {

    private static final double EPS = 1e-12;

    /**
     * @param neighbours the neighbours of each vertex (each edge listed at both ends, no self-loop)
     * @param weights    the positive weight of each listed edge, in the same order
     */
    public static LouvainCommunities of(int[][] neighbours, double[][] weights) {
        int n = neighbours.length;
        Level level = new Level(neighbours, weights, new double[n]);
        int[] membership = new int[n];
        Arrays.setAll(membership, v -> v);
        while (true) {
            int[] moved = level.localMoves();
            int communities = renumber(moved);
            if (communities == level.size()) {
                break;
            }
            for (int v = 0; v < n; v++) {
                membership[v] = moved[membership[v]];
            }
            level = level.aggregate(moved, communities);
        }
        int count = renumber(membership);
        return new LouvainCommunities(membership, count, modularity(neighbours, weights, membership, count));
    }

    /** Newman's weighted modularity of a partition: Σ_c [in_c / m − (tot_c / 2m)²]. */
    static double modularity(int[][] neighbours, double[][] weights, int[] community, int count) {
        double[] inside = new double[count];
        double[] total = new double[count];
        double twoM = 0;
        for (int v = 0; v < neighbours.length; v++) {
            for (int i = 0; i < neighbours[v].length; i++) {
                double w = weights[v][i];
                twoM += w;
                total[community[v]] += w;
                if (community[neighbours[v][i]] == community[v]) {
                    inside[community[v]] += w;
                }
            }
        }
        if (twoM == 0) {
            return 0.0;
        }
        double q = 0;
        for (int c = 0; c < count; c++) {
            q += inside[c] / twoM - (total[c] / twoM) * (total[c] / twoM);
        }
        return q;
    }

    /** Renumbers labels in place to 0, 1, ... in order of first appearance; returns how many there are. */
    private static int renumber(int[] labels) {
        int[] map = new int[labels.length];
        Arrays.fill(map, -1);
        int next = 0;
        for (int v = 0; v < labels.length; v++) {
            if (map[labels[v]] < 0) {
                map[labels[v]] = next++;
            }
            labels[v] = map[labels[v]];
        }
        return next;
    }

    /** One level of the method: a weighted graph whose vertices may carry a self-loop (the weight inside them). */
    private record Level(int[][] neighbours, double[][] weights, double[] selfLoops) {

        int size() {
            return neighbours.length;
        }

        /** Moves vertices between communities until no move raises the modularity; the community of each vertex. */
        int[] localMoves() {
            int n = size();
            double[] degree = new double[n];
            double twoM = 0;
            for (int v = 0; v < n; v++) {
                degree[v] = 2 * selfLoops[v];
                for (double w : weights[v]) {
                    degree[v] += w;
                }
                twoM += degree[v];
            }
            int[] community = new int[n];
            Arrays.setAll(community, v -> v);
            if (twoM == 0) {
                return community;
            }
            double[] total = degree.clone();
            double[] linkTo = new double[n];
            int[] touched = new int[n];
            boolean moved = true;
            while (moved) {
                moved = false;
                for (int v = 0; v < n; v++) {
                    int own = community[v];
                    int count = 0;
                    linkTo[own] = 0;
                    touched[count++] = own;
                    for (int i = 0; i < neighbours[v].length; i++) {
                        int c = community[neighbours[v][i]];
                        if (linkTo[c] == 0 && c != own) {
                            touched[count++] = c;
                        }
                        linkTo[c] += weights[v][i];
                    }
                    total[own] -= degree[v];
                    int best = own;
                    double bestGain = linkTo[own] - total[own] * degree[v] / twoM;
                    for (int t = 0; t < count; t++) {
                        int c = touched[t];
                        double gain = linkTo[c] - total[c] * degree[v] / twoM;
                        if (gain > bestGain + EPS || (gain > bestGain - EPS && best != own && c < best)) {
                            best = c;
                            bestGain = gain;
                        }
                    }
                    total[best] += degree[v];
                    if (best != own) {
                        community[v] = best;
                        moved = true;
                    }
                    for (int t = 0; t < count; t++) {
                        linkTo[touched[t]] = 0;
                    }
                }
            }
            return community;
        }

        /** The graph of the communities: one vertex each, edges summed, the weight inside each kept as a self-loop. */
        Level aggregate(int[] community, int communities) {
            double[] inside = new double[communities];
            @SuppressWarnings("unchecked")
            Map<Integer, Double>[] links = new Map[communities];
            for (int c = 0; c < communities; c++) {
                links[c] = new HashMap<>();
            }
            for (int v = 0; v < size(); v++) {
                int cv = community[v];
                inside[cv] += selfLoops[v];
                for (int i = 0; i < neighbours[v].length; i++) {
                    int cw = community[neighbours[v][i]];
                    if (cw == cv) {
                        inside[cv] += weights[v][i] / 2; // each edge is listed at both ends
                    } else {
                        links[cv].merge(cw, weights[v][i], Double::sum);
                    }
                }
            }
            int[][] nextNeighbours = new int[communities][];
            double[][] nextWeights = new double[communities][];
            for (int c = 0; c < communities; c++) {
                int[] ids = links[c].keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
                nextNeighbours[c] = ids;
                nextWeights[c] = new double[ids.length];
                for (int i = 0; i < ids.length; i++) {
                    nextWeights[c][i] = links[c].get(ids[i]);
                }
            }
            return new Level(nextNeighbours, nextWeights, inside);
        }
    }
}
