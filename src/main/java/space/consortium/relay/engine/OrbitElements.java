package space.consortium.relay.engine;

import java.time.Instant;

/**
 * Keplerian elements in the Mars-equatorial frame of the IAU pole (node measured from the ascending node of Mars's
 * equator on the ICRF equator).
 *
 * @param semiMajorAxisM semi-major axis, m
 * @param eccentricity   in [0, 1)
 * @param inclination    radians
 * @param raan           right ascension of the ascending node, radians
 * @param argPeriapsis   argument of periapsis, radians
 * @param meanAnomaly    mean anomaly at the epoch, radians
 * @param epoch          when the elements hold (UTC)
 * @param mean           true for mean elements (Eckstein-Hechler sense), false for osculating
 */
public record OrbitElements(double semiMajorAxisM, double eccentricity, double inclination, double raan,
                            double argPeriapsis, double meanAnomaly, Instant epoch, boolean mean) {

    public OrbitElements {
        if (!(eccentricity >= 0 && eccentricity < 1)) {
            throw new IllegalArgumentException("eccentricity must be in [0, 1): " + eccentricity);
        }
        if (!(semiMajorAxisM > 0)) {
            throw new IllegalArgumentException("semi-major axis must be positive: " + semiMajorAxisM);
        }
    }

    /** Periapsis radius, m. */
    public double periapsisRadiusM() {
        return semiMajorAxisM * (1 - eccentricity);
    }

    /** Orbital period (two-body), s. */
    public double periodSeconds() {
        return 2 * Math.PI * Math.sqrt(semiMajorAxisM * semiMajorAxisM * semiMajorAxisM / MarsModel.MU);
    }
}
