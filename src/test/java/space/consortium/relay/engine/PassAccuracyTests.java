package space.consortium.relay.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Invariants of every window the engine finds. The accuracy of the windows is checked against independent
 * references: closed-form contact geometry ({@link PassGeometryTests}), a second propagator and visibility search
 * ({@link PassCrossPropagatorTests}) and published pass statistics ({@link PassStatisticsTests}).
 */
class PassAccuracyTests {

    @Test
    void keplerianIsFlaggedAsAQuickLook() {
        PassSearch search = new PassFinder(MarsModel.standard())
                .find(NominalFleet.week(List.of(NominalFleet.MRO), NominalFleet.LANDERS, PropagatorKind.KEPLERIAN));
        assertThat(search.notes()).anyMatch(n -> n.contains("Keplerian"));
    }

    @Test
    void everyWindowIsAboveTheMaskAndWithinTheMaximumRange() {
        PassSearch search = new PassFinder(MarsModel.standard())
                .find(NominalFleet.week(NominalFleet.ORBITERS, NominalFleet.LANDERS, PropagatorKind.AUTO));
        assertThat(search.passes()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.end()).isAfter(p.start());
            assertThat(p.maxElevationDeg()).isGreaterThanOrEqualTo(10 - 1e-6);
            assertThat(p.rangeProfile()).allSatisfy(s -> {
                assertThat(s.elevationDeg()).isGreaterThan(10 - 0.01);
                assertThat(s.rangeKm()).isLessThan(5000 + 0.1);
            });
        });
        assertThat(search.propagators()).containsEntry("maven", PropagatorKind.NUMERICAL_J2)
                .containsEntry("mro", PropagatorKind.ECKSTEIN_HECHLER);
    }
}
