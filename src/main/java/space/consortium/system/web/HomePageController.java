package space.consortium.system.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import space.consortium.agreements.AgreementService;
import space.consortium.insights.CooperationNetwork;
import space.consortium.insights.InsightsService;
import space.consortium.partners.PartnerService;
import space.consortium.projects.ContributionService;
import space.consortium.projects.ProjectQuery;
import space.consortium.projects.ProjectService;
import space.consortium.shared.PageRequest;
import space.consortium.shared.RegistryCache;

/** The dashboard: what the registry holds, the largest collaborations and a preview of who works with whom. */
@Controller
class HomePageController {

    private final PartnerService partners;
    private final ProjectService projects;
    private final ContributionService contributions;
    private final AgreementService agreements;
    private final InsightsService insights;
    private final RegistryCache cache;

    HomePageController(PartnerService partners, ProjectService projects, ContributionService contributions,
                       AgreementService agreements, InsightsService insights, RegistryCache cache) {
        this.cache = cache;
        this.insights = insights;
        this.partners = partners;
        this.projects = projects;
        this.contributions = contributions;
        this.agreements = agreements;
    }

    @GetMapping("/")
    String dashboard(Model model) {
        model.addAllAttributes(cache.get(DASHBOARD, this::view));
        return "home";
    }

    /** The key of the dashboard's cached model. */
    private static final String DASHBOARD = "dashboard";

    /** What the dashboard shows, computed from the registry (kept by the {@link RegistryCache} until it changes). */
    private Map<String, Object> view() {
        Map<String, @Nullable Object> model = new LinkedHashMap<>();
        Map<String, Long> byKind = contributions.countByKind();
        model.put("partnerCount", partners.count());
        model.put("projectCount", projects.count());
        model.put("contributionCount", DashboardCharts.total(byKind));
        model.put("agreementCount", agreements.count());
        model.put("signatoryCount", agreements.find(AgreementService.ARTEMIS_ACCORDS)
                .map(a -> a.parties().size()).orElse(0));
        model.put("topProjects",
                projects.list(ProjectQuery.ALL, new PageRequest(0, 8, "partners", false)).items());
        model.put("byKind", byKind);
        model.put("kindChart", DashboardCharts.json(DashboardCharts.kinds(byKind)));
        CooperationNetwork network = insights.network(null);
        model.put("networkChart", DashboardCharts.json(DashboardCharts.network(network)));
        model.put("linkCount", network.links().size());
        return Collections.unmodifiableMap(model);
    }
}
