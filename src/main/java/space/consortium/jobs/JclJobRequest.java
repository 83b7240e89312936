package space.consortium.jobs;

import org.jspecify.annotations.Nullable;
import space.consortium.schedule.JclPlan;

/**
 * A JCL run to do as a job: the plan (as for {@code POST /api/jcl}), its trials and seed (null for the plan's or the
 * defaults).
 */
public record JclJobRequest(@Nullable JclPlan plan, @Nullable Integer trials, @Nullable Long seed) {
}
