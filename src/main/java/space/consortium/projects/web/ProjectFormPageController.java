package space.consortium.projects.web;

import static space.consortium.shared.Difference.text;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import space.consortium.accounts.Access;
import space.consortium.projects.ParticipationRequest;
import space.consortium.projects.Project;
import space.consortium.projects.ProjectDetail;
import space.consortium.projects.ProjectRequest;
import space.consortium.projects.ProjectService;
import space.consortium.shared.FormProblems;
import space.consortium.shared.DeletePage;
import space.consortium.shared.Difference;
import space.consortium.shared.InUse;
import space.consortium.shared.InvalidInput;
import space.consortium.shared.MoneyField;
import space.consortium.shared.NotFound;
import space.consortium.shared.StaleVersion;

/**
 * The forms that create, edit and delete a project, its participants edited as rows of the project. Bad input
 * re-renders the form with the API's messages beside their fields (HTTP 400); an edit of a project someone else
 * changed meanwhile shows theirs beside yours and lets the user apply theirs again (HTTP 409); a delete asks first
 * and, when the project is still referenced, says why it was refused (HTTP 409).
 */
@Controller
class ProjectFormPageController {

    private static final String FORM = "projects/form";

    private final ProjectService projects;
    private final Access access;
    private final Validator validator;

    ProjectFormPageController(ProjectService projects, Access access, Validator validator) {
        this.projects = projects;
        this.access = access;
        this.validator = validator;
    }

    @InitBinder("form")
    void amounts(WebDataBinder binder) {
        binder.registerCustomEditor(java.math.BigDecimal.class, "cost.amount", MoneyField.amountEditor());
    }

    @GetMapping("/projects/new")
    String newForm(Model model) {
        access.checkAdmin();
        return form(null, new ProjectForm(), model);
    }

    @PostMapping("/projects/new")
    String create(@ModelAttribute("form") ProjectForm form, BindingResult binding,
                  @RequestParam(required = false) @Nullable String addRow,
                  @RequestParam(required = false) @Nullable Integer removeRow,
                  Model model, RedirectAttributes redirect, HttpServletResponse response) {
        access.checkAdmin();
        if (changeRows(form, addRow, removeRow)) {
            return form(null, form, model);
        }
        ProjectRequest request = checked(form, form.getId() == null ? "" : form.getId(), binding);
        if (request != null) {
            try {
                Project created = projects.saveWithParticipants(null, request,
                        form.rowRequests(request.id() == null ? "" : request.id()), form.removedParticipations());
                redirect.addFlashAttribute("flash", "Created project “" + created.name() + "”.");
                return "redirect:/projects/" + created.id();
            } catch (InvalidInput e) {
                FormProblems.reject(e, binding, ProjectForm::fieldOf);
            } catch (InUse e) {
                binding.rejectValue("id", "exists", e.getMessage());
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return form(null, form, model);
    }

    @GetMapping("/projects/{id}/edit")
    String editForm(@PathVariable String id, Model model) {
        access.checkCoordinator(id);
        ProjectDetail detail = projects.detail(id);
        return form(detail.project(), ProjectForm.of(detail), model);
    }

    @PostMapping("/projects/{id}/edit")
    String update(@PathVariable String id, @ModelAttribute("form") ProjectForm form, BindingResult binding,
                  @RequestParam(required = false) @Nullable String addRow,
                  @RequestParam(required = false) @Nullable Integer removeRow,
                  Model model, RedirectAttributes redirect, HttpServletResponse response) {
        access.checkCoordinator(id);
        Project stored = projects.get(id);
        form.setId(id);
        if (changeRows(form, addRow, removeRow)) {
            return form(stored, form, model);
        }
        ProjectRequest request = checked(form, id, binding);
        if (request != null) {
            try {
                Project updated = projects.saveWithParticipants(id, request, form.rowRequests(id),
                        form.removedParticipations());
                redirect.addFlashAttribute("flash", "Saved project “" + updated.name() + "”.");
                return "redirect:/projects/" + id;
            } catch (InvalidInput e) {
                FormProblems.reject(e, binding, ProjectForm::fieldOf);
            } catch (StaleVersion e) {
                response.setStatus(HttpStatus.CONFLICT.value());
                ProjectDetail theirs = projects.detail(id);
                model.addAttribute("stale", theirs);
                model.addAttribute("differences", differences(theirs, form));
                rebase(form, theirs);
                return form(theirs.project(), form, model);
            } catch (InUse e) {
                binding.reject("in-use", e.getMessage());
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return form(stored, form, model);
    }

    @GetMapping("/projects/{id}/delete")
    String confirmDelete(@PathVariable String id, Model model) {
        access.checkAdmin();
        DeletePage deletion = deletion(projects.get(id));
        model.addAttribute("deletion", projects.deleteRefusal(id).map(deletion::refusedBecause).orElse(deletion));
        return "delete";
    }

    @PostMapping("/projects/{id}/delete")
    String delete(@PathVariable String id, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Project project = projects.get(id);
        try {
            projects.delete(id);
        } catch (InUse e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("deletion", deletion(project).refusedBecause(e.getMessage()));
            return "delete";
        }
        redirect.addFlashAttribute("flash", "Deleted project “" + project.name() + "”.");
        return "redirect:/projects";
    }

    private static DeletePage deletion(Project p) {
        return new DeletePage("projects", "project", p.name(), "Projects", "/projects", p.name(), "/projects/" + p.id(),
                "/projects/" + p.id() + "/delete", "The project, its participants, contributions and share tables are "
                + "removed. The audit trail keeps a copy of the project. This cannot be undone from here.", null);
    }

    private String form(@Nullable Project editing, ProjectForm form, Model model) {
        model.addAttribute("editing", editing);
        model.addAttribute("form", form);
        model.addAttribute("partners", projects.partnerNames());
        model.addAttribute("statuses", ProjectRequest.STATUSES);
        model.addAttribute("roles", ParticipationRequest.ROLES.stream().filter(r -> !r.equals("lead")).toList());
        model.addAttribute("currencies", MoneyField.CURRENCIES);
        return FORM;
    }

    /** Adds or removes a row when one of the row buttons was pressed (nothing is saved then); true if it was. */
    private static boolean changeRows(ProjectForm form, @Nullable String addRow, @Nullable Integer removeRow) {
        if (addRow != null) {
            form.getParticipants().add(new ProjectForm.Row());
            return true;
        }
        if (removeRow != null) {
            if (removeRow >= 0 && removeRow < form.getParticipants().size()) {
                form.getParticipants().remove((int) removeRow);
            }
            return true;
        }
        return false;
    }

    /**
     * The request, checked against the rules of {@link ProjectRequest} and {@link ParticipationRequest} (the API's
     * messages); null when the form or the requests have problems, which are then in {@code binding}.
     */
    private @Nullable ProjectRequest checked(ProjectForm form, String projectId, BindingResult binding) {
        ProjectRequest request = form.toRequest();
        FormProblems.check(validator, request, binding, "", ProjectForm::fieldOf);
        List<ParticipationRequest> rows = form.rowRequests(projectId.isBlank() ? "new" : projectId);
        for (int i = 0; i < rows.size(); i++) {
            FormProblems.check(validator, rows.get(i), binding, "participants[" + i + "].", ProjectForm::fieldOf);
        }
        return binding.hasErrors() ? null : request;
    }

    /** After a conflict: the form keeps the user's input but carries the stored versions, so saving applies it again. */
    private void rebase(ProjectForm form, ProjectDetail theirs) {
        form.setVersion(theirs.project().version());
        for (ProjectForm.Row row : form.getParticipants()) {
            Long pid = row.getParticipationId();
            if (pid == null) {
                continue;
            }
            theirs.participants().stream().filter(p -> p.participationId() == pid).findFirst().ifPresentOrElse(
                    p -> row.setVersion(p.version()),
                    () -> {
                        row.setParticipationId(null);
                        row.setVersion(null);
                    });
        }
    }

    private List<Difference> differences(ProjectDetail theirs, ProjectForm yours) {
        Project p = theirs.project();
        Map<String, String> names = projects.partnerNames();
        List<Difference> rows = new ArrayList<>();
        rows.add(new Difference("Name", text(p.name()), text(yours.getName())));
        rows.add(new Difference("Destination", text(p.destination()), text(yours.getDestination())));
        rows.add(new Difference("Status", text(p.status()), text(yours.getStatus())));
        rows.add(new Difference("Launch year", text(p.launchYear()), text(yours.getLaunchYear())));
        rows.add(new Difference("Lead", text(p.leadPartnerName()),
                text(names.getOrDefault(text(yours.getLeadPartnerId()), yours.getLeadPartnerId()))));
        rows.add(new Difference("Cost", p.cost() == null ? "—" : p.cost().full(), yours.getCost().display()));
        rows.add(new Difference("Notes", text(p.notes()), text(yours.getNotes())));
        rows.add(new Difference("Source", text(p.sourceUrl()), text(yours.getSourceUrl())));
        rows.add(new Difference("Other participants", orDash(String.join("; ", theirs.participants().stream()
                .filter(x -> !x.role().equals("lead")).map(x -> x.partnerName() + " (" + x.role() + ")").toList())),
                orDash(String.join("; ", yours.getParticipants().stream()
                        .map(r -> names.getOrDefault(text(r.getPartnerId()), text(r.getPartnerId())) + " (" + text(r.getRole()) + ")")
                        .toList()))));
        return rows;
    }

    private static String orDash(String text) {
        return text.isBlank() ? "—" : text;
    }
}
