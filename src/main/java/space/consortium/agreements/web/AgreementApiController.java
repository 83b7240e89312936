package space.consortium.agreements.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
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
import space.consortium.agreements.Agreement;
import space.consortium.agreements.AgreementQuery;
import space.consortium.agreements.AgreementRequest;
import space.consortium.agreements.AgreementService;
import space.consortium.shared.PageRequest;
import space.consortium.shared.PageResult;

@RestController
@RequestMapping("/api/agreements")
@Tag(name = "Agreements", description = "Intergovernmental agreements, MOUs, barter arrangements and accords with their parties")
class AgreementApiController {

    private final AgreementService agreements;

    AgreementApiController(AgreementService agreements) {
        this.agreements = agreements;
    }

    @GetMapping
    @Operation(summary = "List agreements", description = "Filter by kind, partner (id), country (ISO code), project (id) and text q; sortable by id, title, kind, signedOn, parties")
    PageResult<Agreement> list(@RequestParam(required = false) @Nullable String kind,
                               @RequestParam(required = false) @Nullable String partner,
                               @RequestParam(required = false) @Nullable String country,
                               @RequestParam(required = false) @Nullable String project,
                               @RequestParam(required = false) @Nullable String q,
                               @RequestParam(defaultValue = "0") int page,
                               @RequestParam(defaultValue = "20") int size,
                               @RequestParam(defaultValue = "signedOn") String sort) {
        return agreements.list(new AgreementQuery(kind, partner, country, project, q), PageRequest.of(page, size, sort));
    }

    @GetMapping("/{id}")
    Agreement get(@PathVariable String id) {
        return agreements.get(id);
    }

    @PostMapping
    ResponseEntity<Agreement> create(@Valid @RequestBody AgreementRequest request) {
        Agreement created = agreements.create(request);
        return ResponseEntity.created(URI.create("/api/agreements/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    Agreement update(@PathVariable String id, @Valid @RequestBody AgreementRequest request) {
        return agreements.update(id, request);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable String id) {
        agreements.delete(id);
    }
}
