package space.consortium.insights;

import java.util.List;
import java.util.Map;

/**
 * Cooperation statistics computed from the registry (never typed in).
 *
 * @param partners                  partners in the registry
 * @param projects                  projects in the registry
 * @param internationalProjects     projects with at least two partners
 * @param internationalShare        partner id → fraction (0..1) of its projects that have another partner
 * @param artemisAccordsSignatories signatories of the Artemis Accords in the registry
 * @param topPairs                  the pairs of partners sharing the most projects
 * @param partnerStatistics         per partner: projects, international projects, partners worked with, contributions by kind
 * @param internationalPerDecade    decade (e.g. 1990) → international projects launched in it
 */
public record InsightsStats(int partners, int projects, int internationalProjects,
                            Map<String, Double> internationalShare, int artemisAccordsSignatories,
                            List<Pair> topPairs, List<PartnerRow> partnerStatistics,
                            Map<Integer, Integer> internationalPerDecade) {

    public InsightsStats {
        topPairs = List.copyOf(topPairs);
        partnerStatistics = List.copyOf(partnerStatistics);
    }

    /** Two partners and how many projects they share. */
    public record Pair(String first, String second, int sharedProjects) {
    }

    /** One partner's statistics. */
    public record PartnerRow(String partnerId, String name, int projects, int internationalProjects,
                             double internationalShare, int partnersWorkedWith, Map<String, Integer> contributionsByKind) {
    }
}
