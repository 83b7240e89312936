package space.consortium.insights.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import space.consortium.agreements.AgreementService;
import space.consortium.insights.BenefitService;
import space.consortium.insights.Benefits;
import space.consortium.insights.CooperationNetwork;
import space.consortium.insights.InsightsService;
import space.consortium.insights.SignatoryGrowth;

/**
 * The landing pages of the five benefits. Each explains its benefit and shows the data the registry holds for it
 * today, all computed from stored rows ({@link BenefitService}, {@link InsightsService}), drawn by
 * {@link InsightsCharts}; the engines behind the benefits come with their own modules.
 */
@Controller
class BenefitPageController {

    /** How many of the most connected partners the cooperation page lists. */
    private static final int CONNECTED = 12;

    /** How many partners the cooperation page's network draws. */
    private static final int NETWORK_NODES = 30;

    private final BenefitService benefits;
    private final InsightsService insights;
    private final AgreementService agreements;

    BenefitPageController(BenefitService benefits, InsightsService insights, AgreementService agreements) {
        this.benefits = benefits;
        this.insights = insights;
        this.agreements = agreements;
    }

    @GetMapping("/cost-sharing")
    String costSharing(Model model) {
        Benefits.CostSharing c = benefits.costSharing();
        model.addAttribute("shares", InsightsCharts.sharePies(c));
        model.addAttribute("sharedProjects", c.sharedProjects());
        model.addAttribute("valued", c.valued());
        model.addAttribute("contributionCount", c.contributionCount());
        model.addAttribute("costed", c.costed());
        model.addAttribute("projectCount", c.projectCount());
        return "benefits/cost-sharing";
    }

    @GetMapping("/expertise")
    String expertise(Model model) {
        Benefits.Expertise e = benefits.expertise();
        model.addAttribute("kinds", e.kinds());
        model.addAttribute("contributionCount", e.contributionCount());
        model.addAttribute("partnerCount", e.partnerCount());
        model.addAttribute("kindChart", InsightsCharts.contributionKinds(e));
        return "benefits/expertise";
    }

    @GetMapping("/risk")
    String risk(Model model) {
        Benefits.Outcomes o = benefits.outcomes();
        model.addAttribute("rows", o.rows());
        model.addAttribute("projectCount", o.projectCount());
        model.addAttribute("statusChart", InsightsCharts.statuses(o));
        model.addAttribute("ended", o.ended());
        model.addAttribute("unknown", o.unknown());
        return "benefits/risk";
    }

    @GetMapping("/cooperation")
    String cooperation(Model model) {
        SignatoryGrowth accords = insights.accordsGrowth();
        CooperationNetwork network = insights.network(null);
        model.addAttribute("accords", agreements.find(AgreementService.ARTEMIS_ACCORDS).orElse(null));
        model.addAttribute("accordsChart", InsightsCharts.perYear(accords));
        model.addAttribute("connected", insights.mostConnected(CONNECTED));
        model.addAttribute("linkCount", network.links().size());
        model.addAttribute("networkChart", InsightsCharts.network(network, NETWORK_NODES));
        return "benefits/cooperation";
    }

    @GetMapping("/operations")
    String operations(Model model) {
        Benefits.MarsOperations mars = benefits.marsOperations();
        model.addAttribute("mars", mars.projects());
        model.addAttribute("active", mars.operating());
        model.addAttribute("partnerChart", InsightsCharts.marsPartners(mars));
        return "benefits/operations";
    }
}
