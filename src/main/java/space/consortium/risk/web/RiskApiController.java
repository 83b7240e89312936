package space.consortium.risk.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Validator;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import space.consortium.risk.Risk;
import space.consortium.risk.RiskChange;
import space.consortium.risk.RiskEvent;
import space.consortium.risk.RiskMatrixRequest;
import space.consortium.risk.RiskMatrixView;
import space.consortium.risk.RiskRequest;
import space.consortium.risk.RiskService;
import tools.jackson.databind.JsonNode;

@RestController
@Tag(name = "Risk register", description = "A project's risks, their full history, its 5 × 5 matrix and the export "
        + "of its risks as discrete events for the schedule and cost simulation")
class RiskApiController {

    private final RiskService risks;
    private final Validator validator;

    RiskApiController(RiskService risks, Validator validator) {
        this.risks = risks;
        this.validator = validator;
    }

    /*
     * The write bodies are read as JSON trees and bound to the request records by RiskInput, so that a 400 names every
     * problem at once (each wrong-typed value and unknown field, each constraint of the record and the register's own
     * checks), not only the first value Jackson stops at; the documented schema is the record's.
     */

    @GetMapping("/api/projects/{projectId}/risks")
    @Operation(summary = "The project's risks, filtered by owner partner, domain, disposition or zone")
    List<Risk> list(@PathVariable String projectId, @RequestParam(required = false) @Nullable String partner,
                    @RequestParam(required = false) @Nullable String domain,
                    @RequestParam(required = false) @Nullable String disposition,
                    @RequestParam(required = false) @Nullable String zone) {
        return risks.list(projectId, new RiskService.Filter(partner, domain, disposition, zone));
    }

    @PostMapping("/api/projects/{projectId}/risks")
    @Operation(summary = "Record a risk", description = "A 400 names every problem of the body at once.")
    ResponseEntity<Risk> create(@PathVariable String projectId,
                                @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                                        schema = @Schema(implementation = RiskRequest.class))) @RequestBody JsonNode body) {
        RiskRequest request = RiskInput.read(body, RiskRequest.class, validator, (r, p) -> { }, risks::check);
        Risk created = risks.create(projectId, request);
        return ResponseEntity.created(URI.create("/api/projects/" + projectId + "/risks/" + created.id()))
                .body(created);
    }

    @GetMapping("/api/projects/{projectId}/risks/{id}")
    Risk get(@PathVariable String projectId, @PathVariable long id) {
        return risks.get(projectId, id);
    }

    @PutMapping("/api/projects/{projectId}/risks/{id}")
    @Operation(summary = "Change a risk; send the version you read (409 if someone changed it since)")
    Risk update(@PathVariable String projectId, @PathVariable long id,
                @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                        schema = @Schema(implementation = RiskRequest.class))) @RequestBody JsonNode body) {
        RiskRequest request = RiskInput.read(body, RiskRequest.class, validator, (r, p) -> p.check(r.version() != null,
                "version", "is required for an update: send the version you last read"), risks::check);
        return risks.update(projectId, id, request);
    }

    @DeleteMapping("/api/projects/{projectId}/risks/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a risk; its history is kept")
    void delete(@PathVariable String projectId, @PathVariable long id,
                @RequestParam(required = false) @Nullable Long version,
                @RequestParam(required = false) @Nullable String by,
                @RequestParam(required = false) @Nullable String note) {
        risks.delete(projectId, id, version, by, note);
    }

    @GetMapping("/api/projects/{projectId}/risks/{id}/history")
    @Operation(summary = "Every recorded state of the risk, oldest first (also after deletion)")
    List<RiskChange> history(@PathVariable String projectId, @PathVariable long id) {
        return risks.history(projectId, id);
    }

    @GetMapping("/api/projects/{projectId}/risk-history")
    @Operation(summary = "Every change of the project's register, oldest first")
    List<RiskChange> projectHistory(@PathVariable String projectId) {
        return risks.history(projectId);
    }

    @GetMapping("/api/projects/{projectId}/risk-events")
    @Operation(summary = "The open risks as discrete events {id, probability, affects, delay, cost} for a JCL plan")
    RiskEvent.Export events(@PathVariable String projectId) {
        return risks.events(projectId);
    }

    @GetMapping("/api/projects/{projectId}/risk-matrix")
    RiskMatrixView matrix(@PathVariable String projectId) {
        return risks.matrix(projectId);
    }

    @PutMapping("/api/projects/{projectId}/risk-matrix")
    @Operation(summary = "Choose the scale (nasa, ecss) and tailor labels and zoning; send the version you read")
    RiskMatrixView tailor(@PathVariable String projectId,
                          @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                                  schema = @Schema(implementation = RiskMatrixRequest.class))) @RequestBody JsonNode body) {
        RiskMatrixRequest request = RiskInput.read(body, RiskMatrixRequest.class, validator, (r, p) -> { },
                risks::check);
        return risks.tailor(projectId, request);
    }

    @GetMapping("/api/risk-scales")
    @Operation(summary = "The scales a project's matrix can start from")
    List<RiskMatrixView> scales() {
        return risks.scales();
    }
}
