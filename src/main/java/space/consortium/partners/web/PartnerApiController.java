package space.consortium.partners.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
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
import space.consortium.partners.Partner;
import space.consortium.partners.PartnerQuery;
import space.consortium.partners.PartnerRequest;
import space.consortium.partners.PartnerService;
import space.consortium.shared.PageRequest;
import space.consortium.shared.PageResult;

@RestController
@RequestMapping("/api/partners")
@Tag(name = "Partners", description = "Space agencies and other organisations")
class PartnerApiController {

    private final PartnerService partners;

    PartnerApiController(PartnerService partners) {
        this.partners = partners;
    }

    @GetMapping
    @Operation(summary = "List partners", description = "Sortable by id, name, kind, country, founded, budget; add ',desc' to reverse")
    PageResult<Partner> list(@RequestParam(required = false) @Nullable String kind,
                             @RequestParam(required = false) @Nullable String country,
                             @RequestParam(required = false) @Nullable String q,
                             @RequestParam(defaultValue = "0") int page,
                             @RequestParam(defaultValue = "20") int size,
                             @RequestParam(defaultValue = "name") String sort) {
        return partners.list(new PartnerQuery(kind, country, q), PageRequest.of(page, size, sort));
    }

    @GetMapping("/{id}")
    Partner get(@PathVariable String id) {
        return partners.get(id);
    }

    @PostMapping
    ResponseEntity<Partner> create(@Valid @RequestBody PartnerRequest request) {
        Partner created = partners.create(request);
        return ResponseEntity.created(java.net.URI.create("/api/partners/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    Partner update(@PathVariable String id, @Valid @RequestBody PartnerRequest request) {
        return partners.update(id, request);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable String id) {
        partners.delete(id);
    }
}
