package space.consortium.insights.engine;

import java.time.LocalDate;

/** The running total of distinct subjects on a date. */
public record CumulativePoint(LocalDate date, int count) {

    public CumulativePoint {
        if (count < 0) {
            throw new IllegalArgumentException("a count is not negative, got " + count + " on " + date);
        }
    }
}
