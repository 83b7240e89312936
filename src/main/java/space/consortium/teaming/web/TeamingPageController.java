package space.consortium.teaming.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.web.util.HtmlUtils;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.bind.annotation.RequestParam;
import space.consortium.partners.PartnerService;
import space.consortium.projects.ProjectService;
import space.consortium.shared.Cancelled;
import space.consortium.shared.Chart;
import space.consortium.shared.Computations;
import space.consortium.shared.FormProblems;
import space.consortium.shared.InvalidInput;
import space.consortium.teaming.Capability;
import space.consortium.teaming.CatalogueService;
import space.consortium.teaming.MissionRequest;
import space.consortium.teaming.MissionTemplate;
import space.consortium.teaming.Policy;
import space.consortium.teaming.Proposal;
import space.consortium.teaming.ProposalRequest;
import space.consortium.teaming.TeamingReport;
import space.consortium.teaming.TeamingService;

/**
 * The coalition builder page: pick a mission template or compose requirements, set constraints and the objective,
 * and see the coalition, who provides what, the partner ↔ capability matrix, the Pareto chart, or why no coalition
 * exists. A GET form, so a result can be bookmarked; bad input re-renders the page with the messages (HTTP 400).
 */
@Controller
class TeamingPageController {

    static final int EXTRA_ROWS = 3;

    /** One requirement row of the form, as typed. */
    record RowInput(String capability, String trl, String redundancy, String quantity) {
    }

    /** A policy checkbox. */
    record PolicyCheck(Policy policy, boolean checked) {
    }

    private final TeamingService teaming;
    private final CatalogueService catalogue;
    private final PartnerService partners;
    private final ProjectService projects;
    private final Computations computations;

    TeamingPageController(TeamingService teaming, CatalogueService catalogue, PartnerService partners,
                          ProjectService projects, Computations computations) {
        this.computations = computations;
        this.teaming = teaming;
        this.catalogue = catalogue;
        this.partners = partners;
        this.projects = projects;
    }

    @GetMapping("/teaming")
    String page(@RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response) {
        boolean submitted = params.containsKey("solve");
        String templateId = first(params, "template", TeamingService.TEMPLATES.get(0).id());
        MissionTemplate template = teaming.templates().stream().filter(t -> t.id().equals(templateId)).findFirst()
                .orElse(TeamingService.TEMPLATES.get(0));
        List<RowInput> rows = new ArrayList<>();
        if (submitted) {
            for (int i = 0; params.containsKey("cap" + i); i++) {
                rows.add(new RowInput(first(params, "cap" + i, ""), first(params, "trl" + i, "1"),
                        first(params, "red" + i, "1"), first(params, "qty" + i, "1")));
            }
        } else {
            template.requirements().forEach(r -> rows.add(new RowInput(r.capability(), String.valueOf(r.minMaturity()),
                    String.valueOf(r.redundancy()), String.valueOf(r.quantity()))));
        }
        while (rows.stream().filter(r -> r.capability().isBlank()).count() < EXTRA_ROWS) {
            rows.add(new RowInput("", "7", "1", "1"));
        }
        Set<String> required = new HashSet<>(params.getOrDefault("required", List.of()));
        Set<String> excluded = new HashSet<>(params.getOrDefault("excluded", List.of()));
        String maxPartners = submitted ? first(params, "maxPartners", "")
                : template.maxPartners() == null ? "" : String.valueOf(template.maxPartners());
        String objective = first(params, "objective", "min-cost");
        List<Policy> policies = catalogue.policies();
        Set<String> policyIds = new HashSet<>(params.getOrDefault("policy", List.of()));
        List<PolicyCheck> checks = policies.stream()
                .map(p -> new PolicyCheck(p, submitted ? policyIds.contains(p.id()) : p.enabled())).toList();

        FormProblems errors = new FormProblems();
        TeamingReport report = null;
        if (submitted) {
            Map<Integer, Integer> rowOf = new LinkedHashMap<>();
            MissionRequest request = request(rows, required, excluded, maxPartners, objective, checks, rowOf, errors);
            if (errors.isEmpty()) {
                try {
                    report = computations.run(work -> teaming.solve(request, work));
                } catch (InvalidInput e) {
                    errors.addAll(e, field -> label(field, rowOf, rows));
                } catch (Cancelled e) {
                    errors.add("mission", e.getMessage());
                }
            }
            if (!errors.isEmpty()) {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
            }
        }
        Map<String, String> names = partners.names();
        Map<String, List<Capability>> byGroup = new LinkedHashMap<>();
        CatalogueService.GROUPS.forEach(g -> byGroup.put(g, new ArrayList<>()));
        catalogue.capabilities().forEach(c -> byGroup.computeIfAbsent(c.group(), g -> new ArrayList<>()).add(c));
        model.addAttribute("templates", teaming.templates());
        model.addAttribute("template", template);
        model.addAttribute("rows", rows);
        model.addAttribute("capabilityOptions", rows.stream().map(r -> options(byGroup, r.capability())).toList());
        model.addAttribute("capabilityNames", catalogue.capabilityNames());
        model.addAttribute("partnerNames", names);
        model.addAttribute("required", required);
        model.addAttribute("excluded", excluded);
        model.addAttribute("maxPartners", maxPartners);
        model.addAttribute("objective", objective);
        model.addAttribute("policies", checks);
        model.addAttribute("errors", errors);
        model.addAttribute("report", report);
        model.addAttribute("unsourcedRows", TeamingCharts.unsourcedRows(report));
        model.addAttribute("projects", projects.all());
        model.addAttribute("params", params);
        if (report != null && report.cost() != null) {
            model.addAttribute("matrix", TeamingCharts.matrix(report, names));
            model.addAttribute("bipartiteChart",
                    Chart.json(TeamingCharts.bipartite(report, names, catalogue.capabilityNames())));
            Chart.Bar pareto = TeamingCharts.pareto(report);
            model.addAttribute("paretoChart", pareto == null ? null : Chart.json(pareto));
        }
        return "teaming/page";
    }

    /** Saves the coalition of the mission in the form's parameters to a project as proposed participations. */
    @PostMapping("/teaming/proposals")
    String propose(@RequestParam MultiValueMap<String, String> params, RedirectAttributes redirect) {
        String project = first(params, "project", "");
        List<RowInput> rows = new ArrayList<>();
        for (int i = 0; params.containsKey("cap" + i); i++) {
            rows.add(new RowInput(first(params, "cap" + i, ""), first(params, "trl" + i, "1"),
                    first(params, "red" + i, "1"), first(params, "qty" + i, "1")));
        }
        Set<String> policyIds = new HashSet<>(params.getOrDefault("policy", List.of()));
        List<PolicyCheck> checks = catalogue.policies().stream()
                .map(p -> new PolicyCheck(p, policyIds.contains(p.id()))).toList();
        FormProblems errors = new FormProblems();
        MissionRequest request = request(rows, new HashSet<>(params.getOrDefault("required", List.of())),
                new HashSet<>(params.getOrDefault("excluded", List.of())), first(params, "maxPartners", ""),
                first(params, "objective", "min-cost"), checks, new LinkedHashMap<>(), errors);
        try {
            errors.throwIfAny();
            List<Proposal> saved = teaming.propose(new ProposalRequest(project.isBlank() ? null : project, request));
            redirect.addFlashAttribute("message", "Saved " + saved.size() + " proposed participations to " + project);
            return "redirect:/teaming/proposals?project=" + project;
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("message", "Not saved: " + e.getMessage());
            return "redirect:/teaming/proposals" + (project.isBlank() ? "" : "?project=" + project);
        }
    }

    /** Proposals saved from results, per project. */
    @GetMapping("/teaming/proposals")
    String proposals(@RequestParam(required = false) @Nullable String project, Model model) {
        model.addAttribute("projects", projects.all());
        model.addAttribute("project", project);
        model.addAttribute("proposals", teaming.proposals(project == null || project.isBlank() ? null : project));
        model.addAttribute("partnerNames", partners.names());
        return "teaming/proposals";
    }

    private static MissionRequest request(List<RowInput> rows, Set<String> required, Set<String> excluded,
                                          String maxPartners, String objective, List<PolicyCheck> checks,
                                          Map<Integer, Integer> rowOf, FormProblems errors) {
        List<MissionRequest.RequirementSpec> reqs = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            RowInput r = rows.get(i);
            if (r.capability().isBlank()) {
                continue;
            }
            rowOf.put(reqs.size(), i);
            reqs.add(new MissionRequest.RequirementSpec(r.capability(), number(r.trl(), "trl" + i, errors),
                    number(r.redundancy(), "red" + i, errors), number(r.quantity(), "qty" + i, errors), null));
        }
        Integer max = maxPartners.isBlank() ? null : number(maxPartners, "maxPartners", errors);
        boolean lexicographic = objective.contains(">");
        return new MissionRequest(reqs, null, new MissionRequest.ConstraintSpec(List.copyOf(required),
                List.copyOf(excluded), null, max, null), lexicographic ? "lexicographic" : objective,
                lexicographic ? List.of(objective.split(">")) : null,
                checks.stream().filter(PolicyCheck::checked).map(c -> c.policy().id()).toList(), 20, true);
    }

    private static String label(String field, Map<Integer, Integer> rowOf, List<RowInput> rows) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("requirements\\[(\\d+)]\\.?(.*)").matcher(field);
        if (m.matches()) {
            int row = rowOf.getOrDefault(Integer.parseInt(m.group(1)), 0);
            return "Requirement " + (row + 1) + " (" + rows.get(row).capability() + ")"
                    + (m.group(2).isEmpty() ? "" : " " + m.group(2));
        }
        return field;
    }

    private static @Nullable Integer number(String text, String field, FormProblems errors) {
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            errors.add(field, "'" + text + "' is not a whole number");
            return null;
        }
    }

    private static String first(MultiValueMap<String, String> params, String name, String fallback) {
        String v = params.getFirst(name);
        return v == null ? fallback : v;
    }

    /**
     * The options of one row's capability list, grouped, with the row's capability selected. Built here rather than
     * in the template: ten rows of about forty options each were most of the page's rendering time.
     */
    static String options(Map<String, List<Capability>> byGroup, String selected) {
        StringBuilder html = new StringBuilder("<option value=\"\">—</option>");
        byGroup.forEach((group, capabilities) -> {
            if (capabilities.isEmpty()) {
                return;
            }
            html.append("<optgroup label=\"").append(HtmlUtils.htmlEscape(group)).append("\">");
            for (Capability c : capabilities) {
                html.append("<option value=\"").append(HtmlUtils.htmlEscape(c.id())).append('"')
                        .append(c.id().equals(selected) ? " selected" : "").append('>')
                        .append(HtmlUtils.htmlEscape(c.name())).append("</option>");
            }
            html.append("</optgroup>");
        });
        return html.toString();
    }
}
