package space.consortium.relay;

import java.time.Instant;

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
}
