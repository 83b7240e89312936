package space.consortium.fleet;

import java.time.LocalDate;
import java.util.List;

/**
 * The 2014–2015 ISS cargo manifest replayed through the reserve model.
 *
 * @param flights            the manifest, with sources
 * @param points             the reserve (days of consumption) before and after each flight
 * @param minimumReserveDays the lowest reserve, and {@code minimumDate} when
 */
public record ReplayReport(LocalDate start, double consumptionKgPerDay, double initialReserveDays,
                           double thresholdDays, List<ReplayFlight> flights, List<Point> points,
                           double minimumReserveDays, LocalDate minimumDate, double daysBelowThreshold,
                           boolean reachedZero, List<String> assumptions) {

    public ReplayReport {
        flights = List.copyOf(flights);
        points = List.copyOf(points);
        assumptions = List.copyOf(assumptions);
    }

    /** One flight of the manifest as shipped in {@code risk/iss-cargo-2014-2015.csv}. */
    public record ReplayFlight(LocalDate date, String flight, String vehicle, String partner, String launcher,
                               String outcome, double massKg, String massBasis, String sourceUrl) {
    }

    /** The reserve on a date and what happened then. */
    public record Point(LocalDate date, double reserveDays, String event) {
    }
}
