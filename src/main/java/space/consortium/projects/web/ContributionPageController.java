package space.consortium.projects.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import space.consortium.projects.Contribution;
import space.consortium.projects.ContributionRequest;
import space.consortium.projects.ContributionService;
import space.consortium.projects.Project;
import space.consortium.projects.ProjectService;
import space.consortium.shared.FormProblems;
import space.consortium.shared.InvalidInput;
import space.consortium.shared.MoneyField;
import space.consortium.shared.NotFound;
import space.consortium.shared.ShortName;
import space.consortium.shared.StaleVersion;

/**
 * The forms that add and edit a project's contributions. Bad input re-renders the form with each message next to its
 * field (HTTP 400); an edit of a contribution someone else changed meanwhile says so (HTTP 409).
 */
@Controller
@RequestMapping("/projects/{projectId}/contributions")
class ContributionPageController {

    private static final String FORM = "projects/contribution-form";

    private final ProjectService projects;
    private final ContributionService contributions;
    private final Validator validator;

    ContributionPageController(ProjectService projects, ContributionService contributions, Validator validator) {
        this.projects = projects;
        this.contributions = contributions;
        this.validator = validator;
    }

    @InitBinder("form")
    void amounts(WebDataBinder binder) {
        binder.registerCustomEditor(java.math.BigDecimal.class, "value.amount", MoneyField.amountEditor());
    }

    @GetMapping("/new")
    String newForm(@PathVariable String projectId, Model model) {
        return form(projects.get(projectId), null, new ContributionForm(), model);
    }

    @PostMapping("/new")
    String create(@PathVariable String projectId, @Valid @ModelAttribute("form") ContributionForm form,
                  BindingResult binding, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Project project = projects.get(projectId);
        ContributionRequest request = checked(projectId, form, binding);
        if (request != null) {
            try {
                Contribution created = contributions.create(request);
                redirect.addFlashAttribute("flash", "Added “" + created.element() + "” ("
                        + ShortName.of(created.partnerId(), created.partnerName()) + ", " + created.kind() + ").");
                return "redirect:/projects/" + projectId + "#contributions";
            } catch (InvalidInput e) {
                FormProblems.reject(e, binding, ContributionForm::fieldOf);
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return form(project, null, form, model);
    }

    @GetMapping("/{contributionId}/edit")
    String editForm(@PathVariable String projectId, @PathVariable long contributionId, Model model) {
        Contribution stored = stored(projectId, contributionId);
        return form(projects.get(projectId), stored, ContributionForm.of(stored), model);
    }

    @PostMapping("/{contributionId}/edit")
    String update(@PathVariable String projectId, @PathVariable long contributionId,
                  @Valid @ModelAttribute("form") ContributionForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        Contribution stored = stored(projectId, contributionId);
        Project project = projects.get(projectId);
        ContributionRequest request = checked(projectId, form, binding);
        if (request != null) {
            try {
                Contribution updated = contributions.update(contributionId, request);
                redirect.addFlashAttribute("flash", "Saved “" + updated.element() + "” ("
                        + ShortName.of(updated.partnerId(), updated.partnerName()) + ", " + updated.kind() + ").");
                return "redirect:/projects/" + projectId + "#contributions";
            } catch (InvalidInput e) {
                FormProblems.reject(e, binding, ContributionForm::fieldOf);
            } catch (StaleVersion e) {
                response.setStatus(HttpStatus.CONFLICT.value());
                model.addAttribute("stale", contributions.get(contributionId));
                return form(project, stored, form, model);
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return form(project, stored, form, model);
    }

    private String form(Project project, @Nullable Contribution editing, ContributionForm form, Model model) {
        model.addAttribute("project", project);
        model.addAttribute("editing", editing);
        model.addAttribute("form", form);
        model.addAttribute("partners", projects.partnerNames());
        model.addAttribute("kinds", ContributionRequest.KINDS);
        model.addAttribute("currencies", MoneyField.CURRENCIES);
        return FORM;
    }

    /** The contribution, if it belongs to the project. */
    private Contribution stored(String projectId, long contributionId) {
        Contribution c = contributions.get(contributionId);
        if (!c.projectId().equals(projectId)) {
            throw new NotFound("contribution", contributionId);
        }
        return c;
    }

    /**
     * The request, checked against {@link ContributionRequest}'s own rules; null when the form or the request has
     * problems, which are then in {@code binding} next to their fields.
     */
    private @Nullable ContributionRequest checked(String projectId, ContributionForm form, BindingResult binding) {
        ContributionRequest request = form.toRequest(projectId);
        FormProblems.rejectViolations(validator.validate(request), binding, ContributionForm::fieldOf);
        return binding.hasErrors() ? null : request;
    }
}
