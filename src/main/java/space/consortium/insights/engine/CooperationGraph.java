package space.consortium.insights.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The cooperation network: partners as nodes, an undirected edge between two partners for each pair that shares at
 * least one project, weighted by the number of projects shared; and its bipartite partner–project view.
 * Immutable. Partners and projects are held in identifier order, so that everything computed from the graph comes
 * out in a deterministic order.
 *
 * <p>Implementation notes: the graph is stored as compressed adjacency arrays (CSR) over partner indices; building
 * it costs O(P + Σ k²) for P participations and k partners per project.
 */
public final class CooperationGraph {

    private final @Nullable Integer asOfYear;
    private final int undatedProjects;
    private final int laterProjects;
    private final List<String> partners;
    private final Map<String, Integer> partnerIndex;
    private final SortedView projects;
    private final int[][] neighbours;
    private final int[][] weights;

    private CooperationGraph(@Nullable Integer asOfYear, int undatedProjects, int laterProjects,
            List<String> partners, SortedView projects, int[][] neighbours, int[][] weights) {
        this.asOfYear = asOfYear;
        this.undatedProjects = undatedProjects;
        this.laterProjects = laterProjects;
        this.partners = partners;
        this.projects = projects;
        this.neighbours = neighbours;
        this.weights = weights;
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < partners.size(); i++) {
            index.put(partners.get(i), i);
        }
        this.partnerIndex = index;
    }

    /** The projects included and, for each, its partners (sorted, distinct); and for each partner its projects. */
    private record SortedView(TreeMap<String, List<String>> partnersByProject,
            TreeMap<String, List<String>> projectsByPartner) {
    }

    /**
     * Builds the network of the data's projects, or of those launched in or before a year.
     *
     * @param data     the registry's projects and participations
     * @param asOfYear include only projects launched in or before this calendar year; projects without a launch year
     *                 are then left out and counted in {@link #undatedProjects()}. {@code null} includes every project.
     */
    public static CooperationGraph build(CooperationData data, @Nullable Integer asOfYear) {
        Map<String, @Nullable Integer> launch = new HashMap<>();
        for (ProjectRecord p : data.projects()) {
            launch.put(p.projectId(), p.launchYear());
        }
        int undated = 0;
        int later = 0;
        TreeMap<String, TreeSet<String>> partnersByProject = new TreeMap<>();
        if (asOfYear != null) {
            for (ProjectRecord p : data.projects()) {
                if (p.launchYear() == null) {
                    undated++;
                } else if (p.launchYear() > asOfYear) {
                    later++;
                }
            }
        }
        for (Participation p : data.participations()) {
            Integer year = launch.get(p.projectId());
            if (asOfYear != null && (year == null || year > asOfYear)) {
                continue;
            }
            partnersByProject.computeIfAbsent(p.projectId(), k -> new TreeSet<>()).add(p.partnerId());
        }
        TreeMap<String, List<String>> partnersOf = new TreeMap<>();
        TreeMap<String, List<String>> projectsOf = new TreeMap<>();
        partnersByProject.forEach((project, members) -> {
            partnersOf.put(project, List.copyOf(members));
            for (String partner : members) {
                projectsOf.computeIfAbsent(partner, k -> new ArrayList<>()).add(project);
            }
        });
        projectsOf.replaceAll((k, v) -> List.copyOf(v));
        List<String> partnerList = List.copyOf(projectsOf.keySet());
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < partnerList.size(); i++) {
            index.put(partnerList.get(i), i);
        }
        int n = partnerList.size();
        Map<Long, int[]> pairWeights = new HashMap<>();
        int[] degree = new int[n];
        for (List<String> members : partnersOf.values()) {
            int k = members.size();
            int[] ids = new int[k];
            for (int i = 0; i < k; i++) {
                ids[i] = index.get(members.get(i));
            }
            for (int i = 0; i < k; i++) {
                for (int j = i + 1; j < k; j++) {
                    int a = Math.min(ids[i], ids[j]);
                    int b = Math.max(ids[i], ids[j]);
                    int[] w = pairWeights.computeIfAbsent((long) a * n + b, key -> new int[1]);
                    if (w[0]++ == 0) {
                        degree[a]++;
                        degree[b]++;
                    }
                }
            }
        }
        int[][] nbr = new int[n][];
        int[][] wts = new int[n][];
        int[] fill = new int[n];
        for (int i = 0; i < n; i++) {
            nbr[i] = new int[degree[i]];
            wts[i] = new int[degree[i]];
        }
        pairWeights.forEach((key, w) -> {
            int a = (int) (key / n);
            int b = (int) (key % n);
            nbr[a][fill[a]] = b;
            wts[a][fill[a]++] = w[0];
            nbr[b][fill[b]] = a;
            wts[b][fill[b]++] = w[0];
        });
        for (int i = 0; i < n; i++) {
            sortTogether(nbr[i], wts[i]);
        }
        return new CooperationGraph(asOfYear, undated, later, partnerList,
                new SortedView(partnersOf, projectsOf), nbr, wts);
    }

    private static void sortTogether(int[] keys, int[] values) {
        long[] packed = new long[keys.length];
        for (int i = 0; i < keys.length; i++) {
            packed[i] = ((long) keys[i] << 32) | (values[i] & 0xffffffffL);
        }
        Arrays.sort(packed);
        for (int i = 0; i < keys.length; i++) {
            keys[i] = (int) (packed[i] >>> 32);
            values[i] = (int) packed[i];
        }
    }

    /** The year the graph is dated at, or empty for a graph of all projects. */
    public Optional<Integer> asOfYear() {
        return Optional.ofNullable(asOfYear);
    }

    /** The number of projects left out of a dated graph because they have no launch year; 0 for an undated graph. */
    public int undatedProjects() {
        return undatedProjects;
    }

    /** The number of projects left out of a dated graph because they were launched after its year. */
    public int laterProjects() {
        return laterProjects;
    }

    /** The partners taking part in at least one included project, in identifier order. */
    public List<String> partners() {
        return partners;
    }

    /** The included projects that have at least one partner, in identifier order. */
    public List<String> projects() {
        return List.copyOf(projects.partnersByProject().keySet());
    }

    /** Whether the partner takes part in an included project. */
    public boolean contains(String partnerId) {
        return partnerIndex.containsKey(partnerId);
    }

    /** The partner's included projects in identifier order; empty for an unknown partner. */
    public List<String> projectsOf(String partnerId) {
        return projects.projectsByPartner().getOrDefault(partnerId, List.of());
    }

    /** The project's partners in identifier order; empty for a project not in the graph. */
    public List<String> partnersOf(String projectId) {
        return projects.partnersByProject().getOrDefault(projectId, List.of());
    }

    /** The bipartite view: each partner with its projects, in identifier order. */
    public Map<String, List<String>> projectsByPartner() {
        return Collections.unmodifiableMap(projects.projectsByPartner());
    }

    /** The partners the given one shares at least one project with, in identifier order. */
    public List<String> neighboursOf(String partnerId) {
        Integer i = partnerIndex.get(partnerId);
        if (i == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>(neighbours[i].length);
        for (int j : neighbours[i]) {
            out.add(partners.get(j));
        }
        return out;
    }

    /** The number of projects the two partners share; 0 if none or if either is not in the graph. */
    public int sharedProjects(String a, String b) {
        Integer i = partnerIndex.get(a);
        Integer j = partnerIndex.get(b);
        if (i == null || j == null) {
            return 0;
        }
        int at = Arrays.binarySearch(neighbours[i], j);
        return at < 0 ? 0 : weights[i][at];
    }

    /** Every edge once, ordered by first then second partner. */
    public List<PartnerPair> pairs() {
        List<PartnerPair> out = new ArrayList<>();
        for (int i = 0; i < neighbours.length; i++) {
            for (int k = 0; k < neighbours[i].length; k++) {
                int j = neighbours[i][k];
                if (j > i) {
                    out.add(new PartnerPair(partners.get(i), partners.get(j), weights[i][k]));
                }
            }
        }
        return out;
    }

    int size() {
        return partners.size();
    }

    int[] neighbourIndices(int i) {
        return neighbours[i];
    }

    int[] edgeWeights(int i) {
        return weights[i];
    }
}
