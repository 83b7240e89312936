package space.consortium.teaming.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import space.consortium.shared.Computations;
import space.consortium.teaming.Capability;
import space.consortium.teaming.CapabilityRequest;
import space.consortium.teaming.CatalogueService;
import space.consortium.teaming.MissionRequest;
import space.consortium.teaming.MissionTemplate;
import space.consortium.teaming.PartnerCapability;
import space.consortium.teaming.PartnerCapabilityRequest;
import space.consortium.teaming.Policy;
import space.consortium.teaming.Proposal;
import space.consortium.teaming.ProposalRequest;
import space.consortium.teaming.TeamingReport;
import space.consortium.teaming.TeamingService;

@RestController
@RequestMapping("/api/teaming")
@Tag(name = "Teaming", description = "Capability catalogue and the coalition builder (pooling expertise)")
class TeamingApiController {

    /**
     * Body of a policy switch: the body {@code GET /api/teaming/policies/{id}} answers is accepted as it is; only
     * {@code enabled} changes, the policy's other fields are read-only and ignored.
     */
    @JsonIgnoreProperties({"id", "partnerA", "partnerB", "title", "description", "sourceUrl"})
    record PolicySwitch(@Nullable Boolean enabled, @Nullable Long version) {
    }

    private final TeamingService teaming;
    private final CatalogueService catalogue;
    private final Computations computations;

    TeamingApiController(TeamingService teaming, CatalogueService catalogue, Computations computations) {
        this.teaming = teaming;
        this.catalogue = catalogue;
        this.computations = computations;
    }

    @PostMapping("/solve")
    @Operation(summary = "Build the best coalition for a mission",
            description = "Body: {\"requirements\":[{\"capability\":\"robotic-arm\",\"minMaturity\":9,\"redundancy\":1}], "
                    + "\"partners\":[{\"id\":\"csa\",\"capabilities\":[{\"capability\":\"robotic-arm\",\"maturity\":9,"
                    + "\"cost\":120}]}], \"constraints\":{\"required\":[],\"excluded\":[],\"incompatible\":[[\"a\",\"b\"]],"
                    + "\"maxPartners\":5}, \"objective\":\"min-cost\"}. Leave out partners to use the catalogue (and "
                    + "the enabled policies, or those named in \"policies\"). Costs in millions of US dollars. "
                    + "Nothing is stored. An unmeetable mission is not an error: status 'infeasible' with an explanation. "
                    + "Work limit: timeLimitSeconds ≤ 20 anonymous, 120 signed in (422 above); 429 with Retry-After "
                    + "when the computation pool is full.")
    TeamingReport solve(@RequestBody MissionRequest request) {
        return computations.run(work -> teaming.solve(request, work));
    }

    @GetMapping("/templates")
    @Operation(summary = "Mission templates built from the catalogue")
    List<MissionTemplate> templates() {
        return teaming.templates();
    }

    // proposals

    @PostMapping("/proposals")
    @Operation(summary = "Save a mission's coalition to a project as proposed participations",
            description = "Body: {\"projectId\":\"gateway\",\"mission\":{...the body of /solve...}}. Solves the mission "
                    + "and stores one proposal per coalition partner (what it provides, what it backs up, its cost).")
    ResponseEntity<List<Proposal>> propose(@RequestBody ProposalRequest request) {
        List<Proposal> saved = teaming.propose(request);
        return ResponseEntity.created(URI.create("/api/teaming/proposals?project=" + request.projectId())).body(saved);
    }

    @GetMapping("/proposals")
    @Operation(summary = "Saved proposals, newest first; filter by project")
    List<Proposal> proposals(@RequestParam(required = false) @Nullable String project) {
        return teaming.proposals(project);
    }

    @DeleteMapping("/proposals/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteProposal(@PathVariable long id) {
        teaming.deleteProposal(id);
    }

    // capabilities

    @GetMapping("/capabilities")
    @Operation(summary = "The capability catalogue, by group")
    List<Capability> capabilities() {
        return catalogue.capabilities();
    }

    @GetMapping("/capabilities/{id}")
    Capability capability(@PathVariable String id) {
        return catalogue.capability(id);
    }

    @PostMapping("/capabilities")
    ResponseEntity<Capability> createCapability(@RequestBody CapabilityRequest request) {
        Capability created = catalogue.createCapability(request);
        return ResponseEntity.created(URI.create("/api/teaming/capabilities/" + created.id())).body(created);
    }

    @PutMapping("/capabilities/{id}")
    Capability updateCapability(@PathVariable String id, @RequestBody CapabilityRequest request) {
        return catalogue.updateCapability(id, request);
    }

    @DeleteMapping("/capabilities/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteCapability(@PathVariable String id) {
        catalogue.deleteCapability(id);
    }

    // partner capabilities

    @GetMapping("/partner-capabilities")
    @Operation(summary = "What partners can provide, with maturity, evidence and source; filter by partner or capability")
    List<PartnerCapability> partnerCapabilities(@RequestParam(required = false) @Nullable String partner,
                                                @RequestParam(required = false) @Nullable String capability) {
        return catalogue.partnerCapabilities(partner, capability);
    }

    @GetMapping("/partner-capabilities/{id}")
    PartnerCapability partnerCapability(@PathVariable long id) {
        return catalogue.partnerCapability(id);
    }

    @PostMapping("/partner-capabilities")
    ResponseEntity<PartnerCapability> addPartnerCapability(@RequestBody PartnerCapabilityRequest request) {
        PartnerCapability created = catalogue.addPartnerCapability(request);
        return ResponseEntity.created(URI.create("/api/teaming/partner-capabilities/" + created.id())).body(created);
    }

    @PutMapping("/partner-capabilities/{id}")
    PartnerCapability updatePartnerCapability(@PathVariable long id, @RequestBody PartnerCapabilityRequest request) {
        return catalogue.updatePartnerCapability(id, request);
    }

    @DeleteMapping("/partner-capabilities/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deletePartnerCapability(@PathVariable long id) {
        catalogue.deletePartnerCapability(id);
    }

    // policies

    @GetMapping("/policies")
    @Operation(summary = "Documented policy constraints (pairs of partners kept apart), with sources")
    List<Policy> policies() {
        return catalogue.policies();
    }

    @GetMapping("/policies/{id}")
    Policy policy(@PathVariable String id) {
        return catalogue.policy(id);
    }

    @PutMapping("/policies/{id}")
    @Operation(summary = "Switch a policy on or off", description = "Body: {\"enabled\":false,\"version\":0}")
    Policy switchPolicy(@PathVariable String id, @RequestBody PolicySwitch body) {
        if (body.enabled() == null) {
            throw new space.consortium.shared.InvalidInput("enabled", "is required: true or false");
        }
        return catalogue.setPolicyEnabled(id, body.enabled(), body.version());
    }
}
