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
    @Operation(summary = "Check the claim against the registry: supported, contradicted or not computable")
    ClaimResult check(@PathVariable long id) {
        return claims.check(id);
    }
}
