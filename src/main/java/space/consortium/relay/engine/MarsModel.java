package space.consortium.relay.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hipparchus.CalculusFieldElement;
import org.hipparchus.geometry.euclidean.threed.Rotation;
import org.hipparchus.geometry.euclidean.threed.RotationConvention;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.hipparchus.util.FastMath;
import org.orekit.bodies.GeodeticPoint;
import org.orekit.bodies.OneAxisEllipsoid;
import org.orekit.frames.FieldTransform;
import org.orekit.frames.Frame;
import org.orekit.frames.Transform;
import org.orekit.frames.TransformProvider;
import org.orekit.time.AbsoluteDate;
import org.orekit.time.DateComponents;
import org.orekit.time.FieldAbsoluteDate;
import org.orekit.time.OffsetModel;
import org.orekit.time.TimeScale;
import org.orekit.time.TimeScales;

/**
 * Mars for Orekit without any orekit-data files: UTC from an in-code leap-second table, a Mars-equatorial inertial
 * frame from the IAU 2009 pole (at its J2000 value), a body-fixed frame rotating by the IAU 2009 prime-meridian angle
 * W, and the IAU ellipsoid. The frame tree hangs off Orekit's root frame (GCRF), whose origin stands for Mars's
 * centre: nothing Earth- or Sun-related shares the tree.
 *
 * <p>Implementation notes: (1) IAU WGCCRE 2009 report (Archinal et al. 2011), Mars: α0 = 317.68143° − 0.1061° T,
 * δ0 = 52.88650° − 0.0609° T, W = 176.630° + 350.89198226° d. (2) The T terms move the pole by &lt; 0.03° this
 * century, so the inertial frame uses the J2000 pole. (3) d is counted in TDB days from J2000.
 */
public final class MarsModel {

    /** Gravitational parameter, m³/s² (42,828.37 km³/s²). */
    public static final double MU = 4.282837e13;
    /** Equatorial radius of the IAU ellipsoid, m. */
    public static final double EQUATORIAL_RADIUS = 3_396_190.0;
    /** Polar radius of the IAU ellipsoid, m. */
    public static final double POLAR_RADIUS = 3_376_200.0;
    /** Flattening of the IAU ellipsoid. */
    public static final double FLATTENING = (EQUATORIAL_RADIUS - POLAR_RADIUS) / EQUATORIAL_RADIUS;
    /** Unnormalised J2 (NSSDC Mars fact sheet: 1960.45 × 10⁻⁶). */
    public static final double J2 = 1960.45e-6;
    /** Pole right ascension at J2000, degrees (ICRF). */
    public static final double POLE_RA_DEG = 317.68143;
    /** Pole declination at J2000, degrees (ICRF). */
    public static final double POLE_DEC_DEG = 52.88650;
    /** Prime meridian angle at J2000, degrees. */
    public static final double W0_DEG = 176.630;
    /** Rotation rate of the prime meridian, degrees per day. */
    public static final double W_RATE_DEG_PER_DAY = 350.89198226;
    /** A sol (mean solar day on Mars), s: 24 h 39 m 35.244 s. */
    public static final double SOL_SECONDS = 88_775.244;

    /** TAI − UTC from 1972 on (the 28 leap seconds up to 2017-01-01), as (year, month, seconds). */
    private static final int[][] LEAP_SECONDS = {
            {1972, 1, 10}, {1972, 7, 11}, {1973, 1, 12}, {1974, 1, 13}, {1975, 1, 14}, {1976, 1, 15}, {1977, 1, 16},
            {1978, 1, 17}, {1979, 1, 18}, {1980, 1, 19}, {1981, 7, 20}, {1982, 7, 21}, {1983, 7, 22}, {1985, 7, 23},
            {1988, 1, 24}, {1990, 1, 25}, {1991, 1, 26}, {1992, 7, 27}, {1993, 7, 28}, {1994, 7, 29}, {1996, 1, 30},
            {1997, 7, 31}, {1999, 1, 32}, {2006, 1, 33}, {2009, 1, 34}, {2012, 7, 35}, {2015, 7, 36}, {2017, 1, 37}};

    private final TimeScales timeScales;
    private final TimeScale utc;
    private final TimeScale tdb;
    private final AbsoluteDate j2000;
    private final Frame inertial;
    private final Frame bodyFixed;
    private final OneAxisEllipsoid ellipsoid;

    private MarsModel() {
        List<OffsetModel> offsets = new ArrayList<>();
        for (int[] leap : LEAP_SECONDS) {
            offsets.add(new OffsetModel(new DateComponents(leap[0], leap[1], 1), leap[2]));
        }
        timeScales = TimeScales.of(offsets, (conventions, scales) -> List.of());
        utc = timeScales.getUTC();
        tdb = timeScales.getTDB();
        j2000 = timeScales.getJ2000Epoch();
        Vector3D pole = pole();
        Vector3D node = Vector3D.crossProduct(Vector3D.PLUS_K, pole).normalize();
        Rotation toMarsEquator = new Rotation(pole, node, Vector3D.PLUS_K, Vector3D.PLUS_I);
        inertial = new Frame(Frame.getRoot(), new Transform(j2000, toMarsEquator), "Mars IAU2009 equatorial", true);
        bodyFixed = new Frame(inertial, new Rotating(this), "Mars IAU2009 body-fixed", false);
        ellipsoid = new OneAxisEllipsoid(EQUATORIAL_RADIUS, FLATTENING, bodyFixed);
    }

    /** The standard model; building it costs a few milliseconds, and it is immutable. */
    public static MarsModel standard() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final MarsModel INSTANCE = new MarsModel();
    }

    /** The IAU 2009 pole of Mars at J2000, a unit vector in ICRF (GCRF). */
    public static Vector3D pole() {
        double ra = Math.toRadians(POLE_RA_DEG);
        double dec = Math.toRadians(POLE_DEC_DEG);
        return new Vector3D(Math.cos(dec) * Math.cos(ra), Math.cos(dec) * Math.sin(ra), Math.sin(dec));
    }

    /** Days (TDB) from J2000. */
    double daysFromJ2000(AbsoluteDate date) {
        return date.offsetFrom(j2000, tdb) / 86_400.0;
    }

    /** The prime meridian angle W at a date, radians in [0, 2π). */
    public double primeMeridian(AbsoluteDate date) {
        double w = W0_DEG + W_RATE_DEG_PER_DAY * daysFromJ2000(date);
        return Math.toRadians(((w % 360.0) + 360.0) % 360.0);
    }

    /** The prime meridian angle W at a UTC instant, degrees in [0, 360). */
    public double primeMeridianDeg(Instant instant) {
        return Math.toDegrees(primeMeridian(date(instant)));
    }

    /** The Orekit date of a UTC instant (leap seconds from the in-code table). */
    public AbsoluteDate date(Instant instant) {
        return new AbsoluteDate(instant, utc);
    }

    /** The UTC instant of an Orekit date. */
    public Instant instant(AbsoluteDate date) {
        return date.toInstant(timeScales);
    }

    /** Seconds of TAI − UTC at a UTC instant from 1972 on (from the in-code leap-second table; 10 before). */
    public static int taiMinusUtc(Instant instant) {
        java.time.LocalDate day = instant.atZone(java.time.ZoneOffset.UTC).toLocalDate();
        int offset = 10;
        for (int[] leap : LEAP_SECONDS) {
            if (!day.isBefore(java.time.LocalDate.of(leap[0], leap[1], 1))) {
                offset = leap[2];
            }
        }
        return offset;
    }

    public Frame inertial() {
        return inertial;
    }

    public Frame bodyFixed() {
        return bodyFixed;
    }

    public OneAxisEllipsoid ellipsoid() {
        return ellipsoid;
    }

    public TimeScale utc() {
        return utc;
    }

    /**
     * The geodetic point of a planetocentric latitude and east longitude at a height above the IAU ellipsoid.
     *
     * @param planetocentricLatDeg latitude from the centre, degrees in [−90, 90]
     * @param eastLonDeg           east longitude, degrees
     * @param heightM              height above the ellipsoid, m
     */
    public GeodeticPoint geodetic(double planetocentricLatDeg, double eastLonDeg, double heightM) {
        return new GeodeticPoint(geodeticLatitude(Math.toRadians(planetocentricLatDeg)), Math.toRadians(eastLonDeg),
                heightM);
    }

    /** Geodetic latitude of a surface point given its planetocentric latitude, radians (tan φg = tan φc / (1−f)²). */
    public static double geodeticLatitude(double planetocentricLat) {
        if (Math.abs(planetocentricLat) >= Math.PI / 2 - 1e-12) {
            return planetocentricLat;
        }
        double oneMinusF = 1.0 - FLATTENING;
        return FastMath.atan(FastMath.tan(planetocentricLat) / (oneMinusF * oneMinusF));
    }

    /** Rotation of the body-fixed frame about the inertial +Z by W(d). */
    private record Rotating(MarsModel mars) implements TransformProvider {

        private static final double RATE = Math.toRadians(W_RATE_DEG_PER_DAY) / 86_400.0;

        @Override
        public Transform getTransform(AbsoluteDate date) {
            double w = mars.primeMeridian(date);
            return new Transform(date, new Rotation(Vector3D.PLUS_K, w, RotationConvention.FRAME_TRANSFORM),
                    new Vector3D(0, 0, RATE));
        }

        @Override
        public <T extends CalculusFieldElement<T>> FieldTransform<T> getTransform(FieldAbsoluteDate<T> date) {
            return new FieldTransform<>(date.getField(), getTransform(date.toAbsoluteDate()));
        }
    }
}
