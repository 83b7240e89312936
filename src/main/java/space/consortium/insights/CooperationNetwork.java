package space.consortium.insights;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The cooperation network: partners that share at least one project, with their centrality and community.
 *
 * @param year            the network as of this launch year (projects launched later left out), or null for all
 * @param undatedProjects projects left out of a dated network because no source gives their launch year
 * @param communities     the number of communities found (label propagation, seeded)
 */
public record CooperationNetwork(@Nullable Integer year, int undatedProjects, int communities, List<Node> nodes,
                                 List<Link> links) {

    public CooperationNetwork {
        nodes = List.copyOf(nodes);
        links = List.copyOf(links);
    }

    /** A partner in the network; betweenness, closeness and clustering are in 0..1. */
    public record Node(String id, String name, int degree, int weightedDegree, double betweenness, double closeness,
                       double clustering, int community) {
    }

    /** Two partners and the number of projects they share. */
    public record Link(String source, String target, int sharedProjects) {
    }
}
