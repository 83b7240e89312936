package space.consortium.relay.engine;

import java.time.Instant;

/**
 * Mars time from UTC without ephemerides: the Mars24 algorithm (Allison &amp; McEwen 2000, as revised on NASA GISS's
 * Mars24 "Algorithm and Worked Examples" page). O(1).
 *
 * @param marsSolDate     Mars Sol Date (MSD)
 * @param meanSolarTimeH  coordinated Mars time (mean solar time at the prime meridian), hours in [0, 24)
 * @param solarLongitudeDeg areocentric solar longitude Ls, degrees in [0, 360)
 * @param equationOfTimeDeg equation of time, degrees
 */
public record MarsSolarTime(double marsSolDate, double meanSolarTimeH, double solarLongitudeDeg,
                            double equationOfTimeDeg) {

    private static final double[] A = {0.0071, 0.0057, 0.0039, 0.0037, 0.0021, 0.0020, 0.0018};
    private static final double[] TAU = {2.2353, 2.7543, 1.1177, 15.7866, 2.1354, 2.4694, 32.8493};
    private static final double[] PHI = {49.409, 168.173, 191.837, 21.736, 15.704, 95.528, 49.095};

    /** Mars time at a UTC instant (TT − UTC from the leap-second table). */
    public static MarsSolarTime at(Instant utc) {
        double jdUt = 2_440_587.5 + utc.toEpochMilli() / 86_400_000.0;
        double jdTt = jdUt + (MarsModel.taiMinusUtc(utc) + 32.184) / 86_400.0;
        double dt = jdTt - 2_451_545.0;
        double m = Math.toRadians(19.3871 + 0.52402073 * dt);
        double alphaFms = 270.3871 + 0.524038496 * dt;
        double pbs = 0;
        for (int i = 0; i < A.length; i++) {
            pbs += A[i] * Math.cos(Math.toRadians(0.985626 * dt / TAU[i] + PHI[i]));
        }
        double nuMinusM = (10.691 + 3.0e-7 * dt) * Math.sin(m) + 0.623 * Math.sin(2 * m) + 0.050 * Math.sin(3 * m)
                + 0.005 * Math.sin(4 * m) + 0.0005 * Math.sin(5 * m) + pbs;
        double ls = mod(alphaFms + nuMinusM, 360);
        double lsRad = Math.toRadians(ls);
        double eot = 2.861 * Math.sin(2 * lsRad) - 0.071 * Math.sin(4 * lsRad) + 0.002 * Math.sin(6 * lsRad) - nuMinusM;
        double msd = (jdTt - 2_451_549.5) / 1.0274912517 + 44_796.0 - 0.0009626;
        double mst = mod(24 * msd, 24);
        return new MarsSolarTime(msd, mst, ls, eot);
    }

    /** Local mean solar time at an east longitude, hours in [0, 24). */
    public double localMeanSolarTimeH(double eastLongitudeDeg) {
        return mod(meanSolarTimeH + eastLongitudeDeg / 15.0, 24);
    }

    /** Local true solar time (the Sun's hour angle + 12 h) at an east longitude, hours in [0, 24). */
    public double localTrueSolarTimeH(double eastLongitudeDeg) {
        return mod(localMeanSolarTimeH(eastLongitudeDeg) + equationOfTimeDeg / 15.0, 24);
    }

    /** "HH:MM" of hours in [0, 24). */
    public static String clock(double hours) {
        int minutes = (int) Math.floor(hours * 60 + 1e-9) % (24 * 60);
        return String.format("%02d:%02d", minutes / 60, minutes % 60);
    }

    private static double mod(double x, double m) {
        double r = x % m;
        return r < 0 ? r + m : r;
    }
}
