package space.consortium.insights.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
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
import space.consortium.insights.ClaimRequest;
import space.consortium.insights.ClaimResult;
import space.consortium.insights.ClaimService;
import space.consortium.insights.StoredClaim;
import space.consortium.insights.ReferenceFigure;
import space.consortium.insights.Population;

@RestController
@RequestMapping("/api/claims")
@Tag(name = "Claims", description = "Published statements about cooperation, checked against the sourced registry")
class ClaimApiController {

    private final ClaimService claims;

    ClaimApiController(ClaimService claims) {
        this.claims = claims;
    }

    @GetMapping
    @Operation(summary = "Every claim with its current verdict")
    List<ClaimResult> list() {
        return claims.checkAll();
    }

    @GetMapping("/{id}")
    StoredClaim get(@PathVariable long id) {
        return claims.get(id);
    }

    @PostMapping
    ResponseEntity<StoredClaim> create(@Valid @RequestBody ClaimRequest request) {
        StoredClaim created = claims.create(request);
        return ResponseEntity.created(URI.create("/api/claims/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    StoredClaim update(@PathVariable long id, @Valid @RequestBody ClaimRequest request) {
        return claims.update(id, request);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable long id) {
        claims.delete(id);
    }

    @PostMapping("/{id}/check")
    @Operation(summary = "Check a stored claim against the registry: supported, contradicted, imprecise or not "
            + "computable, with the evidence rows")
    ClaimResult check(@PathVariable long id) {
        return claims.check(id);
    }

    @PostMapping("/check")
    @Operation(summary = "Check a claim without storing it (open to anonymous readers): the verdict, the computed "
            + "value, the rule, caveats and the evidence rows")
    ClaimResult checkStateless(@Valid @RequestBody ClaimRequest request) {
        return claims.check(request);
    }

    @GetMapping("/reference-figures")
    @Operation(summary = "The reference figures external claims are checked against, with their sources and dates")
    List<ReferenceFigure> referenceFigures() {
        return claims.referenceFigures();
    }

    @GetMapping("/populations")
    @Operation(summary = "The named populations share claims are computed over, and whether each is complete")
    List<Population> populations() {
        return claims.populations();
    }
}
