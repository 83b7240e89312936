package space.consortium.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Day counts to dates. Every expected date is counted by hand on a wall calendar: 5 March 2027 is a Friday, 1 March
 * 2027 a Monday, 6 March 2027 a Saturday.
 */
class WorkCalendarTests {

    private static final List<String> WEEK = List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY");

    private static WorkCalendar calendar(String start, JclPlan.CalendarSpec spec) {
        return WorkCalendar.of(new JclPlan(null, null, null, null, null, null, null, null, null, start, spec));
    }

    @Test
    void aOneWorkingDayActivityFromAFridayIsDoneByMondayInAFiveDayWeek() {
        WorkCalendar fiveDays = calendar("2027-03-05", new JclPlan.CalendarSpec("Standard", WEEK, null));
        assertThat(fiveDays.date(1)).isEqualTo(LocalDate.of(2027, 3, 8));
        // part of a day ends on that day's date, as a whole one does
        assertThat(fiveDays.date(0.5)).isEqualTo(LocalDate.of(2027, 3, 8));
        assertThat(fiveDays.date(0)).isEqualTo(LocalDate.of(2027, 3, 5));
        assertThat(fiveDays.rule()).isEqualTo("working days (Monday to Friday) of the calendar 'Standard'");
        // without a calendar the day counts are calendar days: Friday + 1 = Saturday
        WorkCalendar everyDay = WorkCalendar.of(new JclPlan(null, null, null, null, null, null, null, null, null,
                "2027-03-05"));
        assertThat(everyDay.date(1)).isEqualTo(LocalDate.of(2027, 3, 6));
        assertThat(everyDay.rule()).isEqualTo("calendar days");
    }

    @Test
    void tenWorkingDaysFromAMondayEndTwoWeeksLaterAndAHolidayPushesThemOn() {
        WorkCalendar week = calendar("2027-03-01", new JclPlan.CalendarSpec(null, WEEK, null));
        // Tue 2 (1), Wed 3, Thu 4, Fri 5 (4), Mon 8 (5) … Fri 12 (9), Mon 15 (10)
        assertThat(week.date(10)).isEqualTo(LocalDate.of(2027, 3, 15));
        WorkCalendar holiday = calendar("2027-03-01", new JclPlan.CalendarSpec(null, WEEK, List.of("2027-03-08")));
        assertThat(holiday.date(10)).isEqualTo(LocalDate.of(2027, 3, 16));
        assertThat(holiday.rule()).isEqualTo("working days (Monday to Friday, 1 holiday)");
        // no working days named: Monday to Friday
        assertThat(calendar("2027-03-01", new JclPlan.CalendarSpec(null, null, null)).date(10))
                .isEqualTo(LocalDate.of(2027, 3, 15));
    }

    @Test
    void aStartOnANonWorkingDayCountsFromTheNextWorkingDay() {
        WorkCalendar week = calendar("2027-03-06", new JclPlan.CalendarSpec(null, List.of("MON", "tue", "Wed",
                "THU", "FRI"), null));
        assertThat(week.start()).isEqualTo(LocalDate.of(2027, 3, 8));
        assertThat(week.date(1)).isEqualTo(LocalDate.of(2027, 3, 9));
        // a six-day week (Sunday off): Saturday 6 March works, so day 1 is Monday 8 March
        WorkCalendar six = calendar("2027-03-05", new JclPlan.CalendarSpec(null, List.of("MONDAY", "TUESDAY",
                "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY"), null));
        assertThat(six.date(1)).isEqualTo(LocalDate.of(2027, 3, 6));
        assertThat(six.date(2)).isEqualTo(LocalDate.of(2027, 3, 8));
        assertThat(six.rule()).isEqualTo("working days (Monday to Saturday)");
    }

    @Test
    void theDateTableAgreesWithEachDate() {
        WorkCalendar week = calendar("2027-03-06", new JclPlan.CalendarSpec(null, WEEK, List.of("2027-03-10")));
        List<LocalDate> dates = week.dates(0, 40);
        for (int d = 0; d <= 40; d++) {
            assertThat(dates.get(d)).as("day " + d).isEqualTo(week.date(d));
            assertThat(dates.get(d).getDayOfWeek().getValue()).as("day " + d).isLessThanOrEqualTo(5);
            assertThat(dates.get(d)).isNotEqualTo(LocalDate.of(2027, 3, 10));
        }
        assertThat(week.dates(7, 9)).containsExactly(week.date(7), week.date(8), week.date(9));
    }

    @Test
    void aPlanWithoutAStartDateHasNoDates() {
        assertThat(WorkCalendar.of(new JclPlan(null, null, null, null, null, null, null, null, null, null,
                new JclPlan.CalendarSpec(null, WEEK, null)))).isNull();
    }
}
