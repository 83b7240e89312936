package space.consortium.insights.engine;

/**
 * A partner's participation in a project.
 *
 * @param projectId the project, which must be one of the data's projects
 * @param partnerId the partner (agency), not blank
 * @param role      the partner's role as recorded ("lead", "contributor", ...); may be empty
 */
public record Participation(String projectId, String partnerId, String role) {

    public Participation {
        if (projectId.isBlank() || partnerId.isBlank()) {
            throw new IllegalArgumentException(
                    "a participation needs a project and a partner, got project '" + projectId + "', partner '"
                            + partnerId + "'");
        }
    }

    /** A participation without a recorded role. */
    public Participation(String projectId, String partnerId) {
        this(projectId, partnerId, "");
    }
}
