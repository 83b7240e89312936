package space.consortium.insights;

import java.util.List;
import space.consortium.projects.Contribution;
import space.consortium.projects.Participation;
import space.consortium.projects.Project;
import space.consortium.projects.ShareTable;

/** What the landing pages of the five benefits show, grouped from the registry by {@link BenefitService}. */
public final class Benefits {

    private Benefits() {
    }

    /**
     * Cost sharing: the share tables, the contributions with a value and the projects with a cost.
     *
     * @param sharedProjects projects with at least one share table
     */
    public record CostSharing(List<Share> shares, long sharedProjects, List<Contribution> valued, int contributionCount,
                              List<Project> costed, int projectCount) {

        public CostSharing {
            shares = List.copyOf(shares);
            valued = List.copyOf(valued);
            costed = List.copyOf(costed);
        }
    }

    /** A share table with its project's name. */
    public record Share(ShareTable table, String projectName) {
    }

    /**
     * Expertise: who provides each kind of contribution.
     *
     * @param kinds        every contribution kind, the offered ones first, each with its providers
     * @param partnerCount partners with at least one contribution
     */
    public record Expertise(List<KindProviders> kinds, int contributionCount, long partnerCount) {

        public Expertise {
            kinds = List.copyOf(kinds);
        }
    }

    /** The partners that made contributions of one kind, most contributions first. */
    public record KindProviders(String kind, long count, List<Provider> providers) {

        public KindProviders {
            providers = List.copyOf(providers);
        }
    }

    /** A partner and how many contributions of a kind it made. */
    public record Provider(String id, String name, String shortName, long count) {
    }

    /**
     * Risk: projects by status ({@code unknown} where no consulted source established it).
     *
     * @param ended   failed and cancelled projects
     * @param unknown projects without a status
     */
    public record Outcomes(List<StatusRow> rows, int projectCount, List<Project> ended, List<Project> unknown) {

        public Outcomes {
            rows = List.copyOf(rows);
            ended = List.copyOf(ended);
            unknown = List.copyOf(unknown);
        }
    }

    /** Projects of one status, by name, and how many of them have more than one partner. */
    public record StatusRow(String status, List<Project> projects, long multiPartner) {

        public StatusRow {
            projects = List.copyOf(projects);
        }
    }

    /**
     * Operations: the Mars projects with their participants.
     *
     * @param operating  Mars projects with status {@code operating}
     * @param perPartner partners by the number of Mars projects they take part in, most first
     */
    public record MarsOperations(List<MarsProject> projects, long operating, List<PartnerCount> perPartner) {

        public MarsOperations {
            projects = List.copyOf(projects);
            perPartner = List.copyOf(perPartner);
        }
    }

    /** A Mars project with its participants, the lead first. */
    public record MarsProject(Project project, List<Participation> participants) {

        public MarsProject {
            participants = List.copyOf(participants);
        }
    }

    /** A partner's short name and a count. */
    public record PartnerCount(String shortName, long count) {
    }
}
