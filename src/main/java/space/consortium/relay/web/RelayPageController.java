package space.consortium.relay.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import space.consortium.relay.RelayAsset;
import space.consortium.relay.RelayPlan;
import space.consortium.relay.RelayRequest;
import space.consortium.relay.RelayService;
import space.consortium.shared.Cancelled;
import space.consortium.shared.Chart;
import space.consortium.shared.Computations;
import space.consortium.shared.FormProblems;
import space.consortium.shared.InvalidInput;
import space.consortium.shared.RegistryCache;
import space.consortium.teaming.Policy;

/**
 * The relay planner page: choose landers, orbiters (each with its owner agency), period, mask and propagator, and
 * toggle orbiters off for a what-if. The form ({@link RelayForm}) becomes the same {@link RelayRequest} the API takes;
 * the pictures come from {@link RelayCharts}. Bad input re-renders the form with each message (HTTP 400).
 */
@Controller
class RelayPageController {

    private final RelayService relay;
    private final Computations computations;
    private final RegistryCache cache;

    RelayPageController(RelayService relay, Computations computations, RegistryCache cache) {
        this.relay = relay;
        this.computations = computations;
        this.cache = cache;
    }

    /** The default plan (the page without parameters) for the request it was computed from. */
    private record DefaultPlan(RelayRequest request) {
    }

    /** One checkbox of the form; {@code status} and its source for a lander (active, dormant, ended). */
    record Choice(String id, String name, String owner, String detail, String sourceUrl, boolean checked,
                  boolean lost, String status, @Nullable String statusSourceUrl) {
    }

    /** A policy checkbox, as on the coalition builder's page. */
    record PolicyCheck(Policy policy, boolean checked) {
    }

    @GetMapping("/relay")
    String page(@ModelAttribute("relayForm") RelayForm submitted, BindingResult binding, Model model,
                HttpServletResponse response) {
        List<RelayAsset> assets = relay.assets();
        boolean first = submitted.isEmpty() && !binding.hasErrors();
        // the default plan leaves out the landers the registry marks dormant or ended
        // (and the orbiters it marks so: an edit of an asset's status changes the default plan)
        RelayForm form = first ? RelayForm.first(relay.defaultOrbiters(), relay.defaultLanders()) : submitted;
        // the partner policies, switched as on the coalition builder: by default every enabled one
        List<PolicyCheck> policyChecks = relay.policies().stream()
                .map(p -> new PolicyCheck(p, first ? p.enabled() : form.policies().contains(p.id()))).toList();
        FormProblems errors = new FormProblems().addAll(binding);
        RelayRequest request = form.toRequest(policyChecks.stream().filter(PolicyCheck::checked)
                .map(c -> c.policy().id()).toList(), errors);
        RelayPlan plan = null;
        if (errors.isEmpty()) {
            try {
                // The default plan depends only on the registry's assets and fixed inputs: computed once per
                // registry state, so a visitor refreshing the page does not rerun the planner; a what-if computes.
                plan = first ? cache.get(new DefaultPlan(request), () -> computations.run(work -> relay.plan(request,
                        work))) : computations.run(work -> relay.plan(request, work));
            } catch (InvalidInput e) {
                errors.addAll(e);
            } catch (Cancelled e) {
                errors.add("days", e.getMessage());
            }
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        Map<String, RelayAsset> byId = new LinkedHashMap<>();
        assets.forEach(a -> byId.put(a.id(), a));
        model.addAttribute("section", "benefits");
        model.addAttribute("orbiterChoices", assets.stream().filter(RelayAsset::isOrbiter)
                .map(a -> new Choice(a.id(), a.name(), a.owner(), a.orbiter() == null ? "" : RelayCharts.detail(a),
                        a.sourceUrl(), form.orbiters().contains(a.id()), form.lost().contains(a.id()), a.status(),
                        a.statusSourceUrl())).toList());
        model.addAttribute("landerChoices", assets.stream().filter(a -> !a.isOrbiter())
                .map(a -> new Choice(a.id(), a.name(), a.owner(), a.notes(), a.sourceUrl(),
                        form.landers().contains(a.id()), false, a.status(), a.statusSourceUrl())).toList());
        model.addAttribute("policyChecks", policyChecks);
        model.addAttribute("start", form.startText());
        model.addAttribute("days", form.daysText());
        model.addAttribute("mask", form.maskText());
        model.addAttribute("propagator", form.propagatorName());
        model.addAttribute("maxDays", RelayForm.MAX_DAYS);
        model.addAttribute("errors", errors);
        model.addAttribute("plan", plan);
        if (plan != null) {
            model.addAttribute("timeline", Chart.json(RelayCharts.timeline(plan, byId)));
            model.addAttribute("perSol", Chart.json(RelayCharts.perSol(plan, byId)));
            if (plan.whatIf() != null) {
                model.addAttribute("whatIfChart", Chart.json(RelayCharts.whatIf(plan, byId)));
            }
            model.addAttribute("rows", RelayCharts.rows(plan, byId));
            model.addAttribute("perSolTotal", RelayCharts.perSolTotal(plan));
        }
        return "relay/page";
    }
}
