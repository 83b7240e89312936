package space.consortium.costshare.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import space.consortium.costshare.CostShareService;
import space.consortium.costshare.LedgerCredit;
import space.consortium.costshare.LedgerService;
import space.consortium.costshare.LedgerView;
import space.consortium.projects.Contribution;
import space.consortium.projects.ProjectDetail;
import space.consortium.projects.ProjectService;
import space.consortium.shared.FormProblems;
import space.consortium.shared.InUse;
import space.consortium.shared.InvalidInput;
import space.consortium.shared.MissingInputs;
import space.consortium.shared.Money;
import space.consortium.shared.MoneyField;
import space.consortium.shared.ShortName;
import space.consortium.shared.StaleVersion;

/**
 * A project's cost-sharing page: the fair-allocation comparison ({@link AllocationForm}), and the barter ledger with its form, net
 * positions chart, settlement and the form for agreed credit values. Bad input re-renders the page or form with each
 * message next to its field (HTTP 400).
 */
@Controller
@RequestMapping("/projects/{projectId}/cost-sharing")
class CostSharingPageController {

    private static final String PAGE = "costshare/project";
    private static final String CREDIT_FORM = "costshare/credit-form";

    private final ProjectService projects;
    private final LedgerService ledger;
    private final CostShareService costShare;

    CostSharingPageController(ProjectService projects, LedgerService ledger, CostShareService costShare) {
        this.projects = projects;
        this.ledger = ledger;
        this.costShare = costShare;
    }

    @InitBinder("form")
    void amounts(WebDataBinder binder) {
        binder.registerCustomEditor(java.math.BigDecimal.class, "value.amount", MoneyField.amountEditor());
    }

    @GetMapping
    String page(@PathVariable String projectId, @ModelAttribute("ledger") LedgerForm form, BindingResult binding,
                @RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response,
                jakarta.servlet.http.HttpServletRequest request) {
        ProjectDetail detail = projects.detail(projectId);
        Map<String, String> participants = new LinkedHashMap<>();
        detail.participants().forEach(p -> participants.put(p.partnerId(), p.partnerName()));
        AllocationForm.View allocation = AllocationForm.build(participants, params, costShare);
        model.addAttribute("allocation", allocation);
        // the download buttons repeat the form's query (AllocationExport)
        model.addAttribute("allocationQuery", request.getQueryString() == null ? "" : request.getQueryString());
        if (!allocation.errors().isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        if (form.getBaseYear() == null) {
            // the latest year for which every rate and index the ledger needs exists
            form.setBaseYear(ledger.defaultBaseYear(projectId, form.getCurrency(), form.getBase()));
        }
        if (form.getYear() == null) {
            form.setYear(form.getBaseYear());
        }
        // said before anything is computed: the figures this choice of currencies and years lacks in the tables
        List<String> missingFigures = !binding.hasErrors() && !form.submitted() && form.getYear() != null
                && form.getBaseYear() != null
                ? ledger.missingFigures(projectId, form.getCurrency(), form.getYear(), form.getBase(), form.getBaseYear())
                : List.of();
        model.addAttribute("missingFigures", missingFigures);
        LedgerView view = null;
        if (binding.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        } else if (form.submitted()) {
            try {
                view = ledger.ledger(projectId, form.toRequest());
            } catch (InvalidInput e) {
                FormProblems.reject(e, binding, LedgerForm::fieldOf);
                response.setStatus(HttpStatus.BAD_REQUEST.value());
            } catch (MissingInputs e) {
                binding.reject("missing", e.what() + ":");
                e.missing().forEach(m -> binding.reject("missing", "– " + m));
                response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            }
        }
        model.addAttribute("detail", detail);
        model.addAttribute("project", detail.project());
        model.addAttribute("currencies", Money.CURRENCIES.stream().sorted().toList());
        model.addAttribute("view", view);
        model.addAttribute("ledgerErrors", binding.hasErrors());
        model.addAttribute("back", form.query());
        model.addAttribute("agreed", ledger.credits(projectId));
        if (view != null) {
            model.addAttribute("netChart", CostShareCharts.netJson(view));
        }
        return PAGE;
    }

    // ---- agreed credits

    @GetMapping("/credits/new")
    String newCredit(@PathVariable String projectId, @RequestParam(required = false) @Nullable Long contributionId,
                     @RequestParam(required = false) @Nullable String back, Model model) {
        ProjectDetail detail = projects.detail(projectId);
        LedgerCreditForm form = new LedgerCreditForm();
        form.setBack(back);
        form.getValue().setPriceYear(ledger.defaultBaseYear());
        if (contributionId != null) {
            detail.contributions().stream().filter(c -> c.id() == contributionId).findFirst().ifPresent(c -> {
                form.setContributionId(c.id());
                form.setPartnerId(c.partnerId());
                form.setDescription(c.element());
            });
        }
        return creditForm(detail, null, form, model);
    }

    @PostMapping("/credits/new")
    String addCredit(@PathVariable String projectId, @ModelAttribute("form") LedgerCreditForm form,
                     BindingResult binding, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        ProjectDetail detail = projects.detail(projectId);
        if (!binding.hasErrors()) {
            try {
                LedgerCredit created = ledger.addCredit(projectId, form.toRequest());
                redirect.addFlashAttribute("flash", "Added the agreed value of “" + created.description() + "” ("
                        + ShortName.of(created.partnerId(), created.partnerName()) + ", " + created.value().display()
                        + ").");
                return backToLedger(projectId, form.getBack());
            } catch (InvalidInput e) {
                FormProblems.reject(e, binding, LedgerCreditForm::fieldOf);
            } catch (InUse e) {
                binding.reject("inUse", e.getMessage());
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return creditForm(detail, null, form, model);
    }

    @GetMapping("/credits/{creditId}/edit")
    String editCredit(@PathVariable String projectId, @PathVariable long creditId,
                      @RequestParam(required = false) @Nullable String back, Model model) {
        LedgerCredit credit = ledger.credit(projectId, creditId);
        LedgerCreditForm form = LedgerCreditForm.of(credit);
        form.setBack(back);
        return creditForm(projects.detail(projectId), credit, form, model);
    }

    @PostMapping("/credits/{creditId}/edit")
    String updateCredit(@PathVariable String projectId, @PathVariable long creditId,
                        @ModelAttribute("form") LedgerCreditForm form, BindingResult binding, Model model,
                        RedirectAttributes redirect, HttpServletResponse response) {
        LedgerCredit stored = ledger.credit(projectId, creditId);
        ProjectDetail detail = projects.detail(projectId);
        if (!binding.hasErrors()) {
            try {
                LedgerCredit updated = ledger.updateCredit(projectId, creditId, form.toRequest());
                redirect.addFlashAttribute("flash", "Saved the agreed value of “" + updated.description() + "” ("
                        + updated.value().display() + ").");
                return backToLedger(projectId, form.getBack());
            } catch (InvalidInput e) {
                FormProblems.reject(e, binding, LedgerCreditForm::fieldOf);
            } catch (InUse e) {
                binding.reject("inUse", e.getMessage());
            } catch (StaleVersion e) {
                response.setStatus(HttpStatus.CONFLICT.value());
                model.addAttribute("stale", ledger.credit(projectId, creditId));
                return creditForm(detail, stored, form, model);
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return creditForm(detail, stored, form, model);
    }

    @PostMapping("/credits/{creditId}/delete")
    String deleteCredit(@PathVariable String projectId, @PathVariable long creditId,
                        @RequestParam(required = false) @Nullable String back, RedirectAttributes redirect) {
        LedgerCredit credit = ledger.credit(projectId, creditId);
        ledger.deleteCredit(projectId, creditId);
        redirect.addFlashAttribute("flash", "Removed the agreed value of “" + credit.description() + "”.");
        return backToLedger(projectId, back);
    }

    private String creditForm(ProjectDetail detail, @Nullable LedgerCredit editing, LedgerCreditForm form, Model model) {
        model.addAttribute("project", detail.project());
        model.addAttribute("editing", editing);
        model.addAttribute("form", form);
        model.addAttribute("partners", projects.partnerNames());
        model.addAttribute("currencies", MoneyField.CURRENCIES);
        Contribution valued = form.getContributionId() == null ? null : detail.contributions().stream()
                .filter(c -> c.id() == form.getContributionId()).findFirst().orElse(null);
        model.addAttribute("contribution", valued);
        model.addAttribute("back", safeQuery(form.getBack()));
        return CREDIT_FORM;
    }

    private static String backToLedger(String projectId, @Nullable String back) {
        String query = safeQuery(back);
        return "redirect:/projects/" + projectId + "/cost-sharing" + (query.isEmpty() ? "" : "?" + query)
                + "#ledger-credits";
    }

    /** The ledger's query string, kept only if it holds nothing but query characters (no line breaks, no scheme). */
    static String safeQuery(@Nullable String query) {
        if (query == null) {
            return "";
        }
        String q = query.startsWith("?") ? query.substring(1) : query;
        return q.matches("[A-Za-z0-9=&%._+\\-]*") ? q : "";
    }
}
