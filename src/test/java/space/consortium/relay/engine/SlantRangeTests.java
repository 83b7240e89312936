package space.consortium.relay.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SlantRangeTests {

    @Test
    void at400KmAltitudeTheRangeIs1696KmAtTheHorizonAnd1206KmAt10Degrees() {
        double r = MarsModel.EQUATORIAL_RADIUS;
        assertThat(SlantRange.of(r, 400_000, 0) / 1000).isCloseTo(1696, within(1.0));
        assertThat(SlantRange.of(r, 400_000, Math.toRadians(10)) / 1000).isCloseTo(1206, within(1.0));
    }

    @Test
    void overheadTheRangeIsTheAltitude() {
        assertThat(SlantRange.of(MarsModel.EQUATORIAL_RADIUS, 300_000, Math.PI / 2)).isCloseTo(300_000, within(1e-6));
    }
}
