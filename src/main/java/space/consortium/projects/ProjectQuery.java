package space.consortium.projects;

import org.jspecify.annotations.Nullable;

/**
 * Filters for the project list; null means no filter.
 *
 * @param status      exact status
 * @param destination case-insensitive part of the destination ("mars" matches "Mars moons")
 * @param partner     a partner id taking part in any role
 * @param lead        the lead partner id
 * @param text        case-insensitive text in the id, name or notes
 */
public record ProjectQuery(@Nullable String status, @Nullable String destination, @Nullable String partner,
                           @Nullable String lead, @Nullable String text) {

    public static final ProjectQuery ALL = new ProjectQuery(null, null, null, null, null);
}
