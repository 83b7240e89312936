package space.consortium.teaming;

import org.jspecify.annotations.Nullable;

/** Save the coalition of {@code mission} to a project as proposed participations. */
public record ProposalRequest(@Nullable String projectId, @Nullable MissionRequest mission) {
}
