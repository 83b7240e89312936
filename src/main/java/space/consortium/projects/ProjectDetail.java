package space.consortium.projects;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/**
 * A project with everything the registry holds about it. In JSON the project's own fields come first, at the top
 * level (the shape {@code PUT /api/projects/{id}} accepts back), then the lists, which are read-only here.
 *
 * @param participants  one row per participating partner, lead first, each with that partner's contributions
 * @param contributions all contributions, including those of partners not listed as participants
 */
public record ProjectDetail(@JsonUnwrapped Project project, List<Participant> participants, List<Contribution> contributions,
                            List<ShareTable> shareTables) {

    public ProjectDetail {
        participants = List.copyOf(participants);
        contributions = List.copyOf(contributions);
        shareTables = List.copyOf(shareTables);
    }

    /** A participating partner and what it contributes to this project. */
    public record Participant(long participationId, String partnerId, String partnerName, String role,
                              String sourceUrl, long version, List<Contribution> contributions) {

        public Participant {
            contributions = List.copyOf(contributions);
        }
    }
}
