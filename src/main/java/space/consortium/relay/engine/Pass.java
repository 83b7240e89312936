package space.consortium.relay.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A visibility window of an orbiter from a lander: elevation above the mask and range below the maximum.
 *
 * @param orbiter           orbiter id
 * @param orbiterOwner      the orbiter's owner (agency)
 * @param lander            lander id
 * @param landerOwner       the lander's owner (agency)
 * @param start             when the window opens (UTC)
 * @param end               when it closes (UTC)
 * @param maxElevationDeg   highest elevation in the window, degrees
 * @param maxElevationAt    when the highest elevation is reached
 * @param minRangeKm        shortest range, km
 * @param volumeMbit        data the link model predicts for the whole window, Mbit
 * @param localSolarTimeH   local true solar time at the lander at mid-window, hours
 * @param rangeProfile      samples of range, elevation and rate through the window
 */
public record Pass(String orbiter, String orbiterOwner, String lander, String landerOwner, Instant start, Instant end,
                   double maxElevationDeg, Instant maxElevationAt, double minRangeKm, double volumeMbit,
                   double localSolarTimeH, List<RangeSample> rangeProfile) {

    public Pass {
        rangeProfile = List.copyOf(rangeProfile);
    }

    /** Window length, s. */
    public double durationSeconds() {
        return Duration.between(start, end).toNanos() / 1e9;
    }

    /** The same window without its range profile (for compact output). */
    public Pass withoutProfile() {
        return new Pass(orbiter, orbiterOwner, lander, landerOwner, start, end, maxElevationDeg, maxElevationAt,
                minRangeKm, volumeMbit, localSolarTimeH, List.of());
    }
}
