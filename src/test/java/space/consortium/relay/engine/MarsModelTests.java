package space.consortium.relay.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.junit.jupiter.api.Test;
import org.orekit.bodies.GeodeticPoint;
import org.orekit.frames.Frame;
import org.orekit.time.AbsoluteDate;

class MarsModelTests {

    private final MarsModel mars = MarsModel.standard();

    @Test
    void primeMeridianAtJ2000IsTheIauValue() {
        // J2000 = 2000-01-01T12:00:00 TT = 11:58:55.816 UTC (TT − UTC = 64.184 s)
        Instant j2000 = Instant.parse("2000-01-01T11:58:55.816Z");
        assertThat(mars.primeMeridianDeg(j2000)).isCloseTo(176.630, within(1e-6));
    }

    @Test
    void primeMeridianAdvancesAtTheIauRatePerDay() {
        Instant j2000 = Instant.parse("2000-01-01T11:58:55.816Z");
        double oneDayLater = mars.primeMeridianDeg(j2000.plusSeconds(86_400));
        assertThat(oneDayLater).isCloseTo((176.630 + 350.89198226) % 360, within(1e-6));
    }

    @Test
    void utcCarriesThe37LeapSecondsOf2017WithoutAnyDataFiles() {
        AbsoluteDate date = mars.date(Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(mars.utc().offsetFromTAI(date).toDouble()).isEqualTo(-37.0);
        assertThat(MarsModel.taiMinusUtc(Instant.parse("2026-01-01T00:00:00Z"))).isEqualTo(37);
        assertThat(MarsModel.taiMinusUtc(Instant.parse("2016-12-31T23:59:59Z"))).isEqualTo(36);
        assertThat(mars.instant(date)).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
    }

    @Test
    void inertialFrameHasTheIauPoleAsZAndTheNodeAsX() {
        Frame gcrf = Frame.getRoot();
        AbsoluteDate date = mars.date(Instant.parse("2026-01-01T00:00:00Z"));
        Vector3D pole = gcrf.getStaticTransformTo(mars.inertial(), date).transformVector(MarsModel.pole());
        assertThat(pole.distance(Vector3D.PLUS_K)).isLessThan(1e-12);
        // the node lies on the ICRF equator at right ascension α0 + 90°
        double ra = Math.toRadians(MarsModel.POLE_RA_DEG + 90);
        Vector3D node = new Vector3D(Math.cos(ra), Math.sin(ra), 0);
        assertThat(gcrf.getStaticTransformTo(mars.inertial(), date).transformVector(node).distance(Vector3D.PLUS_I))
                .isLessThan(1e-12);
    }

    @Test
    void bodyFrameIsTurnedByWAboutThePole() {
        AbsoluteDate date = mars.date(Instant.parse("2026-01-01T00:00:00Z"));
        double w = mars.primeMeridian(date);
        // the prime meridian direction (W from the node) is body-fixed +X
        Vector3D meridian = new Vector3D(Math.cos(w), Math.sin(w), 0);
        Vector3D inBody = mars.inertial().getStaticTransformTo(mars.bodyFixed(), date).transformVector(meridian);
        assertThat(inBody.distance(Vector3D.PLUS_I)).isLessThan(1e-12);
    }

    @Test
    void ellipsoidIsTheIauOne() {
        assertThat(mars.ellipsoid().getEquatorialRadius()).isEqualTo(3_396_190.0);
        assertThat(MarsModel.FLATTENING).isCloseTo(0.00589, within(1e-5));
        GeodeticPoint pole = new GeodeticPoint(Math.PI / 2, 0, 0);
        AbsoluteDate date = mars.date(Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(mars.ellipsoid().transform(pole).getNorm()).isCloseTo(3_376_200.0, within(0.01));
        assertThat(date).isNotNull();
    }

    @Test
    void planetocentricLatitudesShiftByThePublishedAmounts() {
        // relay reference: +0.054° at Gale, +0.204° at Jezero, +0.261° at Zhurong (away from the equator)
        assertThat(shift(-4.5895)).isCloseTo(0.054, within(0.001));
        assertThat(shift(18.4447)).isCloseTo(0.204, within(0.001));
        assertThat(shift(25.066)).isCloseTo(0.261, within(0.001));
    }

    private static double shift(double planetocentricDeg) {
        double geodetic = Math.toDegrees(MarsModel.geodeticLatitude(Math.toRadians(planetocentricDeg)));
        return Math.abs(geodetic) - Math.abs(planetocentricDeg);
    }
}
