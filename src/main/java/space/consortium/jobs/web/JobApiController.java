package space.consortium.jobs.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import space.consortium.jobs.JclJobRequest;
import space.consortium.jobs.Job;
import space.consortium.jobs.JobService;
import space.consortium.shared.Computations;

@RestController
@Tag(name = "Jobs", description = "Long computations as persisted jobs that any node runs")
class JobApiController {

    private final JobService jobs;
    private final Computations computations;

    JobApiController(JobService jobs, Computations computations) {
        this.jobs = jobs;
        this.computations = computations;
    }

    @PostMapping("/api/jobs/jcl")
    @Operation(summary = "Start a JCL run as a job",
            description = "Body: {\"plan\": {...as for POST /api/jcl...}, \"trials\": N, \"seed\": S}. Checked at once "
                    + "(400 for a bad plan, 422 over the work limit of trials × activities); then 202 with the job "
                    + "and its Location. Poll GET /api/jobs/{id}: status queued → running (done/total trials) → "
                    + "done (result: the answer of POST /api/jcl with the same seed) or failed (error).")
    ResponseEntity<Job> startJcl(@RequestBody JclJobRequest request) {
        Job job = jobs.startJcl(request, computations.work());
        return ResponseEntity.accepted().location(URI.create("/api/jobs/" + job.id())).body(job);
    }

    @GetMapping("/api/jobs/{id}")
    @Operation(summary = "A job: its status, progress and, once done, its result")
    Job get(@PathVariable String id) {
        return jobs.get(id);
    }
}
