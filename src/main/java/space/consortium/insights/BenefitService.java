package space.consortium.insights;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import space.consortium.projects.Contribution;
import space.consortium.projects.ContributionRequest;
import space.consortium.projects.ContributionService;
import space.consortium.projects.Participation;
import space.consortium.projects.ParticipationRequest;
import space.consortium.projects.Project;
import space.consortium.projects.ProjectQuery;
import space.consortium.projects.ProjectRequest;
import space.consortium.projects.ProjectService;
import space.consortium.shared.PageRequest;
import space.consortium.shared.ShortName;

/**
 * Groups the registry for the landing pages of the benefits (cost sharing, expertise, risk, operations); the
 * cooperation page's figures come from {@link InsightsService}. Every figure is computed from stored rows.
 */
@Service
@Transactional(readOnly = true)
public class BenefitService {

    /** Project statuses, and {@code unknown} for projects whose status no consulted source established. */
    private static final List<String> STATUSES = Stream.concat(ProjectRequest.STATUSES.stream(), Stream.of("unknown"))
            .toList();

    private final ProjectService projects;
    private final ContributionService contributions;

    BenefitService(ProjectService projects, ContributionService contributions) {
        this.projects = projects;
        this.contributions = contributions;
    }

    /** The share tables (with their projects' names), the valued contributions and the costed projects. */
    public Benefits.CostSharing costSharing() {
        Map<String, Project> byId = projects.all().stream().collect(Collectors.toMap(Project::id, Function.identity()));
        List<Benefits.Share> shares = projects.shareTables(null).stream()
                .map(t -> new Benefits.Share(t, byId.containsKey(t.projectId()) ? byId.get(t.projectId()).name() : t.projectId()))
                .toList();
        List<Contribution> all = contributions.all();
        return new Benefits.CostSharing(shares, shares.stream().map(s -> s.table().projectId()).distinct().count(),
                all.stream().filter(c -> c.value() != null).toList(), all.size(),
                byId.values().stream().filter(p -> p.cost() != null).sorted(Comparator.comparing(Project::name)).toList(),
                byId.size());
    }

    /** Every contribution kind (the offered ones first, then any other stored) with the partners that provide it. */
    public Benefits.Expertise expertise() {
        List<Contribution> all = contributions.all();
        Map<String, Map<String, List<Contribution>>> byKind = new LinkedHashMap<>();
        for (String kind : ContributionRequest.KINDS) {
            byKind.put(kind, new TreeMap<>());
        }
        for (Contribution c : all) {
            byKind.computeIfAbsent(c.kind(), k -> new TreeMap<>())
                    .computeIfAbsent(c.partnerId(), k -> new ArrayList<>()).add(c);
        }
        List<Benefits.KindProviders> kinds = new ArrayList<>();
        byKind.forEach((kind, byPartner) -> kinds.add(new Benefits.KindProviders(kind,
                byPartner.values().stream().mapToLong(List::size).sum(),
                byPartner.values().stream()
                        .map(list -> new Benefits.Provider(list.get(0).partnerId(), list.get(0).partnerName(),
                                ShortName.of(list.get(0).partnerId(), list.get(0).partnerName()), list.size()))
                        .sorted(Comparator.comparingLong(Benefits.Provider::count).reversed()
                                .thenComparing(Benefits.Provider::shortName))
                        .toList())));
        return new Benefits.Expertise(kinds, all.size(), all.stream().map(Contribution::partnerId).distinct().count());
    }

    /** Projects by status, the ended ones (failed, cancelled) and those without a status. */
    public Benefits.Outcomes outcomes() {
        List<Project> all = projects.all();
        Map<String, List<Project>> byStatus = new LinkedHashMap<>();
        STATUSES.forEach(s -> byStatus.put(s, new ArrayList<>()));
        all.forEach(p -> byStatus.computeIfAbsent(p.status() == null ? "unknown" : p.status(), k -> new ArrayList<>()).add(p));
        List<Benefits.StatusRow> rows = byStatus.entrySet().stream()
                .map(e -> new Benefits.StatusRow(e.getKey(),
                        e.getValue().stream().sorted(Comparator.comparing(Project::name)).toList(),
                        e.getValue().stream().filter(p -> p.partnerCount() > 1).count()))
                .toList();
        List<Project> ended = rows.stream().filter(r -> r.status().equals("failed") || r.status().equals("cancelled"))
                .flatMap(r -> r.projects().stream()).toList();
        return new Benefits.Outcomes(rows, all.size(), ended, byStatus.get("unknown"));
    }

    /** The Mars projects by launch year with their participants (the lead first), and the partners by Mars projects. */
    public Benefits.MarsOperations marsOperations() {
        List<Project> mars = projects.list(new ProjectQuery(null, "mars", null, null, null),
                new PageRequest(0, PageRequest.MAX_SIZE, "launchYear", true)).items();
        Map<String, List<Participation>> participants = projects.allParticipations().stream()
                .collect(Collectors.groupingBy(Participation::projectId));
        Comparator<Participation> leadFirst = Comparator
                .comparingInt((Participation p) -> ParticipationRequest.ROLES.indexOf(p.role()))
                .thenComparing(p -> ShortName.of(p.partnerId(), p.partnerName()));
        List<Benefits.MarsProject> rows = mars.stream()
                .map(p -> new Benefits.MarsProject(p, participants.getOrDefault(p.id(), List.of()).stream()
                        .sorted(leadFirst).toList()))
                .toList();
        Map<String, Long> perPartner = rows.stream().flatMap(r -> r.participants().stream())
                .collect(Collectors.groupingBy(p -> ShortName.of(p.partnerId(), p.partnerName()), TreeMap::new,
                        Collectors.counting()));
        List<Benefits.PartnerCount> ranked = perPartner.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new Benefits.PartnerCount(e.getKey(), e.getValue()))
                .toList();
        return new Benefits.MarsOperations(rows, rows.stream().filter(r -> "operating".equals(r.project().status())).count(),
                ranked);
    }
}
