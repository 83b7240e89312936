package space.consortium.projects;

/**
 * A partner's part in a project.
 *
 * @param role one of {@link ParticipationRequest#ROLES}
 */
public record Participation(long id, String projectId, String projectName, String partnerId, String partnerName,
                            String role, String sourceUrl, long version) {
}
