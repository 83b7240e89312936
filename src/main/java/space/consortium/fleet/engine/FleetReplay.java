package space.consortium.fleet.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Replays a flown manifest through the reserve model, without randomness: the reserve falls at the consumption rate
 * and each flight that arrived adds its mass (up to the storage limit); a lost flight adds nothing. It shows what the
 * model says about a real sequence of events, such as the three ISS cargo losses of 2014–2015.
 */
public final class FleetReplay {

    private FleetReplay() {
    }

    /**
     * A flight of the manifest.
     *
     * @param day    days from the start of the replay
     * @param massKg consumables it carried
     * @param lost   true when it never arrived
     */
    public record Flight(double day, String vehicle, double massKg, boolean lost, String label) {
    }

    /** The reserve on a day, in days of consumption, and what happened that day (or empty). */
    public record Point(double day, double reserveDays, String event) {
    }

    /**
     * The replay's trajectory and its lowest point.
     *
     * @param points             the reserve just before and just after each flight, and at start and end
     * @param minimumReserveDays the lowest reserve, in days of consumption
     * @param minimumDay         when it was reached
     * @param daysBelowThreshold time spent below the threshold
     */
    public record Result(List<Point> points, double minimumReserveDays, double minimumDay, double thresholdDays,
                         double daysBelowThreshold, boolean reachedZero) {

        public Result {
            points = List.copyOf(points);
        }
    }

    /**
     * Replays the flights over {@code horizonDays}.
     *
     * @param consumptionKgPerDay more than zero
     * @param initialReserveKg    on board at day 0
     * @param thresholdDays       the reserve (in days) to count time below
     * @param storageLimitKg      most the station holds ({@code Double.POSITIVE_INFINITY} for no limit)
     */
    public static Result replay(double consumptionKgPerDay, double initialReserveKg, double thresholdDays,
                                double storageLimitKg, double horizonDays, List<Flight> flights) {
        if (!(consumptionKgPerDay > 0)) {
            throw new IllegalArgumentException("consumptionKgPerDay must be more than zero");
        }
        double c = consumptionKgPerDay;
        double threshold = thresholdDays * c;
        List<Flight> ordered = new ArrayList<>(flights);
        ordered.sort(Comparator.comparingDouble(Flight::day));
        List<Point> points = new ArrayList<>();
        double reserve = initialReserveKg;
        double time = 0;
        double min = reserve;
        double minDay = 0;
        double below = 0;
        boolean zero = reserve <= 0;
        points.add(new Point(0, reserve / c, "start"));
        List<Flight> inRange = ordered.stream().filter(f -> f.day() >= 0 && f.day() <= horizonDays).toList();
        for (int i = 0; i <= inRange.size(); i++) {
            Flight flight = i < inRange.size() ? inRange.get(i) : null;
            double until = flight == null ? horizonDays : flight.day();
            double span = until - time;
            double end = reserve - c * span;
            if (reserve < threshold) {
                below += span;
            } else if (end < threshold) {
                below += span - (reserve - threshold) / c;
            }
            if (end <= 0) {
                zero = true;
                end = 0;
            }
            reserve = end;
            time = until;
            if (reserve < min) {
                min = reserve;
                minDay = time;
            }
            if (flight == null) {
                points.add(new Point(time, reserve / c, "end"));
            } else {
                points.add(new Point(time, reserve / c, ""));
                if (!flight.lost()) {
                    reserve = Math.min(storageLimitKg, reserve + flight.massKg());
                }
                points.add(new Point(time, reserve / c, flight.label() + (flight.lost() ? " (lost)" : "")));
            }
        }
        return new Result(points, min / c, minDay, thresholdDays, below, zero);
    }
}
