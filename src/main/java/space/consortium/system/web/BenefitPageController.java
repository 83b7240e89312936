package space.consortium.system.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import space.consortium.agreements.Agreement;
import space.consortium.agreements.AgreementService;
import space.consortium.insights.CooperationNetwork;
import space.consortium.insights.InsightsService;
import space.consortium.insights.InsightsStats;
import space.consortium.projects.Contribution;
import space.consortium.projects.ContributionRequest;
import space.consortium.projects.ContributionService;
import space.consortium.projects.Participation;
import space.consortium.projects.ParticipationRequest;
import space.consortium.projects.Project;
import space.consortium.projects.ProjectQuery;
import space.consortium.projects.ProjectRequest;
import space.consortium.projects.ProjectService;
import space.consortium.projects.ShareTable;
import space.consortium.shared.Chart;
import space.consortium.shared.PageRequest;
import space.consortium.shared.ShortName;

/**
 * The landing pages of the five benefits. Each explains its benefit and shows the data the registry holds for it
 * today, all computed from stored rows; the engines behind the benefits come with their own modules.
 */
@Controller
class BenefitPageController {

    /** Project statuses, and {@code unknown} for projects whose status no consulted source established. */
    private static final List<String> STATUSES = java.util.stream.Stream.concat(ProjectRequest.STATUSES.stream(),
            java.util.stream.Stream.of("unknown")).toList();

    private final ProjectService projects;
    private final ContributionService contributions;
    private final AgreementService agreements;
    private final InsightsService insights;

    BenefitPageController(ProjectService projects, ContributionService contributions, AgreementService agreements,
                          InsightsService insights) {
        this.insights = insights;
        this.projects = projects;
        this.contributions = contributions;
        this.agreements = agreements;
    }

    /** A share table with its project's name and its pie chart. */
    record ShareView(ShareTable table, String projectName, String chartId, String chartJson) {
    }

    /** The partners that made contributions of one kind, most contributions first. */
    record KindProviders(String kind, long count, List<Provider> providers) {
    }

    record Provider(String id, String name, String shortName, long count) {
    }

    /** Projects of one status, split into single-partner and multi-partner projects. */
    record StatusRow(String status, List<Project> projects, long multiPartner) {
    }

    /** A Mars project with its participants. */
    record MarsProject(Project project, List<Participation> participants) {
    }

    @GetMapping("/cost-sharing")
    String costSharing(Model model) {
        Map<String, Project> byId = projects.all().stream().collect(Collectors.toMap(Project::id, Function.identity()));
        List<ShareView> shares = new ArrayList<>();
        for (ShareTable t : projects.shareTables(null)) {
            Project p = byId.get(t.projectId());
            shares.add(new ShareView(t, p == null ? t.projectId() : p.name(), "share-chart-" + t.id(),
                    Chart.json(t.pie())));
        }
        List<Contribution> all = contributions.all();
        model.addAttribute("shares", shares);
        model.addAttribute("sharedProjects", shares.stream().map(s -> s.table().projectId()).distinct().count());
        model.addAttribute("valued", all.stream().filter(c -> c.value() != null).toList());
        model.addAttribute("contributionCount", all.size());
        model.addAttribute("costed", byId.values().stream().filter(p -> p.cost() != null)
                .sorted(Comparator.comparing(Project::name)).toList());
        model.addAttribute("projectCount", byId.size());
        return "benefits/cost-sharing";
    }

    @GetMapping("/expertise")
    String expertise(Model model) {
        List<Contribution> all = contributions.all();
        Map<String, Map<String, List<Contribution>>> byKind = new LinkedHashMap<>();
        for (String kind : ContributionRequest.KINDS) {
            byKind.put(kind, new TreeMap<>());
        }
        for (Contribution c : all) {
            byKind.computeIfAbsent(c.kind(), k -> new TreeMap<>())
                    .computeIfAbsent(c.partnerId(), k -> new ArrayList<>()).add(c);
        }
        List<KindProviders> kinds = new ArrayList<>();
        byKind.forEach((kind, byPartner) -> kinds.add(new KindProviders(kind,
                byPartner.values().stream().mapToLong(List::size).sum(),
                byPartner.values().stream()
                        .map(list -> new Provider(list.get(0).partnerId(), list.get(0).partnerName(),
                                ShortName.of(list.get(0).partnerId(), list.get(0).partnerName()), list.size()))
                        .sorted(Comparator.comparingLong(Provider::count).reversed().thenComparing(Provider::shortName))
                        .toList())));
        model.addAttribute("kinds", kinds);
        model.addAttribute("contributionCount", all.size());
        model.addAttribute("partnerCount", all.stream().map(Contribution::partnerId).distinct().count());
        model.addAttribute("kindChart", all.isEmpty() ? null : Chart.json(new Chart.Bar(
                kinds.stream().map(KindProviders::kind).toList(),
                List.of(new Chart.Series("Contributions", kinds.stream().map(KindProviders::count).toList()),
                        new Chart.Series("Partners", kinds.stream().map(k -> (long) k.providers().size()).toList())),
                false, false, "count", List.of())));
        return "benefits/expertise";
    }

    @GetMapping("/risk")
    String risk(Model model) {
        List<Project> all = projects.all();
        Map<String, List<Project>> byStatus = new LinkedHashMap<>();
        STATUSES.forEach(s -> byStatus.put(s, new ArrayList<>()));
        all.forEach(p -> byStatus.computeIfAbsent(status(p), k -> new ArrayList<>()).add(p));
        List<StatusRow> rows = byStatus.entrySet().stream()
                .map(e -> new StatusRow(e.getKey(), e.getValue().stream().sorted(Comparator.comparing(Project::name)).toList(),
                        e.getValue().stream().filter(p -> p.partnerCount() > 1).count()))
                .toList();
        model.addAttribute("rows", rows);
        model.addAttribute("projectCount", all.size());
        model.addAttribute("statusChart", all.isEmpty() ? null : Chart.json(new Chart.Pie(rows.stream()
                .filter(r -> !r.projects().isEmpty())
                .map(r -> new Chart.Slice(r.status(), r.projects().size())).toList(), " projects")));
        model.addAttribute("ended", rows.stream().filter(r -> r.status().equals("failed") || r.status().equals("cancelled"))
                .flatMap(r -> r.projects().stream()).toList());
        model.addAttribute("unknown", byStatus.get("unknown"));
        return "benefits/risk";
    }

    @GetMapping("/cooperation")
    String cooperation(Model model) {
        @Nullable Agreement accords = agreements.find(AgreementService.ARTEMIS_ACCORDS).orElse(null);
        Map<String, Long> perYear = new TreeMap<>();
        if (accords != null) {
            accords.parties().stream().map(Agreement.Party::signed).filter(Objects::nonNull)
                    .forEach(d -> perYear.merge(d.substring(0, 4), 1L, Long::sum));
        }
        List<Long> cumulative = new ArrayList<>();
        long total = 0;
        for (long n : perYear.values()) {
            total += n;
            cumulative.add(total);
        }
        model.addAttribute("accords", accords);
        model.addAttribute("perYear", perYear);
        model.addAttribute("accordsChart", perYear.isEmpty() ? null : Chart.json(new Chart.Bar(
                new ArrayList<>(perYear.keySet()),
                List.of(new Chart.Series("New signatories", new ArrayList<>(perYear.values())),
                        new Chart.Series("Signatories in total", cumulative)),
                false, false, "signatories", List.of())));
        CooperationNetwork network = insights.network(null);
        model.addAttribute("connected", insights.stats(null).partnerStatistics().stream()
                .filter(r -> r.partnersWorkedWith() > 0)
                .sorted(Comparator.comparingInt(InsightsStats.PartnerRow::partnersWorkedWith).reversed()
                        .thenComparing(Comparator.comparingInt(InsightsStats.PartnerRow::internationalProjects).reversed())
                        .thenComparing(InsightsStats.PartnerRow::partnerId))
                .limit(12).toList());
        model.addAttribute("linkCount", network.links().size());
        model.addAttribute("networkChart", network.links().isEmpty() ? null : Chart.json(network.chart(30)));
        return "benefits/cooperation";
    }

    @GetMapping("/operations")
    String operations(Model model) {
        List<Project> mars = projects.list(new ProjectQuery(null, "mars", null, null, null),
                new PageRequest(0, PageRequest.MAX_SIZE, "launchYear", true)).items();
        Map<String, List<Participation>> participants = projects.allParticipations().stream()
                .collect(Collectors.groupingBy(Participation::projectId));
        Comparator<Participation> leadFirst = Comparator
                .comparingInt((Participation p) -> ParticipationRequest.ROLES.indexOf(p.role()))
                .thenComparing(p -> ShortName.of(p.partnerId(), p.partnerName()));
        List<MarsProject> rows = mars.stream()
                .map(p -> new MarsProject(p, participants.getOrDefault(p.id(), List.of()).stream().sorted(leadFirst).toList()))
                .toList();
        Map<String, Long> perPartner = rows.stream().flatMap(r -> r.participants().stream())
                .collect(Collectors.groupingBy(p -> ShortName.of(p.partnerId(), p.partnerName()), TreeMap::new,
                        Collectors.counting()));
        List<Map.Entry<String, Long>> ranked = perPartner.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .toList();
        model.addAttribute("mars", rows);
        model.addAttribute("active", rows.stream().filter(r -> "operating".equals(r.project().status())).count());
        model.addAttribute("partnerChart", ranked.isEmpty() ? null : Chart.json(new Chart.Bar(
                ranked.stream().map(Map.Entry::getKey).toList(),
                List.of(new Chart.Series("Mars projects", ranked.stream().map(Map.Entry::getValue).toList())),
                false, true, "projects", List.of())));
        return "benefits/operations";
    }

    private static String status(Project p) {
        return p.status() == null ? "unknown" : p.status();
    }
}
