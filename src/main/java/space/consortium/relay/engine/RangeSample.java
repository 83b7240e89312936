package space.consortium.relay.engine;

import java.time.Instant;

/**
 * One point of a pass's range profile.
 *
 * @param at           when (UTC)
 * @param rangeKm      lander-to-orbiter distance, km
 * @param elevationDeg elevation of the orbiter seen from the lander, degrees
 * @param rateKbps     return-link rate the link model gives at that range, kbit/s
 */
public record RangeSample(Instant at, double rangeKm, double elevationDeg, double rateKbps) {
}
