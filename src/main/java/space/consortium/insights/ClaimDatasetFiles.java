package space.consortium.insights;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import space.consortium.accounts.AuditTrail;
import space.consortium.partners.PartnerService;
import space.consortium.projects.Project;
import space.consortium.projects.ProjectService;
import space.consortium.shared.Csv;
import space.consortium.shared.DatasetFiles;
import space.consortium.shared.InvalidInput;
import space.consortium.shared.Money;
import tools.jackson.databind.json.JsonMapper;

/**
 * The claim checker's files in the dataset's export and import, in the shipped files' format: the reference figures,
 * the named populations and their members, and the claims (with who recorded them and for which partner). An import
 * checks every row first (file, line and column named) and writes nothing when one is wrong; it merges by natural
 * keys: a figure by id, date and label, a population by id, a member by population and project, a claim by its text
 * (the n-th row with a text matching the n-th stored claim with it), and leaves rows equal to the stored ones unwritten.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class ClaimDatasetFiles implements DatasetFiles {

    static final String FIGURES = "reference_figures.csv";
    static final String POPULATIONS = "populations.csv";
    static final String MEMBERS = "population_members.csv";
    static final String CLAIMS = "claims.csv";

    private static final List<String> FIGURE_COLUMNS = List.of("figure_id", "as_of", "label", "value", "min", "max",
            "unit", "note", "source_url");
    private static final List<String> POPULATION_COLUMNS = List.of("id", "name", "definition", "complete", "source_url");
    private static final List<String> MEMBER_COLUMNS = List.of("population_id", "project_id", "source_url");
    private static final List<String> CLAIM_COLUMNS = List.of("text", "kind", "subject", "comparator", "stated_value",
            "tolerance", "source_url", "source_name", "note", "recorded_by", "owner_partner_id");

    /** A claim request's fields by the file's columns. */
    private static final Map<String, String> CLAIM_FIELDS = Map.of("text", "text", "kind", "kind", "sourceUrl",
            "source_url", "sourceName", "source_name", "statedValue", "stated_value", "tolerance", "tolerance",
            "comparator", "comparator", "note", "note");

    private static final Pattern URL = Pattern.compile("https?://\\S+");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ReferenceDataRepository reference;
    private final ClaimRepository claims;
    private final ProjectService projects;
    private final PartnerService partners;
    private final Validator validator;
    private final AuditTrail audit;

    ClaimDatasetFiles(ReferenceDataRepository reference, ClaimRepository claims, ProjectService projects,
                      PartnerService partners, Validator validator, AuditTrail audit) {
        this.reference = reference;
        this.claims = claims;
        this.projects = projects;
        this.partners = partners;
        this.validator = validator;
        this.audit = audit;
    }

    @Override
    public List<String> files() {
        return List.of(FIGURES, POPULATIONS, MEMBERS, CLAIMS);
    }

    @Override
    public Contents export(String file) {
        return switch (file) {
            case FIGURES -> new Contents(FIGURE_COLUMNS, reference.figureRows().stream()
                    .map(f -> row(f.figureId(), f.asOf(), f.label(), f.value(), f.min(), f.max(), f.unit(), f.note(),
                            f.sourceUrl())).toList());
            case POPULATIONS -> new Contents(POPULATION_COLUMNS, reference.populationRows().stream()
                    .map(p -> row(p.id(), p.name(), p.definition(), p.complete(), p.sourceUrl())).toList());
            case MEMBERS -> new Contents(MEMBER_COLUMNS, reference.memberRows().stream()
                    .map(m -> row(m.populationId(), m.projectId(), m.sourceUrl())).toList());
            case CLAIMS -> new Contents(CLAIM_COLUMNS, claims.all().stream()
                    .map(c -> row(c.text(), c.kind(), JSON.writeValueAsString(c.subject()),
                            c.comparator().equals("=") ? null : c.comparator(), Money.plain(c.statedValue()),
                            c.tolerance().signum() == 0 ? null : Money.plain(c.tolerance()), c.sourceUrl(),
                            c.sourceName(), c.note(), c.recordedBy(), c.ownerPartnerId())).toList());
            default -> throw new IllegalArgumentException("not a file of the claim checker: " + file);
        };
    }

    /** One import: the rows read and checked, then written when no problem was found. */
    private final class Run {

        final List<RowProblem> problems = new ArrayList<>();
        final List<ReferenceDataRepository.FigureRow> figures = new ArrayList<>();
        final List<ReferenceDataRepository.PopulationRow> populations = new ArrayList<>();
        final List<ReferenceDataRepository.MemberRow> members = new ArrayList<>();
        final List<ClaimRow> claimRows = new ArrayList<>();
        final Set<String> populationIds = new HashSet<>();

        void problem(String file, int line, String column, String message) {
            problems.add(new RowProblem(file, line, column, message));
        }

        boolean header(String file, Csv.Table table, List<String> required) {
            List<String> missing = required.stream().filter(c -> !table.header().contains(c)).toList();
            if (!missing.isEmpty()) {
                problem(file, 1, "", "header lacks the column(s) " + missing + "; expected at least " + required);
            }
            return missing.isEmpty();
        }

        @Nullable String required(String file, Csv.Row r, String column, int max) {
            String value = r.getOrNull(column);
            if (value == null) {
                problem(file, r.line(), column, "is required");
            } else if (value.length() > max) {
                problem(file, r.line(), column, "is longer than " + max + " characters");
            }
            return value;
        }

        @Nullable String optional(String file, Csv.Row r, String column, int max) {
            String value = r.getOrNull(column);
            if (value != null && value.length() > max) {
                problem(file, r.line(), column, "is longer than " + max + " characters");
            }
            return value;
        }

        @Nullable String source(String file, Csv.Row r, boolean required) {
            String url = required ? required(file, r, "source_url", 1000) : optional(file, r, "source_url", 1000);
            if (url != null && !URL.matcher(url).matches()) {
                problem(file, r.line(), "source_url", "must be an http(s) URL");
            }
            return url;
        }

        @Nullable BigDecimal decimal(String file, Csv.Row r, String column) {
            String text = r.getOrNull(column);
            if (text == null) {
                return null;
            }
            try {
                return new BigDecimal(text);
            } catch (NumberFormatException e) {
                problem(file, r.line(), column, "'" + text + "' is not a number");
                return null;
            }
        }
    }

    /** A claims.csv row, checked. */
    private record ClaimRow(ClaimRequest request, String comparator, @Nullable String recordedBy) {
    }

    @Override
    public List<RowProblem> importFiles(Map<String, Csv.Table> tables) {
        Run run = new Run();
        reference.populationRows().forEach(p -> run.populationIds.add(p.id()));
        Csv.Table figures = tables.get(FIGURES);
        if (figures != null && run.header(FIGURES, figures, List.of("figure_id", "as_of", "label", "unit", "source_url"))) {
            figures.rows().forEach(r -> figure(run, r));
        }
        Csv.Table populations = tables.get(POPULATIONS);
        if (populations != null && run.header(POPULATIONS, populations, POPULATION_COLUMNS)) {
            populations.rows().forEach(r -> population(run, r));
        }
        Csv.Table members = tables.get(MEMBERS);
        if (members != null && run.header(MEMBERS, members, MEMBER_COLUMNS)) {
            Set<String> projectIds = new HashSet<>(projects.all().stream().map(Project::id).toList());
            members.rows().forEach(r -> member(run, r, projectIds));
        }
        Csv.Table claimTable = tables.get(CLAIMS);
        if (claimTable != null && run.header(CLAIMS, claimTable, List.of("text", "kind", "subject"))) {
            Set<String> partnerIds = partners.names().keySet();
            claimTable.rows().forEach(r -> claim(run, r, partnerIds));
        }
        if (!run.problems.isEmpty()) {
            return run.problems;
        }
        int written = write(run);
        if (written > 0) {
            audit.imported("dataset files " + String.join(", ", tables.keySet()), Map.of("rowsWritten", written));
        }
        return List.of();
    }

    private void figure(Run run, Csv.Row r) {
        String id = run.required(FIGURES, r, "figure_id", 60);
        String asOf = run.required(FIGURES, r, "as_of", 10);
        String label = run.required(FIGURES, r, "label", 200);
        BigDecimal value = run.decimal(FIGURES, r, "value");
        BigDecimal min = run.decimal(FIGURES, r, "min");
        BigDecimal max = run.decimal(FIGURES, r, "max");
        String unit = run.required(FIGURES, r, "unit", 40);
        String note = run.optional(FIGURES, r, "note", 1000);
        String source = run.source(FIGURES, r, true);
        if (value == null && (min == null || max == null) && r.getOrNull("value") == null) {
            run.problem(FIGURES, r.line(), "value", "give a value, or a range in min and max");
        }
        if (min != null && max != null && min.compareTo(max) > 0) {
            run.problem(FIGURES, r.line(), "min", "is above max (" + max.toPlainString() + ")");
        }
        if (id != null && asOf != null && label != null && unit != null && source != null) {
            run.figures.add(new ReferenceDataRepository.FigureRow(id, asOf, label, Money.plain(value), Money.plain(min),
                    Money.plain(max), unit, note, source));
        }
    }

    private void population(Run run, Csv.Row r) {
        String id = run.required(POPULATIONS, r, "id", 60);
        String name = run.required(POPULATIONS, r, "name", 200);
        String definition = run.required(POPULATIONS, r, "definition", 2000);
        String complete = run.required(POPULATIONS, r, "complete", 5);
        if (complete != null && !complete.equalsIgnoreCase("true") && !complete.equalsIgnoreCase("false")) {
            run.problem(POPULATIONS, r.line(), "complete", "must be true or false, not '" + complete + "'");
        }
        String source = run.source(POPULATIONS, r, true);
        if (id != null && name != null && definition != null && complete != null && source != null) {
            run.populations.add(new ReferenceDataRepository.PopulationRow(id, name, definition,
                    Boolean.parseBoolean(complete), source));
            run.populationIds.add(id);
        }
    }

    private void member(Run run, Csv.Row r, Set<String> projectIds) {
        String population = run.required(MEMBERS, r, "population_id", 60);
        String project = run.required(MEMBERS, r, "project_id", 60);
        String source = run.source(MEMBERS, r, true);
        if (population != null && !run.populationIds.contains(population)) {
            run.problem(MEMBERS, r.line(), "population_id", "no population '" + population
                    + "'; list it in populations.csv first");
        }
        if (project != null && !projectIds.contains(project)) {
            run.problem(MEMBERS, r.line(), "project_id", "no project with id '" + project + "'; list it in missions.csv");
        }
        if (population != null && project != null && source != null) {
            run.members.add(new ReferenceDataRepository.MemberRow(population, project, source));
        }
    }

    private void claim(Run run, Csv.Row r, Set<String> partnerIds) {
        int before = run.problems.size();
        Map<String, Object> subject = Map.of();
        String subjectText = r.get("subject").orElse("{}");
        try {
            subject = ClaimRepository.subject(subjectText);
        } catch (RuntimeException e) {
            run.problem(CLAIMS, r.line(), "subject", "is not a JSON object: " + subjectText);
        }
        String owner = run.optional(CLAIMS, r, "owner_partner_id", 40);
        if (owner != null && !partnerIds.contains(owner)) {
            run.problem(CLAIMS, r.line(), "owner_partner_id", "no partner with id '" + owner + "'");
        }
        String recordedBy = run.optional(CLAIMS, r, "recorded_by", 100);
        ClaimRequest request = new ClaimRequest(null, r.get("text").orElse(""), r.get("kind").orElse(""),
                r.getOrNull("source_url"), r.getOrNull("source_name"), subject, run.decimal(CLAIMS, r, "stated_value"),
                run.decimal(CLAIMS, r, "tolerance"), r.getOrNull("comparator"), owner, r.getOrNull("note"), null);
        List<String[]> found = new ArrayList<>();
        for (ConstraintViolation<ClaimRequest> v : validator.validate(request)) {
            String field = v.getPropertyPath().toString();
            found.add(new String[] {CLAIM_FIELDS.getOrDefault(field, field), v.getMessage()});
        }
        String comparator = "=";
        if (found.isEmpty() && run.problems.size() == before) {
            try {
                comparator = ClaimService.validated(request);
            } catch (InvalidInput e) {
                e.problems().forEach(p -> found.add(new String[] {column(p.field()), p.message()}));
            }
        }
        found.stream().sorted(java.util.Comparator.comparing((String[] p) -> p[0]))
                .forEach(p -> run.problem(CLAIMS, r.line(), p[0], p[1]));
        if (run.problems.size() == before) {
            run.claimRows.add(new ClaimRow(request, comparator, recordedBy));
        }
    }

    /** The file's column of a claim field: {@code subject.country} is in {@code subject}. */
    private static String column(String field) {
        return field.startsWith("subject") ? "subject" : CLAIM_FIELDS.getOrDefault(field, field);
    }

    /** Writes the checked rows that differ from the stored ones; returns how many were written. */
    private int write(Run run) {
        int written = 0;
        Map<String, ReferenceDataRepository.FigureRow> storedFigures = new HashMap<>();
        reference.figureRows().forEach(f -> storedFigures.put(f.key(), f));
        for (ReferenceDataRepository.FigureRow f : run.figures) {
            ReferenceDataRepository.FigureRow stored = storedFigures.get(f.key());
            if (stored == null) {
                reference.insertFigure(f.figureId(), f.asOf(), f.label(), f.value(), f.min(), f.max(), f.unit(),
                        f.note(), f.sourceUrl());
                storedFigures.put(f.key(), f);
                written++;
            } else if (!sameFigure(stored, f)) {
                reference.updateFigure(f);
                storedFigures.put(f.key(), f);
                written++;
            }
        }
        Map<String, ReferenceDataRepository.PopulationRow> storedPopulations = new HashMap<>();
        reference.populationRows().forEach(p -> storedPopulations.put(p.id(), p));
        for (ReferenceDataRepository.PopulationRow p : run.populations) {
            ReferenceDataRepository.PopulationRow stored = storedPopulations.get(p.id());
            if (stored == null) {
                reference.insertPopulation(p.id(), p.name(), p.definition(), p.complete(), p.sourceUrl());
                written++;
            } else if (!stored.equals(p)) {
                reference.updatePopulation(p);
                written++;
            }
            storedPopulations.put(p.id(), p);
        }
        Map<String, ReferenceDataRepository.MemberRow> storedMembers = new HashMap<>();
        reference.memberRows().forEach(m -> storedMembers.put(m.populationId() + "|" + m.projectId(), m));
        for (ReferenceDataRepository.MemberRow m : run.members) {
            ReferenceDataRepository.MemberRow stored = storedMembers.put(m.populationId() + "|" + m.projectId(), m);
            if (stored == null) {
                reference.insertMember(m.populationId(), m.projectId(), m.sourceUrl());
                written++;
            } else if (!stored.equals(m)) {
                reference.updateMember(m);
                written++;
            }
        }
        Map<String, ArrayDeque<StoredClaim>> storedClaims = new LinkedHashMap<>();
        claims.all().forEach(c -> storedClaims.computeIfAbsent(c.text().trim(), k -> new ArrayDeque<>()).add(c));
        for (ClaimRow row : run.claimRows) {
            ArrayDeque<StoredClaim> same = storedClaims.get(row.request().text().trim());
            StoredClaim stored = same == null ? null : same.poll();
            if (stored == null) {
                claims.insert(row.request(), row.comparator(), row.recordedBy(), row.request().partnerId());
                written++;
            } else if (!sameClaim(stored, row)) {
                claims.update(stored.id(), stored.version(), row.request(), row.comparator());
                written++;
            }
        }
        return written;
    }

    private static boolean sameFigure(ReferenceDataRepository.FigureRow a, ReferenceDataRepository.FigureRow b) {
        return sameNumber(a.value(), b.value()) && sameNumber(a.min(), b.min()) && sameNumber(a.max(), b.max())
                && a.unit().equals(b.unit()) && Objects.equals(a.note(), b.note()) && a.sourceUrl().equals(b.sourceUrl());
    }

    private static boolean sameClaim(StoredClaim c, ClaimRow row) {
        ClaimRequest r = row.request();
        return c.kind().equals(r.kind().trim()) && c.subject().equals(r.subject()) && c.comparator().equals(row.comparator())
                && sameNumber(c.statedValue(), r.statedValue())
                && sameNumber(c.tolerance(), r.tolerance() == null ? BigDecimal.ZERO : r.tolerance())
                && Objects.equals(c.sourceUrl(), r.sourceUrl()) && Objects.equals(c.sourceName(), r.sourceName())
                && Objects.equals(c.note(), r.note());
    }

    private static boolean sameNumber(@Nullable BigDecimal a, @Nullable BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static List<@Nullable Object> row(@Nullable Object... cells) {
        return Arrays.asList(cells);
    }
}
