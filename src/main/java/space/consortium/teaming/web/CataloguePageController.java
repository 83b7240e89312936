package space.consortium.teaming.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import space.consortium.partners.PartnerService;
import space.consortium.shared.FormProblems;
import space.consortium.shared.InUse;
import space.consortium.shared.InvalidInput;
import space.consortium.shared.Problems;
import space.consortium.shared.StaleVersion;
import space.consortium.teaming.Capability;
import space.consortium.teaming.CapabilityRequest;
import space.consortium.teaming.CatalogueService;
import space.consortium.teaming.PartnerCapability;
import space.consortium.teaming.PartnerCapabilityRequest;

/**
 * The capability catalogue page: capabilities by group with the partners that offer them (maturity, evidence,
 * source), forms to add and change entries, and the policy constraints with their switches. Bad input re-renders the
 * page with the messages (HTTP 400); a stale version or a conflict says so (HTTP 409).
 */
@Controller
@RequestMapping("/teaming/catalogue")
class CataloguePageController {

    private static final String PAGE = "teaming/catalogue";
    private static final String EDIT = "teaming/partner-capability-form";

    /** A capability with the partners that offer it. */
    record Entry(Capability capability, List<PartnerCapability> offers) {
    }

    private final CatalogueService catalogue;
    private final PartnerService partners;

    CataloguePageController(CatalogueService catalogue, PartnerService partners) {
        this.catalogue = catalogue;
        this.partners = partners;
    }

    @GetMapping
    String page(Model model) {
        return render(model, new FormProblems(), Map.of());
    }

    @PostMapping("/partner-capabilities")
    String add(@RequestParam Map<String, String> form, Model model, HttpServletResponse response,
               RedirectAttributes redirect) {
        FormProblems errors = new FormProblems();
        try {
            PartnerCapabilityRequest request = partnerCapability(form, null, errors);
            errors.throwIfAny();
            PartnerCapability added = catalogue.addPartnerCapability(request);
            redirect.addFlashAttribute("message", "Added: " + added.partnerId() + " offers " + added.capabilityId());
            return "redirect:/teaming/catalogue#cap-" + added.capabilityId();
        } catch (InvalidInput e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return render(model, errors.addAll(e), form);
        } catch (InUse e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return render(model, errors.add("partnerId", e.getMessage()), form);
        }
    }

    @PostMapping("/capabilities")
    String addCapability(@RequestParam Map<String, String> form, Model model, HttpServletResponse response,
                         RedirectAttributes redirect) {
        FormProblems errors = new FormProblems();
        try {
            Double unitCost = decimal(form.get("unitCostUsdMillions"), "capability.unitCostUsdMillions", errors);
            errors.throwIfAny();
            Capability added = catalogue.createCapability(new CapabilityRequest(blankToNull(form.get("id")),
                    blankToNull(form.get("name")), blankToNull(form.get("group")), blankToNull(form.get("description")),
                    unitCost, blankToNull(form.get("unitCostSourceUrl")), null));
            redirect.addFlashAttribute("message", "Added capability " + added.id());
            return "redirect:/teaming/catalogue#cap-" + added.id();
        } catch (InvalidInput e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return render(model, errors.addAll(e, field -> field.startsWith("capability.") ? field
                    : Problems.path("capability", field)), form);
        } catch (InUse e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return render(model, errors.add("capability.id", e.getMessage()), form);
        }
    }

    @GetMapping("/partner-capabilities/{id}")
    String edit(@PathVariable long id, Model model) {
        PartnerCapability pc = catalogue.partnerCapability(id);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("maturity", pc.maturity());
        form.put("evidence", pc.evidence() == null ? "" : pc.evidence());
        form.put("costUsdMillions", pc.costUsdMillions() == null ? "" : String.valueOf(pc.costUsdMillions()));
        form.put("sourceUrl", pc.sourceUrl());
        form.put("version", String.valueOf(pc.version()));
        return renderEdit(model, pc, form, new FormProblems());
    }

    @PostMapping("/partner-capabilities/{id}")
    String update(@PathVariable long id, @RequestParam Map<String, String> form, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        PartnerCapability pc = catalogue.partnerCapability(id);
        FormProblems errors = new FormProblems();
        try {
            Long version = form.get("version") == null ? null : Long.valueOf(form.get("version"));
            PartnerCapabilityRequest request = partnerCapability(form, version, errors);
            errors.throwIfAny();
            catalogue.updatePartnerCapability(id, request);
            redirect.addFlashAttribute("message", "Saved: " + pc.partnerId() + " · " + pc.capabilityId());
            return "redirect:/teaming/catalogue#cap-" + pc.capabilityId();
        } catch (InvalidInput e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return renderEdit(model, pc, form, errors.addAll(e));
        } catch (StaleVersion e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return renderEdit(model, pc, form, errors.add("version", "Someone changed this entry since you opened it; "
                    + "reload the page to see the current values"));
        } catch (NumberFormatException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return renderEdit(model, pc, form, errors.add("version", "is not a number"));
        }
    }

    @PostMapping("/partner-capabilities/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        PartnerCapability pc = catalogue.partnerCapability(id);
        catalogue.deletePartnerCapability(id);
        redirect.addFlashAttribute("message", "Removed: " + pc.partnerId() + " · " + pc.capabilityId());
        return "redirect:/teaming/catalogue#cap-" + pc.capabilityId();
    }

    @PostMapping("/policies/{id}")
    String switchPolicy(@PathVariable String id, @RequestParam boolean enabled, @RequestParam long version,
                        RedirectAttributes redirect) {
        try {
            catalogue.setPolicyEnabled(id, enabled, version);
            redirect.addFlashAttribute("message", "Policy " + id + (enabled ? " switched on" : " switched off"));
        } catch (StaleVersion e) {
            redirect.addFlashAttribute("message", "Policy " + id + " was changed meanwhile; nothing was switched");
        }
        return "redirect:/teaming/catalogue#policies";
    }

    private String render(Model model, FormProblems errors, Map<String, String> form) {
        Map<String, List<Entry>> groups = new LinkedHashMap<>();
        CatalogueService.GROUPS.forEach(g -> groups.put(g, new ArrayList<>()));
        List<PartnerCapability> all = catalogue.partnerCapabilities(null, null);
        for (Capability c : catalogue.capabilities()) {
            groups.computeIfAbsent(c.group(), g -> new ArrayList<>()).add(new Entry(c,
                    all.stream().filter(pc -> pc.capabilityId().equals(c.id())).toList()));
        }
        model.addAttribute("groups", groups);
        model.addAttribute("groupNames", CatalogueService.GROUPS);
        model.addAttribute("capabilityCount", catalogue.capabilities().size());
        model.addAttribute("offerCount", all.size());
        model.addAttribute("partnerNames", partners.names());
        model.addAttribute("policies", catalogue.policies());
        model.addAttribute("errors", errors);
        model.addAttribute("form", form);
        return PAGE;
    }

    private String renderEdit(Model model, PartnerCapability pc, Map<String, String> form, FormProblems errors) {
        model.addAttribute("entry", pc);
        model.addAttribute("capability", catalogue.capability(pc.capabilityId()));
        model.addAttribute("partnerName", partners.names().getOrDefault(pc.partnerId(), pc.partnerId()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return EDIT;
    }

    private static PartnerCapabilityRequest partnerCapability(Map<String, String> form, @Nullable Long version,
                                                              FormProblems errors) {
        return new PartnerCapabilityRequest(blankToNull(form.get("partnerId")), blankToNull(form.get("capabilityId")),
                blankToNull(form.get("maturity")), blankToNull(form.get("evidence")),
                decimal(form.get("costUsdMillions"), "costUsdMillions", errors), blankToNull(form.get("sourceUrl")),
                version);
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** A number, or null when blank; text that is no number is a problem of {@code field}. */
    private static @Nullable Double decimal(@Nullable String s, String field, FormProblems errors) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(s.trim());
        } catch (NumberFormatException e) {
            errors.add(field, "'" + s.trim() + "' is not a number");
            return null;
        }
    }
}
