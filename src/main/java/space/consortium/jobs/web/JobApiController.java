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
import space.consortium.relay.RelayInput;
import space.consortium.relay.RelayRequest;
import space.consortium.relay.RelayService;
import space.consortium.schedule.JclInput;
import space.consortium.schedule.JclService;
import space.consortium.shared.Computations;
import tools.jackson.databind.JsonNode;

@RestController
@Tag(name = "Jobs", description = "Long computations as persisted jobs that any node runs")
class JobApiController {

    private final JobService jobs;
    private final FleetService fleets;
    private final RelayService relay;
    private final JclService jcl;
    private final Computations computations;

    JobApiController(JobService jobs, FleetService fleets, RelayService relay, JclService jcl,
                     Computations computations) {
        this.jobs = jobs;
        this.fleets = fleets;
        this.relay = relay;
        this.jcl = jcl;
        this.computations = computations;
    }

    /*
     * The bodies are read as JSON trees and bound to the request records by the modules' readers (JclInput,
     * RelayInput, FleetInput), as the direct endpoints read them, so that a 400 names every problem at once (each
     * wrong-typed value and unknown field, and the module's own checks); the documented schema is the record's.
     */

    @PostMapping("/api/jobs/jcl")
    @Operation(summary = "Start a JCL run as a job",
            description = "Body: {\"plan\": {...as for POST /api/jcl...}, \"trials\": N, \"seed\": S}. Checked at once "
                    + "(400 for a bad plan, 422 over the work limit of trials × activities); then 202 with the job "
                    + "and its Location. Poll GET /api/jobs/{id}: status queued → running (done/total trials) → "
                    + "done (result: the answer of POST /api/jcl with the same seed) or failed (error). A 400 names "
                    + "every problem of the body at once, each by its path (trials, plan.activities[0].duration.min).")
    ResponseEntity<Job> startJcl(@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
            content = @Content(schema = @Schema(implementation = JclJobRequest.class))) @RequestBody JsonNode body) {
        JclJobRequest request = JclInput.run(body, JclJobRequest.class, JclJobRequest::plan, JclJobRequest::trials,
                jcl, JclService.MAX_WEB_TRIALS);
        return accepted(jobs.startJcl(request, computations.work()));
    }

    @PostMapping("/api/jobs/relay")
    @Operation(summary = "Start a relay plan as a job",
            description = "Body: as for POST /api/relay/plan. Checked at once (400 for a bad plan, 422 over the work "
                    + "limit of orbiters × landers × time steps); then 202 with the job and its Location. Poll "
                    + "GET /api/jobs/{id}: done/total counts the time steps of the window search (orbiters × steps "
                    + "of 20 s); once done, result is the answer of POST /api/relay/plan. A 400 names every problem "
                    + "of the plan at once.")
    ResponseEntity<Job> startRelay(@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
            content = @Content(schema = @Schema(implementation = RelayRequest.class))) @RequestBody(required = false)
                                   @Nullable JsonNode body) {
        RelayRequest request = RelayInput.read(body, relay); // as POST /api/relay/plan reads it
        return accepted(jobs.startRelay(request, computations.work()));
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
