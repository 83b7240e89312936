package space.consortium.relay.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pass windows of circular Keplerian orbits against closed-form contact geometry: no recorded output of the engine
 * is involved, every expected instant follows from the orbit, the IAU rotation of Mars and plane geometry.
 *
 * <p>Geometry (Wertz &amp; Larson, "Space Mission Analysis and Design", 3rd ed., §5.2 "Earth coverage", and Vallado,
 * "Fundamentals of Astrodynamics and Applications", 4th ed., §11.4 "Ground-station coverage"): a station at distance
 * R from the centre, with its zenith along the radius, sees a spacecraft at radius r at elevation ε when the central
 * angle λ between them satisfies cos(λ + ε) = R cos ε / r (sine rule in the centre–station–spacecraft triangle), so
 * λ(ε) = arccos(R cos ε / r) − ε. The station's zenith is radial on the equator and at the poles of the IAU
 * ellipsoid, so the formula is exact for the cases below. If the in-plane angle between the spacecraft and the
 * station is Δ(t) = Δ0 + s t (s = n − ω for a prograde equatorial orbit, −(n + ω) for a retrograde one, n for a
 * polar orbit seen from a pole, where n = √(μ/r³) and ω is Mars's rotation rate), the station sees the spacecraft
 * while cos Δ ≥ cos λ: window k is centred at t = (2πk − Δ0)/s and lasts 2λ/|s|, one window per synodic period
 * 2π/|s|.
 *
 * <p>Mars's rotation is taken from the IAU WGCCRE 2009 report (Archinal et al. 2011) directly, not from
 * {@link MarsModel}: W = 176.630° + 350.89198226° d, d in days (TDB) from J2000 = 2000-01-01T12:00:00 TT =
 * 11:58:55.816 UTC; from then to 2026 five leap seconds were added (TAI − UTC 32 s → 37 s), and TDB − TT (&lt; 2 ms)
 * is ignored (it moves W by 10⁻⁷ rad).
 *
 * <p>Tolerance: the closed form is exact for these orbits and the propagator is two-body, so the only errors left
 * are the engine's numerics (1 ms bisection, cubic Hermite interpolation of a 60 s ephemeris). The relay reference
 * bar is 2 s; these cases are held to {@value #TOLERANCE_S} s, which any frame, sign or rate error breaks by orders
 * of magnitude (a sign error in Mars's rotation changes a 400 km equatorial pass from 782 s to 666 s).
 */
class PassGeometryTests {

    private static final double TOLERANCE_S = 0.05;

    // relay-reference.md, "Mars constants"
    private static final double MU = 4.282837e13;
    private static final double EQUATORIAL_RADIUS = 3_396_190.0;
    private static final double POLAR_RADIUS = 3_376_200.0;
    private static final double OMEGA = Math.toRadians(350.89198226) / 86_400.0;

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant J2000_UTC = Instant.parse("2000-01-01T11:58:55.816Z");
    private static final int LEAP_SECONDS_SINCE_J2000 = 5;
    private static final double WEEK_S = 7 * 86_400.0;

    record Window(double start, double end) {
    }

    /** The IAU 2009 prime-meridian angle at {@link #START}, radians. */
    private static double w0() {
        double seconds = Duration.between(J2000_UTC, START).getSeconds() + LEAP_SECONDS_SINCE_J2000;
        double deg = 176.630 + 350.89198226 * seconds / 86_400.0;
        return Math.toRadians(((deg % 360) + 360) % 360);
    }

    private static double lambda(double stationRadius, double orbitRadius, double maskRad) {
        return Math.acos(stationRadius * Math.cos(maskRad) / orbitRadius) - maskRad;
    }

    /** Windows of Δ(t) = Δ0 + s t with |Δ| ≤ λ (mod 2π), clipped to [0, T]. */
    private static List<Window> closedForm(double delta0, double s, double lambda, double total) {
        List<Window> windows = new ArrayList<>();
        double half = lambda / Math.abs(s);
        double period = 2 * Math.PI / Math.abs(s);
        double firstCentre = -delta0 / s;
        firstCentre -= Math.ceil((firstCentre + half) / period) * period;
        for (double c = firstCentre; c - half < total; c += period) {
            if (c + half > 0) {
                windows.add(new Window(Math.max(0, c - half), Math.min(total, c + half)));
            }
        }
        return windows;
    }

    private static List<Window> engine(Orbiter orbiter, Lander lander, double maskDeg, double maxRangeKm) {
        PassQuery query = new PassQuery(List.of(orbiter), List.of(lander), START, START.plusSeconds((long) WEEK_S),
                maskDeg, maxRangeKm, PropagatorKind.KEPLERIAN, PassQuery.DEFAULT_STEP_SECONDS, LinkModel.CALIBRATED);
        return new PassFinder(MarsModel.standard()).find(query).passes().stream()
                .map(p -> new Window(seconds(p.start()), seconds(p.end()))).toList();
    }

    private static double seconds(Instant t) {
        return Duration.between(START, t).toNanos() / 1e9;
    }

    private static Orbiter circular(double radiusM, double inclinationDeg, double argumentOfLatitudeRad) {
        return new Orbiter("test", "nasa", new OrbitElements(radiusM, 0, Math.toRadians(inclinationDeg), 0, 0,
                argumentOfLatitudeRad, START, false), Radio.ELECTRA);
    }

    private static double worst(List<Window> expected, List<Window> actual) {
        assertThat(actual).hasSameSizeAs(expected);
        double worst = 0;
        for (int i = 0; i < expected.size(); i++) {
            worst = Math.max(worst, Math.abs(expected.get(i).start() - actual.get(i).start()));
            worst = Math.max(worst, Math.abs(expected.get(i).end() - actual.get(i).end()));
        }
        return worst;
    }

    @Test
    void progradeEquatorialOrbitOverAnEquatorialLanderMatchesTheClosedFormEveryPassOfAWeek() {
        double r = EQUATORIAL_RADIUS + 400_000;
        double lon = Math.toRadians(137.4417);
        double u0 = 1.0;
        double n = Math.sqrt(MU / (r * r * r));
        double mask = Math.toRadians(10);
        // the spacecraft's body-fixed longitude is u0 + n t − (W0 + ω t); the station's is lon
        List<Window> expected = closedForm(u0 - w0() - lon, n - OMEGA, lambda(EQUATORIAL_RADIUS, r, mask), WEEK_S);
        List<Window> actual = engine(circular(r, 0, u0), new Lander("eq", "nasa", 0, 137.4417, 0, 0, 1), 10, 5000);

        // n = 8.848e-4 rad/s, λ = 18.23°: 2λ/(n − ω) ≈ 782 s; synodic period 2π/(n − ω) ≈ 7,720 s: 78–79 passes a week
        assertThat(expected.get(1).end() - expected.get(1).start()).isBetween(770.0, 795.0);
        assertThat(expected).hasSizeBetween(78, 80);
        double worst = worst(expected, actual);
        System.out.printf("prograde equatorial: %d passes, worst %.4f s%n", actual.size(), worst);
        assertThat(worst).isLessThan(TOLERANCE_S);
    }

    @Test
    void retrogradeEquatorialOrbitSeesMarsTurnTheOtherWay() {
        double r = EQUATORIAL_RADIUS + 300_000;
        double lon = Math.toRadians(-30);
        double u0 = 2.5;
        double n = Math.sqrt(MU / (r * r * r));
        double mask = Math.toRadians(5);
        // i = 180°, Ω = 0: the inertial longitude is −u, so Δ(t) = −u0 − W0 − lon − (n + ω) t
        List<Window> expected = closedForm(-u0 - w0() - lon, -(n + OMEGA), lambda(EQUATORIAL_RADIUS, r, mask), WEEK_S);
        List<Window> actual = engine(circular(r, 180, u0), new Lander("eq", "nasa", 0, -30, 0, 0, 1), 5, 5000);

        double worst = worst(expected, actual);
        System.out.printf("retrograde equatorial: %d passes, worst %.4f s%n", actual.size(), worst);
        assertThat(worst).isLessThan(TOLERANCE_S);
    }

    @Test
    void landerBelowTheDatumSeesShorterPassesByTheClosedFormAmount() {
        // Curiosity sits 4.5 km below the ellipsoid: the station radius in the formula is R + h
        double h = -4_500;
        double r = EQUATORIAL_RADIUS + 255_000;
        double lon = Math.toRadians(77.45);
        double u0 = -0.3;
        double n = Math.sqrt(MU / (r * r * r));
        double mask = Math.toRadians(15);
        List<Window> expected = closedForm(u0 - w0() - lon, n - OMEGA, lambda(EQUATORIAL_RADIUS + h, r, mask),
                WEEK_S);
        List<Window> actual = engine(circular(r, 0, u0), new Lander("low", "nasa", 0, 77.45, h, 0, 1), 15, 5000);

        double worst = worst(expected, actual);
        System.out.printf("lander at -4.5 km: %d passes, worst %.4f s%n", actual.size(), worst);
        assertThat(worst).isLessThan(TOLERANCE_S);
    }

    @Test
    void polarOrbitOverAPoleLanderGivesOneWindowPerOrbitWhateverMarsTurns() {
        // a lander on the rotation axis: the central angle to a polar orbiter is |u − 90°|, Mars's rotation drops out
        double r = EQUATORIAL_RADIUS + 400_000;
        double u0 = 0.7;
        double n = Math.sqrt(MU / (r * r * r));
        double mask = Math.toRadians(10);
        List<Window> north = closedForm(u0 - Math.PI / 2, n, lambda(POLAR_RADIUS, r, mask), WEEK_S);
        List<Window> south = closedForm(u0 + Math.PI / 2, n, lambda(POLAR_RADIUS, r, mask), WEEK_S);
        Orbiter polar = circular(r, 90, u0);

        double worstNorth = worst(north, engine(polar, new Lander("np", "nasa", 90, 0, 0, 0, 1), 10, 5000));
        double worstSouth = worst(south, engine(polar, new Lander("sp", "nasa", -90, 25, 0, 0, 1), 10, 5000));
        System.out.printf("polar: %d + %d passes, worst %.4f / %.4f s%n", north.size(), south.size(), worstNorth,
                worstSouth);
        // one pass per orbit: a week over the ~2 h period
        assertThat(north.size()).isBetween((int) Math.floor(WEEK_S * n / (2 * Math.PI)),
                (int) Math.ceil(WEEK_S * n / (2 * Math.PI)) + 1);
        assertThat(worstNorth).isLessThan(TOLERANCE_S);
        assertThat(worstSouth).isLessThan(TOLERANCE_S);
    }

    @Test
    void areostationaryOrbiterAboveItsLanderIsOneWindowSpanningTheWholePeriodAtTheZenith() {
        // n = ω: r = (μ/ω²)^(1/3) ≈ 20,428 km; placed over the lander's meridian it never moves in the sky
        double r = Math.cbrt(MU / (OMEGA * OMEGA));
        double lonDeg = 137.4417;
        Orbiter stationary = circular(r, 0, w0() + Math.toRadians(lonDeg));
        PassQuery query = new PassQuery(List.of(stationary), List.of(new Lander("eq", "nasa", 0, lonDeg, 0, 0, 1)),
                START, START.plusSeconds(86_400), 10, 30_000, PropagatorKind.KEPLERIAN,
                PassQuery.DEFAULT_STEP_SECONDS, LinkModel.CALIBRATED);
        List<Pass> passes = new PassFinder(MarsModel.standard()).find(query).passes();
        assertThat(passes).hasSize(1);
        assertThat(passes.get(0).start()).isEqualTo(START);
        assertThat(passes.get(0).end()).isEqualTo(START.plusSeconds(86_400));
        assertThat(passes.get(0).maxElevationDeg()).isGreaterThan(89.99);
        assertThat(passes.get(0).minRangeKm()).isCloseTo((r - EQUATORIAL_RADIUS) / 1000,
                org.assertj.core.api.Assertions.within(0.5));
    }
}
