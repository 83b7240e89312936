package space.consortium.fleet;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A fleet to simulate (the body of {@code POST /api/fleet/simulate} and of the {@code fleet} command's file). Masses
 * in kg, times in days from the start of the period.
 *
 * @param name                 a label for the comparison table (optional)
 * @param consumptionKgPerDay  what the station uses per day
 * @param initialReserveKg     on board at day 0
 * @param reserveThresholdDays the reserve, in days of consumption, that counts as trouble (default 45)
 * @param storageLimitKg       most the station holds (optional, no limit)
 * @param horizonDays          the simulated period (default 730)
 * @param trials               Monte Carlo trials (default 10,000)
 * @param seed                 random seed (default 1); the same seed gives the same result
 */
public record FleetRequest(@Nullable String name, @Nullable Double consumptionKgPerDay,
                           @Nullable Double initialReserveKg, @Nullable Double reserveThresholdDays,
                           @Nullable Double storageLimitKg, @Nullable Integer horizonDays, @Nullable Integer trials,
                           @Nullable Long seed, @Nullable List<Family> families, @Nullable List<Vehicle> vehicles) {

    /**
     * A launcher (or stage) family; a failure grounds every vehicle on it.
     *
     * @param lossProbability    per launch, 0–1
     * @param returnToFlightDays grounding after a failure
     * @param note               where the numbers come from (optional)
     */
    public record Family(@Nullable String id, @Nullable Double lossProbability, @Nullable Double returnToFlightDays,
                         @Nullable String note) {
    }

    /**
     * A cargo vehicle.
     *
     * @param partner            who flies it
     * @param family             its launcher family id
     * @param cadenceDays        days between flights
     * @param firstFlightDay     day of its first flight (default 0)
     * @param capacityKg         consumables per successful flight
     * @param lossProbability    of the vehicle itself per flight (default 0)
     * @param returnToFlightDays grounding after its own failure (default 0)
     */
    public record Vehicle(@Nullable String id, @Nullable String partner, @Nullable String family,
                          @Nullable Double cadenceDays, @Nullable Double firstFlightDay, @Nullable Double capacityKg,
                          @Nullable Double lossProbability, @Nullable Double returnToFlightDays) {
    }

    /** The same fleet with another name, trial count and seed (each null keeps the current one). */
    public FleetRequest with(@Nullable String newName, @Nullable Integer newTrials, @Nullable Long newSeed) {
        return new FleetRequest(newName != null ? newName : name, consumptionKgPerDay, initialReserveKg,
                reserveThresholdDays, storageLimitKg, horizonDays, newTrials != null ? newTrials : trials,
                newSeed != null ? newSeed : seed, families, vehicles);
    }
}
