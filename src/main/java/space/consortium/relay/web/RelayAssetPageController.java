package space.consortium.relay.web;

import static space.consortium.shared.Difference.text;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import space.consortium.relay.RelayAsset;
import space.consortium.relay.RelayAssetRequest;
import space.consortium.relay.RelayAssetService;
import space.consortium.relay.RelayService;
import space.consortium.shared.DeletePage;
import space.consortium.shared.Difference;
import space.consortium.shared.Forbidden;
import space.consortium.shared.FormProblems;
import space.consortium.shared.InUse;
import space.consortium.shared.InvalidInput;
import space.consortium.shared.StaleVersion;

/**
 * The registry's relay assets as a list ({@code /relay/assets}) and the forms that create, edit and delete one. The
 * controls are shown to whoever may use them: administrators for every asset, a partner's members for their partner's
 * assets; anonymous visitors and observers see none. Bad input keeps the form with the API's messages beside their
 * fields (HTTP 400); a stale edit shows theirs beside yours (HTTP 409); a delete asks first and says why it is
 * refused while a relay job that has not finished names the asset.
 */
@Controller
class RelayAssetPageController {

    private final RelayAssetService assets;
    private final RelayService relay;

    RelayAssetPageController(RelayAssetService assets, RelayService relay) {
        this.assets = assets;
        this.relay = relay;
    }

    /** One row of the list. */
    record Row(RelayAsset asset, String detail, boolean editable) {
    }

    @GetMapping("/relay/assets")
    String list(Model model) {
        List<Row> rows = relay.assets().stream().map(a -> new Row(a, detail(a), assets.canEdit(a.owner()))).toList();
        model.addAttribute("section", "benefits");
        model.addAttribute("orbiters", rows.stream().filter(r -> r.asset().isOrbiter()).toList());
        model.addAttribute("landers", rows.stream().filter(r -> !r.asset().isOrbiter()).toList());
        model.addAttribute("canCreate", assets.canCreate());
        model.addAttribute("anyEditable", rows.stream().anyMatch(Row::editable));
        return "relay/assets";
    }

    @GetMapping("/relay/assets/new")
    String newForm(Model model) {
        checkMayCreate();
        RelayAssetForm form = new RelayAssetForm();
        form.setStatus("active");
        form.setElementsKind("osculating");
        List<String> own = assets.ownPartners();
        if (own.size() == 1) {
            form.setOwner(own.get(0));
        }
        return form(null, form, model);
    }

    @PostMapping("/relay/assets/new")
    String create(@ModelAttribute("form") RelayAssetForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        checkMayCreate();
        FormProblems typed = new FormProblems();
        RelayAssetRequest request = form.toRequest(typed);
        try {
            if (typed.isEmpty()) {
                RelayAssetRequest created = assets.create(request);
                redirect.addFlashAttribute("flash", "Created " + created.kind() + " “" + created.name() + "”.");
                return "redirect:/relay/assets";
            }
            reject(typed, assets.problems(request.id() == null ? "" : request.id(), request), binding);
        } catch (InvalidInput e) {
            reject(typed, e.problems(), binding);
        } catch (InUse e) {
            binding.rejectValue("id", "exists", e.getMessage());
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return form(null, form, model);
    }

    @GetMapping("/relay/assets/{id}/edit")
    String editForm(@PathVariable String id, Model model) {
        RelayAssetRequest stored = assets.get(id);
        checkMayEdit(stored);
        return form(stored, RelayAssetForm.of(stored), model);
    }

    @PostMapping("/relay/assets/{id}/edit")
    String update(@PathVariable String id, @ModelAttribute("form") RelayAssetForm form, BindingResult binding,
                  Model model, RedirectAttributes redirect, HttpServletResponse response) {
        RelayAssetRequest stored = assets.get(id);
        checkMayEdit(stored);
        form.setId(id);
        form.setKind(stored.kind());
        FormProblems typed = new FormProblems();
        RelayAssetRequest request = form.toRequest(typed);
        try {
            if (typed.isEmpty()) {
                RelayAssetRequest updated = assets.update(id, request);
                redirect.addFlashAttribute("flash", "Saved " + updated.kind() + " “" + updated.name() + "”.");
                return "redirect:/relay/assets";
            }
            reject(typed, assets.problems(id, request), binding);
        } catch (InvalidInput e) {
            reject(typed, e.problems(), binding);
        } catch (StaleVersion e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            RelayAssetRequest theirs = assets.get(id);
            model.addAttribute("stale", theirs);
            model.addAttribute("differences", differences(theirs, form));
            form.setVersion(theirs.version());
            return form(theirs, form, model);
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return form(stored, form, model);
    }

    @GetMapping("/relay/assets/{id}/delete")
    String confirmDelete(@PathVariable String id, Model model, HttpServletResponse response) {
        RelayAssetRequest stored = assets.get(id);
        checkMayEdit(stored);
        DeletePage page = deletion(stored);
        Optional<String> refusal = assets.deleteRefusal(id);
        model.addAttribute("deletion", refusal.map(page::refusedBecause).orElse(page));
        return "delete";
    }

    @PostMapping("/relay/assets/{id}/delete")
    String delete(@PathVariable String id, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        RelayAssetRequest stored = assets.get(id);
        try {
            assets.delete(id);
        } catch (InUse e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("deletion", deletion(stored).refusedBecause(e.getMessage()));
            return "delete";
        }
        redirect.addFlashAttribute("flash", "Deleted " + stored.kind() + " “" + stored.name() + "”.");
        return "redirect:/relay/assets";
    }

    private void checkMayCreate() {
        if (!assets.canCreate()) {
            throw new Forbidden("Only administrators and partner members may add relay assets (a member for their "
                    + "own partner)");
        }
    }

    private void checkMayEdit(RelayAssetRequest stored) {
        if (!assets.canEdit(String.valueOf(stored.owner()))) {
            throw new Forbidden("Only administrators and members of partner '" + stored.owner() + "' may change "
                    + stored.kind() + " '" + stored.id() + "'");
        }
    }

    /** The form's own problems (numbers that are not numbers) first, then the service's, beside their fields. */
    private static void reject(FormProblems typed, List<InvalidInput.FieldProblem> problems, BindingResult binding) {
        for (InvalidInput.FieldProblem p : typed) {
            binding.rejectValue(p.field(), "invalid", p.message());
        }
        if (!problems.isEmpty()) {
            FormProblems.reject(new InvalidInput(problems), binding, RelayAssetForm::fieldOf);
        }
    }

    private static DeletePage deletion(RelayAssetRequest a) {
        return new DeletePage("benefits", String.valueOf(a.kind()), String.valueOf(a.name()), "Relay assets",
                "/relay/assets", String.valueOf(a.name()), "/relay/assets#asset-" + a.id(),
                "/relay/assets/" + a.id() + "/delete", "The " + a.kind() + " is removed from the registry: the relay "
                + "planner no longer offers it, and a plan that names it by id is refused. The audit trail keeps a "
                + "copy. This cannot be undone from here.", null);
    }

    private String form(@Nullable RelayAssetRequest editing, RelayAssetForm form, Model model) {
        Map<String, String> owners = new LinkedHashMap<>();
        Map<String, String> all = assets.partnerNames();
        List<String> own = assets.ownPartners();
        boolean admin = assets.isAdmin();
        all.forEach((id, name) -> {
            if (admin || own.contains(id) || (editing != null && id.equals(editing.owner()))) {
                owners.put(id, name);
            }
        });
        model.addAttribute("section", "benefits");
        model.addAttribute("editing", editing);
        model.addAttribute("form", form);
        model.addAttribute("owners", owners);
        model.addAttribute("kinds", RelayAssetRequest.KINDS);
        model.addAttribute("statuses", RelayAsset.STATUSES);
        model.addAttribute("radios", List.of("electra", "odyssey", "melacom"));
        return "relay/asset-form";
    }

    private static List<Difference> differences(RelayAssetRequest theirs, RelayAssetForm yours) {
        RelayAssetForm t = RelayAssetForm.of(theirs);
        List<Difference> d = new java.util.ArrayList<>();
        d.add(new Difference("Name", text(t.getName()), text(yours.getName())));
        d.add(new Difference("Owner", text(t.getOwner()), text(yours.getOwner())));
        d.add(new Difference("Status", text(t.getStatus()), text(yours.getStatus())));
        d.add(new Difference("Status source", text(t.getStatusSourceUrl()), text(yours.getStatusSourceUrl())));
        if ("orbiter".equals(theirs.kind())) {
            d.add(new Difference("Semi-major axis (km)", text(t.getSemiMajorAxisKm()), text(yours.getSemiMajorAxisKm())));
            d.add(new Difference("Eccentricity", text(t.getE()), text(yours.getE())));
            d.add(new Difference("Inclination (°)", text(t.getInclinationDeg()), text(yours.getInclinationDeg())));
            d.add(new Difference("Node (°)", text(t.getRaanDeg()), text(yours.getRaanDeg())));
            d.add(new Difference("Argument of periapsis (°)", text(t.getArgPeriapsisDeg()),
                    text(yours.getArgPeriapsisDeg())));
            d.add(new Difference("Mean anomaly (°)", text(t.getMeanAnomalyDeg()), text(yours.getMeanAnomalyDeg())));
            d.add(new Difference("Epoch (UTC)", text(t.getEpoch()), text(yours.getEpoch())));
            d.add(new Difference("Radio", text(t.getRadio()), text(yours.getRadio())));
        } else {
            d.add(new Difference("Latitude (°)", text(t.getLatDeg()), text(yours.getLatDeg())));
            d.add(new Difference("Longitude (° east)", text(t.getLonDeg()), text(yours.getLonDeg())));
            d.add(new Difference("Altitude (km)", text(t.getAltKm()), text(yours.getAltKm())));
            d.add(new Difference("Demand (Mbit/sol)", text(t.getDemandMbitPerSol()), text(yours.getDemandMbitPerSol())));
        }
        d.add(new Difference("Notes", text(t.getNotes()), text(yours.getNotes())));
        d.add(new Difference("Source", text(t.getSourceUrl()), text(yours.getSourceUrl())));
        return d;
    }

    private static String detail(RelayAsset a) {
        if (a.orbiter() != null) {
            return RelayCharts.detail(a);
        }
        if (a.lander() == null) {
            return "";
        }
        return String.format(Locale.ROOT, "%.3f°, %.3f° E, %.1f km; demand %s", a.lander().latDeg(),
                a.lander().lonDeg(), a.lander().altKm(), a.lander().demandMbitPerSol() == 0 ? "no cap"
                        : String.format(Locale.ROOT, "%.0f Mbit/sol", a.lander().demandMbitPerSol()));
    }
}
