package space.consortium.dataset;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import space.consortium.agreements.Agreement;
import space.consortium.agreements.AgreementRequest;
import space.consortium.agreements.AgreementService;
import space.consortium.partners.Partner;
import space.consortium.partners.PartnerRequest;
import space.consortium.partners.PartnerService;
import space.consortium.projects.Contribution;
import space.consortium.projects.ContributionRequest;
import space.consortium.projects.ContributionService;
import space.consortium.projects.Participation;
import space.consortium.projects.ParticipationRequest;
import space.consortium.projects.Project;
import space.consortium.projects.ProjectRequest;
import space.consortium.projects.ProjectService;
import space.consortium.projects.ShareTable;
import space.consortium.projects.ShareTableRequest;
import space.consortium.shared.Csv;
import space.consortium.shared.InUse;
import space.consortium.shared.InvalidInput;
import space.consortium.shared.Money;
import space.consortium.shared.MoneyRequest;
import space.consortium.shared.NotFound;

/**
 * One import run of {@link DatasetService}: reads the CSV files row by row, merges each row into the registry by its
 * natural key (leaving a row equal to the stored one unwritten) and collects every problem with file, line and column
 * instead of stopping at the first.
 */
final class CsvImport {

    final List<DatasetInvalid.RowError> errors = new ArrayList<>();
    boolean aborted;
    private final Map<String, List<AgreementRequest.Party>> partiesByAgreement = new LinkedHashMap<>();
    private final Map<String, Map<String, List<ShareTableRequest.Entry>>> shares = new LinkedHashMap<>();
    private final Map<String, Csv.Row> shareFirstRow = new LinkedHashMap<>();
    /** The registry as it was when the import started, to leave unchanged rows unwritten. */
    private final Map<String, Partner> storedPartners = new LinkedHashMap<>();
    private final Map<String, Project> storedProjects = new LinkedHashMap<>();
    private final Map<String, Participation> storedParticipations = new LinkedHashMap<>();
    private final Map<String, java.util.ArrayDeque<Contribution>> storedContributions = new LinkedHashMap<>();
    private final Map<String, ShareTable> storedShareTables = new LinkedHashMap<>();

    private final PartnerService partners;
    private final ProjectService projects;
    private final ContributionService contributions;
    private final AgreementService agreements;
    private final Validator validator;

    CsvImport(PartnerService partners, ProjectService projects, ContributionService contributions,
              AgreementService agreements, Validator validator) {
        this.partners = partners;
        this.projects = projects;
        this.contributions = contributions;
        this.agreements = agreements;
        this.validator = validator;
        partners.all().forEach(p -> storedPartners.put(p.id(), p));
        projects.all().forEach(p -> storedProjects.put(p.id(), p));
        projects.allParticipations().forEach(p -> storedParticipations.put(p.projectId() + "|" + p.partnerId(), p));
        contributions.all().stream().sorted(java.util.Comparator.comparingLong(Contribution::id))
                .forEach(c -> storedContributions.computeIfAbsent(contributionKey(c.projectId(), c.partnerId(),
                        c.kind(), c.element()), k -> new java.util.ArrayDeque<>()).add(c));
        projects.shareTables(null).forEach(t -> storedShareTables.put(t.projectId() + "|" + t.name(), t));
    }

    void file(String file, Csv.Table table) {
        List<String> required = switch (file) {
            case "agencies.csv" -> List.of("id", "name", "type", "source_url");
            case "missions.csv" -> List.of("id", "name", "lead_agency", "source_url");
            case "contributions.csv" -> List.of("mission_id", "agency_id", "kind", "element", "source_url");
            case "share_tables.csv" -> List.of("project_id", "table", "partner_id", "percent", "source_url");
            case "agreements.csv" -> List.of("id", "kind", "title", "source_url");
            case "agreement_parties.csv" -> List.of("agreement_id", "source_url");
            case "artemis_accords.csv" -> List.of("country", "iso2", "signed_date", "source_url");
            default -> List.of();
        };
        List<String> missing = required.stream().filter(c -> !table.header().contains(c)).toList();
        if (!missing.isEmpty()) {
            errors.add(new DatasetInvalid.RowError(file, 1, "", "header lacks the column(s) " + missing
                    + "; expected at least " + required));
            return;
        }
        switch (file) {
            case "agencies.csv" -> table.rows().forEach(row -> guarded(file, row, this::agency));
            case "missions.csv" -> table.rows().forEach(row -> guarded(file, row, this::mission));
            case "contributions.csv" -> table.rows().forEach(row -> guarded(file, row, this::contribution));
            case "share_tables.csv" -> {
                table.rows().forEach(row -> guarded(file, row, this::shareRow));
                shares.forEach((project, tables) -> tables.forEach((name, entries) -> {
                    Csv.Row first = shareFirstRow.get(project + "|" + name);
                    ShareTableRequest request = new ShareTableRequest(project, name, entries,
                            first.get("source_url").orElse(""), null);
                    if (!unchanged(storedShareTables.get(project + "|" + name.trim()), request)) {
                        guarded(file, first, row -> save(request, projects::saveShareTable, COLUMNS_SHARES));
                    }
                }));
            }
            case "agreements.csv" -> table.rows().forEach(row -> guarded(file, row, this::agreement));
            case "agreement_parties.csv" -> {
                table.rows().forEach(row -> guarded(file, row, r -> party(r, r.get("agreement_id").orElse(""),
                        r.getOrNull("partner_id"), r.getOrNull("country"), r.getOrNull("iso2"), r.getOrNull("signed_date"))));
                saveParties(file, table, false);
            }
            case "artemis_accords.csv" -> {
                table.rows().forEach(row -> guarded(file, row, r -> party(r, DatasetService.ARTEMIS_ID, null,
                        r.getOrNull("country"), r.getOrNull("iso2"), r.getOrNull("signed_date"))));
                saveParties(file, table, true);
            }
            default -> { }
        }
    }

    private void guarded(String file, Csv.Row row, Consumer<Csv.Row> action) {
        if (aborted) {
            return;
        }
        try {
            action.accept(row);
        } catch (RowProblems e) {
            e.problems.forEach(p -> errors.add(new DatasetInvalid.RowError(file, row.line(), p[0], p[1])));
        } catch (InvalidInput | InUse | NotFound e) {
            errors.add(new DatasetInvalid.RowError(file, row.line(), "", e.getMessage()));
        } catch (DataAccessException e) {
            errors.add(new DatasetInvalid.RowError(file, row.line(), "", "the database refused the row: "
                    + e.getMostSpecificCause().getMessage()));
            aborted = true;
        }
    }

    private void agency(Csv.Row r) {
        PartnerRequest request = new PartnerRequest(r.getOrNull("id"), r.get("name").orElse(""),
                r.get("type").orElse(""), r.getOrNull("country_or_members"), integer(r, "founded"),
                budget(r), r.get("source_url").orElse(""), null);
        check(request, COLUMNS_AGENCIES);
        if (request.id() == null) {
            throw RowProblems.of("id", "is required");
        }
        if (!unchanged(storedPartners.get(request.id()), request)) {
            partners.save(request.id(), request);
        }
    }

    private void mission(Csv.Row r) {
        Money cost = money(r, "cost", "cost_usd_millions", "cost_millions", "cost_currency", "cost_price_year");
        ProjectRequest request = new ProjectRequest(r.getOrNull("id"), r.get("name").orElse(""),
                r.getOrNull("destination"), r.getOrNull("status"), integer(r, "launch_year"),
                r.get("lead_agency").orElse(""), MoneyRequest.of(cost), r.getOrNull("notes"), r.get("source_url").orElse(""), null);
        check(request, COLUMNS_MISSIONS);
        if (request.id() == null) {
            throw RowProblems.of("id", "is required");
        }
        if (!unchanged(storedProjects.get(request.id()), request)) {
            save(request, p -> projects.save(p.id(), p), COLUMNS_MISSIONS);
        }
        for (String role : List.of("partner", "contributor")) {
            for (String partner : r.get(role + "_agencies").map(s -> s.split(";")).orElse(new String[0])) {
                if (!partner.isBlank() && !partner.trim().equals(request.leadPartnerId())) {
                    Participation stored = storedParticipations.get(request.id() + "|" + partner.trim());
                    if (stored != null && stored.role().equals(role) && stored.sourceUrl().equals(request.sourceUrl())) {
                        continue;
                    }
                    save(new ParticipationRequest(request.id(), partner.trim(), role, request.sourceUrl(), null),
                            projects::saveParticipation, Map.of("partnerId", role + "_agencies"));
                }
            }
        }
    }

    private void contribution(Csv.Row r) {
        Money value = money(r, "value", "value_usd_millions", "value_millions", "currency", "price_year");
        ContributionRequest request = new ContributionRequest(r.get("mission_id").orElse(""),
                r.get("agency_id").orElse(""), r.get("kind").orElse(""), r.get("element").orElse(""),
                MoneyRequest.of(value), r.get("source_url").orElse(""), null);
        check(request, COLUMNS_CONTRIBUTIONS);
        java.util.ArrayDeque<Contribution> same = storedContributions.get(contributionKey(request.projectId(),
                request.partnerId(), request.kind(), request.element()));
        Contribution stored = same == null ? null : same.poll();
        if (!unchanged(stored, request)) {
            save(request, c -> contributions.save(stored == null ? null : stored.id(), c), COLUMNS_CONTRIBUTIONS);
        }
    }

    private void shareRow(Csv.Row r) {
        String project = r.get("project_id").orElse("");
        String name = r.get("table").orElse("");
        if (project.isEmpty() || name.isEmpty()) {
            throw RowProblems.of(project.isEmpty() ? "project_id" : "table", "is required");
        }
        BigDecimal percent = decimal(r, "percent");
        ShareTableRequest.Entry entry = new ShareTableRequest.Entry(r.get("partner_id").orElse(""), percent);
        check(entry, COLUMNS_SHARES);
        shares.computeIfAbsent(project, k -> new LinkedHashMap<>()).computeIfAbsent(name, k -> new ArrayList<>()).add(entry);
        shareFirstRow.putIfAbsent(project + "|" + name, r);
    }

    private void agreement(Csv.Row r) {
        String id = r.getOrNull("id");
        AgreementRequest request = new AgreementRequest(id, r.get("kind").orElse(""), r.get("title").orElse(""),
                r.getOrNull("signed_on"), r.getOrNull("description"), r.getOrNull("project_id"),
                r.get("source_url").orElse(""), null,
                id == null ? List.of() : currentParties(id));
        check(request, COLUMNS_AGREEMENTS);
        if (id == null) {
            throw RowProblems.of("id", "is required");
        }
        if (!unchanged(agreements.find(id).orElse(null), request)) {
            save(request, a -> agreements.save(id, a), COLUMNS_AGREEMENTS);
        }
    }

    private List<AgreementRequest.Party> currentParties(String agreementId) {
        return agreements.find(agreementId).map(a -> a.parties().stream()
                .map(p -> new AgreementRequest.Party(p.partnerId(), p.countryCode(), p.countryName(), p.signed(), p.sourceUrl()))
                .toList()).orElse(List.of());
    }

    private void party(Csv.Row r, String agreementId, @Nullable String partnerId, @Nullable String country,
                       @Nullable String iso2, @Nullable String signed) {
        AgreementRequest.Party party = new AgreementRequest.Party(partnerId, iso2, country, signed,
                r.get("source_url").orElse(""));
        check(party, COLUMNS_PARTIES);
        if (agreementId.isEmpty()) {
            throw RowProblems.of("agreement_id", "is required");
        }
        partiesByAgreement.computeIfAbsent(agreementId, k -> new ArrayList<>()).add(party);
    }

    /**
     * Replaces the parties of each agreement named in the file with the file's rows. The Artemis Accords keep
     * their signatory countries in artemis_accords.csv and any partner parties in agreement_parties.csv (as the
     * export writes them), so each of the two files replaces only its own kind of party.
     */
    private void saveParties(String file, Csv.Table table, boolean artemisCountries) {
        if (!errors.isEmpty() || aborted || table.rows().isEmpty()) {
            partiesByAgreement.clear();
            return;
        }
        Csv.Row first = table.rows().get(0);
        partiesByAgreement.forEach((agreementId, parties) -> guarded(file, first, row -> {
            Agreement a = agreements.find(agreementId).orElseThrow(() -> RowProblems.of("agreement_id",
                    "no agreement with id '" + agreementId + "'; list it in agreements.csv first"));
            List<AgreementRequest.Party> all = new ArrayList<>();
            if (agreementId.equals(DatasetService.ARTEMIS_ID)) {
                a.parties().stream().filter(p -> (p.partnerId() == null) != artemisCountries)
                        .map(CsvImport::request).forEach(all::add);
            }
            all.addAll(parties);
            if (!sameParties(a.parties().stream().map(CsvImport::request).toList(), all)) {
                agreements.save(agreementId, new AgreementRequest(a.id(), a.kind(), a.title(), a.signedOn(),
                        a.description(), a.projectId(), a.sourceUrl(), null, all));
            }
        }));
        partiesByAgreement.clear();
    }

    private <T> void check(T request, Map<String, String> columns) {
        List<String[]> problems = new ArrayList<>();
        for (ConstraintViolation<T> v : validator.validate(request)) {
            String field = v.getPropertyPath().toString();
            problems.add(new String[] {columns.getOrDefault(field, field), v.getMessage()});
        }
        if (!problems.isEmpty()) {
            problems.sort(java.util.Comparator.comparing(p -> p[0]));
            throw new RowProblems(problems);
        }
    }

    private <T> void save(T request, Consumer<T> saver, Map<String, String> columns) {
        try {
            saver.accept(request);
        } catch (InvalidInput e) {
            throw new RowProblems(e.problems().stream()
                    .map(p -> new String[] {columns.getOrDefault(p.field(), p.field()), p.message()}).toList());
        }
    }
    private static final Map<String, String> COLUMNS_AGENCIES = Map.of("kind", "type", "countryOrMembers",
            "country_or_members", "budget.amount", "annual_budget_usd", "budget.priceYear", "budget_year",
            "sourceUrl", "source_url");
    private static final Map<String, String> COLUMNS_MISSIONS = Map.of("leadPartnerId", "lead_agency", "launchYear",
            "launch_year", "cost.amount", "cost", "cost.currency", "cost_currency", "cost.priceYear", "cost_price_year",
            "sourceUrl", "source_url");
    private static final Map<String, String> COLUMNS_CONTRIBUTIONS = Map.of("projectId", "mission_id", "partnerId",
            "agency_id", "value.amount", "value", "value.currency", "currency", "value.priceYear", "price_year", "sourceUrl", "source_url");
    private static final Map<String, String> COLUMNS_SHARES = Map.of("projectId", "project_id", "partnerId",
            "partner_id", "name", "table", "sourceUrl", "source_url");
    private static final Map<String, String> COLUMNS_AGREEMENTS = Map.of("signedOn", "signed_on", "projectId", "project_id",
            "sourceUrl", "source_url");
    private static final Map<String, String> COLUMNS_PARTIES = Map.of("partnerId", "partner_id", "countryCode", "iso2",
            "countryName", "country", "signed", "signed_date", "sourceUrl", "source_url");

    /** The problems of one row, each as {column, message}. */
    private static final class RowProblems extends RuntimeException {

        final List<String[]> problems;

        RowProblems(List<String[]> problems) {
            super(null, null, false, false);
            this.problems = problems;
        }

        static RowProblems of(String column, String message) {
            return new RowProblems(List.<String[]>of(new String[] {column, message}));
        }
    }

    private static @Nullable Integer integer(Csv.Row r, String column) {
        Optional<String> text = r.get(column);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(text.get());
        } catch (NumberFormatException e) {
            throw RowProblems.of(column, "'" + text.get() + "' is not a whole number");
        }
    }

    // ---- what is stored already (an unchanged row is not written, so its version stays)

    private static String contributionKey(String project, String partner, String kind, String element) {
        return project + "|" + partner + "|" + kind + "|" + element.trim();
    }

    private static AgreementRequest.Party request(Agreement.Party p) {
        return new AgreementRequest.Party(p.partnerId(), p.countryCode(), p.countryName(), p.signed(), p.sourceUrl());
    }

    private static boolean sameParties(List<AgreementRequest.Party> stored, List<AgreementRequest.Party> wanted) {
        java.util.function.Function<AgreementRequest.Party, String> key = p -> java.util.Arrays.asList(
                blankToNull(p.partnerId()), blankToNull(p.countryCode()), blankToNull(p.countryName()),
                blankToNull(p.signed()), p.sourceUrl().trim()).toString();
        return stored.stream().map(key).sorted().toList().equals(wanted.stream().map(key).sorted().toList());
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static boolean same(@Nullable Object a, @Nullable Object b) {
        if (a instanceof String x && b instanceof String y) {
            return x.trim().equals(y.trim());
        }
        if (a instanceof String x && b == null) {
            return x.isBlank();
        }
        if (b instanceof String y && a == null) {
            return y.isBlank();
        }
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return java.util.Objects.equals(a, b);
    }

    private static boolean sameMoney(@Nullable Money stored, @Nullable BigDecimal amount, @Nullable String currency,
                                     @Nullable Integer priceYear) {
        if (stored == null) {
            return amount == null && blankToNull(currency) == null && priceYear == null;
        }
        return same(stored.amount(), amount) && same(stored.currency(), currency)
                && java.util.Objects.equals(stored.priceYear(), priceYear);
    }

    private static boolean unchanged(@Nullable Partner p, PartnerRequest r) {
        return p != null && same(p.name(), r.name()) && same(p.kind(), r.kind())
                && same(p.countryOrMembers(), r.countryOrMembers()) && same(p.founded(), r.founded())
                && sameMoney(p.budget(), r.budget())
                && same(p.sourceUrl(), r.sourceUrl());
    }

    private static boolean unchanged(@Nullable Project p, ProjectRequest r) {
        return p != null && same(p.name(), r.name()) && same(p.destination(), r.destination())
                && same(p.status(), r.status()) && same(p.launchYear(), r.launchYear())
                && same(p.leadPartnerId(), r.leadPartnerId())
                && sameMoney(p.cost(), r.cost())
                && same(p.notes(), r.notes()) && same(p.sourceUrl(), r.sourceUrl());
    }

    private static boolean unchanged(@Nullable Contribution c, ContributionRequest r) {
        return c != null && same(c.projectId(), r.projectId()) && same(c.partnerId(), r.partnerId())
                && same(c.kind(), r.kind()) && same(c.element(), r.element())
                && sameMoney(c.value(), r.value()) && same(c.sourceUrl(), r.sourceUrl());
    }

    private static boolean unchanged(@Nullable ShareTable t, ShareTableRequest r) {
        if (t == null || !same(t.sourceUrl(), r.sourceUrl()) || t.entries().size() != r.entries().size()) {
            return false;
        }
        Map<String, BigDecimal> stored = new java.util.HashMap<>();
        t.entries().forEach(e -> stored.put(e.partnerId(), e.percent()));
        return r.entries().stream().allMatch(e -> e.percent() != null && stored.containsKey(e.partnerId())
                && stored.get(e.partnerId()).compareTo(e.percent()) == 0);
    }

    private static boolean unchanged(@Nullable Agreement a, AgreementRequest r) {
        return a != null && same(a.kind(), r.kind()) && same(a.title(), r.title()) && same(a.signedOn(), r.signedOn())
                && same(a.description(), r.description()) && same(a.projectId(), r.projectId())
                && same(a.sourceUrl(), r.sourceUrl());
    }

    private static @Nullable BigDecimal decimal(Csv.Row r, String column) {
        Optional<String> text = r.get(column);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(text.get());
        } catch (NumberFormatException e) {
            throw RowProblems.of(column, "'" + text.get() + "' is not a number");
        }
    }

    /**
     * Reads a partner's budget: {@code annual_budget_usd} (US dollars, as the export writes it) or, from files written
     * before budgets were money, {@code annual_budget_usd_millions} (converted exactly); the price year is
     * {@code budget_year}.
     */
    private static @Nullable MoneyRequest budget(Csv.Row r) {
        BigDecimal units = decimal(r, "annual_budget_usd");
        BigDecimal millions = decimal(r, "annual_budget_usd_millions");
        if (units != null && millions != null) {
            throw RowProblems.of("annual_budget_usd", "give only one of [annual_budget_usd, annual_budget_usd_millions]"
                    + " (annual_budget_usd is in US dollars, the other in millions)");
        }
        Integer year = integer(r, "budget_year");
        if (units == null && millions == null) {
            if (year != null) {
                throw RowProblems.of("budget_year", "is given without a budget (annual_budget_usd)");
            }
            return null;
        }
        return new MoneyRequest(units != null ? units : Money.plain(millions.movePointRight(6)), "USD", year);
    }

    private static boolean sameMoney(@Nullable Money stored, @Nullable MoneyRequest request) {
        return request == null ? stored == null : sameMoney(stored, request.amount(), request.currency(), request.priceYear());
    }

    /**
     * Reads money from a row: {@code unitsColumn} (units of the currency, as the export writes it) or
     * {@code usdColumn} (millions of US dollars, as the shipped files give it) or {@code millionsColumn} (millions),
     * the last two converted exactly; with {@code currencyColumn} (USD for {@code usdColumn}); the price year is
     * optional.
     */
    private static @Nullable Money money(Csv.Row r, String unitsColumn, String usdColumn, String millionsColumn,
                                         String currencyColumn, String yearColumn) {
        BigDecimal units = decimal(r, unitsColumn);
        BigDecimal usd = decimal(r, usdColumn);
        BigDecimal other = decimal(r, millionsColumn);
        List<String> given = new ArrayList<>();
        if (units != null) {
            given.add(unitsColumn);
        }
        if (usd != null) {
            given.add(usdColumn);
        }
        if (other != null) {
            given.add(millionsColumn);
        }
        if (given.size() > 1) {
            throw RowProblems.of(given.get(0), "give only one of " + given + " (" + unitsColumn
                    + " is in units of the currency, the others in millions)");
        }
        if (given.isEmpty()) {
            return null;
        }
        String column = given.get(0);
        BigDecimal amount = units != null ? units : Money.plain((usd != null ? usd : other).movePointRight(6));
        String currency = usd != null ? "USD" : r.get(currencyColumn).orElse("");
        Integer year = integer(r, yearColumn);
        try {
            return new Money(amount, currency, year);
        } catch (IllegalArgumentException e) {
            throw RowProblems.of(column, e.getMessage());
        }
    }
}
