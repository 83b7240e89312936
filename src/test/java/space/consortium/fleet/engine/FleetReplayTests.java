package space.consortium.fleet.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class FleetReplayTests {

    @Test
    void aLostFlightAddsNothingAndTheLowestPointIsJustBeforeTheNextArrival() {
        // 100 kg/day from 6,000 kg; day 10 arrives (+3,000), day 40 lost, day 70 arrives (+3,000); 100 days
        FleetReplay.Result result = FleetReplay.replay(100, 6000, 45, Double.POSITIVE_INFINITY, 100, List.of(
                new FleetReplay.Flight(40, "b", 3000, true, "B"),
                new FleetReplay.Flight(10, "a", 3000, false, "A"),
                new FleetReplay.Flight(70, "c", 3000, false, "C")));

        // day 10: 5,000 → 8,000; day 40: 5,000; day 70: 2,000 → 5,000; day 100: 2,000
        assertThat(result.minimumReserveDays()).isCloseTo(20, within(1e-9));
        assertThat(result.minimumDay()).isEqualTo(70);
        // below 45 days (4,500 kg) from day 45 to 70 and from day 75 to 100
        assertThat(result.daysBelowThreshold()).isCloseTo(50, within(1e-9));
        assertThat(result.reachedZero()).isFalse();
        assertThat(result.points()).extracting(FleetReplay.Point::event).contains("B (lost)", "start", "end");
    }
}
