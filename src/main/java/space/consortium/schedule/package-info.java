/**
 * Schedules and joint cost &amp; schedule confidence (JCL): {@link space.consortium.schedule.JclService} turns a plan
 * ({@link space.consortium.schedule.JclPlan}, the request) into a {@link space.consortium.schedule.JclReport} without
 * touching the database (the CLI's {@code jcl} command uses it so), {@link space.consortium.schedule.ScheduleService}
 * keeps one schedule per project with its run history and takes in the risk register's events. The Monte Carlo is in
 * {@code engine} ({@link space.consortium.schedule.engine.JclMonteCarlo}); its types never leave this module.
 */
@NullMarked
@ApplicationModule(displayName = "Schedule & JCL")
package space.consortium.schedule;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
