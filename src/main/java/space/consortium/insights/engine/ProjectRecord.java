package space.consortium.insights.engine;

import org.jspecify.annotations.Nullable;

/**
 * A project of the registry.
 *
 * @param projectId  the project's identifier, not blank
 * @param launchYear the calendar year of launch (or of start), {@code null} when unknown
 */
public record ProjectRecord(String projectId, @Nullable Integer launchYear) {

    public ProjectRecord {
        if (projectId.isBlank()) {
            throw new IllegalArgumentException("a project needs an identifier");
        }
    }
}
