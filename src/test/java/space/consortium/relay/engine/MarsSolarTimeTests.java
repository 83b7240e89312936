package space.consortium.relay.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class MarsSolarTimeTests {

    @Test
    void mars24WorkedExampleA() {
        // Mars24 "Algorithm and Worked Examples", example A: 2000-01-06 00:00:00 UTC at longitude 0
        MarsSolarTime t = MarsSolarTime.at(Instant.parse("2000-01-06T00:00:00Z"));
        assertThat(t.solarLongitudeDeg()).isCloseTo(277.18758, within(1e-4));
        assertThat(t.equationOfTimeDeg()).isCloseTo(-5.18774, within(1e-4));
        assertThat(t.meanSolarTimeH()).isCloseTo(23.99425, within(1e-4));
        assertThat(t.localTrueSolarTimeH(0)).isCloseTo(23.64840, within(1e-4));
        assertThat(MarsSolarTime.clock(t.meanSolarTimeH())).isEqualTo("23:59");
    }

    @Test
    void localTimeAdvancesOneHourPer15DegreesEast() {
        MarsSolarTime t = MarsSolarTime.at(Instant.parse("2026-01-01T00:00:00Z"));
        double diff = t.localMeanSolarTimeH(15) - t.localMeanSolarTimeH(0);
        assertThat((diff + 24) % 24).isCloseTo(1.0, within(1e-9));
    }
}
