package space.consortium.projects.web;

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
import space.consortium.projects.Contribution;
import space.consortium.projects.ContributionQuery;
import space.consortium.projects.ContributionRequest;
import space.consortium.projects.ContributionService;
import space.consortium.shared.PageRequest;
import space.consortium.shared.PageResult;

@RestController
@RequestMapping("/api/contributions")
@Tag(name = "Contributions", description = "What each partner brings to a project, in cash or in kind")
class ContributionApiController {

    private final ContributionService contributions;

    ContributionApiController(ContributionService contributions) {
        this.contributions = contributions;
    }

    @GetMapping
    PageResult<Contribution> list(@RequestParam(required = false) @Nullable String project,
                                  @RequestParam(required = false) @Nullable String partner,
                                  @RequestParam(required = false) @Nullable String kind,
                                  @RequestParam(defaultValue = "0") int page,
                                  @RequestParam(defaultValue = "20") int size,
                                  @RequestParam(defaultValue = "id") String sort) {
        return contributions.list(new ContributionQuery(project, partner, kind), PageRequest.of(page, size, sort));
    }

    @GetMapping("/{id}")
    Contribution get(@PathVariable long id) {
        return contributions.get(id);
    }

    @PostMapping
    ResponseEntity<Contribution> create(@Valid @RequestBody ContributionRequest request) {
        Contribution created = contributions.create(request);
        return ResponseEntity.created(URI.create("/api/contributions/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    Contribution update(@PathVariable long id, @Valid @RequestBody ContributionRequest request) {
        return contributions.update(id, request);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable long id) {
        contributions.delete(id);
    }
}
