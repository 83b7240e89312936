package space.consortium.jobs;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import space.consortium.accounts.Access;
import space.consortium.schedule.JclPlan;
import space.consortium.schedule.JclService;
import space.consortium.shared.InvalidInput;
import space.consortium.shared.NotFound;
import space.consortium.shared.Work;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Starts long computations as persisted jobs and tells how far they are. A job is a row of {@code computation_job}
 * and an execution of db-scheduler's task {@value #TASK}: the node that picks the execution runs it, reporting progress
 * after each block of trials; when that node dies, its heartbeat stops and another node revives the execution and
 * runs the job again from the start (a seeded run gives the same answer).
 */
@Service
public class JobService {

    /** db-scheduler's name of the one task that runs every job. */
    static final String TASK = "computation-job";
    static final String JCL = "jcl";

    private static final Logger log = LoggerFactory.getLogger(JobService.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JobRepository jobs;
    private final JclService jcl;
    private final Access access;
    private final ObjectProvider<SchedulerClient> scheduler;
    private final Clock clock = Clock.systemUTC();

    JobService(JobRepository jobs, JclService jcl, Access access, ObjectProvider<SchedulerClient> scheduler) {
        this.jobs = jobs;
        this.jcl = jcl;
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
        String id = UUID.randomUUID().toString();
        jobs.insert(id, JCL, JSON.writeValueAsString(request), trials, access.current().orElse(null), clock.instant());
        scheduler.getObject().scheduleIfNotExists(new TaskInstance<Void>(TASK, id), clock.instant());
        return get(id);
    }

    /** A job and its progress. @throws NotFound for an unknown id */
    public Job get(String id) {
        return jobs.find(id).orElseThrow(() -> new NotFound("job", id));
    }

    /** Runs the job (db-scheduler's task handler); a failure is recorded on the job, never thrown. */
    void execute(String id, String node) {
        String request = jobs.request(id).orElse(null);
        if (request == null) {
            log.warn("Job {} has no row; nothing to run", id);
            return;
        }
        jobs.started(id, node, clock.instant());
        try {
            JclJobRequest r = JSON.readValue(request, JclJobRequest.class);
            JclPlan plan = r.plan();
            if (plan == null) {
                throw new InvalidInput("plan", "is missing");
            }
            // the limits were checked when the job was started
            JsonNode result = JSON.valueToTree(jcl.run(plan, r.trials(), r.seed(), JclService.MAX_WEB_TRIALS,
                    done -> jobs.progress(id, done, clock.instant()), Work.UNLIMITED));
            jobs.finished(id, JSON.writeValueAsString(result), result.path("trials").asLong(), clock.instant());
        } catch (RuntimeException e) {
            log.info("Job {} failed: {}", id, e.getMessage());
            jobs.failed(id, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), clock.instant());
        }
    }
}
