package space.consortium.insights.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import space.consortium.agreements.AgreementService;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import space.consortium.insights.ClaimRequest;
import space.consortium.insights.ClaimService;
import space.consortium.insights.CooperationNetwork;
import space.consortium.insights.InsightsService;
import space.consortium.insights.InsightsStats;
import space.consortium.insights.PartnerTimeline;
import space.consortium.insights.SignatoryGrowth;
import space.consortium.shared.InvalidInput;
import space.consortium.shared.RegistryCache;

/**
 * The cooperation insights page: the network as of a launch year, headline numbers, per-partner statistics, the
 * strongest pairs, international projects per decade and the Artemis Accords signatories; the claims page (claims
 * with their verdicts and evidence, and the claim form); and the fragment a partner's profile loads with its
 * international share and closest partners.
 */
@Controller
class InsightsPageController {


    private final InsightsService insights;
    private final ClaimService claims;
    private final Validator validator;
    private final AgreementService agreements;
    private final RegistryCache cache;

    InsightsPageController(InsightsService insights, ClaimService claims, Validator validator,
                           AgreementService agreements, RegistryCache cache) {
        this.cache = cache;
        this.insights = insights;
        this.claims = claims;
        this.validator = validator;
        this.agreements = agreements;
    }

    /** Adds a claim from the claims page's form; bad input re-renders that page with every message named (400). */
    @PostMapping("/insights/claims")
    String addClaim(@ModelAttribute("claimForm") ClaimForm form, Model model, HttpServletResponse response) {
        Map<String, String> errors = ClaimForm.noErrors();
        ClaimRequest request = form.toRequest(errors);
        for (ConstraintViolation<ClaimRequest> v : validator.validate(request)) {
            errors.putIfAbsent(v.getPropertyPath().toString(), v.getMessage());
        }
        if (errors.isEmpty()) {
            try {
                claims.create(request);
                return "redirect:/insights/claims#claims";
            } catch (InvalidInput e) {
                e.problems().forEach(p -> errors.putIfAbsent(p.field(), p.message()));
            }
        }
        model.addAttribute("claimErrors", errors);
        model.addAttribute("claimErrorSummary", ClaimForm.summary(errors));
        String view = claimsPage(model);
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return view;
    }

    /** The claims with their verdicts and evidence, the reference figures and populations, and the claim form. */
    @GetMapping("/insights/claims")
    String claimsPage(Model model) {
        claimForm(model);
        model.addAllAttributes(cache.get(new ClaimsKey(), this::claimsView));
        model.addAttribute("claimsPage", true);
        return "insights/claims-page";
    }

    /** The key of the claims' cached model. */
    private record ClaimsKey() {
    }

    /** The claim form's defaults, unless a rejected submission put its own. */
    private static void claimForm(Model model) {
        if (!model.containsAttribute("claimForm")) {
            model.addAttribute("claimForm", new ClaimForm());
        }
        if (!model.containsAttribute("claimErrors")) {
            model.addAttribute("claimErrors", ClaimForm.noErrors());
        }
        model.addAttribute("claimKinds", ClaimForm.KIND_NAMES);
        model.addAttribute("countNames", ClaimForm.COUNT_NAMES);
        model.addAttribute("whenNames", ClaimForm.WHEN_NAMES);
    }

    /** The claims checked now, and what the form offers (figures, populations, agreements, projects, partners). */
    private Map<String, Object> claimsView() {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("claims", claims.checkAll());
        List<space.consortium.insights.ReferenceFigure> figures = claims.referenceFigures();
        model.put("referenceFigures", figures);
        Map<String, String> figureNames = new java.util.TreeMap<>();
        figures.forEach(f -> figureNames.put(f.figureId(), f.label() + " (" + f.figureId() + ")"));
        model.put("claimFigures", figureNames);
        model.put("populations", claims.populations());
        model.put("claimAgreements", agreements.all().stream().map(a -> List.of(a.id(), a.title())).toList());
        model.put("claimProjects", insights.projectNames());
        model.put("claimPartners", insights.partnerNames());
        return java.util.Collections.unmodifiableMap(model);
    }

    @GetMapping("/insights")
    String page(@RequestParam(required = false) @Nullable Integer year, Model model, HttpServletResponse response) {
        claimForm(model);
        Map<String, Object> view;
        try {
            view = cache.get(new PageKey(year), () -> view(year));
        } catch (InvalidInput e) {
            // shown next to the slider, with the whole network, rather than as an error page
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("yearError", "The year " + year + " is not shown: it " + e.problems().get(0).message()
                    + ". Pick a year on the slider.");
            view = cache.get(new PageKey(null), () -> view(null));
        }
        model.addAllAttributes(view);
        return "insights/page";
    }

    /** The key of the page's cached model: the year of the network shown (null for all years). */
    private record PageKey(@Nullable Integer year) {
    }

    /**
     * What the page shows for a year, computed from the registry (kept by the {@link RegistryCache} until the
     * registry changes: the network and its JSON, statistics, claim verdicts, Accords and ISS timeline).
     *
     * @throws InvalidInput naming {@code year} when it lies outside the launch years in the registry
     */
    private Map<String, Object> view(@Nullable Integer year) {
        CooperationNetwork network = insights.network(year);
        Map<String, @Nullable Object> model = new LinkedHashMap<>();
        InsightsStats stats = insights.stats(null);
        Map<String, String> names = new LinkedHashMap<>();
        stats.partnerStatistics().forEach(r -> names.put(r.partnerId(), r.name()));
        network.nodes().forEach(n -> names.putIfAbsent(n.id(), n.name()));

        model.put("network", network);
        model.put("hubs", network.projects().stream().limit(TOP_PROJECTS).toList());
        model.putAll(claimsView());
        // the chart draws the partners who share a project (the most connected first), not the isolated ones
        model.put("networkChart", InsightsCharts.network(network, (int) (network.nodes().size() - network.isolated())));
        // the same number as the API's and the claim checker's: each isolated partner counts as its own community
        model.put("communities", network.communities());
        model.put("isolated", network.isolated());
        model.put("sharedCommunities", network.sharedCommunities());
        model.put("firstYear", network.firstYear());
        model.put("lastYear", network.lastYear());
        model.put("sliderYear", network.year() != null ? network.year() : network.lastYear());
        model.put("stats", stats);
        model.put("rows", stats.partnerStatistics().stream()
                .sorted(Comparator.comparingInt(InsightsStats.PartnerRow::internationalProjects).reversed()
                        .thenComparing(InsightsStats.PartnerRow::name))
                .toList());
        model.put("names", names);
        model.put("decadeChart", InsightsCharts.decades(stats));
        SignatoryGrowth accords = insights.accordsGrowth();
        model.put("accords", agreements.find(AgreementService.ARTEMIS_ACCORDS).orElse(null));
        model.put("signatories", accords.signatories());
        model.put("accordsChart", InsightsCharts.growth("Signatories", accords));
        PartnerTimeline iss = issTimeline();
        model.put("issTimeline", iss);
        model.put("issChart", iss == null ? null : InsightsCharts.growth("Parties", insights.growth(iss)));
        return java.util.Collections.unmodifiableMap(model);
    }

    /** A partner's international share and closest partners, loaded into its profile by htmx. */
    @GetMapping("/insights/partners/{id}/fragment")
    String partner(@PathVariable String id, Model model) {
        InsightsStats stats = insights.stats(id);
        Map<String, String> names = new LinkedHashMap<>();
        insights.stats(null).partnerStatistics().forEach(r -> names.put(r.partnerId(), r.name()));
        model.addAttribute("partnerId", id);
        model.addAttribute("row", stats.partnerStatistics().isEmpty() ? null : stats.partnerStatistics().get(0));
        model.addAttribute("pairs", stats.topPairs().stream().limit(5).toList());
        model.addAttribute("names", names);
        return "insights/partner :: insights";
    }

    /** How many of the most connected projects the page lists. */
    private static final int TOP_PROJECTS = 5;

    /** The project whose partner timeline the page shows. */
    private static final String ISS = "iss";

    /** The ISS partner timeline, or null where the registry holds no ISS (an emptied or replaced dataset). */
    private @Nullable PartnerTimeline issTimeline() {
        try {
            return insights.timeline(ISS);
        } catch (InvalidInput noIss) {
            return null;
        }
    }
}
