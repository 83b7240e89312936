package space.consortium.insights.engine;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The registry's projects, who took part in them, and what they contributed.
 * Project identifiers are unique; every participation and contribution names a listed project.
 */
public record CooperationData(List<ProjectRecord> projects, List<Participation> participations,
        List<Contribution> contributions) {

    public CooperationData {
        projects = List.copyOf(projects);
        participations = List.copyOf(participations);
        contributions = List.copyOf(contributions);
        Set<String> ids = new HashSet<>();
        for (ProjectRecord p : projects) {
            if (!ids.add(p.projectId())) {
                throw new IllegalArgumentException("project " + p.projectId() + " is listed twice");
            }
        }
        for (Participation p : participations) {
            if (!ids.contains(p.projectId())) {
                throw new IllegalArgumentException("partner " + p.partnerId() + " takes part in project "
                        + p.projectId() + ", which is not among the projects; add it or drop the participation");
            }
        }
        for (Contribution c : contributions) {
            if (!ids.contains(c.projectId())) {
                throw new IllegalArgumentException("partner " + c.partnerId() + " contributes to project "
                        + c.projectId() + ", which is not among the projects");
            }
        }
    }

    /** Data without contributions. */
    public CooperationData(List<ProjectRecord> projects, List<Participation> participations) {
        this(projects, participations, List.of());
    }
}
