package space.consortium.projects.web;

import static space.consortium.shared.Difference.text;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import space.consortium.accounts.Access;
import space.consortium.projects.Project;
import space.consortium.projects.ProjectService;
import space.consortium.projects.ShareTable;
import space.consortium.projects.ShareTableRequest;
import space.consortium.shared.FormProblems;
import space.consortium.shared.DeletePage;
import space.consortium.shared.Difference;
import space.consortium.shared.InUse;
import space.consortium.shared.InvalidInput;
import space.consortium.shared.NotFound;
import space.consortium.shared.StaleVersion;

/**
 * The forms that add, edit and delete a project's share tables, the partners' shares as rows; the project's
 * coordinators and the administrators use them. Messages are the API's, beside their fields; a stale edit shows
 * theirs beside yours.
 */
@Controller
@RequestMapping("/projects/{projectId}/share-tables")
class ShareTablePageController {

    private final ProjectService projects;
    private final Access access;
    private final Validator validator;

    ShareTablePageController(ProjectService projects, Access access, Validator validator) {
        this.projects = projects;
        this.access = access;
        this.validator = validator;
    }

    @GetMapping("/new")
    String newForm(@PathVariable String projectId, Model model) {
        access.checkCoordinator(projectId);
        ShareTableForm form = new ShareTableForm();
        form.getEntries().add(new ShareTableForm.Row());
        form.getEntries().add(new ShareTableForm.Row());
        return form(projects.get(projectId), null, form, model);
    }

    @PostMapping("/new")
    String create(@PathVariable String projectId, @ModelAttribute("form") ShareTableForm form, BindingResult binding,
                  @RequestParam(required = false) @Nullable String addRow,
                  @RequestParam(required = false) @Nullable Integer removeRow,
                  Model model, RedirectAttributes redirect, HttpServletResponse response) {
        access.checkCoordinator(projectId);
        Project project = projects.get(projectId);
        if (changeRows(form, addRow, removeRow)) {
            return form(project, null, form, model);
        }
        ShareTableRequest request = form.toRequest(projectId);
        if (FormProblems.check(validator, request, binding, "", ShareTableForm::fieldOf)) {
            try {
                ShareTable created = projects.addShareTable(request);
                redirect.addFlashAttribute("flash", "Added share table “" + created.name() + "”.");
                return "redirect:/projects/" + projectId + "#shares-title";
            } catch (InvalidInput e) {
                FormProblems.reject(e, binding, ShareTableForm::fieldOf);
            } catch (InUse e) {
                binding.rejectValue("name", "exists", e.getMessage());
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return form(project, null, form, model);
    }

    @GetMapping("/{tableId}/edit")
    String editForm(@PathVariable String projectId, @PathVariable long tableId, Model model) {
        access.checkCoordinator(projectId);
        ShareTable stored = stored(projectId, tableId);
        return form(projects.get(projectId), stored, ShareTableForm.of(stored), model);
    }

    @PostMapping("/{tableId}/edit")
    String update(@PathVariable String projectId, @PathVariable long tableId, @ModelAttribute("form") ShareTableForm form,
                  BindingResult binding, @RequestParam(required = false) @Nullable String addRow,
                  @RequestParam(required = false) @Nullable Integer removeRow,
                  Model model, RedirectAttributes redirect, HttpServletResponse response) {
        access.checkCoordinator(projectId);
        ShareTable stored = stored(projectId, tableId);
        Project project = projects.get(projectId);
        if (changeRows(form, addRow, removeRow)) {
            return form(project, stored, form, model);
        }
        ShareTableRequest request = form.toRequest(projectId);
        if (FormProblems.check(validator, request, binding, "", ShareTableForm::fieldOf)) {
            try {
                ShareTable updated = projects.updateShareTable(tableId, request);
                redirect.addFlashAttribute("flash", "Saved share table “" + updated.name() + "”.");
                return "redirect:/projects/" + projectId + "#shares-title";
            } catch (InvalidInput e) {
                FormProblems.reject(e, binding, ShareTableForm::fieldOf);
            } catch (StaleVersion e) {
                response.setStatus(HttpStatus.CONFLICT.value());
                ShareTable theirs = projects.shareTable(tableId);
                model.addAttribute("stale", theirs);
                model.addAttribute("differences", differences(theirs, form));
                form.setVersion(theirs.version());
                return form(project, theirs, form, model);
            } catch (InUse e) {
                binding.rejectValue("name", "exists", e.getMessage());
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return form(project, stored, form, model);
    }

    @GetMapping("/{tableId}/delete")
    String confirmDelete(@PathVariable String projectId, @PathVariable long tableId, Model model) {
        access.checkCoordinator(projectId);
        Project project = projects.get(projectId);
        ShareTable table = stored(projectId, tableId);
        model.addAttribute("deletion", deletion(project, table));
        return "delete";
    }

    @PostMapping("/{tableId}/delete")
    String delete(@PathVariable String projectId, @PathVariable long tableId, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) {
        ShareTable table = stored(projectId, tableId);
        try {
            projects.deleteShareTable(tableId);
        } catch (InUse e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("deletion", deletion(projects.get(projectId), table).refusedBecause(e.getMessage()));
            return "delete";
        }
        redirect.addFlashAttribute("flash", "Deleted share table “" + table.name() + "”.");
        return "redirect:/projects/" + projectId + "#shares-title";
    }

    private static DeletePage deletion(Project project, ShareTable table) {
        return new DeletePage("projects", "share table", table.name(), "Projects", "/projects", project.name(),
                "/projects/" + project.id() + "#shares-title",
                "/projects/" + project.id() + "/share-tables/" + table.id() + "/delete",
                "Its shares are removed; the audit trail keeps a copy. This cannot be undone from here.", null);
    }

    private ShareTable stored(String projectId, long tableId) {
        ShareTable t = projects.shareTable(tableId);
        if (!t.projectId().equals(projectId)) {
            throw new NotFound("share table", tableId);
        }
        return t;
    }

    private String form(Project project, @Nullable ShareTable editing, ShareTableForm form, Model model) {
        model.addAttribute("project", project);
        model.addAttribute("editing", editing);
        model.addAttribute("form", form);
        model.addAttribute("partners", projects.partnerNames());
        return "projects/share-table-form";
    }

    private static boolean changeRows(ShareTableForm form, @Nullable String addRow, @Nullable Integer removeRow) {
        if (addRow != null) {
            form.getEntries().add(new ShareTableForm.Row());
            return true;
        }
        if (removeRow != null) {
            if (removeRow >= 0 && removeRow < form.getEntries().size()) {
                form.getEntries().remove((int) removeRow);
            }
            return true;
        }
        return false;
    }

    private List<Difference> differences(ShareTable theirs, ShareTableForm yours) {
        Map<String, String> names = projects.partnerNames();
        return List.of(
                new Difference("Name", text(theirs.name()), text(yours.getName())),
                new Difference("Shares", String.join("; ", theirs.entries().stream()
                        .map(e -> e.partnerName() + " " + e.percent().stripTrailingZeros().toPlainString() + "%").toList()),
                        String.join("; ", yours.getEntries().stream()
                                .map(r -> names.getOrDefault(text(r.getPartnerId()), text(r.getPartnerId())) + " "
                                        + (r.getPercent() == null ? "—" : r.getPercent().stripTrailingZeros().toPlainString()) + "%")
                                .toList())),
                new Difference("Source", text(theirs.sourceUrl()), text(yours.getSourceUrl())));
    }
}
