package space.consortium.insights.engine;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Everything claims are checked against: the registry's projects, partners and agreements (each row with its source),
 * the reference figures shipped with their sources, the named populations, and the network statistics of the legacy
 * metrics. The service gathers it; the rules in {@link ClaimSubject} only read it.
 *
 * @param network statistics and network metrics for the legacy {@code metric} counts, or {@code null}
 */
public record Facts(List<ProjectFact> projects, List<PartnerFact> partners, List<AgreementFact> agreements,
                    List<ReferenceFigure> figures, List<Population> populations, @Nullable Evidence network) {

    public Facts {
        projects = List.copyOf(projects);
        partners = List.copyOf(partners);
        agreements = List.copyOf(agreements);
        figures = List.copyOf(figures);
        populations = List.copyOf(populations);
    }

    /**
     * A project with its participants.
     *
     * @param launchYear  the launch year the registry holds (planned for a planned project), or null
     * @param participants every partner taking part, the lead included
     */
    public record ProjectFact(String id, String name, @Nullable String status, @Nullable String destination,
                              @Nullable Integer launchYear, String leadPartnerId, List<String> participants,
                              String sourceUrl) {
        public ProjectFact {
            participants = List.copyOf(participants);
        }
    }

    /**
     * A partner.
     *
     * @param country an ISO 3166 alpha-2 code, or a member-group label for an intergovernmental body (null if unknown)
     */
    public record PartnerFact(String id, String name, @Nullable String country, String sourceUrl) {
    }

    /** An agreement and its parties. {@code signedOn} is {@code YYYY-MM-DD} or null. */
    public record AgreementFact(String id, String title, @Nullable String signedOn, String sourceUrl,
                                List<Party> parties) {
        public AgreementFact {
            parties = List.copyOf(parties);
        }
    }

    /**
     * A party of an agreement: a partner or a country (or both).
     *
     * @param signed {@code YYYY-MM-DD}, or {@code YYYY-MM} where only the month is published, or null
     */
    public record Party(@Nullable String partnerId, @Nullable String countryCode, String name, @Nullable String signed,
                        String sourceUrl) {
    }

    /**
     * A figure the registry does not compute, as a source states it on a date: either a value or a range.
     *
     * @param asOf {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}
     */
    public record ReferenceFigure(String figureId, String label, @Nullable Double value, @Nullable Double min,
                                  @Nullable Double max, String unit, String asOf, @Nullable String note,
                                  String sourceUrl) {
        public ReferenceFigure {
            if (value == null && (min == null || max == null)) {
                throw new IllegalArgumentException("reference figure " + figureId + " as of " + asOf
                        + " needs a value or both ends of a range");
            }
        }
    }

    /**
     * A named set of projects.
     *
     * @param complete true when the registry holds every member of the population as defined (then a share over it
     *                 is a fact about the population, not about a sample)
     */
    public record Population(String id, String name, String definition, boolean complete, String sourceUrl,
                             List<Member> members) {
        public Population {
            members = List.copyOf(members);
        }
    }

    /** A project named as a member of a population, with the source that names it. */
    public record Member(String projectId, String sourceUrl) {
    }

    Optional<ProjectFact> project(String id) {
        return projects.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    Optional<PartnerFact> partner(String id) {
        return partners.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    Optional<AgreementFact> agreement(String id) {
        return agreements.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    Optional<Population> population(String id) {
        return populations.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    List<ReferenceFigure> figure(String id) {
        return figures.stream().filter(f -> f.figureId().equals(id)).toList();
    }
}
