package space.consortium.schedule;

import java.time.LocalDateTime;

/** One recorded run of a project's schedule: what reproduces it (trials, seed, plan version) and what it found. */
public record JclRunRecord(long id, String projectId, long planVersion, int trials, long seed, double finishMean,
                           double finishP50, double finishP70, double finishP80, double costMean, double costP50,
                           double costP70, double costP80, double finishTarget, double costTarget, double jcl,
                           LocalDateTime ranAt) {
}
