package space.consortium.projects.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import space.consortium.projects.Contribution;
import space.consortium.projects.Participation;
import space.consortium.projects.Project;
import space.consortium.projects.ProjectDetail;
import space.consortium.projects.ProjectQuery;
import space.consortium.projects.ProjectRequest;
import space.consortium.projects.ProjectService;
import space.consortium.projects.ShareTable;
import space.consortium.shared.PageLinks;
import space.consortium.shared.PageRequest;
import space.consortium.shared.PageResult;

/**
 * The project list (filters, search, sorting and pages; with htmx only the results are swapped) and the project page.
 */
@Controller
class ProjectPageController {

    static final int PAGE_SIZE = 20;

    /** Rows of the project page's contributions table per page. */
    static final int CONTRIBUTIONS_PAGE_SIZE = 25;

    /** Rows of the project page's participants table per page. */
    static final int PARTICIPANTS_PAGE_SIZE = 20;

    private final ProjectService projects;

    ProjectPageController(ProjectService projects) {
        this.projects = projects;
    }

    /** The current filters of the list, as typed (blank for none). */
    record Filters(String status, String destination, String partner, String q) {
    }

    /** A share table and its pie chart. */
    record ShareView(ShareTable table, String chartId, String chartJson) {
    }

    @GetMapping("/projects")
    String list(@RequestParam(required = false) @Nullable String status,
                @RequestParam(required = false) @Nullable String destination,
                @RequestParam(required = false) @Nullable String partner,
                @RequestParam(required = false) @Nullable String q,
                @RequestParam(defaultValue = "0") int page,
                @RequestParam(defaultValue = "name") String sort,
                @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
                @RequestHeader(name = "HX-History-Restore-Request", required = false) @Nullable String restore,
                Model model, HttpServletResponse response) {
        ProjectQuery query = new ProjectQuery(blankToNull(status), blankToNull(destination), blankToNull(partner), null,
                blankToNull(q));
        PageResult<Project> result = projects.list(query, PageRequest.of(page, PAGE_SIZE, sort));
        Map<String, @Nullable String> filters = new LinkedHashMap<>();
        filters.put("status", status);
        filters.put("destination", destination);
        filters.put("partner", partner);
        filters.put("q", q);
        model.addAttribute("result", result);
        model.addAttribute("links", new PageLinks("/projects", filters, sort));
        model.addAttribute("filters", new Filters(orEmpty(status), orEmpty(destination), orEmpty(partner), orEmpty(q)));
        response.addHeader("Vary", "HX-Request");
        if (htmx != null && restore == null) {
            return "projects/list :: results";
        }
        model.addAttribute("statuses", ProjectRequest.STATUSES);
        model.addAttribute("destinations", destinations());
        model.addAttribute("partners", partnersTakingPart());
        return "projects/list";
    }

    /**
     * The project page. Its participants and contributions are shown a page at a time ({@code participants} and
     * {@code page}, zero-based; a number past the end shows the last page), with links to the other pages; the chart
     * and the counts cover all of them.
     */
    @GetMapping("/projects/{id}")
    String detail(@PathVariable String id, @RequestParam(defaultValue = "0") int page,
                  @RequestParam(defaultValue = "0") int participants, Model model) {
        ProjectDetail detail = projects.detail(id);
        PageResult<ProjectDetail.Participant> participantPage = slice(detail.participants(), participants, PARTICIPANTS_PAGE_SIZE);
        PageResult<Contribution> contributionPage = slice(detail.contributions(), page, CONTRIBUTIONS_PAGE_SIZE);
        String path = "/projects/" + id;
        Map<String, @Nullable String> keepParticipants = new LinkedHashMap<>();
        keepParticipants.put("participants", participantPage.page() > 0 ? String.valueOf(participantPage.page()) : null);
        Map<String, @Nullable String> keepContributions = new LinkedHashMap<>();
        keepContributions.put("page", contributionPage.page() > 0 ? String.valueOf(contributionPage.page()) : null);
        model.addAttribute("participantPage", participantPage);
        model.addAttribute("participantLinks", new PageLinks(path, keepContributions, "", "participants"));
        model.addAttribute("contributionPage", contributionPage);
        model.addAttribute("contributionLinks", new PageLinks(path, keepParticipants, "", "page"));
        model.addAttribute("detail", detail);
        model.addAttribute("project", detail.project());
        model.addAttribute("contributionChart", ProjectCharts.contributionsJson(detail));
        model.addAttribute("shares", detail.shareTables().stream()
                .map(t -> new ShareView(t, "share-chart-" + t.id(), ProjectCharts.shareJson(t)))
                .toList());
        Set<String> participantIds = new LinkedHashSet<>();
        detail.participants().forEach(p -> participantIds.add(p.partnerId()));
        model.addAttribute("otherContributors", detail.contributions().stream()
                .filter(c -> !participantIds.contains(c.partnerId()))
                .map(Contribution::partnerName).distinct().toList());
        model.addAttribute("sources", sources(detail, participantPage.items(), contributionPage.items()));
        model.addAttribute("flashInPage", true);
        return "projects/detail";
    }

    /** The page {@code page} of {@code items} (the last page when {@code page} is past it, the first when negative). */
    static <T> PageResult<T> slice(List<T> items, int page, int size) {
        int last = Math.max(0, (items.size() - 1) / size);
        int shown = Math.max(0, Math.min(page, last));
        int from = shown * size;
        return new PageResult<>(items.subList(from, Math.min(items.size(), from + size)), shown, size, items.size());
    }

    /** Every distinct source URL the page shows a fact from, in the order the page shows them. */
    private static Set<String> sources(ProjectDetail detail, List<ProjectDetail.Participant> participants,
                                       List<Contribution> contributions) {
        Set<String> urls = new LinkedHashSet<>();
        urls.add(detail.project().sourceUrl());
        participants.forEach(p -> urls.add(p.sourceUrl()));
        contributions.forEach(c -> urls.add(c.sourceUrl()));
        detail.shareTables().forEach(t -> urls.add(t.sourceUrl()));
        return urls;
    }

    /** The destinations without their detail in brackets ("Moon (far side)" → "Moon"), for the destination filter. */
    private Set<String> destinations() {
        Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (Project p : projects.all()) {
            if (p.destination() != null && !p.destination().isBlank()) {
                names.add(p.destination().replaceFirst("\\s*\\(.*$", "").trim());
            }
        }
        return names;
    }

    /** Partner id → name of the partners that take part in at least one project, by name. */
    private Map<String, String> partnersTakingPart() {
        Map<String, String> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Participation p : projects.allParticipations()) {
            byName.put(p.partnerName(), p.partnerId());
        }
        Map<String, String> partners = new LinkedHashMap<>();
        byName.forEach((name, id) -> partners.put(id, name));
        return partners;
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String orEmpty(@Nullable String s) {
        return s == null ? "" : s.trim();
    }
}
