package space.consortium.relay.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import space.consortium.relay.RelayAssetRequest;
import space.consortium.relay.RelayInput;
import space.consortium.relay.RelayAssetService;
import tools.jackson.databind.JsonNode;

/** The registry's relay assets (orbiters and landers): read, create, replace, delete. */
@RestController
@RequestMapping("/api/relay-assets")
@Tag(name = "Relay", description = "Mars relay planning across partners' orbiters")
class RelayAssetApiController {

    private final RelayAssetService assets;

    RelayAssetApiController(RelayAssetService assets) {
        this.assets = assets;
    }

    @GetMapping
    @Operation(summary = "Every relay asset (orbiters, then landers), each as PUT accepts it, with its version")
    List<RelayAssetRequest> list() {
        return assets.list();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One relay asset, as PUT accepts it")
    RelayAssetRequest get(@PathVariable String id) {
        return assets.get(id);
    }

    /*
     * The bodies are read as JSON trees and bound to the request record by RelayInput, so that a 400 names every
     * wrong-typed value and unknown field with every problem of the asset's rules, not only the first value Jackson
     * stops at; the documented schema is the record's.
     */

    @PostMapping
    @Operation(summary = "Create an orbiter or a lander", description = "Administrators, or members of the owning "
            + "partner. Every problem is named by its field (elements.e, latDeg, ...); see docs/relay.md.")
    ResponseEntity<RelayAssetRequest> create(@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
            content = @Content(schema = @Schema(implementation = RelayAssetRequest.class))) @RequestBody JsonNode body) {
        RelayAssetRequest request = RelayInput.asset(body, r -> assets.problems(r.id() == null ? "" : r.id().trim(), r));
        RelayAssetRequest created = assets.create(request);
        return ResponseEntity.created(URI.create("/api/relay-assets/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace a relay asset", description = "Send the version last read (409 when someone saved "
            + "it since). id and kind cannot change. Administrators, or members of the owning partner.")
    RelayAssetRequest update(@PathVariable String id, @io.swagger.v3.oas.annotations.parameters.RequestBody(
            required = true, content = @Content(schema = @Schema(implementation = RelayAssetRequest.class)))
                             @RequestBody JsonNode body) {
        return assets.update(id, RelayInput.asset(body, r -> assets.updateProblems(id, r)));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a relay asset", description = "409 while a relay job that has not finished names it.")
    void delete(@PathVariable String id) {
        assets.delete(id);
    }
}
