package space.consortium.agreements.web;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import space.consortium.accounts.Access;
import space.consortium.agreements.Agreement;
import space.consortium.agreements.AgreementRequest;
import space.consortium.agreements.AgreementService;
import space.consortium.shared.FormProblems;
import space.consortium.shared.DeletePage;
import space.consortium.shared.Difference;
import space.consortium.shared.InUse;
import space.consortium.shared.InvalidInput;
import space.consortium.shared.StaleVersion;

/**
 * The forms that create, edit and delete an agreement, its parties edited as rows of the agreement. An agreement that
 * governs a project is its coordinators' (and the administrators'); any other, the administrators'. Bad input keeps
 * the form with the API's messages beside their fields (HTTP 400); a stale edit shows theirs beside yours (HTTP 409).
 */
@Controller
class AgreementFormPageController {

    private final AgreementService agreements;
    private final Access access;
    private final Validator validator;

    AgreementFormPageController(AgreementService agreements, Access access, Validator validator) {
        this.agreements = agreements;
        this.access = access;
        this.validator = validator;
    }

    @GetMapping("/agreements/new")
    String newForm(Model model) {
        if (!access.isAdmin() && !access.isCoordinator()) {
            access.checkAdmin();
        }
        return form(null, new AgreementForm(), model);
    }

    @PostMapping("/agreements/new")
    String create(@ModelAttribute("form") AgreementForm form, BindingResult binding,
                  @RequestParam(required = false) @Nullable String addRow,
                  @RequestParam(required = false) @Nullable Integer removeRow,
                  Model model, RedirectAttributes redirect, HttpServletResponse response) {
        if (!access.isAdmin() && !access.isCoordinator()) {
            access.checkAdmin();
        }
        if (changeRows(form, addRow, removeRow)) {
            return form(null, form, model);
        }
        AgreementRequest request = form.toRequest();
        if (FormProblems.check(validator, request, binding, "", AgreementForm::fieldOf)) {
            try {
                Agreement created = agreements.create(request);
                redirect.addFlashAttribute("flash", "Created agreement “" + created.title() + "”.");
                return "redirect:/agreements/" + created.id();
            } catch (InvalidInput e) {
                FormProblems.reject(e, binding, AgreementForm::fieldOf);
            } catch (InUse e) {
                binding.rejectValue("id", "exists", e.getMessage());
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return form(null, form, model);
    }

    @GetMapping("/agreements/{id}/edit")
    String editForm(@PathVariable String id, Model model) {
        Agreement stored = agreements.get(id);
        checkCanEdit(stored);
        return form(stored, AgreementForm.of(stored), model);
    }

    @PostMapping("/agreements/{id}/edit")
    String update(@PathVariable String id, @ModelAttribute("form") AgreementForm form, BindingResult binding,
                  @RequestParam(required = false) @Nullable String addRow,
                  @RequestParam(required = false) @Nullable Integer removeRow,
                  Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Agreement stored = agreements.get(id);
        checkCanEdit(stored);
        form.setId(id);
        if (changeRows(form, addRow, removeRow)) {
            return form(stored, form, model);
        }
        AgreementRequest request = form.toRequest();
        if (FormProblems.check(validator, request, binding, "", AgreementForm::fieldOf)) {
            try {
                Agreement updated = agreements.update(id, request);
                redirect.addFlashAttribute("flash", "Saved agreement “" + updated.title() + "”.");
                return "redirect:/agreements/" + id;
            } catch (InvalidInput e) {
                FormProblems.reject(e, binding, AgreementForm::fieldOf);
            } catch (StaleVersion e) {
                response.setStatus(HttpStatus.CONFLICT.value());
                Agreement theirs = agreements.get(id);
                model.addAttribute("stale", theirs);
                model.addAttribute("differences", differences(theirs, form));
                form.setVersion(theirs.version());
                return form(theirs, form, model);
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return form(stored, form, model);
    }

    @GetMapping("/agreements/{id}/delete")
    String confirmDelete(@PathVariable String id, Model model) {
        Agreement agreement = agreements.get(id);
        checkCanEdit(agreement);
        DeletePage deletion = deletion(agreement);
        model.addAttribute("deletion", agreements.deleteRefusal(id).map(deletion::refusedBecause).orElse(deletion));
        return "delete";
    }

    @PostMapping("/agreements/{id}/delete")
    String delete(@PathVariable String id, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Agreement agreement = agreements.get(id);
        try {
            agreements.delete(id);
        } catch (InUse e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("deletion", deletion(agreement).refusedBecause(e.getMessage()));
            return "delete";
        }
        redirect.addFlashAttribute("flash", "Deleted agreement “" + agreement.title() + "”.");
        return "redirect:/agreements";
    }

    private DeletePage deletion(Agreement a) {
        String governs = a.projectId() == null ? "" : " It governs the project “"
                + agreements.projectNames().getOrDefault(a.projectId(), a.projectId()) + "”, which stays; the project's"
                + " partner timeline no longer shows this agreement.";
        return new DeletePage("agreements", "agreement", a.title(), "Agreements", "/agreements", a.title(),
                "/agreements/" + a.id(), "/agreements/" + a.id() + "/delete", "The agreement and its list of parties "
                + "are removed; the audit trail keeps a copy." + governs + " An agreement that a claim is about cannot "
                + "be deleted. This cannot be undone from here.", null);
    }

    /** The page-side twin of the service's rule, so that a GET of a form is refused as the save would be. */
    private void checkCanEdit(Agreement a) {
        if (a.projectId() == null) {
            access.checkAdmin();
        } else {
            access.checkCoordinator(a.projectId());
        }
    }

    private String form(@Nullable Agreement editing, AgreementForm form, Model model) {
        model.addAttribute("editing", editing);
        model.addAttribute("form", form);
        model.addAttribute("kinds", AgreementRequest.KINDS);
        model.addAttribute("partners", agreements.partnerNames());
        model.addAttribute("projects", agreements.projectNames());
        return "agreements/form";
    }

    private static boolean changeRows(AgreementForm form, @Nullable String addRow, @Nullable Integer removeRow) {
        if (addRow != null) {
            form.getParties().add(new AgreementForm.Row());
            return true;
        }
        if (removeRow != null) {
            if (removeRow >= 0 && removeRow < form.getParties().size()) {
                form.getParties().remove((int) removeRow);
            }
            return true;
        }
        return false;
    }

    private List<Difference> differences(Agreement theirs, AgreementForm yours) {
        Map<String, String> partners = agreements.partnerNames();
        return List.of(
                new Difference("Title", text(theirs.title()), text(yours.getTitle())),
                new Difference("Kind", text(theirs.kind()), text(yours.getKind())),
                new Difference("Signed on", text(theirs.signedOn()), text(yours.getSignedOn())),
                new Difference("Project", text(theirs.projectId()), text(yours.getProjectId())),
                new Difference("Description", text(theirs.description()), text(yours.getDescription())),
                new Difference("Source", text(theirs.sourceUrl()), text(yours.getSourceUrl())),
                new Difference("Parties", orDash(String.join("; ", theirs.parties().stream()
                        .map(p -> party(p.partnerName(), p.countryName(), p.signed())).toList())),
                        orDash(String.join("; ", yours.getParties().stream()
                                .map(r -> party(r.getPartnerId() == null ? null : partners.get(r.getPartnerId()),
                                        r.getCountryName(), r.getSigned())).toList()))));
    }

    private static String party(@Nullable String partner, @Nullable String country, @Nullable String signed) {
        String name = partner != null && !partner.isBlank() ? partner : text(country);
        return signed == null || signed.isBlank() ? name : name + " (" + signed.trim() + ")";
    }

    private static String orDash(String text) {
        return text.isBlank() ? "—" : text;
    }
}
