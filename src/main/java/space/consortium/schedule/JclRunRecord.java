package space.consortium.schedule;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * One recorded run of a project's schedule: what reproduces it (trials, seed, plan version) and what it found.
 *
 * @param dates the finish figures as dates when the plan had a start date at the time of the run (absent from the
 *              JSON otherwise)
 */
public record JclRunRecord(long id, String projectId, long planVersion, int trials, long seed, double finishMean,
                           double finishP50, double finishP70, double finishP80, double costMean, double costP50,
                           double costP70, double costP80, double finishTarget, double costTarget, double jcl,
                           LocalDateTime ranAt, @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Dates dates) {

    /**
     * A run's finish figures as ISO dates, by the rule the plan's calendar gave ({@link WorkCalendar}).
     *
     * @param start day 0
     * @param rule  "calendar days" or "working days (Monday to Friday, …)"
     */
    public record Dates(String start, String rule, String finishMean, String finishP50, String finishP70,
                        String finishP80, String finishTarget) {
    }
}
