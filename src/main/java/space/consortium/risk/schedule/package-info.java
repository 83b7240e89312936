/**
 * Schedules and joint cost &amp; schedule confidence (JCL) runs: {@link space.consortium.risk.schedule.JclService}
 * turns a plan file ({@link space.consortium.risk.schedule.JclPlan}) into a Monte Carlo result without touching the
 * database (the CLI's {@code jcl} command uses it so), {@link space.consortium.risk.schedule.ScheduleService} keeps one
 * schedule per project with its run history.
 */
@NullMarked
@NamedInterface("schedule")
package space.consortium.risk.schedule;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
