package space.consortium.schedule.engine;

import java.util.List;
import java.util.Objects;

/**
 * Equal correlation among a group (or a pair) of activities' durations, or of their time-independent costs.
 *
 * @param activities the ids (at least two)
 * @param rho        the rank-scale correlation of each pair, in [-1, 1]
 * @param on         what is correlated
 */
public record Correlation(List<String> activities, double rho, Target on) {

    /** The uncertain quantity that a correlation binds. */
    public enum Target { DURATION, COST }

    public Correlation {
        activities = List.copyOf(activities);
        Objects.requireNonNull(on, "on");
    }
}
