package space.consortium.teaming.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import space.consortium.partners.PartnerService;
import space.consortium.teaming.TeamingService;

/**
 * The coalition proposals saved for a project, as a part of the project's page: the project page loads it by htmx
 * ({@code hx-get}), since {@code projects} may not depend on {@code teaming}.
 */
@Controller
class ProjectProposalsPageController {

    private final TeamingService teaming;
    private final PartnerService partners;

    ProjectProposalsPageController(TeamingService teaming, PartnerService partners) {
        this.teaming = teaming;
        this.partners = partners;
    }

    @GetMapping("/projects/{projectId}/proposals")
    String proposals(@PathVariable String projectId, Model model) {
        model.addAttribute("projectId", projectId);
        model.addAttribute("proposals", teaming.proposals(projectId));
        model.addAttribute("partnerNames", partners.names());
        return "teaming/project-proposals :: proposals";
    }
}
