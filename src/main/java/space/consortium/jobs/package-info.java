/**
 * Long computations as persisted jobs: {@link space.consortium.jobs.JobService} stores a job and schedules it on
 * db-scheduler (table {@code scheduled_tasks}); whichever node polls first runs it, reporting progress in trials, and
 * another node picks it up (from the start) when the node running it dies. Today: JCL runs
 * ({@link space.consortium.jobs.JclJobRequest}); the answer is the same as {@code POST /api/jcl} with the same seed.
 */
@NullMarked
package space.consortium.jobs;

import org.jspecify.annotations.NullMarked;
