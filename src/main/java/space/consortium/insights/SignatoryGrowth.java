package space.consortium.insights;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import space.consortium.insights.engine.CumulativePoint;
import space.consortium.insights.engine.DatedEvent;
import space.consortium.insights.engine.TimeSeries;

/**
 * How the parties of an agreement (or of a project's agreements) grew: every dated party in signing order, and the
 * cumulative count by date and by year. The one count of cumulative signatories, by
 * {@link TimeSeries#cumulative(List)}: the Artemis Accords on {@code /insights} and {@code /cooperation}, the ISS
 * partners on {@code /insights}.
 *
 * @param signatories every dated party, by signing date then name, ranked from 1
 * @param steps       each date on which the count rises, oldest first
 */
public record SignatoryGrowth(List<Signatory> signatories, List<Step> steps) {

    public SignatoryGrowth {
        signatories = List.copyOf(signatories);
        steps = List.copyOf(steps);
    }

    /**
     * A dated party.
     *
     * @param key    what makes two rows the same party (a partner id, a country code or name): it counts once, on its
     *               earliest date
     * @param signed {@code YYYY-MM-DD}, or {@code YYYY-MM} when the source gives only the month
     */
    public record Signatory(int rank, String key, String name, @Nullable String partnerId, String signed) {
    }

    /**
     * A date on which the count rises.
     *
     * @param date      ISO date; a month-only signature counts from the 1st
     * @param total     the parties from that date on
     * @param names     the parties new on that date, in signing order
     * @param monthOnly whether a new party's source gives only the month
     */
    public record Step(String date, int total, List<String> names, boolean monthOnly) {

        public Step {
            names = List.copyOf(names);
        }
    }

    /** A calendar year with a new party: how many joined in it and the total at its end. */
    public record Year(String year, int added, int total) {
    }

    /** The years with new parties, oldest first. */
    public List<Year> years() {
        Map<String, Year> byYear = new LinkedHashMap<>();
        int before = 0;
        for (Step s : steps) {
            String year = s.date().substring(0, 4);
            Year earlier = byYear.get(year);
            int start = earlier == null ? before : earlier.total() - earlier.added();
            byYear.put(year, new Year(year, s.total() - start, s.total()));
            before = s.total();
        }
        return List.copyOf(byYear.values());
    }

    /** A party as read from the registry, before ranking. */
    record Party(String key, String name, @Nullable String partnerId, String signed) {
    }

    /** Ranks the parties by date then name and counts them cumulatively; undated parties are left out by the caller. */
    static SignatoryGrowth of(List<Party> parties) {
        List<Party> ordered = parties.stream()
                .sorted(Comparator.comparing(Party::signed).thenComparing(Party::name)).toList();
        List<Signatory> signatories = new ArrayList<>();
        List<DatedEvent> events = new ArrayList<>();
        Map<LocalDate, List<Party>> firstOn = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (Party p : ordered) {
            signatories.add(new Signatory(signatories.size() + 1, p.key(), p.name(), p.partnerId(), p.signed()));
            LocalDate date = date(p.signed());
            events.add(new DatedEvent(p.key(), date));
            if (seen.add(p.key())) {
                firstOn.computeIfAbsent(date, d -> new ArrayList<>()).add(p);
            }
        }
        List<Step> steps = new ArrayList<>();
        for (CumulativePoint point : TimeSeries.cumulative(events)) {
            List<Party> added = firstOn.getOrDefault(point.date(), List.of());
            steps.add(new Step(point.date().toString(), point.count(), added.stream().map(Party::name).toList(),
                    added.stream().anyMatch(p -> p.signed().length() == 7)));
        }
        return new SignatoryGrowth(signatories, steps);
    }

    /** A signing date; a month-only one ({@code YYYY-MM}) counts from the 1st. */
    static LocalDate date(String signed) {
        return LocalDate.parse(signed.length() == 7 ? signed + "-01" : signed);
    }
}
