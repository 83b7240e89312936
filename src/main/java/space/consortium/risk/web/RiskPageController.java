package space.consortium.risk.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
import space.consortium.discussion.MarkdownRenderer;
import space.consortium.projects.Project;
import space.consortium.projects.ProjectService;
import space.consortium.risk.Risk;
import space.consortium.risk.RiskChange;
import space.consortium.risk.RiskMatrixRequest;
import space.consortium.risk.RiskMatrixView;
import space.consortium.risk.RiskRequest;
import space.consortium.risk.RiskService;
import space.consortium.shared.FormProblems;
import space.consortium.shared.Chart;
import space.consortium.shared.InvalidInput;
import space.consortium.shared.Money;
import space.consortium.shared.ShortName;
import space.consortium.shared.StaleVersion;

/**
 * A project's Risks tab: the register with its filters, the 5 × 5 heat map, the latest changes, the matrix, and the
 * pages of one risk (its history and trend) and of the risk form. Bad input re-renders the form with each message
 * next to its field (HTTP 400); a stale edit shows what changed (HTTP 409).
 */
@Controller
@RequestMapping("/projects/{projectId}/risks")
class RiskPageController {

    private final RiskService risks;
    private final ProjectService projects;
    private final Validator validator;
    private final Access access;

    RiskPageController(RiskService risks, ProjectService projects, Validator validator, Access access) {
        this.risks = risks;
        this.projects = projects;
        this.validator = validator;
        this.access = access;
    }

    @GetMapping
    String register(@PathVariable String projectId, @RequestParam(required = false) @Nullable String partner,
                    @RequestParam(required = false) @Nullable String domain,
                    @RequestParam(required = false) @Nullable String disposition, Model model) {
        Project project = projects.get(projectId);
        RiskService.Filter filter = new RiskService.Filter(partner, domain, disposition, null);
        RiskService.Register register = risks.register(projectId, filter);
        RiskMatrixView matrix = risks.matrix(projectId);
        Map<String, String> owners = new LinkedHashMap<>();
        register.owners().forEach((id, name) -> owners.put(id, ShortName.of(id, name)));
        model.addAttribute("project", project);
        model.addAttribute("risks", register.risks());
        model.addAttribute("total", register.total());
        model.addAttribute("owners", owners);
        model.addAttribute("filter", filter);
        model.addAttribute("filtered", filter.any());
        model.addAttribute("domains", RiskRequest.DOMAINS);
        model.addAttribute("dispositions", RiskRequest.DISPOSITIONS);
        model.addAttribute("matrix", matrix);
        model.addAttribute("heatmap", Chart.json(RiskCharts.heatmap(matrix, risks.matrixCells(projectId),
                register.risks())));
        model.addAttribute("changes", register.latest());
        model.addAttribute("overTime", register.history().isEmpty() ? null
                : Chart.json(RiskCharts.overTime(register.history())));
        model.addAttribute("scales", risks.scales());
        model.addAttribute("flashInPage", true);
        return "risk/register";
    }

    @GetMapping("/{riskId:\\d+}")
    String risk(@PathVariable String projectId, @PathVariable long riskId, Model model) {
        Risk risk = risks.get(projectId, riskId);
        List<RiskChange> history = risks.history(projectId, riskId);
        model.addAttribute("project", projects.get(projectId));
        model.addAttribute("risk", risk);
        // the mitigation is written in Markdown, like a comment, and shown through the same guarded renderer
        model.addAttribute("mitigationHtml", risk.mitigation() == null || risk.mitigation().isBlank() ? null
                : MarkdownRenderer.render(risk.mitigation()));
        model.addAttribute("history", history);
        model.addAttribute("matrix", risks.matrix(projectId));
        model.addAttribute("trend", Chart.json(RiskCharts.trend(history)));
        model.addAttribute("flashInPage", true);
        return "risk/risk";
    }

    @GetMapping("/new")
    String newRisk(@PathVariable String projectId, Model model) {
        return form(projectId, null, new RiskForm(), model);
    }

    @PostMapping("/new")
    String create(@PathVariable String projectId, @ModelAttribute("form") RiskForm form, BindingResult binding,
                  Model model, RedirectAttributes redirect, HttpServletResponse response) {
        projects.get(projectId);
        access.current().ifPresent(form::setChangedBy); // the history names the signed-in user, not a typed name
        if (!binding.hasErrors()) {
            RiskRequest request = form.toRequest();
            if (FormProblems.check(validator, request, binding, "", RiskForm::fieldOf)) {
                try {
                    Risk created = risks.create(projectId, request);
                    redirect.addFlashAttribute("flash", "Added the risk “" + created.title() + "” (" + created.index()
                            + ", " + created.zoneLabel() + ").");
                    return "redirect:/projects/" + projectId + "/risks/" + created.id();
                } catch (InvalidInput e) {
                    FormProblems.reject(e, binding, RiskForm::fieldOf);
                }
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return form(projectId, null, form, model);
    }

    @GetMapping("/{riskId:\\d+}/edit")
    String edit(@PathVariable String projectId, @PathVariable long riskId, Model model) {
        Risk risk = risks.get(projectId, riskId);
        return form(projectId, risk, RiskForm.of(risk), model);
    }

    @PostMapping("/{riskId:\\d+}/edit")
    String update(@PathVariable String projectId, @PathVariable long riskId, @ModelAttribute("form") RiskForm form,
                  BindingResult binding, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Risk stored = risks.get(projectId, riskId);
        access.current().ifPresent(form::setChangedBy);
        if (!binding.hasErrors()) {
            RiskRequest request = form.toRequest();
            if (FormProblems.check(validator, request, binding, "", RiskForm::fieldOf)) {
                try {
                    Risk updated = risks.update(projectId, riskId, request);
                    redirect.addFlashAttribute("flash", "Saved the risk “" + updated.title() + "” (" + updated.index()
                            + ", " + updated.zoneLabel() + ", trend " + updated.trend() + ").");
                    return "redirect:/projects/" + projectId + "/risks/" + riskId;
                } catch (InvalidInput e) {
                    FormProblems.reject(e, binding, RiskForm::fieldOf);
                } catch (StaleVersion e) {
                    response.setStatus(HttpStatus.CONFLICT.value());
                    model.addAttribute("stale", risks.get(projectId, riskId));
                    return form(projectId, stored, form, model);
                }
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return form(projectId, stored, form, model);
    }

    @PostMapping("/{riskId:\\d+}/delete")
    String delete(@PathVariable String projectId, @PathVariable long riskId,
                  @RequestParam(required = false) @Nullable Long version, RedirectAttributes redirect) {
        Risk risk = risks.get(projectId, riskId);
        try {
            risks.delete(projectId, riskId, version, access.current().orElse(null), "deleted on the Risks tab");
            redirect.addFlashAttribute("flash", "Deleted the risk “" + risk.title() + "”; its history is kept.");
        } catch (StaleVersion e) {
            redirect.addFlashAttribute("flash", "Not deleted: someone changed “" + risk.title()
                    + "” in the meantime. Look at it again first.");
        }
        return "redirect:/projects/" + projectId + "/risks";
    }

    @PostMapping("/matrix")
    String tailor(@PathVariable String projectId, @RequestParam String scaleId,
                  @RequestParam(required = false) @Nullable String zoning, @RequestParam long version,
                  RedirectAttributes redirect) {
        RiskMatrixView current = risks.matrix(projectId);
        String given = zoning;
        if (!scaleId.equals(current.scaleId()) && zoning != null
                && zoning.replaceAll("[\\s/]+", " ").trim().equals(current.zoning().replaceAll("[\\s/]+", " ").trim())) {
            given = null; // a new scale with the zoning left as it was: take the new scale's zoning
        }
        try {
            RiskMatrixView m = risks.tailor(projectId, new RiskMatrixRequest(scaleId, null, null, given, version));
            redirect.addFlashAttribute("flash", "The project now uses the " + m.scaleName() + " matrix"
                    + (m.tailored() ? " with its own zoning." : "."));
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("matrixError", e.getMessage());
        } catch (StaleVersion e) {
            redirect.addFlashAttribute("matrixError", "Someone changed the matrix in the meantime; it is shown as it "
                    + "is now. Make your change again.");
        }
        return "redirect:/projects/" + projectId + "/risks#matrix";
    }

    private String form(String projectId, @Nullable Risk editing, RiskForm form, Model model) {
        Money byDefault = risks.defaultCost(projectId);
        form.startCostIn(byDefault.currency(), byDefault.priceYear());
        model.addAttribute("currencies", Money.CURRENCIES.stream().sorted().toList());
        model.addAttribute("project", projects.get(projectId));
        model.addAttribute("editing", editing);
        model.addAttribute("form", form);
        model.addAttribute("matrix", risks.matrix(projectId));
        model.addAttribute("domains", RiskRequest.DOMAINS);
        model.addAttribute("dispositions", RiskRequest.DISPOSITIONS);
        Map<String, String> partners = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        projects.partnerNames().forEach((id, name) -> partners.put(name, id));
        Map<String, String> byName = new LinkedHashMap<>();
        projects.detail(projectId).participants().forEach(p -> byName.put(p.partnerId(), p.partnerName()));
        partners.forEach((name, id) -> byName.putIfAbsent(id, name));
        model.addAttribute("partners", byName);
        return "risk/form";
    }
}
