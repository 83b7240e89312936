package space.consortium.risk;

import space.consortium.accounts.Access;
import space.consortium.accounts.AuditTrail;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import space.consortium.projects.Project;
import space.consortium.projects.ProjectService;
import space.consortium.risk.engine.RiskMatrix;
import space.consortium.shared.InvalidInput;
import space.consortium.shared.Money;
import space.consortium.shared.NotFound;
import space.consortium.shared.Problems;
import space.consortium.shared.StaleVersion;
import space.consortium.shared.UniqueKey;

/**
 * A project's risk register: risks with owner partner, likelihood × consequence on the project's matrix, domain,
 * disposition and mitigation; every change kept as a history row; the matrix (scale labels and zoning) tailorable per
 * project; and the register exported as discrete risk events for the schedule and cost simulation.
 */
@Service
@Transactional(readOnly = true)
public class RiskService {

    /** The scale a project's matrix starts from until it chooses another. */
    public static final String DEFAULT_SCALE = "nasa";
    private static final String ACTIVITY_ID = "[A-Za-z0-9_.:-]{1,40}";

    private final RiskRepository risks;
    private final ProjectService projects;
    private final Access access;
    private final AuditTrail audit;
    private final Clock clock;

    RiskService(RiskRepository risks, ProjectService projects, Access access, AuditTrail audit, Clock clock) {
        this.risks = risks;
        this.projects = projects;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** Which risks to list; null (or blank) means any. */
    public record Filter(@Nullable String partner, @Nullable String domain, @Nullable String disposition,
                         @Nullable String zone) {

        public static final Filter NONE = new Filter(null, null, null, null);

        public Filter {
            partner = blankToNull(partner);
            domain = blankToNull(domain);
            disposition = blankToNull(disposition);
            zone = blankToNull(zone);
        }

        /** True when any condition is set. */
        public boolean any() {
            return partner != null || domain != null || disposition != null || zone != null;
        }

        private static @Nullable String blankToNull(@Nullable String s) {
            return s == null || s.isBlank() ? null : s.trim();
        }
    }

    /**
     * The register as its page shows it.
     *
     * @param risks   the risks the filter keeps, oldest first
     * @param total   how many risks the project has
     * @param owners  the partners that own any of the project's risks: id → name
     * @param history every recorded change of the register, oldest first
     * @param latest  the latest changes, newest first (at most {@link #LATEST})
     */
    public record Register(List<Risk> risks, int total, Map<String, String> owners, List<RiskChange> history,
                           List<RiskChange> latest) {

        public static final int LATEST = 12;

        public Register {
            risks = List.copyOf(risks);
            owners = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(owners));
            history = List.copyOf(history);
            latest = List.copyOf(latest);
        }
    }

    // ---- risks

    /** The project's risks that the filter keeps, oldest first; the filter is part of the database query. */
    public List<Risk> list(String projectId, Filter filter) {
        projects.get(projectId);
        RiskMatrix matrix = engineMatrix(projectId);
        Map<Long, Integer> previous = previousScores(projectId);
        List<Integer> cells = null;
        if (filter.zone() != null) {
            cells = new ArrayList<>();
            for (int l = 1; l <= RiskMatrix.LEVELS; l++) {
                for (int c = 1; c <= RiskMatrix.LEVELS; c++) {
                    if (matrix.zone(l, c).name().equalsIgnoreCase(filter.zone())) {
                        cells.add(l * 10 + c);
                    }
                }
            }
        }
        return risks.risks(projectId, filter.partner(), filter.domain(), filter.disposition(), cells).stream()
                .map(r -> risk(r, matrix, previous.get(r.id()))).toList();
    }

    /** The register page's content: the filtered risks, the total, the owners to filter by and the history. */
    public Register register(String projectId, Filter filter) {
        List<Risk> shown = list(projectId, filter);
        List<RiskChange> history = history(projectId);
        List<RiskChange> latest = new ArrayList<>(history);
        java.util.Collections.reverse(latest);
        return new Register(shown, risks.count(projectId), risks.owners(projectId), history,
                latest.subList(0, Math.min(Register.LATEST, latest.size())));
    }

    public Risk get(String projectId, long id) {
        projects.get(projectId);
        RiskRepository.Row row = risks.find(projectId, id).orElseThrow(() -> new NotFound("risk", id));
        return risk(row, engineMatrix(projectId), previousScores(projectId).get(id));
    }

    @Transactional
    public Risk create(String projectId, RiskRequest request) {
        checkOwnerOrCoordinator(request.ownerPartnerId(), projectId);
        projects.get(projectId);
        validate(request);
        Risk created = get(projectId, risks.insert(projectId, withCurrency(projectId, request), clock.instant()));
        audit.created("risk", created.id(), projectId, created.ownerPartnerId(), created);
        return created;
    }

    @Transactional
    public Risk update(String projectId, long id, RiskRequest request) {
        Risk before = get(projectId, id);
        checkOwnerOrCoordinator(before.ownerPartnerId(), projectId);
        checkOwnerOrCoordinator(request.ownerPartnerId(), projectId);
        if (request.version() == null) {
            throw new InvalidInput("version", "is required for an update: send the version you last read");
        }
        validate(request);
        if (risks.update(projectId, id, request.version(), withCurrency(projectId, request), clock.instant()) == 0) {
            throw new StaleVersion("risk", id, request.version());
        }
        Risk after = get(projectId, id);
        audit.updated("risk", id, projectId, after.ownerPartnerId(), before, after);
        return after;
    }

    /**
     * Deletes a risk; its history is kept with a last "deleted" row.
     *
     * @param version the version last read, or null to delete whatever the current version is
     */
    @Transactional
    public void delete(String projectId, long id, @Nullable Long version, @Nullable String by, @Nullable String note) {
        Risk current = get(projectId, id);
        checkOwnerOrCoordinator(current.ownerPartnerId(), projectId);
        long expected = version == null ? current.version() : version;
        if (risks.delete(projectId, id, expected, by, note, clock.instant()) == 0) {
            throw new StaleVersion("risk", id, expected);
        }
        audit.deleted("risk", id, projectId, current.ownerPartnerId(), current);
    }

    /**
     * The currency and price year a risk's cost takes when they are left out: the project's cost currency (USD when
     * the project states no cost) and, in it, the project's price year, else the current year.
     */
    public Money defaultCost(String projectId) {
        Project project = projects.get(projectId);
        int thisYear = clock.instant().atZone(ZoneOffset.UTC).getYear();
        if (project.cost() == null) {
            return new Money(BigDecimal.ZERO, "USD", thisYear);
        }
        return new Money(BigDecimal.ZERO, project.cost().currency(),
                project.cost().priceYear() == null ? thisYear : project.cost().priceYear());
    }

    /** The request with its cost's currency and price year filled in by the rule of {@link #defaultCost}. */
    private RiskRequest withCurrency(String projectId, RiskRequest request) {
        RiskRequest.CostImpact cost = request.cost();
        if (cost == null || cost.currency() != null && cost.priceYear() != null) {
            return request;
        }
        Money byDefault = defaultCost(projectId);
        String currency = cost.currency() == null ? byDefault.currency() : cost.currency();
        Integer year = cost.priceYear() != null ? cost.priceYear() : currency.equals(byDefault.currency())
                ? byDefault.priceYear() : Integer.valueOf(clock.instant().atZone(ZoneOffset.UTC).getYear());
        return request.withCost(cost.in(currency, year));
    }

    /** A risk is its owner partner's (and its project coordinators') to change. */
    private void checkOwnerOrCoordinator(@Nullable String ownerPartnerId, String projectId) {
        if (ownerPartnerId == null || ownerPartnerId.isBlank()) {
            access.checkCoordinator(projectId);
        } else {
            access.checkPartnerOrCoordinator(ownerPartnerId, projectId);
        }
    }

    /** Every recorded state of a risk, oldest first (also after it was deleted). */
    public List<RiskChange> history(String projectId, long id) {
        projects.get(projectId);
        RiskMatrix matrix = engineMatrix(projectId);
        List<RiskChange> changes = risks.history(projectId, id).stream().map(c -> change(c, matrix)).toList();
        if (changes.isEmpty()) {
            throw new NotFound("risk", id);
        }
        return changes;
    }

    /** Every recorded change of the project's register, oldest first. */
    public List<RiskChange> history(String projectId) {
        projects.get(projectId);
        RiskMatrix matrix = engineMatrix(projectId);
        return risks.history(projectId).stream().map(c -> change(c, matrix)).toList();
    }

    // ---- the matrix

    public List<RiskMatrixView> scales() {
        return risks.scales().stream().map(s -> view("", s, false)).toList();
    }

    /** The project's matrix: its tailored one, or the default scale's. */
    public RiskMatrixView matrix(String projectId) {
        projects.get(projectId);
        return risks.matrix(projectId).map(m -> view(projectId, m, tailored(m)))
                .orElseGet(() -> view(projectId, scale(DEFAULT_SCALE), false));
    }

    @Transactional
    public RiskMatrixView tailor(String projectId, RiskMatrixRequest request) {
        access.checkCoordinator(projectId);
        RiskMatrixView current = matrix(projectId);
        java.util.Optional<RiskRepository.MatrixRow> chosen = risks.scales().stream()
                .filter(s -> s.scaleId().equals(request.scaleId())).findFirst();
        Problems problems = new Problems().check(chosen.isPresent(), "scaleId", "must be one of "
                + risks.scales().stream().map(RiskRepository.MatrixRow::scaleId).toList());
        // an unknown scale is reported with the other problems; the default one stands in meanwhile
        RiskRepository.MatrixRow scale = chosen.orElseGet(() -> scale(DEFAULT_SCALE));
        String likelihood = labels(request.likelihoodLabels(), scale.likelihoodLabels(), "likelihoodLabels", problems);
        String consequence = labels(request.consequenceLabels(), scale.consequenceLabels(), "consequenceLabels",
                problems);
        String zoning = scale.zoning();
        if (request.zoning() != null && !request.zoning().isBlank()) {
            try {
                zoning = String.join(" ", RiskMatrix.parseZoning(request.zoning()).stream().map(Enum::name).toList());
            } catch (IllegalArgumentException e) {
                problems.add("zoning", e.getMessage());
            }
        }
        problems.throwIfAny();
        RiskRepository.MatrixRow row = new RiskRepository.MatrixRow(scale.scaleId(), scale.name(), scale.sourceUrl(),
                likelihood, consequence, scale.likelihoodCodes(), zoning, 0, true);
        long version = request.version() == null ? -1 : request.version();
        if (version != current.version()) {
            throw new StaleVersion("risk matrix", projectId, version);
        }
        if (current.version() == 0) {
            // two first tailorings at once: the database keeps one, the other is stale like any lost race
            UniqueKey.guard(() -> risks.insertMatrix(projectId, row), () -> new StaleVersion("risk matrix", projectId, version));
        } else if (risks.updateMatrix(projectId, version, row) == 0) {
            throw new StaleVersion("risk matrix", projectId, version);
        }
        RiskMatrixView after = matrix(projectId);
        audit.updated("risk-matrix", projectId, projectId, null, current, after);
        return after;
    }

    /** The cells of a project's matrix (likelihood 1 to 5, each consequence 1 to 5) with their index and zone. */
    public List<RiskMatrixView.Cell> matrixCells(String projectId) {
        RiskMatrix matrix = engineMatrix(projectId);
        List<RiskMatrixView.Cell> cells = new ArrayList<>();
        for (int l = 1; l <= RiskMatrix.LEVELS; l++) {
            for (int c = 1; c <= RiskMatrix.LEVELS; c++) {
                RiskMatrix.Zone zone = matrix.zone(l, c);
                cells.add(new RiskMatrixView.Cell(l, c, matrix.index(l, c), zone.label(), zone.rank()));
            }
        }
        return cells;
    }

    /** The engine's matrix for a project. */
    RiskMatrix engineMatrix(String projectId) {
        RiskRepository.MatrixRow m = risks.matrix(projectId).orElseGet(() -> scale(DEFAULT_SCALE));
        return new RiskMatrix(split(m.likelihoodLabels()), split(m.consequenceLabels()), split(m.likelihoodCodes()),
                RiskMatrix.parseZoning(m.zoning()));
    }

    // ---- simulation export

    /**
     * The project's open risks as discrete events for the schedule and cost simulation: those with a probability, at
     * least one impact and linked activities; closed risks and risks without them are listed as skipped with the
     * reason.
     */
    public RiskEvent.Export events(String projectId) {
        List<RiskEvent> events = new ArrayList<>();
        Map<String, RiskEvent.Source> sources = new LinkedHashMap<>();
        List<RiskEvent.Skipped> skipped = new ArrayList<>();
        for (Risk r : list(projectId, Filter.NONE)) {
            String id = "R" + r.id();
            if (r.disposition().equals("close")) {
                skipped.add(new RiskEvent.Skipped(id, r.title(), "closed"));
            } else if (r.probability() == null) {
                skipped.add(new RiskEvent.Skipped(id, r.title(), "no probability of occurrence"));
            } else if (r.delayDays() == null && r.cost() == null) {
                skipped.add(new RiskEvent.Skipped(id, r.title(), "no delay or cost impact"));
            } else if (r.activities().isEmpty()) {
                skipped.add(new RiskEvent.Skipped(id, r.title(), "no linked activities"));
            } else {
                events.add(new RiskEvent(id, null, r.probability().doubleValue(), r.activities(),
                        distribution(r.delayDays()), r.cost() == null ? null
                        : distribution(new RiskRequest.Impact(r.cost().min(), r.cost().mode(), r.cost().max()))));
                sources.put(id, new RiskEvent.Source(r.id(), r.title(), r.ownerPartnerId(),
                        r.cost() == null ? null : r.cost().currency(), r.cost() == null ? null : r.cost().priceYear()));
            }
        }
        return new RiskEvent.Export(projectId, events, sources, skipped);
    }

    private static @Nullable DistributionSpec distribution(RiskRequest.@Nullable Impact impact) {
        if (impact == null) {
            return null;
        }
        if (impact.low().compareTo(impact.high()) == 0) {
            return DistributionSpec.fixed(impact.mode().doubleValue());
        }
        return DistributionSpec.threePoint("triangular", impact.low().doubleValue(), impact.mode().doubleValue(),
                impact.high().doubleValue());
    }

    // ---- validation and mapping

    private void validate(RiskRequest r) {
        Problems problems = new Problems()
                .check(RiskRequest.DOMAINS.contains(r.domain()), "domain", "must be one of " + RiskRequest.DOMAINS)
                .check(RiskRequest.DISPOSITIONS.contains(r.disposition()), "disposition",
                        "must be one of " + RiskRequest.DISPOSITIONS)
                .check(!"accept".equals(r.disposition()) || (r.acceptedBy() != null && !r.acceptedBy().isBlank()),
                        "acceptedBy", "is required when the risk is accepted: name the person who accepts it")
                .check(projects.partnerNames().containsKey(r.ownerPartnerId().trim()), "ownerPartnerId",
                        "'" + r.ownerPartnerId() + "' is not a known partner id");
        if (r.activities() != null) {
            for (int i = 0; i < r.activities().size(); i++) {
                String a = r.activities().get(i);
                problems.check(a != null && a.trim().matches(ACTIVITY_ID), "activities[" + i + "]",
                        "must be an activity id of 1 to 40 letters, digits or _ . : -");
            }
        }
        impact(r.delayDays(), "delayDays", problems);
        if (r.cost() != null) {
            impact(r.cost().low(), r.cost().mode(), r.cost().high(), "cost", problems);
            problems.check(r.cost().currency() == null || Money.CURRENCIES.contains(r.cost().currency()),
                    "cost.currency", "must be one of " + Money.CURRENCIES.stream().sorted().toList());
            problems.check(r.cost().priceYear() == null || r.cost().priceYear() >= 1900 && r.cost().priceYear() <= 2100,
                    "cost.priceYear", "must be a year between 1900 and 2100");
        }
        problems.throwIfAny();
    }

    private static void impact(RiskRequest.@Nullable Impact impact, String field, Problems problems) {
        if (impact != null) {
            impact(impact.low(), impact.mode(), impact.high(), field, problems);
        }
    }

    private static void impact(BigDecimal low, BigDecimal mode, BigDecimal high, String field, Problems problems) {
        if (low.compareTo(mode) > 0 || mode.compareTo(high) > 0) {
            problems.add(field, "needs min ≤ mode ≤ max, was " + low.toPlainString() + ", " + mode.toPlainString()
                    + ", " + high.toPlainString());
        }
    }

    /** Each risk's score before its latest change, from the history. */
    private Map<Long, Integer> previousScores(String projectId) {
        Map<Long, List<RiskRepository.ChangeRow>> byRisk = new HashMap<>();
        for (RiskRepository.ChangeRow c : risks.history(projectId)) {
            byRisk.computeIfAbsent(c.riskId(), k -> new ArrayList<>()).add(c);
        }
        Map<Long, Integer> previous = new HashMap<>();
        byRisk.forEach((id, changes) -> {
            if (changes.size() > 1) {
                RiskRepository.ChangeRow before = changes.get(changes.size() - 2);
                previous.put(id, before.likelihood() * before.consequenceLevel());
            }
        });
        return previous;
    }

    private static Risk risk(RiskRepository.Row r, RiskMatrix matrix, @Nullable Integer previousScore) {
        RiskMatrix.Zone zone = matrix.zone(r.likelihood(), r.consequenceLevel());
        int score = r.likelihood() * r.consequenceLevel();
        String trend = previousScore == null ? "new" : score > previousScore ? "up" : score < previousScore ? "down"
                : "steady";
        return new Risk(r.id(), r.projectId(), r.title(), r.condition(), r.consequence(), r.ownerPartnerId(),
                r.ownerPartnerName(), r.domain(), r.likelihood(), r.consequenceLevel(),
                matrix.index(r.likelihood(), r.consequenceLevel()), zone.name(), zone.label(), score, trend,
                r.disposition(), r.acceptedBy(), r.mitigation(), r.activities(), r.probability(), r.delay(), r.cost(),
                r.changedAt(), r.changedBy(), r.changeNote(), r.version());
    }

    private static RiskChange change(RiskRepository.ChangeRow c, RiskMatrix matrix) {
        return new RiskChange(c.id(), c.riskId(), c.kind(), c.riskVersion(), c.title(), c.condition(),
                c.consequence(), c.ownerPartnerId(), c.domain(), c.likelihood(), c.consequenceLevel(),
                matrix.index(c.likelihood(), c.consequenceLevel()),
                matrix.zone(c.likelihood(), c.consequenceLevel()).name(), c.likelihood() * c.consequenceLevel(),
                c.disposition(), c.acceptedBy(), c.mitigation(), c.activities(), c.probability(), c.delay(), c.cost(),
                c.changedAt(), c.changedBy(), c.changeNote());
    }

    private RiskRepository.MatrixRow scale(String id) {
        return risks.scales().stream().filter(s -> s.scaleId().equals(id)).findFirst()
                .orElseThrow(() -> new NotFound("risk scale", id));
    }

    private RiskMatrixView view(String projectId, RiskRepository.MatrixRow m, boolean tailored) {
        List<String> zones = Arrays.asList(m.zoning().trim().split("\\s+"));
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < RiskMatrix.LEVELS; i++) {
            rows.add(zones.subList(i * RiskMatrix.LEVELS, (i + 1) * RiskMatrix.LEVELS));
        }
        return new RiskMatrixView(projectId, m.scaleId(), m.name(), m.sourceUrl(), split(m.likelihoodLabels()),
                split(m.consequenceLabels()), split(m.likelihoodCodes()),
                RiskMatrix.formatZoning(RiskMatrix.parseZoning(m.zoning())), rows, tailored, m.version());
    }

    private boolean tailored(RiskRepository.MatrixRow m) {
        RiskRepository.MatrixRow scale = scale(m.scaleId());
        return !(Objects.equals(scale.zoning(), m.zoning()) && Objects.equals(scale.likelihoodLabels(),
                m.likelihoodLabels()) && Objects.equals(scale.consequenceLabels(), m.consequenceLabels()));
    }

    private static String labels(@Nullable List<String> given, String fallback, String field, Problems problems) {
        if (given == null || given.isEmpty()) {
            return fallback;
        }
        if (given.size() != RiskMatrix.LEVELS || given.stream().anyMatch(l -> l == null || l.isBlank()
                || l.contains("|") || l.length() > 80)) {
            problems.add(field, "needs five non-blank labels (at most 80 characters, no '|'), level 1 first");
            return fallback;
        }
        return String.join("|", given.stream().map(String::trim).toList());
    }

    private static List<String> split(String labels) {
        return List.of(labels.split("\\|"));
    }
}
