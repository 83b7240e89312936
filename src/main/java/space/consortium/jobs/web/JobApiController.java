package space.consortium.jobs.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import space.consortium.fleet.FleetInput;
import space.consortium.fleet.FleetRequest;
import space.consortium.fleet.FleetService;
import space.consortium.jobs.JclJobRequest;
import space.consortium.jobs.Job;
import space.consortium.jobs.JobService;
import space.consortium.relay.RelayRequest;
import space.consortium.shared.Computations;
import tools.jackson.databind.JsonNode;

@RestController
@Tag(name = "Jobs", description = "Long computations as persisted jobs that any node runs")
class JobApiController {

    private final JobService jobs;
    private final FleetService fleets;
    private final Computations computations;

    JobApiController(JobService jobs, FleetService fleets, Computations computations) {
        this.jobs = jobs;
        this.fleets = fleets;
        this.computations = computations;
    }

    @PostMapping("/api/jobs/jcl")
    @Operation(summary = "Start a JCL run as a job",
            description = "Body: {\"plan\": {...as for POST /api/jcl...}, \"trials\": N, \"seed\": S}. Checked at once "
                    + "(400 for a bad plan, 422 over the work limit of trials × activities); then 202 with the job "
                    + "and its Location. Poll GET /api/jobs/{id}: status queued → running (done/total trials) → "
                    + "done (result: the answer of POST /api/jcl with the same seed) or failed (error).")
    ResponseEntity<Job> startJcl(@RequestBody JclJobRequest request) {
        return accepted(jobs.startJcl(request, computations.work()));
    }

    @PostMapping("/api/jobs/relay")
    @Operation(summary = "Start a relay plan as a job",
            description = "Body: as for POST /api/relay/plan. Checked at once (400 for a bad plan, 422 over the work "
                    + "limit of orbiters × landers × time steps); then 202 with the job and its Location. Poll "
                    + "GET /api/jobs/{id}: done/total counts the time steps of the window search (orbiters × steps "
                    + "of 20 s); once done, result is the answer of POST /api/relay/plan.")
    ResponseEntity<Job> startRelay(@RequestBody(required = false) @Nullable RelayRequest body) {
        return accepted(jobs.startRelay(body, computations.work()));
    }

    @PostMapping("/api/jobs/fleet")
    @Operation(summary = "Start a fleet simulation as a job",
            description = "Body: as for POST /api/fleet/simulate. Checked at once (400 for a bad fleet, 422 over the "
                    + "work limit of trials × flights); then 202 with the job and its Location. Poll GET "
                    + "/api/jobs/{id}: done/total counts trials; once done, result is the answer of POST "
                    + "/api/fleet/simulate with the same seed. A 400 names every problem of the fleet at once.")
    ResponseEntity<Job> startFleet(@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
            content = @Content(schema = @Schema(implementation = FleetRequest.class))) @RequestBody JsonNode body) {
        // read as /api/fleet/simulate reads it: every wrong-typed value, unknown field and check of the fleet at once
        FleetRequest request = FleetInput.one(body, fleets, Integer.MAX_VALUE);
        return accepted(jobs.startFleet(request, computations.work()));
    }

    private static ResponseEntity<Job> accepted(Job job) {
        return ResponseEntity.accepted().location(URI.create("/api/jobs/" + job.id())).body(job);
    }

    @GetMapping("/api/jobs/{id}")
    @Operation(summary = "A job: its status, progress and, once done, its result")
    Job get(@PathVariable String id) {
        return jobs.get(id);
    }
}
