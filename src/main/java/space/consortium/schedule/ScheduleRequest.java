package space.consortium.schedule;

import org.jspecify.annotations.Nullable;

/**
 * Saves a project's schedule.
 *
 * @param plan    the plan
 * @param version the version read, or null when the project has no schedule yet
 */
public record ScheduleRequest(@Nullable JclPlan plan, @Nullable Long version) {
}
