package space.consortium.projects.web;

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
import space.consortium.projects.Project;
import space.consortium.projects.ProjectDetail;
import space.consortium.projects.ProjectQuery;
import space.consortium.projects.ProjectRequest;
import space.consortium.projects.ProjectService;
import space.consortium.shared.PageRequest;
import space.consortium.shared.PageResult;

@RestController
@RequestMapping("/api/projects")
@Tag(name = "Projects", description = "International space projects with participants, contributions and share tables")
class ProjectApiController {

    private final ProjectService projects;

    ProjectApiController(ProjectService projects) {
        this.projects = projects;
    }

    @GetMapping
    @Operation(summary = "List projects",
            description = "Filter by status, destination (part of), partner (any role), lead and text q; sortable by id, name, launchYear, status, destination, lead, partners, cost")
    PageResult<Project> list(@RequestParam(required = false) @Nullable String status,
                             @RequestParam(required = false) @Nullable String destination,
                             @RequestParam(required = false) @Nullable String partner,
                             @RequestParam(required = false) @Nullable String lead,
                             @RequestParam(required = false) @Nullable String q,
                             @RequestParam(defaultValue = "0") int page,
                             @RequestParam(defaultValue = "20") int size,
                             @RequestParam(defaultValue = "name") String sort) {
        return projects.list(new ProjectQuery(status, destination, partner, lead, q), PageRequest.of(page, size, sort));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A project with its participants (and their contributions), all contributions and share tables")
    ProjectDetail get(@PathVariable String id) {
        return projects.detail(id);
    }

    @PostMapping
    ResponseEntity<Project> create(@Valid @RequestBody ProjectRequest request) {
        Project created = projects.create(request);
        return ResponseEntity.created(URI.create("/api/projects/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    Project update(@PathVariable String id, @Valid @RequestBody ProjectRequest request) {
        return projects.update(id, request);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable String id) {
        projects.delete(id);
    }
}
