package space.consortium.partners.web;

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
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import space.consortium.accounts.Access;
import space.consortium.partners.Partner;
import space.consortium.partners.PartnerRequest;
import space.consortium.partners.PartnerService;
import space.consortium.shared.FormProblems;
import space.consortium.shared.DeletePage;
import space.consortium.shared.Difference;
import space.consortium.shared.InUse;
import space.consortium.shared.InvalidInput;
import space.consortium.shared.MoneyField;
import space.consortium.shared.StaleVersion;

/**
 * The forms that create, edit and delete a partner: administrators create and delete, members of the partner edit
 * it too. Bad input keeps the form with the API's messages beside their fields (HTTP 400); a stale edit shows theirs
 * beside yours (HTTP 409); a delete asks first and says why it was refused while the partner is referenced.
 */
@Controller
class PartnerFormPageController {

    private final PartnerService partners;
    private final Access access;
    private final Validator validator;

    PartnerFormPageController(PartnerService partners, Access access, Validator validator) {
        this.partners = partners;
        this.access = access;
        this.validator = validator;
    }

    @InitBinder("form")
    void amounts(WebDataBinder binder) {
        binder.registerCustomEditor(java.math.BigDecimal.class, "budget.amount", MoneyField.amountEditor());
    }

    @GetMapping("/partners/new")
    String newForm(Model model) {
        access.checkAdmin();
        return form(null, new PartnerForm(), model);
    }

    @PostMapping("/partners/new")
    String create(@ModelAttribute("form") PartnerForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        access.checkAdmin();
        PartnerRequest request = form.toRequest();
        if (FormProblems.check(validator, request, binding, "", PartnerForm::fieldOf)) {
            try {
                Partner created = partners.create(request);
                redirect.addFlashAttribute("flash", "Created partner “" + created.name() + "”.");
                return "redirect:/partners/" + created.id();
            } catch (InvalidInput e) {
                FormProblems.reject(e, binding, PartnerForm::fieldOf);
            } catch (InUse e) {
                binding.rejectValue("id", "exists", e.getMessage());
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return form(null, form, model);
    }

    @GetMapping("/partners/{id}/edit")
    String editForm(@PathVariable String id, Model model) {
        access.checkCanEditPartnerData(id);
        Partner stored = partners.get(id);
        return form(stored, PartnerForm.of(stored), model);
    }

    @PostMapping("/partners/{id}/edit")
    String update(@PathVariable String id, @ModelAttribute("form") PartnerForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        access.checkCanEditPartnerData(id);
        Partner stored = partners.get(id);
        form.setId(id);
        PartnerRequest request = form.toRequest();
        if (FormProblems.check(validator, request, binding, "", PartnerForm::fieldOf)) {
            try {
                Partner updated = partners.update(id, request);
                redirect.addFlashAttribute("flash", "Saved partner “" + updated.name() + "”.");
                return "redirect:/partners/" + id;
            } catch (InvalidInput e) {
                FormProblems.reject(e, binding, PartnerForm::fieldOf);
            } catch (StaleVersion e) {
                response.setStatus(HttpStatus.CONFLICT.value());
                Partner theirs = partners.get(id);
                model.addAttribute("stale", theirs);
                model.addAttribute("differences", differences(theirs, form));
                form.setVersion(theirs.version());
                return form(theirs, form, model);
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return form(stored, form, model);
    }

    @GetMapping("/partners/{id}/delete")
    String confirmDelete(@PathVariable String id, Model model) {
        access.checkAdmin();
        DeletePage deletion = deletion(partners.get(id));
        model.addAttribute("deletion", partners.deleteRefusal(id).map(deletion::refusedBecause).orElse(deletion));
        return "delete";
    }

    @PostMapping("/partners/{id}/delete")
    String delete(@PathVariable String id, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Partner partner = partners.get(id);
        try {
            partners.delete(id);
        } catch (InUse e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("deletion", deletion(partner).refusedBecause(e.getMessage()));
            return "delete";
        }
        redirect.addFlashAttribute("flash", "Deleted partner “" + partner.name() + "”.");
        return "redirect:/partners";
    }

    private static DeletePage deletion(Partner p) {
        return new DeletePage("partners", "partner", p.name(), "Partners", "/partners", p.name(), "/partners/" + p.id(),
                "/partners/" + p.id() + "/delete", "The partner is removed. A partner that still takes part in a "
                + "project, signed an agreement or owns records cannot be deleted; the audit trail keeps a copy. This "
                + "cannot be undone from here.", null);
    }

    private String form(@Nullable Partner editing, PartnerForm form, Model model) {
        model.addAttribute("editing", editing);
        model.addAttribute("form", form);
        model.addAttribute("kinds", PartnerRequest.KINDS);
        // the service keeps every budget in US dollars (they are compared across partners), so that is the one choice
        model.addAttribute("currencies", Map.of("USD", MoneyField.CURRENCIES.get("USD")));
        return "partners/form";
    }

    private static List<Difference> differences(Partner theirs, PartnerForm yours) {
        return List.of(
                new Difference("Name", text(theirs.name()), text(yours.getName())),
                new Difference("Kind", text(theirs.kind()), text(yours.getKind())),
                new Difference("Country or members", text(theirs.countryOrMembers()), text(yours.getCountryOrMembers())),
                new Difference("Founded", text(theirs.founded()), text(yours.getFounded())),
                new Difference("Annual budget", theirs.budget() == null ? "—" : theirs.budget().full(),
                        yours.getBudget().display()),
                new Difference("Source", text(theirs.sourceUrl()), text(yours.getSourceUrl())));
    }
}
