package space.consortium.insights;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import space.consortium.agreements.Agreement;
import space.consortium.agreements.AgreementService;
import space.consortium.insights.engine.Contribution;
import space.consortium.insights.engine.CooperationData;
import space.consortium.insights.engine.CooperationGraph;
import space.consortium.insights.engine.DatedEvent;
import space.consortium.insights.engine.Evidence;
import space.consortium.insights.engine.NetworkMetrics;
import space.consortium.insights.engine.Participation;
import space.consortium.insights.engine.PartnerPair;
import space.consortium.insights.engine.PartnerStatistics;
import space.consortium.insights.engine.ProjectRecord;
import space.consortium.insights.engine.TimeSeries;
import space.consortium.partners.PartnerService;
import space.consortium.projects.ContributionService;
import space.consortium.projects.Project;
import space.consortium.projects.ProjectService;
import space.consortium.shared.InvalidInput;
import space.consortium.shared.NotFound;
import space.consortium.shared.RegistryCache;

/**
 * Computes cooperation statistics from the registry: maps it to the insights engine and back. Results are kept in
 * the {@link RegistryCache} until the registry changes (the network metrics and community detection cost far more
 * than reading the registry); they are immutable records, not to be changed by callers.
 */
@Service
@Transactional(readOnly = true)
public class InsightsService {

    private static final int TOP_PAIRS = 10;

    private final PartnerService partners;
    private final ProjectService projects;
    private final ContributionService contributions;
    private final AgreementService agreements;
    private final RegistryCache cache;

    /** What is cached: the name of a computation and its argument. */
    private record Key(String computation, @Nullable Object argument) {
    }

    InsightsService(PartnerService partners, ProjectService projects, ContributionService contributions,
                    AgreementService agreements, RegistryCache cache) {
        this.cache = cache;
        this.partners = partners;
        this.projects = projects;
        this.contributions = contributions;
        this.agreements = agreements;
    }

    /**
     * Statistics over the whole registry, or for one partner ({@code internationalShare} and the partner rows then
     * hold only that partner).
     *
     * @throws NotFound for an unknown partner id
     */
    public InsightsStats stats(@Nullable String partnerId) {
        return cache.get(new Key("stats", partnerId), () -> computeStats(partnerId));
    }

    private InsightsStats computeStats(@Nullable String partnerId) {
        Map<String, String> names = partners.names();
        if (partnerId != null && !names.containsKey(partnerId)) {
            throw new NotFound("partner", partnerId);
        }
        CooperationData data = data();
        CooperationGraph graph = CooperationGraph.build(data, null);
        List<PartnerStatistics> statistics = PartnerStatistics.compute(graph, data.contributions());
        Map<String, Double> share = new LinkedHashMap<>();
        List<InsightsStats.PartnerRow> rows = new ArrayList<>();
        for (PartnerStatistics s : statistics) {
            if (partnerId == null || s.partnerId().equals(partnerId)) {
                share.put(s.partnerId(), s.internationalShare());
                rows.add(new InsightsStats.PartnerRow(s.partnerId(), names.getOrDefault(s.partnerId(), s.partnerId()),
                        s.projects(), s.internationalProjects(), s.internationalShare(), s.partnersWorkedWith(),
                        s.contributionsByKind()));
            }
        }
        List<InsightsStats.Pair> pairs = graph.pairs().stream()
                .filter(p -> partnerId == null || p.first().equals(partnerId) || p.second().equals(partnerId))
                .sorted(java.util.Comparator.comparingInt(PartnerPair::sharedProjects).reversed()
                        .thenComparing(PartnerPair::first).thenComparing(PartnerPair::second))
                .limit(TOP_PAIRS)
                .map(p -> new InsightsStats.Pair(p.first(), p.second(), p.sharedProjects()))
                .toList();
        Map<Integer, Integer> perDecade = new TreeMap<>();
        TimeSeries.internationalProjectsPerDecade(data).forEach(d -> perDecade.put(d.decade(), d.count()));
        Map<String, Integer> partnersPerProject = new LinkedHashMap<>();
        data.participations().forEach(p -> partnersPerProject.merge(p.projectId(), 1, Integer::sum));
        int international = (int) partnersPerProject.values().stream().filter(n -> n >= 2).count();
        int signatories = agreements.find(AgreementService.ARTEMIS_ACCORDS).map(a -> a.parties().size()).orElse(0);
        return new InsightsStats(names.size(), data.projects().size(), international, share, signatories, pairs, rows,
                perDecade);
    }

    /**
     * The network of partners who share projects, as of a launch year or over all projects.
     *
     * @throws InvalidInput naming {@code year} when it lies outside the launch years in the registry
     */
    public CooperationNetwork network(@Nullable Integer year) {
        return cache.get(new Key("network", year), () -> computeNetwork(year));
    }

    private CooperationNetwork computeNetwork(@Nullable Integer year) {
        CooperationData data = data();
        java.util.IntSummaryStatistics years = data.projects().stream().map(ProjectRecord::launchYear)
                .filter(java.util.Objects::nonNull).mapToInt(Integer::intValue).summaryStatistics();
        int first = years.getCount() == 0 ? 0 : years.getMin();
        int last = years.getCount() == 0 ? 0 : years.getMax();
        if (year != null) {
            if (year < first || year > last) {
                throw new InvalidInput("year", "must be between " + first + " and " + last
                        + ", the launch years in the registry");
            }
        }
        CooperationGraph graph = CooperationGraph.build(data, year);
        NetworkMetrics metrics = NetworkMetrics.compute(graph, TOP_PAIRS);
        Map<String, String> names = partners.names();
        // every partner of the network, those who share no project with another included (degree 0, a community of
        // their own), so that the exports and the metrics recomputed from them are the metrics given here
        List<CooperationNetwork.Node> nodes = metrics.partners().stream()
                .map(m -> new CooperationNetwork.Node(m.partnerId(), names.getOrDefault(m.partnerId(), m.partnerId()),
                        m.degree(), m.weightedDegree(), m.betweenness(), m.closeness(), m.clustering(), m.community()))
                .toList();
        List<CooperationNetwork.Link> links = graph.pairs().stream()
                .map(p -> new CooperationNetwork.Link(p.first(), p.second(), p.sharedProjects())).toList();
        Map<String, String> projectNames = new java.util.HashMap<>();
        projects.all().forEach(p -> projectNames.put(p.id(), p.name()));
        List<CooperationNetwork.ProjectNode> projectNodes = graph.projects().stream()
                .map(p -> new CooperationNetwork.ProjectNode(p, projectNames.getOrDefault(p, p),
                        graph.partnersOf(p)))
                .sorted(java.util.Comparator.comparingInt((CooperationNetwork.ProjectNode p) -> p.partners().size())
                        .reversed().thenComparing(CooperationNetwork.ProjectNode::id))
                .toList();
        return new CooperationNetwork(year, first, last, year == null ? 0 : graph.undatedProjects(), metrics.communities(),
                metrics.modularity(), nodes, links, projectNodes);
    }

    /**
     * A project's partner timeline, read from the agreements that govern it (for the ISS: the 1988 and 1998
     * intergovernmental agreements and the 1998 memoranda).
     *
     * @throws InvalidInput naming {@code project} when no project has that id
     */
    public PartnerTimeline timeline(String projectId) {
        return cache.get(new Key("timeline", projectId), () -> computeTimeline(projectId));
    }

    private PartnerTimeline computeTimeline(String projectId) {
        Project project = projects.all().stream().filter(p -> p.id().equals(projectId)).findFirst()
                .orElseThrow(() -> new InvalidInput("project", "no project with id '" + projectId + "'"));
        List<PartnerTimeline.Signing> signings = new ArrayList<>();
        Map<String, PartnerTimeline.Joined> first = new LinkedHashMap<>();
        for (Agreement a : agreements.ofProject(projectId)) {
            List<String> names = new ArrayList<>();
            for (Agreement.Party p : a.parties()) {
                String name = p.partnerName() != null ? p.partnerName() : String.valueOf(p.countryName());
                names.add(name);
                String signed = p.signed() != null ? p.signed() : a.signedOn();
                String key = p.partnerId() != null ? "partner:" + p.partnerId() : "country:" + name;
                PartnerTimeline.Joined earlier = first.get(key);
                if (signed != null && (earlier == null || signed.compareTo(earlier.firstSigned()) < 0)) {
                    first.put(key, new PartnerTimeline.Joined(name, p.partnerId(), p.countryCode(), signed, a.id(),
                            a.title()));
                }
            }
            signings.add(new PartnerTimeline.Signing(a.id(), a.title(), a.kind(), a.signedOn(), names, a.sourceUrl()));
        }
        List<PartnerTimeline.Joined> joined = first.values().stream()
                .sorted(java.util.Comparator.comparing(PartnerTimeline.Joined::firstSigned)
                        .thenComparing(PartnerTimeline.Joined::name))
                .toList();
        return new PartnerTimeline(project.id(), project.name(), signings, joined);
    }

    /** Every project's name by id, sorted by name (for the claim form). */
    public Map<String, String> projectNames() {
        Map<String, String> names = new LinkedHashMap<>();
        projects.all().stream().sorted(java.util.Comparator.comparing(Project::name))
                .forEach(p -> names.put(p.id(), p.name()));
        return names;
    }

    /** Every partner's name by id, sorted by name (for the claim form). */
    public Map<String, String> partnerNames() {
        Map<String, String> names = new LinkedHashMap<>();
        partners.names().entrySet().stream().sorted(Map.Entry.comparingByValue())
                .forEach(e -> names.put(e.getKey(), e.getValue()));
        return names;
    }

    /** What claims are checked against: statistics and metrics over all projects and the Accords signatures. */
    Evidence evidence() {
        return cache.get(new Key("evidence", null), this::computeEvidence);
    }

    private Evidence computeEvidence() {
        CooperationData data = data();
        CooperationGraph graph = CooperationGraph.build(data, null);
        List<DatedEvent> signatures = accordsGrowth().signatories().stream()
                .map(s -> new DatedEvent(s.key(), SignatoryGrowth.date(s.signed()))).toList();
        return new Evidence(PartnerStatistics.compute(graph, data.contributions()),
                NetworkMetrics.compute(graph, TOP_PAIRS), data.projects().size(), signatures);
    }

    /**
     * The Artemis Accords' dated signatories in signing order and their cumulative count (empty when the registry
     * holds no Accords).
     */
    public SignatoryGrowth accordsGrowth() {
        return cache.get(new Key("accords", null), () -> agreements.find(AgreementService.ARTEMIS_ACCORDS)
                .map(a -> SignatoryGrowth.of(a.parties().stream().filter(p -> p.signed() != null)
                        .map(p -> new SignatoryGrowth.Party(p.partnerId() != null ? "partner:" + p.partnerId()
                                : "country:" + (p.countryName() != null ? p.countryName() : p.countryCode()),
                                partyName(p), p.partnerId(), java.util.Objects.requireNonNull(p.signed())))
                        .toList()))
                .orElse(new SignatoryGrowth(List.of(), List.of())));
    }

    /** How a project's partnership grew: its parties at their first signatures, counted cumulatively. */
    public SignatoryGrowth growth(PartnerTimeline timeline) {
        return SignatoryGrowth.of(timeline.parties().stream()
                .map(p -> new SignatoryGrowth.Party(p.partnerId() != null ? "partner:" + p.partnerId() : "country:" + p.name(),
                        p.name(), p.partnerId(), p.firstSigned()))
                .toList());
    }

    /**
     * The partners who share projects with the most others (then the most international projects, then by id), at
     * most {@code limit}.
     */
    public List<InsightsStats.PartnerRow> mostConnected(int limit) {
        return stats(null).partnerStatistics().stream()
                .filter(r -> r.partnersWorkedWith() > 0)
                .sorted(java.util.Comparator.comparingInt(InsightsStats.PartnerRow::partnersWorkedWith).reversed()
                        .thenComparing(java.util.Comparator.comparingInt(InsightsStats.PartnerRow::internationalProjects)
                                .reversed())
                        .thenComparing(InsightsStats.PartnerRow::partnerId))
                .limit(limit).toList();
    }

    private static String partyName(Agreement.Party p) {
        @Nullable String name = p.partnerName() != null ? p.partnerName() : p.countryName();
        return name == null ? "?" : name;
    }

    private CooperationData data() {
        List<ProjectRecord> projectRecords = new ArrayList<>();
        for (Project p : projects.all()) {
            projectRecords.add(new ProjectRecord(p.id(), p.launchYear()));
        }
        List<Participation> participations = projects.allParticipations().stream()
                .map(p -> new Participation(p.projectId(), p.partnerId(), p.role())).toList();
        List<Contribution> contributionRecords = contributions.all().stream()
                .map(c -> new Contribution(c.projectId(), c.partnerId(), c.kind())).toList();
        return new CooperationData(projectRecords, participations, contributionRecords);
    }
}
