package space.consortium.insights.engine;

/**
 * A partner's place in the cooperation network.
 *
 * @param degree         the number of partners it shares at least one project with
 * @param weightedDegree the sum, over those partners, of the projects shared with each
 * @param betweenness    Brandes betweenness over shortest paths counted in hops, normalised by the number of pairs of
 *                       other partners, (n−1)(n−2)/2: 1 for the centre of a star, 0 for a leaf; in 0..1
 * @param closeness      closeness within its connected component: (r−1)/Σd, with r the number of partners in the
 *                       component and Σd the sum of hop distances to them; 0 for an isolated partner; in 0..1
 * @param clustering     local clustering coefficient: the fraction of pairs of its neighbours that are themselves
 *                       connected; 0 below two neighbours; in 0..1
 * @param community      the index of its community (Louvain), numbered 0, 1, ... in the order of each
 *                       community's first partner by identifier
 */
public record PartnerMetrics(String partnerId, int degree, int weightedDegree, double betweenness, double closeness,
        double clustering, int community) {

    public PartnerMetrics {
        if (degree < 0 || weightedDegree < degree || community < 0) {
            throw new IllegalArgumentException("invalid metrics for " + partnerId + ": degree " + degree
                    + ", weighted degree " + weightedDegree + ", community " + community);
        }
        if (!(betweenness >= 0 && closeness >= 0 && clustering >= 0 && clustering <= 1)) {
            throw new IllegalArgumentException("invalid scores for " + partnerId + ": betweenness " + betweenness
                    + ", closeness " + closeness + ", clustering " + clustering);
        }
    }
}
