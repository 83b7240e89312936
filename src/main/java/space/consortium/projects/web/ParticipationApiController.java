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
import space.consortium.projects.Participation;
import space.consortium.projects.ParticipationRequest;
import space.consortium.projects.ProjectService;
import space.consortium.shared.PageRequest;
import space.consortium.shared.PageResult;

@RestController
@RequestMapping("/api/participations")
@Tag(name = "Participations", description = "Which partner takes part in which project, as lead, partner or contributor")
class ParticipationApiController {

    private final ProjectService projects;

    ParticipationApiController(ProjectService projects) {
        this.projects = projects;
    }

    @GetMapping
    PageResult<Participation> list(@RequestParam(required = false) @Nullable String project,
                                   @RequestParam(required = false) @Nullable String partner,
                                   @RequestParam(required = false) @Nullable String role,
                                   @RequestParam(defaultValue = "0") int page,
                                   @RequestParam(defaultValue = "20") int size,
                                   @RequestParam(defaultValue = "id") String sort) {
        return projects.participations(project, partner, role, PageRequest.of(page, size, sort));
    }

    @GetMapping("/{id}")
    Participation get(@PathVariable long id) {
        return projects.participation(id);
    }

    @PostMapping
    ResponseEntity<Participation> create(@Valid @RequestBody ParticipationRequest request) {
        Participation created = projects.addParticipation(request);
        return ResponseEntity.created(URI.create("/api/participations/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    Participation update(@PathVariable long id, @Valid @RequestBody ParticipationRequest request) {
        return projects.updateParticipation(id, request);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable long id) {
        projects.deleteParticipation(id);
    }
}
