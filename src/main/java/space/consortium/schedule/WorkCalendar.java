package space.consortium.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How a plan's day counts become calendar dates: the one rule behind every date the schedule module shows (report,
 * page, charts, exports, run history).
 *
 * <p>The rule: day 0 is the plan's {@code startDate} (or, with a working calendar, the first working day on or after
 * it); a finish at day {@code d > 0} falls on the {@code ⌈d⌉}-th working day after day 0, the day by which the work is
 * done. Without a {@code calendar} in the plan every day is a working day (calendar days: a 10-day activity from
 * Thursday 4 March 2027 is done by Sunday 14 March). With one, the durations are working days, as MS Project and
 * Primavera count them: weekdays outside {@code workingDays} and the {@code holidays} are skipped (a 1-working-day
 * activity from Friday is done by Monday in a Monday-to-Friday week).
 */
public final class WorkCalendar {

    /** The most holidays a plan's calendar may list. */
    public static final int MAX_HOLIDAYS = 5_000;

    private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    private final LocalDate start;
    private final Set<DayOfWeek> working;
    private final Set<LocalDate> holidays;
    private final String rule;

    private WorkCalendar(LocalDate start, Set<DayOfWeek> working, Set<LocalDate> holidays, String rule) {
        this.working = working;
        this.holidays = holidays;
        this.rule = rule;
        LocalDate day = start;
        for (int i = 0; i < 3660 && !isWorking(day); i++) {
            day = day.plusDays(1);
        }
        this.start = day;
    }

    /** Calendar days from {@code start}: every day counts. */
    public static WorkCalendar calendarDays(LocalDate start) {
        return new WorkCalendar(start, EnumSet.allOf(DayOfWeek.class), Set.of(), "calendar days");
    }

    /**
     * The plan's calendar rule, or null when the plan has no (valid) start date. A calendar that does not parse counts
     * as calendar days here; {@link JclPlanMapping} reports it.
     */
    public static @Nullable WorkCalendar of(JclPlan plan) {
        LocalDate start = plan.start();
        if (start == null) {
            return null;
        }
        JclPlan.CalendarSpec spec = plan.calendar();
        if (spec == null) {
            return calendarDays(start);
        }
        Set<DayOfWeek> working = workingDays(spec, null);
        Set<LocalDate> holidays = holidays(spec, null);
        if (working == null || working.isEmpty() || holidays == null) {
            return calendarDays(start);
        }
        StringBuilder rule = new StringBuilder("working days (").append(describe(working));
        if (!holidays.isEmpty()) {
            rule.append(", ").append(holidays.size()).append(holidays.size() == 1 ? " holiday" : " holidays");
        }
        rule.append(')');
        if (spec.name() != null && !spec.name().isBlank()) {
            rule.append(" of the calendar '").append(spec.name().strip()).append('\'');
        }
        return new WorkCalendar(start, EnumSet.copyOf(working), holidays, rule.toString());
    }

    /**
     * The working weekdays a calendar names (Monday to Friday when it names none), or null with a problem reported.
     *
     * @param problems receives {@code (field, message)} of a bad entry, or null to ignore them
     */
    static @Nullable Set<DayOfWeek> workingDays(JclPlan.CalendarSpec spec, @Nullable Problem problems) {
        if (spec.workingDays() == null) {
            return WEEKDAYS;
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        boolean ok = true;
        for (int i = 0; i < spec.workingDays().size(); i++) {
            DayOfWeek d = dayOfWeek(spec.workingDays().get(i));
            if (d == null) {
                ok = false;
                if (problems != null) {
                    problems.add("calendar.workingDays[" + i + "]", "must be a weekday name like MONDAY or MON, was '"
                            + spec.workingDays().get(i) + "'");
                }
            } else {
                days.add(d);
            }
        }
        if (ok && days.isEmpty() && problems != null) {
            problems.add("calendar.workingDays", "a calendar needs at least one working day");
        }
        return ok ? days : null;
    }

    /** The holidays a calendar lists, or null with a problem reported. */
    static @Nullable Set<LocalDate> holidays(JclPlan.CalendarSpec spec, @Nullable Problem problems) {
        if (spec.holidays() == null) {
            return Set.of();
        }
        if (spec.holidays().size() > MAX_HOLIDAYS) {
            if (problems != null) {
                problems.add("calendar.holidays", String.format(Locale.ROOT, "at most %,d dates", MAX_HOLIDAYS));
            }
            return null;
        }
        Set<LocalDate> dates = new HashSet<>();
        boolean ok = true;
        for (int i = 0; i < spec.holidays().size(); i++) {
            String text = spec.holidays().get(i);
            try {
                dates.add(LocalDate.parse(text == null ? "" : text.strip()));
            } catch (java.time.format.DateTimeParseException e) {
                ok = false;
                if (problems != null) {
                    problems.add("calendar.holidays[" + i + "]", "must be an ISO date like 2027-12-25, was '"
                            + text + "'");
                }
            }
        }
        return ok ? dates : null;
    }

    /** Where {@link #workingDays} and {@link #holidays} report a bad entry. */
    interface Problem {
        void add(String field, String message);
    }

    private static @Nullable DayOfWeek dayOfWeek(@Nullable String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip().toUpperCase(Locale.ROOT);
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().equals(t) || (t.length() == 3 && d.name().startsWith(t))) {
                return d;
            }
        }
        return null;
    }

    /** "Monday to Friday", or the days listed: "Sunday, Monday, Tuesday". */
    private static String describe(Set<DayOfWeek> days) {
        List<DayOfWeek> sorted = new ArrayList<>(days);
        sorted.sort(null);
        DayOfWeek first = sorted.get(0);
        DayOfWeek last = sorted.get(sorted.size() - 1);
        if (sorted.size() > 2 && last.getValue() - first.getValue() == sorted.size() - 1) {
            return name(first) + " to " + name(last);
        }
        return String.join(", ", sorted.stream().map(WorkCalendar::name).toList());
    }

    private static String name(DayOfWeek d) {
        return d.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private boolean isWorking(LocalDate day) {
        return working.contains(day.getDayOfWeek()) && !holidays.contains(day);
    }

    /** Day 0: the start date, or the first working day on or after it. */
    public LocalDate start() {
        return start;
    }

    /** The rule in words, for a page or an export: "calendar days" or "working days (Monday to Friday, …)". */
    public String rule() {
        return rule;
    }

    /** True when every day counts (no working calendar). */
    public boolean calendarDays() {
        return working.size() == 7 && holidays.isEmpty();
    }

    /** The date a finish at day {@code days} falls on: the ⌈days⌉-th working day after day 0. */
    public LocalDate date(double days) {
        long whole = (long) Math.ceil(days - 1e-9);
        if (whole <= 0) {
            return start;
        }
        if (calendarDays()) {
            return start.plusDays(whole);
        }
        LocalDate day = start;
        for (long n = 0; n < whole; ) {
            day = day.plusDays(1);
            if (isWorking(day)) {
                n++;
            }
        }
        return day;
    }

    /** The dates of the whole day counts {@code first..last} (each as {@link #date}), in one pass. */
    public List<LocalDate> dates(int first, int last) {
        List<LocalDate> dates = new ArrayList<>(Math.max(0, last - first + 1));
        if (last < first) {
            return dates;
        }
        LocalDate day = date(Math.max(first, 0));
        for (int d = first; d <= last; d++) {
            if (d > 0 && d > first) {
                day = day.plusDays(1);
                while (!isWorking(day)) {
                    day = day.plusDays(1);
                }
            }
            dates.add(d <= 0 ? start : day);
        }
        return dates;
    }
}
