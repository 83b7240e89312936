/**
 * Long computations as persisted jobs: {@link space.consortium.jobs.JobService} stores a job and schedules it on
 * db-scheduler (table {@code scheduled_tasks}); whichever node polls first runs it, reporting progress (trials or time steps), and
 * another node picks it up (from the start) when the node running it dies. Kinds: JCL runs
 * ({@link space.consortium.jobs.JclJobRequest}), relay plans and fleet simulations; the answer is the same as the
 * direct endpoint's ({@code POST /api/jcl}, {@code /api/relay/plan}, {@code /api/fleet/simulate}) with the same seed.
 */
@NullMarked
package space.consortium.jobs;

import org.jspecify.annotations.NullMarked;
