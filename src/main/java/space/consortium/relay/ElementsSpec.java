package space.consortium.relay;

import java.time.Instant;
import space.consortium.relay.engine.MarsModel;

/**
 * Orbit elements as a user gives them: in the Mars-equatorial frame of the IAU pole.
 *
 * @param aKm              semi-major axis, km
 * @param e                eccentricity
 * @param iDeg             inclination, degrees
 * @param raanDeg          right ascension of the ascending node, degrees
 * @param argPeriapsisDeg  argument of periapsis, degrees
 * @param meanAnomalyDeg   mean anomaly at the epoch, degrees
 * @param epoch            when the elements hold (UTC)
 * @param kind             {@code osculating} or {@code mean} (Eckstein-Hechler mean elements, near-circular only)
 */
public record ElementsSpec(double aKm, double e, double iDeg, double raanDeg, double argPeriapsisDeg,
                           double meanAnomalyDeg, Instant epoch, String kind) {

    /** Height of the periapsis above Mars's equatorial radius, km. */
    public double periapsisAltitudeKm() {
        return aKm * (1 - e) - MarsModel.EQUATORIAL_RADIUS / 1000;
    }

    /** Height of the apoapsis above Mars's equatorial radius, km. */
    public double apoapsisAltitudeKm() {
        return aKm * (1 + e) - MarsModel.EQUATORIAL_RADIUS / 1000;
    }
}
