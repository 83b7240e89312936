package space.consortium.insights.engine;

import java.time.LocalDate;

/** Something that happened to a subject on a date, e.g. a country signing the Artemis Accords. */
public record DatedEvent(String subject, LocalDate date) {

    public DatedEvent {
        if (subject.isBlank()) {
            throw new IllegalArgumentException("an event needs a subject (on " + date + ")");
        }
    }
}
