package space.consortium.projects.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
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
import space.consortium.projects.ProjectService;
import space.consortium.projects.ShareTable;
import space.consortium.projects.ShareTableRequest;
import space.consortium.shared.PageResult;

@RestController
@RequestMapping("/api/share-tables")
@Tag(name = "Share tables", description = "Agreed percentage splits of a project's rights or costs between partners")
class ShareTableApiController {

    private final ProjectService projects;

    ShareTableApiController(ProjectService projects) {
        this.projects = projects;
    }

    @GetMapping
    PageResult<ShareTable> list(@RequestParam(required = false) @Nullable String project,
                                @RequestParam(defaultValue = "0") int page,
                                @RequestParam(defaultValue = "20") int size) {
        space.consortium.shared.PageRequest request = space.consortium.shared.PageRequest.of(page, size, "id");
        List<ShareTable> all = projects.shareTables(project);
        int from = (int) Math.min(request.offset(), all.size());
        int to = Math.min(from + size, all.size());
        return new PageResult<>(all.subList(from, to), page, size, all.size());
    }

    @GetMapping("/{id}")
    ShareTable get(@PathVariable long id) {
        return projects.shareTable(id);
    }

    @PostMapping
    ResponseEntity<ShareTable> create(@Valid @RequestBody ShareTableRequest request) {
        ShareTable created = projects.addShareTable(request);
        return ResponseEntity.created(URI.create("/api/share-tables/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    ShareTable update(@PathVariable long id, @Valid @RequestBody ShareTableRequest request) {
        return projects.updateShareTable(id, request);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable long id) {
        projects.deleteShareTable(id);
    }
}
