package space.consortium.schedule;

import java.util.List;
import org.jspecify.annotations.Nullable;
import space.consortium.risk.DistributionSpec;
import space.consortium.risk.RiskEvent;

/**
 * A schedule plan as written in a plan file or sent to {@code POST /api/jcl}, the request of a JCL run: activities
 * with owner partner, duration distribution, predecessors and cost loading; discrete risks (the risk module's
 * {@link RiskEvent}s); correlations; targets. Durations and lags in days, costs in the plan's currency. Optional
 * {@code trials}, {@code seed} and {@code convergence} set up the run.
 * Optional {@code startDate} (ISO {@code 2027-01-04}, an imported schedule's project start): when given, the report
 * adds calendar dates beside the day counts ({@link JclReport#finishDates()}), counting calendar days from it, or,
 * when the plan also has a {@code calendar} (an imported file's project calendar), working days of that calendar
 * (the rule: {@link WorkCalendar}).
 */
public record JclPlan(@Nullable List<ActivitySpec> activities, @Nullable List<RiskEvent> risks,
                      @Nullable List<CorrelationSpec> correlations, @Nullable Targets targets,
                      @Nullable Boolean repairCorrelations, @Nullable Integer trials, @Nullable Long seed,
                      @Nullable Double convergence, @Nullable String currency,
                      @Nullable String startDate, @Nullable CalendarSpec calendar) {

    /**
     * The working calendar the plan's durations count in: the working weekdays ({@code ["MONDAY", ..., "FRIDAY"]} or
     * {@code ["MON", ...]}; Monday to Friday when absent) and the non-working dates ({@code holidays}, ISO). Without
     * one, durations are calendar days.
     */
    public record CalendarSpec(@Nullable String name, @Nullable List<String> workingDays,
                               @Nullable List<String> holidays) {
    }

    /**
     * One activity.
     *
     * @param after    finish-to-start predecessors without lag
     * @param links    other links: {@code {"from": "X", "type": "FS|SS|FF", "lag": days}}
     * @param duration required unless {@code milestone} is true
     */
    public record ActivitySpec(@Nullable String id, @Nullable String name, @Nullable String owner,
                               @Nullable DistributionSpec duration, @Nullable Boolean milestone,
                               @Nullable List<String> after, @Nullable List<LinkSpec> links, @Nullable CostSpec cost) {
    }

    /** A link to a predecessor. */
    public record LinkSpec(@Nullable String from, @Nullable String type, @Nullable Double lag) {
    }

    /** Cost loading: time-independent amount plus burn rate per day times the duration. */
    public record CostSpec(@Nullable DistributionSpec fixed, @Nullable DistributionSpec rate) {
    }

    /** Equal correlation among the activities' durations ({@code on} "duration", the default) or fixed costs. */
    public record CorrelationSpec(@Nullable List<String> activities, @Nullable Double rho, @Nullable String on) {
    }

    /** A plan without a start date (the form before start dates; kept for callers that set none). */
    public JclPlan(@Nullable List<ActivitySpec> activities, @Nullable List<RiskEvent> risks,
                   @Nullable List<CorrelationSpec> correlations, @Nullable Targets targets,
                   @Nullable Boolean repairCorrelations, @Nullable Integer trials, @Nullable Long seed,
                   @Nullable Double convergence, @Nullable String currency) {
        this(activities, risks, correlations, targets, repairCorrelations, trials, seed, convergence, currency, null,
                null);
    }

    /** A plan without a working calendar (durations in calendar days). */
    public JclPlan(@Nullable List<ActivitySpec> activities, @Nullable List<RiskEvent> risks,
                   @Nullable List<CorrelationSpec> correlations, @Nullable Targets targets,
                   @Nullable Boolean repairCorrelations, @Nullable Integer trials, @Nullable Long seed,
                   @Nullable Double convergence, @Nullable String currency, @Nullable String startDate) {
        this(activities, risks, correlations, targets, repairCorrelations, trials, seed, convergence, currency,
                startDate, null);
    }

    /** The start date, or null when the plan has none or it is not an ISO date (validation reports that). */
    public java.time.@Nullable LocalDate start() {
        if (startDate == null) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(startDate.strip());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /** Targets: finish in days from the start, cost in the plan's currency. */
    public record Targets(@Nullable Double finish, @Nullable Double cost) {
    }
}
