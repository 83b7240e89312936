package space.consortium.jobs;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import space.consortium.accounts.Access;
import space.consortium.fleet.FleetRequest;
import space.consortium.fleet.FleetService;
import space.consortium.relay.PlanRequest;
import space.consortium.relay.RelayRequest;
import space.consortium.relay.RelayService;
import space.consortium.schedule.JclPlan;
import space.consortium.schedule.JclService;
import space.consortium.shared.Checkpoint;
import space.consortium.shared.InvalidInput;
import space.consortium.shared.NotFound;
import space.consortium.shared.Work;
import space.consortium.shared.WorkLimits;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Starts long computations as persisted jobs and tells how far they are. A job is a row of {@code computation_job}
 * and an execution of db-scheduler's task {@value #TASK}: the node that picks the execution runs it, reporting progress
 * as it goes (JCL: trials, after each block; relay: time steps of the window search; fleet: trials); when that node
 * dies, its heartbeat stops and another node revives the execution and runs the job again from the start (a seeded
 * run gives the same answer). Every kind is checked as its direct endpoint checks it (400 for bad input, 422 over the
 * caller's work limit) before anything is stored, and its result is what that endpoint answers.
 */
@Service
public class JobService {

    /** db-scheduler's name of the one task that runs every job. */
    static final String TASK = "computation-job";
    static final String JCL = "jcl";
    static final String RELAY = "relay";
    static final String FLEET = "fleet";
    /** Least time between two writes of a relay or fleet job's progress. */
    private static final long PROGRESS_EVERY_NANOS = TimeUnit.MILLISECONDS.toNanos(250);

    private static final Logger log = LoggerFactory.getLogger(JobService.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JobRepository jobs;
    private final JclService jcl;
    private final RelayService relay;
    private final FleetService fleet;
    private final Access access;
    private final ObjectProvider<SchedulerClient> scheduler;
    private final MeterRegistry meters;
    private final Clock clock = Clock.systemUTC();

    JobService(JobRepository jobs, JclService jcl, RelayService relay, FleetService fleet, Access access,
               ObjectProvider<SchedulerClient> scheduler, ObjectProvider<MeterRegistry> meters) {
        this.meters = meters.getIfAvailable(SimpleMeterRegistry::new);
        this.jobs = jobs;
        this.jcl = jcl;
        this.relay = relay;
        this.fleet = fleet;
        this.access = access;
        this.scheduler = scheduler;
    }

    /**
     * Checks a JCL run against the work's limits (before anything is stored) and starts it as a job. A job holds the
     * server's resources beyond the request, so only contributors start one, as for a stored schedule run.
     *
     * @throws InvalidInput naming the offending fields of the plan or {@code trials}
     * @throws space.consortium.shared.OverLimit when trials × activities is over the caller's limit
     */
    public Job startJcl(JclJobRequest request, Work work) {
        access.checkContributor();
        if (request.plan() == null) {
            throw new InvalidInput("plan", "is required: the plan to run, as for POST /api/jcl");
        }
        int trials = jcl.admit(request.plan(), request.trials(), JclService.MAX_WEB_TRIALS, work);
        jcl.validate(request.plan());
        return start(JCL, JSON.writeValueAsString(request), trials);
    }

    /**
     * Checks a relay plan (the body of {@code POST /api/relay/plan}) against the work's limits, before anything is
     * stored, and starts it as a job; its progress counts the time steps of the window search.
     *
     * @throws InvalidInput naming every offending field of the plan
     * @throws space.consortium.shared.OverLimit when orbiters × landers × time steps is over the caller's limit
     */
    public Job startRelay(@Nullable RelayRequest body, Work work) {
        access.checkContributor();
        PlanRequest plan = relay.validate(body);
        long steps = relay.admit(plan, work);
        return start(RELAY, JSON.writeValueAsString(body), steps);
    }

    /**
     * Checks a fleet (the body of {@code POST /api/fleet/simulate}) against the work's limits, before anything is
     * stored, and starts its simulation as a job; its progress counts trials.
     *
     * @throws InvalidInput naming every offending field of the fleet
     * @throws space.consortium.shared.OverLimit when trials × flights is over the caller's limit
     */
    public Job startFleet(FleetRequest request, Work work) {
        access.checkContributor();
        int trials = fleet.admit(request, work);
        return start(FLEET, JSON.writeValueAsString(request), trials);
    }

    private Job start(String kind, String request, long total) {
        String id = UUID.randomUUID().toString();
        jobs.insert(id, kind, request, total, access.current().orElse(null), clock.instant());
        scheduler.getObject().scheduleIfNotExists(new TaskInstance<Void>(TASK, id), clock.instant());
        return get(id);
    }

    /** A job and its progress. @throws NotFound for an unknown id */
    public Job get(String id) {
        return jobs.find(id).orElseThrow(() -> new NotFound("job", id));
    }

    /** Runs the job (db-scheduler's task handler); a failure is recorded on the job, never thrown. */
    void execute(String id, String node) {
        Job job = jobs.find(id).orElse(null);
        String request = jobs.request(id).orElse(null);
        if (job == null || request == null) {
            log.warn("Job {} has no row; nothing to run", id);
            return;
        }
        jobs.started(id, node, clock.instant());
        long began = System.nanoTime();
        String outcome = "failed";
        try {
            // the limits were checked when the job was started
            String result = switch (job.kind()) {
                case JCL -> runJcl(id, request);
                case RELAY -> JSON.writeValueAsString(relay.plan(JSON.readValue(request, RelayRequest.class),
                        unlimited(new Progress(id, false))));
                case FLEET -> JSON.writeValueAsString(fleet.simulate(JSON.readValue(request, FleetRequest.class),
                        unlimited(new Progress(id, true))));
                default -> throw new IllegalStateException("no such kind of job: " + job.kind());
            };
            jobs.finished(id, result, job.kind().equals(JCL) ? JSON.readTree(result).path("trials").asLong()
                    : job.total(), clock.instant());
            outcome = "done";
        } catch (RuntimeException e) {
            log.info("Job {} failed: {}", id, e.getMessage());
            jobs.failed(id, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), clock.instant());
        } finally {
            Timer.builder("consortium.jobs.duration").description("Persisted jobs run on this node, start to end")
                    .tag("kind", job.kind()).tag("outcome", outcome).publishPercentileHistogram().register(meters)
                    .record(System.nanoTime() - began, TimeUnit.NANOSECONDS);
        }
    }

    private String runJcl(String id, String request) {
        JclJobRequest r = JSON.readValue(request, JclJobRequest.class);
        JclPlan plan = r.plan();
        if (plan == null) {
            throw new InvalidInput("plan", "is missing");
        }
        JsonNode result = JSON.valueToTree(jcl.run(plan, r.trials(), r.seed(), JclService.MAX_WEB_TRIALS,
                done -> jobs.progress(id, done, clock.instant()), Work.UNLIMITED));
        return JSON.writeValueAsString(result);
    }

    private static Work unlimited(Checkpoint checkpoint) {
        return new Work(WorkLimits.NONE, "a job", null, checkpoint);
    }

    /**
     * Writes a job's progress from the engine's checkpoint, at most every {@link #PROGRESS_EVERY_NANOS}; the engine
     * may call it from several threads. Either the checkpoint's value is the work done so far (the relay search's
     * time steps), or each call is one unit of work (the fleet simulation calls it once before each trial).
     */
    private final class Progress implements Checkpoint {
        private final String id;
        private final boolean countCalls;
        private final AtomicLong done = new AtomicLong();
        private final AtomicLong written = new AtomicLong(System.nanoTime());

        Progress(String id, boolean countCalls) {
            this.id = id;
            this.countCalls = countCalls;
        }

        @Override
        public void reached(long value) {
            long now = countCalls ? done.incrementAndGet() : done.accumulateAndGet(value, Math::max);
            long last = written.get();
            long time = System.nanoTime();
            if (time - last >= PROGRESS_EVERY_NANOS && written.compareAndSet(last, time)) {
                jobs.progress(id, now, clock.instant());
            }
        }
    }
}
