package space.consortium.schedule;

import java.time.LocalDateTime;

/**
 * A project's stored schedule.
 *
 * @param projectId  the project
 * @param plan       the plan
 * @param activities how many activities it has
 * @param version    for optimistic locking: send it back when saving
 * @param updatedAt  when it was last saved (server time)
 */
public record StoredSchedule(String projectId, JclPlan plan, int activities, long version, LocalDateTime updatedAt) {
}
