package space.consortium.schedule.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import space.consortium.schedule.JclInput;
import space.consortium.schedule.JclPlan;
import space.consortium.schedule.JclRunRecord;
import space.consortium.schedule.JclService;
import space.consortium.schedule.ScheduleRequest;
import space.consortium.schedule.ScheduleService;
import space.consortium.schedule.StoredSchedule;
import space.consortium.shared.Computations;
import space.consortium.shared.InvalidInput;
import tools.jackson.databind.JsonNode;

@RestController
@Tag(name = "Risk: schedule & JCL")
class ScheduleApiController {

    private final ScheduleService schedules;
    private final JclService jcl;
    private final Computations computations;

    ScheduleApiController(ScheduleService schedules, JclService jcl, Computations computations) {
        this.schedules = schedules;
        this.jcl = jcl;
        this.computations = computations;
    }

    @GetMapping("/api/projects/{projectId}/schedule")
    @Operation(summary = "A project's schedule (the plan, its version and when it was saved)")
    StoredSchedule get(@PathVariable String projectId) {
        return schedules.get(projectId);
    }

    @PutMapping("/api/projects/{projectId}/schedule")
    @Operation(summary = "Create or replace a project's schedule",
            description = "Body: {\"plan\": {...plan file...}, \"version\": N} — version is the one read, or absent "
                    + "when the project has no schedule yet; 409 when someone saved it in the meantime. A 400 names "
                    + "every problem of the body at once, each by its path (plan.activities[0].duration.min).")
    StoredSchedule put(@PathVariable String projectId,
                       @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                               schema = @Schema(implementation = ScheduleRequest.class))) @RequestBody JsonNode body) {
        // read as a tree and bound by JclInput: every wrong-typed value, unknown field and check of the plan at once
        return schedules.save(projectId, JclInput.schedule(body, jcl));
    }

    @PostMapping(path = "/api/projects/{projectId}/schedule/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import an MS Project XML or Primavera XER file as the project's schedule",
            description = "Multipart: file (MS Project XML or Primavera XER; the format is recognised from the "
                    + "content), version (the schedule's version when replacing it), owner (partner id owning "
                    + "activities the file gives no partner for; default the project's lead). Leaf tasks become "
                    + "activities; FS/SS/FF links with lags in working days; SF links are refused. Returns the "
                    + "stored schedule; with preview=true, the converted plan, storing nothing.")
    StoredSchedule importFile(@PathVariable String projectId, @RequestParam("file") MultipartFile file,
                              @RequestParam(required = false) @Nullable Long version,
                              @RequestParam(required = false) @Nullable String owner) {
        return schedules.importFile(projectId, bytes(file), name(file), owner, version);
    }

    @PostMapping(path = "/api/projects/{projectId}/schedule/import", params = "preview=true",
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Convert an MS Project XML or Primavera XER file into a plan without storing it")
    JclPlan previewImport(@PathVariable String projectId, @RequestParam("file") MultipartFile file,
                          @RequestParam(required = false) @Nullable String owner) {
        return schedules.convert(projectId, bytes(file), name(file), owner);
    }

    static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new InvalidInput("file", "could not be received: " + e.getMessage());
        }
    }

    static String name(MultipartFile file) {
        return file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
    }

    @DeleteMapping("/api/projects/{projectId}/schedule")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a project's schedule and its run history")
    void delete(@PathVariable String projectId) {
        schedules.delete(projectId);
    }

    @PostMapping("/api/projects/{projectId}/schedule/runs")
    @Operation(summary = "Run the project's schedule and record the run", description = "Optional trials and seed. "
            + "Work limit: trials × activities ≤ 1,000,000,000 (422 above); 429 with Retry-After when the computation "
            + "pool is full.")
    ScheduleService.Run run(@PathVariable String projectId, @RequestParam(required = false) @Nullable Integer trials,
                            @RequestParam(required = false) @Nullable Long seed) {
        return computations.run(work -> schedules.run(projectId, trials, seed, done -> { }, work));
    }

    @PostMapping("/api/projects/{projectId}/schedule/register-risks")
    @Operation(summary = "Take the project's open register risks into its schedule as discrete events",
            description = "Risks with a probability, an impact and linked activities of the schedule are added (or "
                    + "replace the plan's risk of the same id); the others are listed as skipped. Needs the "
                    + "schedule's version; saves a new version.")
    ScheduleService.RegisterImport registerRisks(@PathVariable String projectId, @RequestParam long version) {
        return schedules.importRegisterRisks(projectId, version);
    }

    @GetMapping("/api/projects/{projectId}/schedule/runs")
    @Operation(summary = "The project's latest JCL runs, newest first")
    List<JclRunRecord> runs(@PathVariable String projectId, @RequestParam(defaultValue = "20") int limit) {
        return schedules.runs(projectId, limit);
    }
}
