package space.consortium.system.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import space.consortium.shared.Chart;
import space.consortium.shared.PageRequest;

/** The dashboard: what the registry holds, the largest collaborations and a preview of who works with whom. */
@Controller
class HomePageController {

    private final PartnerService partners;
    private final ProjectService projects;
    private final ContributionService contributions;
    private final AgreementService agreements;
    private final InsightsService insights;

    HomePageController(PartnerService partners, ProjectService projects, ContributionService contributions,
                       AgreementService agreements, InsightsService insights) {
        this.insights = insights;
        this.partners = partners;
        this.projects = projects;
        this.contributions = contributions;
        this.agreements = agreements;
    }

    @GetMapping("/")
    String dashboard(Model model) {
        Map<String, Long> byKind = contributions.countByKind();
        model.addAttribute("partnerCount", partners.count());
        model.addAttribute("projectCount", projects.count());
        model.addAttribute("contributionCount", byKind.values().stream().mapToLong(Long::longValue).sum());
        model.addAttribute("agreementCount", agreements.count());
        model.addAttribute("signatoryCount", agreements.find(AgreementService.ARTEMIS_ACCORDS)
                .map(a -> a.parties().size()).orElse(0));
        model.addAttribute("topProjects",
                projects.list(ProjectQuery.ALL, new PageRequest(0, 8, "partners", false)).items());
        model.addAttribute("byKind", byKind);
        model.addAttribute("kindChart", byKind.isEmpty() ? null : Chart.json(new Chart.Bar(new ArrayList<>(byKind.keySet()),
                List.of(new Chart.Series("Contributions", new ArrayList<>(byKind.values()))), false, false,
                "contributions", List.of())));
        CooperationNetwork network = insights.network(null);
        model.addAttribute("networkChart", network.links().isEmpty() ? null : Chart.json(network.chart(18)));
        model.addAttribute("linkCount", network.links().size());
        return "home";
    }
}
