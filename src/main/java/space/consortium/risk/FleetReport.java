package space.consortium.risk;

import space.consortium.risk.engine.FleetResult;

/**
 * The simulation of one fleet: its name, the station figures it was run with and what the Monte Carlo found.
 *
 * @param consumptionKgPerDay the station's consumption
 * @param initialReserveDays  the starting reserve in days of consumption
 */
public record FleetReport(String name, double consumptionKgPerDay, double initialReserveDays, int horizonDays,
                          FleetResult result) {
}
