package space.consortium.fleet.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A station's consumables and the fleet that resupplies it. Masses in kilograms, times in days from the start of the
 * simulated period.
 *
 * @param consumptionKgPerDay  what the crew uses, more than zero
 * @param initialReserveKg     on board at day 0
 * @param thresholdDays        the reserve, in days of consumption, below which the station is in trouble (NASA plans
 *                             evacuation at about 45 days)
 * @param storageLimitKg       most the station can hold, or null for no limit
 * @param horizonDays          length of the simulated period
 * @param families             launcher (or stage) families: a failure grounds every vehicle flying on it
 * @param vehicles             the cargo vehicles
 */
public record Fleet(double consumptionKgPerDay, double initialReserveKg, double thresholdDays,
                    @Nullable Double storageLimitKg, int horizonDays, List<LauncherFamily> families,
                    List<Vehicle> vehicles) {

    /** Most days simulated (100 years). */
    public static final int MAX_HORIZON_DAYS = 36_500;

    /**
     * A launcher or stage family shared by vehicles: its failures are the common cause.
     *
     * @param lossProbability    per launch, 0–1
     * @param returnToFlightDays how long every vehicle on the family is grounded after a failure
     */
    public record LauncherFamily(String id, double lossProbability, double returnToFlightDays) {
    }

    /**
     * A cargo vehicle type with its flight cadence.
     *
     * @param partner            who flies it (free text, e.g. a partner id)
     * @param family             the id of its launcher family
     * @param cadenceDays        days between flights, more than zero
     * @param firstFlightDay     day of its first flight in the period, zero or more
     * @param capacityKg         consumables delivered by a successful flight
     * @param lossProbability    per flight, of the vehicle itself (on top of its launcher's), 0–1
     * @param returnToFlightDays how long this vehicle is grounded after its own failure
     */
    public record Vehicle(String id, String partner, String family, double cadenceDays, double firstFlightDay,
                          double capacityKg, double lossProbability, double returnToFlightDays) {
    }

    public Fleet {
        families = List.copyOf(families);
        vehicles = List.copyOf(vehicles);
    }

    /** The supply a fleet without losses delivers per day, in kg/day. */
    public double nominalSupplyKgPerDay() {
        return vehicles.stream().mapToDouble(v -> v.capacityKg() / v.cadenceDays()).sum();
    }

    /** The reserve below which the station is in trouble, in kg. */
    public double thresholdKg() {
        return thresholdDays * consumptionKgPerDay;
    }

    /** Every rule the fleet breaks, each with the path of the offending field; empty when valid. */
    public List<FleetProblem> problems() {
        List<FleetProblem> problems = new ArrayList<>();
        positive(problems, "consumptionKgPerDay", consumptionKgPerDay);
        nonNegative(problems, "initialReserveKg", initialReserveKg);
        nonNegative(problems, "thresholdDays", thresholdDays);
        if (storageLimitKg != null && !(storageLimitKg > 0)) {
            problems.add(new FleetProblem("storageLimitKg", "must be more than zero (or left out for no limit)"));
        } else if (storageLimitKg != null && initialReserveKg > storageLimitKg) {
            problems.add(new FleetProblem("initialReserveKg", "is more than the storage limit " + storageLimitKg));
        }
        if (horizonDays < 1 || horizonDays > MAX_HORIZON_DAYS) {
            problems.add(new FleetProblem("horizonDays", "must be between 1 and " + MAX_HORIZON_DAYS));
        }
        Set<String> familyIds = new HashSet<>();
        for (int i = 0; i < families.size(); i++) {
            LauncherFamily f = families.get(i);
            String at = "families[" + i + "].";
            if (f.id() == null || f.id().isBlank()) {
                problems.add(new FleetProblem(at + "id", "is required"));
            } else if (!familyIds.add(f.id())) {
                problems.add(new FleetProblem(at + "id", "'" + f.id() + "' is listed twice"));
            }
            probability(problems, at + "lossProbability", f.lossProbability());
            nonNegative(problems, at + "returnToFlightDays", f.returnToFlightDays());
        }
        if (vehicles.isEmpty()) {
            problems.add(new FleetProblem("vehicles", "needs at least one vehicle"));
        }
        Set<String> vehicleIds = new HashSet<>();
        for (int i = 0; i < vehicles.size(); i++) {
            Vehicle v = vehicles.get(i);
            String at = "vehicles[" + i + "].";
            if (v.id() == null || v.id().isBlank()) {
                problems.add(new FleetProblem(at + "id", "is required"));
            } else if (!vehicleIds.add(v.id())) {
                problems.add(new FleetProblem(at + "id", "'" + v.id() + "' is listed twice"));
            }
            if (v.family() == null || !familyIds.contains(v.family())) {
                problems.add(new FleetProblem(at + "family", "'" + v.family() + "' is not one of the families "
                        + familyIds.stream().sorted().toList()));
            }
            positive(problems, at + "cadenceDays", v.cadenceDays());
            nonNegative(problems, at + "firstFlightDay", v.firstFlightDay());
            nonNegative(problems, at + "capacityKg", v.capacityKg());
            probability(problems, at + "lossProbability", v.lossProbability());
            nonNegative(problems, at + "returnToFlightDays", v.returnToFlightDays());
        }
        return problems;
    }

    private static void positive(List<FleetProblem> problems, String field, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            problems.add(new FleetProblem(field, "must be a number more than zero, was " + value));
        }
    }

    private static void nonNegative(List<FleetProblem> problems, String field, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            problems.add(new FleetProblem(field, "must be a number of zero or more, was " + value));
        }
    }

    private static void probability(List<FleetProblem> problems, String field, double value) {
        if (!(value >= 0 && value <= 1)) {
            problems.add(new FleetProblem(field, "must be a probability between 0 and 1, was " + value));
        }
    }
}
