package space.consortium.relay.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What to search: every orbiter × lander pair over a period.
 *
 * @param orbiters        the orbiters
 * @param landers         the landers
 * @param start           period start (UTC)
 * @param end             period end (UTC), after the start
 * @param minElevationDeg elevation mask, degrees
 * @param maxRangeKm      longest usable range, km
 * @param propagator      how orbits are propagated
 * @param stepSeconds     sampling step of the search, s (shorter than the shortest pass worth finding)
 * @param link            the link model for predicted volumes
 */
public record PassQuery(List<Orbiter> orbiters, List<Lander> landers, Instant start, Instant end,
                        double minElevationDeg, double maxRangeKm, PropagatorKind propagator, double stepSeconds,
                        LinkModel link) {

    /** Default search step, s: well below the ~4-minute shortest useful pass at a 10° mask. */
    public static final double DEFAULT_STEP_SECONDS = 20;

    public PassQuery {
        orbiters = List.copyOf(orbiters);
        landers = List.copyOf(landers);
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("end must be after start");
        }
        if (!(stepSeconds > 0)) {
            throw new IllegalArgumentException("step must be positive");
        }
    }

    /** Period length, s. */
    public double seconds() {
        return Duration.between(start, end).toMillis() / 1000.0;
    }
}
