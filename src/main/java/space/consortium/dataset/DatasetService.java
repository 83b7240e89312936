package space.consortium.dataset;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
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
import space.consortium.shared.SourcedTables;
import space.consortium.shared.Money;
import space.consortium.shared.MoneyRequest;
import space.consortium.shared.NotFound;

/**
 * Imports and exports the registry as a directory of CSV files. An import is one transaction: every row is validated
 * and written, and one bad row rolls the whole import back, reporting every problem with file, line and column.
 * Rows are merged by their natural keys (ids; a contribution by project, partner, kind and element, the n-th such row
 * of a file matching the n-th such stored contribution, so identical contributions stay apart), and a row equal to
 * what is stored is not written at all: importing unchanged files changes nothing, not even a version.
 *
 * <p>Amounts are exported exactly, in units of their currency ({@code cost}, {@code value}); an import also accepts
 * the shipped files' millions ({@code cost_usd_millions}, {@code value_millions}, ...), converted exactly.
 */
@Service
public class DatasetService {

    /** The files in the order they are read (later files refer to ids in earlier ones). */
    public static final List<String> FILES = List.of("agencies.csv", "missions.csv", "contributions.csv",
            "share_tables.csv", "agreements.csv", "agreement_parties.csv", "artemis_accords.csv");

    static final String ARTEMIS_ID = AgreementService.ARTEMIS_ACCORDS;

    private final PartnerService partners;
    private final ProjectService projects;
    private final ContributionService contributions;
    private final AgreementService agreements;
    private final Validator validator;
    private final org.springframework.beans.factory.ObjectProvider<SourcedTables> otherTables;

    DatasetService(PartnerService partners, ProjectService projects, ContributionService contributions,
                   AgreementService agreements, Validator validator,
                   org.springframework.beans.factory.ObjectProvider<SourcedTables> otherTables) {
        this.otherTables = otherTables;
        this.partners = partners;
        this.projects = projects;
        this.contributions = contributions;
        this.agreements = agreements;
        this.validator = validator;
    }

    /** Imports the CSV files found in {@code dir} (any subset of {@link #FILES}), all or nothing. */
    @Transactional
    public DatasetReport importDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new DatasetInvalid(List.of(new DatasetInvalid.RowError(dir.toString(), 0, "", "is not a directory")));
        }
        boolean any = FILES.stream().anyMatch(f -> Files.isRegularFile(dir.resolve(f)));
        if (!any) {
            throw new DatasetInvalid(List.of(new DatasetInvalid.RowError(dir.toString(), 0, "",
                    "holds none of the dataset files " + FILES)));
        }
        return importFrom(name -> {
            Path file = dir.resolve(name);
            try {
                return Files.isRegularFile(file) ? Optional.of(Files.newBufferedReader(file, StandardCharsets.UTF_8)) : Optional.empty();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Imports the dataset shipped inside the application. */
    @Transactional
    public DatasetReport importBundled() {
        return importFrom(name -> {
            ClassPathResource resource = new ClassPathResource("dataset/" + name);
            try {
                return resource.exists()
                        ? Optional.of(new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))
                        : Optional.empty();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** True when the registry holds no partner yet (a fresh database). */
    public boolean isEmpty() {
        return partners.count() == 0;
    }

    private DatasetReport importFrom(java.util.function.Function<String, Optional<Reader>> open) {
        Import run = new Import();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String file : FILES) {
            Optional<Reader> reader = open.apply(file);
            if (reader.isEmpty()) {
                continue;
            }
            Csv.Table table;
            try (Reader r = reader.get()) {
                table = Csv.read(r);
            } catch (Csv.Malformed e) {
                run.errors.add(new DatasetInvalid.RowError(file, e.line(), "", e.getMessage().replaceFirst("^line \\d+: ", "")));
                continue;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            counts.put(file, table.rows().size());
            run.file(file, table);
            if (run.aborted) {
                break;
            }
        }
        if (!run.errors.isEmpty()) {
            throw new DatasetInvalid(run.errors);
        }
        return new DatasetReport(counts);
    }

    /** One import run: reads rows file by file and collects problems instead of stopping at the first. */
    private final class Import {

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

        Import() {
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
                    table.rows().forEach(row -> guarded(file, row, r -> party(r, ARTEMIS_ID, null,
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
                if (agreementId.equals(ARTEMIS_ID)) {
                    a.parties().stream().filter(p -> (p.partnerId() == null) != artemisCountries)
                            .map(DatasetService::request).forEach(all::add);
                }
                all.addAll(parties);
                if (!sameParties(a.parties().stream().map(DatasetService::request).toList(), all)) {
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

    // ---- export

    /**
     * Writes the registry as CSV files into {@code target} (created if needed); returns the files written. The files
     * are written beside the target first and moved into it only when all are complete, so a failure leaves the target
     * as it was.
     *
     * @throws BackupFailed when a file cannot be written (for instance a stored text that UTF-8 cannot hold)
     */
    @Transactional(readOnly = true)
    public List<Path> export(Path target) {
        try (StagedDirectory staged = StagedDirectory.beside(target)) {
            List<Path> staging = writeFiles(staged.path());
            staged.commit();
            return staging.stream().map(f -> target.resolve(f.getFileName().toString())).toList();
        } catch (IOException | UncheckedIOException e) {
            Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
            throw new BackupFailed("Cannot export the registry to " + target + ": " + cause.getMessage()
                    + "; nothing was written", cause);
        }
    }

    private List<Path> writeFiles(Path dir) {
        try {
            List<Path> written = new ArrayList<>();
            written.add(write(dir, "agencies.csv", List.of("id", "name", "country_or_members", "type", "founded",
                    "annual_budget_usd", "budget_year", "source_url"), partners.all().stream()
                    .map(p -> row(p.id(), p.name(), p.countryOrMembers(), p.kind(), p.founded(), units(p.budget()),
                            p.budget() == null ? null : p.budget().priceYear(), p.sourceUrl())).toList()));
            Map<String, List<Participation>> byProject = new LinkedHashMap<>();
            projects.allParticipations().forEach(p -> byProject.computeIfAbsent(p.projectId(), k -> new ArrayList<>()).add(p));
            List<List<@Nullable Object>> missionRows = new ArrayList<>();
            for (Project p : projects.all()) {
                List<Participation> parts = byProject.getOrDefault(p.id(), List.of());
                missionRows.add(row(p.id(), p.name(), p.leadPartnerId(), ids(parts, "partner"), ids(parts, "contributor"),
                        p.destination(), p.launchYear(), p.status(), units(p.cost()),
                        p.cost() == null ? null : p.cost().currency(), p.cost() == null ? null : p.cost().priceYear(),
                        p.notes(), p.sourceUrl()));
            }
            written.add(write(dir, "missions.csv", List.of("id", "name", "lead_agency", "partner_agencies",
                    "contributor_agencies", "destination", "launch_year", "status", "cost", "cost_currency",
                    "cost_price_year", "notes", "source_url"), missionRows));
            written.add(write(dir, "contributions.csv", List.of("mission_id", "agency_id", "kind", "element",
                    "value", "currency", "price_year", "source_url"), contributions.all().stream()
                    .map(c -> row(c.projectId(), c.partnerId(), c.kind(), c.element(), units(c.value()),
                            c.value() == null ? null : c.value().currency(), c.value() == null ? null : c.value().priceYear(),
                            c.sourceUrl())).toList()));
            List<List<@Nullable Object>> shareRows = new ArrayList<>();
            for (ShareTable t : projects.shareTables(null)) {
                t.entries().forEach(e -> shareRows.add(row(t.projectId(), t.name(), e.partnerId(), e.percent(), t.sourceUrl())));
            }
            written.add(write(dir, "share_tables.csv", List.of("project_id", "table", "partner_id", "percent", "source_url"), shareRows));
            List<Agreement> all = agreements.all();
            written.add(write(dir, "agreements.csv", List.of("id", "kind", "title", "signed_on", "description",
                    "project_id", "source_url"), all.stream().map(a -> row(a.id(), a.kind(), a.title(), a.signedOn(),
                    a.description(), a.projectId(), a.sourceUrl())).toList()));
            List<List<@Nullable Object>> partyRows = new ArrayList<>();
            List<List<@Nullable Object>> artemisRows = new ArrayList<>();
            for (Agreement a : all) {
                for (Agreement.Party p : a.parties()) {
                    if (a.id().equals(ARTEMIS_ID) && p.partnerId() == null) {
                        artemisRows.add(row(p.countryName(), p.countryCode(), p.signed(), p.sourceUrl()));
                    } else {
                        partyRows.add(row(a.id(), p.partnerId(), p.countryName(), p.countryCode(), p.signed(), p.sourceUrl()));
                    }
                }
            }
            written.add(write(dir, "agreement_parties.csv", List.of("agreement_id", "partner_id", "country", "iso2",
                    "signed_date", "source_url"), partyRows));
            written.add(write(dir, "artemis_accords.csv", List.of("country", "iso2", "signed_date", "source_url"), artemisRows));
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path write(Path dir, String name, List<String> header, List<List<@Nullable Object>> rows) throws IOException {
        Path file = dir.resolve(name);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            Csv.write(out, header, rows);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw unencodable(name, e);
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof java.nio.charset.CharacterCodingException c) {
                throw unencodable(name, c);
            }
            throw e;
        }
        return file;
    }

    private static IOException unencodable(String file, IOException cause) {
        return new IOException(file + ": a stored text holds characters that UTF-8 cannot store (an unpaired UTF-16 "
                + "surrogate); correct it and export again", cause);
    }

    private static List<@Nullable Object> row(@Nullable Object... cells) {
        return java.util.Arrays.asList(cells);
    }

    private static String ids(List<Participation> parts, String role) {
        return String.join(";", parts.stream().filter(p -> p.role().equals(role)).map(Participation::partnerId).toList());
    }

    /** The amount exactly, in units of its currency, without trailing zeros (1234567.89, 2000000000). */
    private static @Nullable BigDecimal units(@Nullable Money money) {
        return money == null ? null : Money.plain(money.amount());
    }

    // ---- provenance

    /** Row and source counts per table and the documented caveats, for the "About the data" page. */
    @Transactional(readOnly = true)
    public DatasetSummary summary() {
        Map<String, List<String>> sources = new LinkedHashMap<>();
        sources.put("partners", partners.all().stream().map(Partner::sourceUrl).toList());
        sources.put("projects", projects.all().stream().map(Project::sourceUrl).toList());
        sources.put("contributions", contributions.all().stream().map(Contribution::sourceUrl).toList());
        sources.put("share tables", projects.shareTables(null).stream().map(ShareTable::sourceUrl).toList());
        List<Agreement> all = agreements.all();
        sources.put("agreements", all.stream().map(Agreement::sourceUrl).toList());
        sources.put("agreement parties", all.stream().flatMap(a -> a.parties().stream()).map(Agreement.Party::sourceUrl).toList());
        Map<String, Long> rows = new LinkedHashMap<>();
        sources.forEach((table, urls) -> rows.put(table, (long) urls.size()));
        // every other shipped table, counted by the module that owns it (conversion tables, capability catalogue,
        // relay assets, claims, ...), in a stable order
        otherTables.orderedStream().flatMap(t -> t.sourcedTables().stream())
                .sorted(java.util.Comparator.comparing(SourcedTables.Table::name))
                .forEach(t -> {
                    sources.put(t.name(), t.sourceUrls());
                    rows.put(t.name(), t.rows());
                });
        Map<String, Long> sourced = new LinkedHashMap<>();
        Map<String, Long> distinct = new LinkedHashMap<>();
        Map<String, Long> hosts = new java.util.HashMap<>();
        java.util.Set<String> everySource = new java.util.HashSet<>();
        sources.forEach((table, urls) -> {
            sourced.put(table, (long) urls.size());
            distinct.put(table, urls.stream().distinct().count());
            everySource.addAll(urls);
            urls.forEach(u -> hosts.merge(host(u), 1L, Long::sum));
        });
        Map<String, Long> topHosts = new LinkedHashMap<>();
        hosts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(12).forEach(e -> topHosts.put(e.getKey(), e.getValue()));
        DatasetNotes notes = DatasetNotes.bundled();
        return new DatasetSummary(rows, sourced, distinct, topHosts, everySource.size(), notes.caveats(),
                notes.compiled());
    }

    static String host(String url) {
        String rest = url.replaceFirst("^https?://", "");
        int slash = rest.indexOf('/');
        String host = slash < 0 ? rest : rest.substring(0, slash);
        return host.startsWith("www.") ? host.substring(4) : host;
    }
}
