package space.consortium.schedule;

import java.util.List;
import java.util.Map;

/**
 * The answer of a JCL run ({@code POST /api/jcl}, the {@code jcl} command, a project's schedule run, a JCL job): owned
 * by this module, mapped from the engine's result by {@link JclService}, so the engine can change without changing
 * the API. Finish dates are in days from the start; costs in the plan's currency.
 *
 * @param trials                trials run (fewer than asked when the run stopped at convergence)
 * @param seed                  the seed used
 * @param converged             true when the run stopped early because the estimates had settled
 * @param finish                finish distribution
 * @param cost                  cost distribution
 * @param deterministicFinish   finish of the plan with point estimates and no risks (the "single-point" schedule)
 * @param deterministicCost     cost of that plan
 * @param finishTarget          the finish target used (the plan's, or the deterministic finish)
 * @param costTarget            the cost target used (the plan's, or the deterministic cost)
 * @param probabilityFinishBy   share of trials finishing by the finish target
 * @param probabilityCostWithin share of trials costing at most the cost target
 * @param jcl                   joint confidence: share of trials meeting both targets
 * @param criticality           per activity, the share of trials in which it is on the critical path
 * @param finishCurve           S-curve: (finish, cumulative probability)
 * @param costCurve             S-curve: (cost, cumulative probability)
 * @param scatter               (finish, cost) of the first trials, for a scatter plot
 * @param frontiers             for JCL 50 %, 70 % and 80 %: the least cost at each finish date that reaches it
 * @param mergeBias             per merge point, how much later it starts on average than its latest predecessor's
 *                              average date (days)
 * @param tornado               sensitivity by activity, risk and partner
 * @param notes                 what the engine adjusted or assumed (a repaired correlation matrix, ...)
 * @param finishDates           the finish figures as calendar dates, only when the plan has a {@code startDate}
 *                              (absent from the JSON otherwise)
 */
public record JclReport(int trials, long seed, boolean converged, Summary finish, Summary cost,
                        double deterministicFinish, double deterministicCost, double finishTarget, double costTarget,
                        double probabilityFinishBy, double probabilityCostWithin, double jcl,
                        Map<String, Double> criticality, List<Point> finishCurve, List<Point> costCurve,
                        List<Point> scatter, List<Frontier> frontiers, List<MergeBias> mergeBias, Tornado tornado,
                        List<String> notes,
                        @com.fasterxml.jackson.annotation.JsonInclude(
                                com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
                        @org.jspecify.annotations.Nullable FinishDates finishDates) {

    public JclReport {
        criticality = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(criticality));
        finishCurve = List.copyOf(finishCurve);
        costCurve = List.copyOf(costCurve);
        scatter = List.copyOf(scatter);
        frontiers = List.copyOf(frontiers);
        mergeBias = List.copyOf(mergeBias);
        notes = List.copyOf(notes);
    }

    /** The same report with finish dates by the calendar's rule ({@link WorkCalendar}), or unchanged when null. */
    public JclReport withCalendar(@org.jspecify.annotations.Nullable WorkCalendar calendar) {
        if (calendar == null) {
            return this;
        }
        return new JclReport(trials, seed, converged, finish, cost, deterministicFinish, deterministicCost,
                finishTarget, costTarget, probabilityFinishBy, probabilityCostWithin, jcl, criticality, finishCurve,
                costCurve, scatter, frontiers, mergeBias, tornado, notes, FinishDates.of(calendar, this));
    }

    /**
     * Finish figures as ISO calendar dates by the plan's calendar rule ({@link WorkCalendar}): day 0 is the start, a
     * finish at day 329.2 falls on day 330's date; calendar days without a working calendar, working days with one.
     *
     * @param start day 0 (with a working calendar, the first working day on or after the plan's start date)
     * @param rule  the rule in words: "calendar days" or "working days (Monday to Friday, …)"
     */
    public record FinishDates(String start, String deterministic, String target, String mean, String p10,
                              String p20, String p30, String p40, String p50, String p60, String p70, String p80,
                              String p90, String min, String max, String rule) {

        static FinishDates of(WorkCalendar c, JclReport r) {
            Summary f = r.finish();
            return new FinishDates(c.start().toString(), date(c, r.deterministicFinish()), date(c, r.finishTarget()),
                    date(c, f.mean()), date(c, f.p10()), date(c, f.p20()), date(c, f.p30()), date(c, f.p40()),
                    date(c, f.p50()), date(c, f.p60()), date(c, f.p70()), date(c, f.p80()), date(c, f.p90()),
                    date(c, f.min()), date(c, f.max()), c.rule());
        }

        private static String date(WorkCalendar c, double days) {
            return c.date(days).toString();
        }
    }

    /** Mean, standard deviation and percentiles (linear interpolation between order statistics). */
    public record Summary(double mean, double sd, double min, double p10, double p20, double p30, double p40,
                          double p50, double p60, double p70, double p80, double p90, double max) {
    }

    /** A point of a curve. */
    public record Point(double x, double y) {
    }

    /** The (finish, least cost) pairs at which the joint confidence reaches {@code level}. */
    public record Frontier(double level, List<Point> points) {
        public Frontier {
            points = List.copyOf(points);
        }
    }

    /**
     * Merge bias at an activity with several predecessors: {@code biasDays = meanStart − latestMeanLink}.
     *
     * @param latestMeanLink the largest of the links' mean dates (days) — where a deterministic plan would start it
     */
    public record MergeBias(String activity, int predecessors, double meanStart, double latestMeanLink,
                            double biasDays) {
    }

    /**
     * One bar of a tornado.
     *
     * @param id     activity, risk or partner id
     * @param finish activities: correlation of the duration with the finish; risks: mean finish when it occurs
     *               minus when it does not (days); partners: mean slip of the partner's critical activities in the
     *               trials at or beyond the P70 finish (days)
     * @param cost   the same for cost
     */
    public record Bar(String id, double finish, double cost) {
    }

    /**
     * Sensitivities, largest first.
     *
     * @param p70SlipDays   P70 finish minus the deterministic finish: what the partner bars share out
     * @param p70GrowthCost P70 cost minus the deterministic cost
     */
    public record Tornado(List<Bar> activities, List<Bar> risks, List<Bar> partners, double p70SlipDays,
                          double p70GrowthCost) {
        public Tornado {
            activities = List.copyOf(activities);
            risks = List.copyOf(risks);
            partners = List.copyOf(partners);
        }
    }
}
