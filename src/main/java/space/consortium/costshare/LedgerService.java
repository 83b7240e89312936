package space.consortium.costshare;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import space.consortium.costshare.engine.Conversion;
import space.consortium.costshare.engine.CurrencyConverter;
import space.consortium.costshare.engine.InvalidLedger;
import space.consortium.costshare.engine.Ledger;
import space.consortium.costshare.engine.LedgerInput;
import space.consortium.costshare.engine.LedgerResult;
import space.consortium.costshare.engine.MissingRate;
import space.consortium.costshare.engine.Transfer;
import space.consortium.accounts.Access;
import space.consortium.accounts.AuditTrail;
import space.consortium.projects.Contribution;
import space.consortium.projects.ProjectDetail;
import space.consortium.projects.ProjectService;
import space.consortium.projects.ShareTable;
import space.consortium.shared.UniqueKey;
import space.consortium.shared.AlreadyExists;
import space.consortium.shared.InUse;
import space.consortium.shared.InvalidInput;
import space.consortium.shared.MissingInputs;
import space.consortium.shared.Money;
import space.consortium.shared.NotFound;
import space.consortium.shared.Problems;
import space.consortium.shared.StaleVersion;

/**
 * A project's barter ledger: obligations from one of its share tables, credits for the contributions that carry a
 * value and for the agreed values users store, net positions among the partners and a settlement, all converted to
 * one currency and price year with the {@link ConversionTableService} tables. Also keeps the agreed credits.
 */
@Service
@Transactional(readOnly = true)
public class LedgerService {

    /** The ledger's currency when none is asked for. */
    public static final String DEFAULT_CURRENCY = CurrencyConverter.USD;

    private static final BigDecimal TOO_LARGE = new BigDecimal("1e17");

    private final ProjectService projects;
    private final ConversionTableService tables;
    private final LedgerCreditRepository credits;
    private final LedgerFigures figures;
    private final Access access;
    private final AuditTrail audit;

    LedgerService(ProjectService projects, ConversionTableService tables, LedgerCreditRepository credits,
                  Access access, AuditTrail audit) {
        this.projects = projects;
        this.tables = tables;
        this.credits = credits;
        this.figures = new LedgerFigures(projects, tables, credits);
        this.access = access;
        this.audit = audit;
    }

    /** The base year used when none is asked for: the latest year with a US price index (else the current year). */
    public int defaultBaseYear() {
        return figures.defaultBaseYear();
    }

    /**
     * The base year a project's ledger uses when none is asked for: the latest year, from the latest with a US price
     * index down, for which every figure the ledger needs exists (the rates of the ledger currency and the cost's
     * currency in that year, and what converts each credit), so that the default never refuses for want of a rate.
     * When no year has them all: the latest year with a price index (and the ledger then names what is missing).
     *
     * @param currency the currency of the cost (its price year defaults to the base year); null: USD
     * @param base     the ledger's currency; null: USD
     */
    public int defaultBaseYear(String projectId, @Nullable String currency, @Nullable String base) {
        return figures.defaultBaseYear(projectId, normal(currency), normal(base));
    }

    /**
     * What a ledger of the project with a cost in {@code currency} of {@code year}, in {@code base} of
     * {@code baseYear}, would lack, said before it is computed: each missing exchange rate or price index once, with
     * the years the tables do hold. Empty when the ledger can be computed.
     */
    public List<String> missingFigures(String projectId, @Nullable String currency, int year, @Nullable String base,
                                       int baseYear) {
        return figures.describe(figures.lacking(projectId, normal(currency), year, normal(base), baseYear));
    }

    private static String normal(@Nullable String currency) {
        if (currency == null || currency.isBlank()) {
            return DEFAULT_CURRENCY;
        }
        String upper = currency.trim().toUpperCase(Locale.ROOT);
        return Money.CURRENCIES.contains(upper) ? upper : DEFAULT_CURRENCY;
    }

    /**
     * Builds the ledger.
     *
     * @throws NotFound      for an unknown project
     * @throws InvalidInput  naming {@code table}, {@code cost}, {@code year}, {@code currency}, {@code base} or
     *                       {@code baseYear}
     * @throws MissingInputs naming every exchange rate and price index the cost or a credit needs and the tables lack
     */
    public LedgerView ledger(String projectId, LedgerRequest request) {
        ProjectDetail detail = projects.detail(projectId);
        ShareTable table = table(detail, request.table());
        Problems problems = new Problems();
        String currency = currency(request.currency(), "currency", problems);
        String base = currency(request.base(), "base", problems);
        int baseYear = request.baseYear() == null ? defaultBaseYear(projectId, currency, base) : request.baseYear();
        problems.check(baseYear >= 1900 && baseYear <= 2100, "baseYear", "must be between 1900 and 2100, got " + baseYear);
        if (request.periods().isEmpty()) {
            problems.add("cost", "enter the cost to share, in units of the currency (e.g. 1000000000 for one billion)");
        }
        for (LedgerRequest.PeriodCost period : request.periods()) {
            checkCost(period.cost(), currency, problems);
            if (period.year() == null) {
                problems.add("year", "enter the price year the cost is stated in, e.g. " + baseYear);
            } else {
                problems.check(period.year() >= 1900 && period.year() <= 2100, "year",
                        "must be between 1900 and 2100, got " + period.year());
            }
        }
        problems.throwIfAny();

        CurrencyConverter converter = tables.converter();
        // every figure the computation needs is checked before it runs: a credit that cannot be converted is refused
        // with the rest, never left out (which would count it as zero)
        Set<LedgerFigures.Missing> lacking = new LinkedHashSet<>();
        for (LedgerRequest.PeriodCost period : request.periods()) {
            lacking.addAll(figures.lacking(projectId, currency, Objects.requireNonNull(period.year()), base, baseYear));
        }
        if (!lacking.isEmpty()) {
            throw figures.refusal(lacking, baseYear);
        }
        List<ConversionTarget> conversions = new ArrayList<>();
        List<LedgerInput.Period> periods = new ArrayList<>();
        List<Conversion> periodConversions = new ArrayList<>();
        for (LedgerRequest.PeriodCost period : request.periods()) {
            Conversion c = converter.convert(Objects.requireNonNull(period.cost()), currency,
                    Objects.requireNonNull(period.year()), base, baseYear);
            periodConversions.add(c);
            periods.add(new LedgerInput.Period(String.valueOf(period.year()), c.result()));
            conversions.add(new ConversionTarget("cost " + period.year(), c));
        }

        Map<String, String> names = projects.partnerNames();
        List<String> notes = new ArrayList<>();
        List<LedgerView.CreditView> creditViews = new ArrayList<>();
        List<LedgerInput.Credit> engineCredits = new ArrayList<>();
        List<LedgerView.UnvaluedItem> unvalued = new ArrayList<>();
        List<LedgerCredit> agreed = credits.ofProject(projectId);
        Set<Long> valued = new HashSet<>();
        agreed.forEach(a -> {
            if (a.contributionId() != null) {
                valued.add(a.contributionId());
            }
        });
        for (Contribution c : detail.contributions()) {
            if (valued.contains(c.id())) {
                continue;
            }
            Money value = c.value();
            if (value == null || value.priceYear() == null) {
                unvalued.add(new LedgerView.UnvaluedItem(c.id(), c.partnerId(), c.partnerName(), c.kind(), c.element(),
                        c.sourceUrl()));
                if (value != null) {
                    notes.add(c.partnerName() + "'s “" + c.element() + "” has a value without a price year, so it "
                            + "cannot be converted; enter an agreed value with its year");
                }
                continue;
            }
            credit("contribution", null, c.id(), c.partnerId(), c.partnerName(), c.element(), value, c.sourceUrl(),
                    null, converter, base, baseYear, creditViews, engineCredits, conversions, notes);
        }
        for (LedgerCredit a : agreed) {
            credit("agreed", a.id(), a.contributionId(), a.partnerId(), a.partnerName(), a.description(), a.value(),
                    a.sourceUrl(), a.version(), converter, base, baseYear, creditViews, engineCredits, conversions, notes);
        }

        Map<String, BigDecimal> shares = new LinkedHashMap<>();
        table.entries().forEach(e -> shares.put(e.partnerId(), e.percent()));
        for (LedgerInput.Credit c : engineCredits) {
            if (!shares.containsKey(c.partner())) {
                shares.put(c.partner(), BigDecimal.ZERO);
                notes.add(names.getOrDefault(c.partner(), c.partner()) + " has credits but no share in “"
                        + table.name() + "”, so it is listed with 0 %: what it delivered is owed to it in full");
            }
        }
        LedgerResult result;
        try {
            result = Ledger.compute(new LedgerInput(base,
                    shares.entrySet().stream().map(e -> new LedgerInput.Share(e.getKey(), e.getValue())).toList(),
                    periods, engineCredits));
        } catch (InvalidLedger e) {
            throw new InvalidInput(e.field().startsWith("shares") ? "table" : "cost", e.getMessage());
        }
        return view(detail, table, base, baseYear, request, periodConversions, result, creditViews, unvalued,
                conversions, notes, names);
    }

    private void credit(String origin, @Nullable Long id, @Nullable Long contributionId, String partnerId,
                        String partnerName, String description, Money value, @Nullable String sourceUrl,
                        @Nullable Long version, CurrencyConverter converter, String base, int baseYear,
                        List<LedgerView.CreditView> views, List<LedgerInput.Credit> engineCredits,
                        List<ConversionTarget> conversions, List<String> notes) {
        int year = Objects.requireNonNull(value.priceYear());
        // every rate was checked before (see ledger): a MissingRate here is a bug, not a credit to leave out
        Conversion c = converter.convert(value.amount(), value.currency(), year, base, baseYear);
        views.add(new LedgerView.CreditView(origin, id, contributionId, partnerId, partnerName, description,
                value.amount(), value.currency(), year, c.result(), sourceUrl, version));
        engineCredits.add(new LedgerInput.Credit(partnerId, description, c.result()));
        conversions.add(new ConversionTarget("credit: " + description, c));
    }

    private record ConversionTarget(String what, Conversion conversion) {
    }

    private static LedgerView view(ProjectDetail detail, ShareTable table, String base, int baseYear,
                                   LedgerRequest request, List<Conversion> periodConversions, LedgerResult result,
                                   List<LedgerView.CreditView> credits, List<LedgerView.UnvaluedItem> unvalued,
                                   List<ConversionTarget> conversions, List<String> notes, Map<String, String> names) {
        List<LedgerView.PeriodView> periods = new ArrayList<>();
        for (int i = 0; i < result.periods().size(); i++) {
            LedgerResult.PeriodObligations p = result.periods().get(i);
            Conversion c = periodConversions.get(i);
            periods.add(new LedgerView.PeriodView(c.year(), c.amount(), c.currency(), p.cost(), p.obligations()));
        }
        List<LedgerView.PositionView> positions = result.positions().stream()
                .map(p -> new LedgerView.PositionView(p.partner(), names.getOrDefault(p.partner(), p.partner()),
                        Money.plain(p.percent()), p.obligation(), p.credit(), p.balance(), p.shareOfDelivered(), p.net()))
                .toList();
        List<LedgerView.TransferView> transfers = new ArrayList<>();
        for (Transfer t : result.transfers()) {
            transfers.add(new LedgerView.TransferView(t.from(), names.getOrDefault(t.from(), t.from()), t.to(),
                    names.getOrDefault(t.to(), t.to()), t.amount()));
        }
        List<LedgerView.ConversionView> conversionViews = conversions.stream()
                .filter(t -> !t.conversion().identity())
                .map(t -> new LedgerView.ConversionView(t.what(), t.conversion().amount(), t.conversion().currency(),
                        t.conversion().year(), t.conversion().result(), t.conversion().baseCurrency(),
                        t.conversion().baseYear(), t.conversion().factors().stream()
                        .map(f -> new LedgerView.FactorView(f.kind(), f.label(), f.value(), f.sourceUrl())).toList()))
                .toList();
        List<LedgerView.TableRef> tables = detail.shareTables().stream()
                .map(t -> new LedgerView.TableRef(t.id(), t.name(), t.sourceUrl())).toList();
        return new LedgerView(detail.project().id(), detail.project().name(),
                new LedgerView.TableRef(table.id(), table.name(), table.sourceUrl()), tables, base, baseYear, periods,
                result.cost(), result.delivered(), result.unfunded(), positions, credits, unvalued, transfers,
                conversionViews, notes);
    }

    /** The share table named by id or name, or the project's first; the problem is named {@code table}. */
    private static ShareTable table(ProjectDetail detail, @Nullable String wanted) {
        List<ShareTable> all = detail.shareTables();
        if (all.isEmpty()) {
            throw new InvalidInput("table", "project '" + detail.project().id() + "' has no share table; add one "
                    + "(partner → percent, adding up to 100) to keep a ledger");
        }
        if (wanted == null || wanted.isBlank()) {
            return all.get(0);
        }
        String key = wanted.trim();
        for (ShareTable t : all) {
            if (String.valueOf(t.id()).equals(key) || t.name().equalsIgnoreCase(key)) {
                return t;
            }
        }
        throw new InvalidInput("table", "project '" + detail.project().id() + "' has no share table '" + key
                + "'; choose one of " + all.stream().map(t -> t.id() + " (" + t.name() + ")").toList());
    }

    private static String currency(@Nullable String code, String field, Problems problems) {
        if (code == null || code.isBlank()) {
            return DEFAULT_CURRENCY;
        }
        String upper = code.trim().toUpperCase(Locale.ROOT);
        problems.check(Money.CURRENCIES.contains(upper), field, "unknown currency '" + code.trim()
                + "', expected one of " + Money.CURRENCIES.stream().sorted().toList());
        return Money.CURRENCIES.contains(upper) ? upper : DEFAULT_CURRENCY;
    }

    private static void checkCost(@Nullable BigDecimal cost, String currency, Problems problems) {
        if (cost == null) {
            problems.add("cost", "enter the cost to share, in units of the currency (e.g. 1000000000 for one billion)");
        } else if (cost.signum() < 0) {
            problems.add("cost", "must be zero or more, got " + cost.toPlainString());
        } else if (cost.compareTo(TOO_LARGE) >= 0) {
            problems.add("cost", "is too large; give it in units of the currency, below 10^17");
        } else if (cost.stripTrailingZeros().scale() > Ledger.minorUnit(currency)) {
            problems.add("cost", currency + " has " + Ledger.minorUnit(currency) + " decimals; "
                    + cost.toPlainString() + " has more");
        }
    }

    // ---- agreed credits

    public List<LedgerCredit> credits(String projectId) {
        projects.get(projectId);
        return credits.ofProject(projectId);
    }

    public LedgerCredit credit(String projectId, long id) {
        return credits.find(id).filter(c -> c.projectId().equals(projectId))
                .orElseThrow(() -> new NotFound("ledger credit", id));
    }

    @Transactional
    public LedgerCredit addCredit(String projectId, LedgerCreditRequest request) {
        String partner = trim(request.partnerId());
        if (partner != null) {
            access.checkPartnerOrCoordinator(partner, projectId);
        }
        LedgerCreditRequest r = validate(projectId, null, request);
        access.checkPartnerOrCoordinator(r.partnerId(), projectId);
        LedgerCredit created = credit(projectId, UniqueKey.guard(() -> credits.insert(projectId, r),
                () -> creditExists(projectId, r)));
        audit.created("ledger-credit", created.id(), projectId, created.partnerId(), created);
        return created;
    }

    @Transactional
    public LedgerCredit updateCredit(String projectId, long id, LedgerCreditRequest request) {
        LedgerCredit before = credit(projectId, id);
        access.checkPartnerOrCoordinator(before.partnerId(), projectId);
        if (request.id() != null && request.id() != id) {
            throw new InvalidInput("id", "cannot be changed (path has " + id + ", body has " + request.id()
                    + "); leave it out or send the id of the address");
        }
        if (request.version() == null) {
            throw new InvalidInput("version", "is required for an update: send the version you last read");
        }
        LedgerCreditRequest r = validate(projectId, id, request);
        access.checkPartnerOrCoordinator(r.partnerId(), projectId);
        if (UniqueKey.guard(() -> credits.update(id, request.version(), r), () -> creditExists(projectId, r)) == 0) {
            throw new StaleVersion("ledger credit", id, request.version());
        }
        LedgerCredit after = credit(projectId, id);
        audit.updated("ledger-credit", id, projectId, after.partnerId(), before, after);
        return after;
    }

    @Transactional
    public void deleteCredit(String projectId, long id) {
        LedgerCredit before = credit(projectId, id);
        access.checkPartnerOrCoordinator(before.partnerId(), projectId);
        credits.delete(id);
        audit.deleted("ledger-credit", id, projectId, before.partnerId(), before);
    }

    /** Checks every field (naming each problem) and returns the request trimmed and normalised. */
    private LedgerCreditRequest validate(String projectId, @Nullable Long id, LedgerCreditRequest r) {
        ProjectDetail detail = projects.detail(projectId);
        Problems problems = new Problems();
        String partner = trim(r.partnerId());
        if (partner == null) {
            problems.add("partnerId", "choose the partner credited");
        } else {
            problems.check(projects.partnerNames().containsKey(partner), "partnerId", "no partner with id '" + partner + "'");
        }
        String description = trim(r.description());
        if (description == null) {
            problems.add("description", "say what was delivered, e.g. “ATV-1 cargo flight”");
        } else {
            problems.check(description.length() <= 500, "description", "must be at most 500 characters");
        }
        BigDecimal amount = r.amount();
        if (amount == null) {
            problems.add("value.amount", "enter the agreed value, in units of the currency (not millions)");
        } else if (amount.signum() < 0) {
            problems.add("value.amount", "must be zero or more, got " + amount.toPlainString());
        } else if (amount.compareTo(TOO_LARGE) >= 0) {
            problems.add("value.amount", "is too large; give it in units of the currency, below 10^17");
        } else if (amount.stripTrailingZeros().scale() > 2) {
            problems.add("value.amount", "may have at most two decimals");
        }
        String currency = trim(r.currency());
        currency = currency == null ? null : currency.toUpperCase(Locale.ROOT);
        if (currency == null || !Money.CURRENCIES.contains(currency)) {
            problems.add("value.currency", (currency == null ? "choose a currency" : "unknown currency '" + currency + "'")
                    + ", one of " + Money.CURRENCIES.stream().sorted().toList());
        }
        Integer year = r.priceYear();
        if (year == null) {
            problems.add("value.priceYear", "enter the year whose prices the value is in");
        } else if (year < 1900 || year > 2100) {
            problems.add("value.priceYear", "must be between 1900 and 2100, got " + year);
        } else if (currency != null && Money.CURRENCIES.contains(currency)) {
            try {
                tables.converter().convert(BigDecimal.ONE, currency, year, DEFAULT_CURRENCY, defaultBaseYear());
            } catch (MissingRate e) {
                problems.add("value.priceYear", e.getMessage());
            }
        }
        String source = trim(r.sourceUrl());
        problems.check(source == null || ((source.startsWith("http://") || source.startsWith("https://"))
                && source.length() <= 1000), "sourceUrl", "must be an http(s) address, or left empty");
        if (r.contributionId() != null) {
            boolean ofProject = detail.contributions().stream().anyMatch(c -> c.id() == r.contributionId());
            problems.check(ofProject, "contributionId", "project '" + projectId + "' has no contribution "
                    + r.contributionId());
        }
        problems.throwIfAny();
        if (r.contributionId() != null) {
            credits.forContribution(r.contributionId()).filter(other -> !other.equals(id)).ifPresent(other -> {
                throw creditExists(projectId, r.contributionId(), other);
            });
        }
        return new LedgerCreditRequest(r.contributionId(), partner, description, amount, currency, year, source,
                r.version());
    }

    /** The failure naming the credit that gives the request's contribution its agreed value already. */
    private RuntimeException creditExists(String projectId, LedgerCreditRequest r) {
        Long contribution = r.contributionId();
        if (contribution == null) {
            return new InUse("A ledger credit with the same key was stored at the same time; reload and try again");
        }
        return creditExists(projectId, contribution, credits.forContribution(contribution)
                .orElseThrow(() -> new NotFound("ledger credit of contribution", contribution)));
    }

    private static AlreadyExists creditExists(String projectId, long contribution, long other) {
        return new AlreadyExists("An agreed value of contribution " + contribution,
                "/api/projects/" + projectId + "/ledger/credits/" + other, "change that credit instead");
    }

    private static @Nullable String trim(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
