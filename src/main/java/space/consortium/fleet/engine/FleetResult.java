package space.consortium.fleet.engine;

import java.util.List;

/**
 * What a fleet Monte Carlo found. Probabilities are shares of trials with their standard errors
 * ({@code sqrt(p(1-p)/n)}); reserves are in days of consumption.
 *
 * @param probabilityBelowThreshold share of trials in which the reserve fell below the threshold at least once
 * @param probabilityEmpty          share of trials in which the reserve reached zero
 * @param meanMinimumReserveDays    the lowest reserve of a trial, averaged
 * @param meanDaysBelowThreshold    days spent below the threshold, averaged
 * @param bands                     reserve percentiles over time
 * @param vehicles                  per vehicle: flights, losses and delivered mass, averaged over trials
 */
public record FleetResult(int trials, long seed, double thresholdDays, double probabilityBelowThreshold,
                          double standardErrorBelowThreshold, double probabilityEmpty, double standardErrorEmpty,
                          double meanMinimumReserveDays, double meanDaysBelowThreshold, double meanLosses,
                          double nominalSupplyKgPerDay, List<Band> bands, List<VehicleStats> vehicles) {

    public FleetResult {
        bands = List.copyOf(bands);
        vehicles = List.copyOf(vehicles);
    }

    /** Reserve percentiles (P5, P25, P50, P75, P95) on one day, in days of consumption. */
    public record Band(double day, double p5, double p25, double p50, double p75, double p95) {
    }

    /** One vehicle's averages per trial. */
    public record VehicleStats(String id, String partner, double meanFlights, double meanLosses,
                               double meanDeliveredKg) {
    }
}
