package space.consortium.insights;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import space.consortium.shared.Csv;
import space.consortium.shared.InvalidInput;
import space.consortium.shared.ShippedData;
import space.consortium.shared.SourcedTables;

/**
 * Loads what the claim checker ships with the dataset, on the first start of a database (after the registry, whose
 * projects the populations name): the reference figures ({@code dataset/reference_figures.csv}), the named populations
 * ({@code populations.csv}, {@code population_members.csv}) and the shipped claims ({@code claims.csv}: the
 * article's three statistics and claims from agency pages); and counts them for "About the data". It runs when no reference figure is stored yet, so a
 * database made before claims had kinds gets them once, beside its own claims.
 */
@Component
class ClaimDataLoader implements ShippedData, SourcedTables {

    private static final Logger log = LoggerFactory.getLogger(ClaimDataLoader.class);

    private final ReferenceDataRepository reference;
    private final ClaimService claims;
    private final boolean enabled;

    ClaimDataLoader(ReferenceDataRepository reference, ClaimService claims,
                    @Value("${consortium.dataset.load-on-start:true}") boolean enabled) {
        this.reference = reference;
        this.claims = claims;
        this.enabled = enabled;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    @Transactional
    public Optional<String> loadIfEmpty() {
        if (!enabled || reference.figureCount() > 0) {
            return Optional.empty();
        }
        int figures = 0;
        for (Csv.Row r : read("reference_figures.csv")) {
            reference.insertFigure(r.get("figure_id").orElseThrow(), r.get("as_of").orElseThrow(),
                    r.get("label").orElseThrow(), decimal(r.getOrNull("value")), decimal(r.getOrNull("min")),
                    decimal(r.getOrNull("max")), r.get("unit").orElseThrow(), r.getOrNull("note"),
                    r.get("source_url").orElseThrow());
            figures++;
        }
        int populations = 0;
        for (Csv.Row r : read("populations.csv")) {
            reference.insertPopulation(r.get("id").orElseThrow(), r.get("name").orElseThrow(),
                    r.get("definition").orElseThrow(), Boolean.parseBoolean(r.get("complete").orElse("false")),
                    r.get("source_url").orElseThrow());
            populations++;
        }
        int members = 0;
        for (Csv.Row r : read("population_members.csv")) {
            String population = r.get("population_id").orElseThrow();
            if (!reference.populationExists(population)) {
                log.warn("population_members.csv line {}: no population '{}' in populations.csv; row skipped",
                        r.line(), population);
                continue;
            }
            reference.insertMember(population, r.get("project_id").orElseThrow(), r.get("source_url").orElseThrow());
            members++;
        }
        int shipped = 0;
        for (Csv.Row r : read("claims.csv")) {
            try {
                claims.createShipped(request(r));
            } catch (InvalidInput e) {
                throw new IllegalStateException("dataset/claims.csv line " + r.line() + ": " + e.getMessage(), e);
            }
            shipped++;
        }
        return Optional.of("claims: " + figures + " reference figures, " + populations + " populations ("
                + members + " members), " + shipped + " shipped claims");
    }

    @Override
    public List<Table> sourcedTables() {
        List<StoredClaim> all = claims.all();
        List<space.consortium.insights.engine.Facts.ReferenceFigure> figures = reference.figures();
        List<space.consortium.insights.engine.Facts.Population> populations = reference.populations();
        List<String> memberSources = populations.stream().flatMap(p -> p.members().stream())
                .map(space.consortium.insights.engine.Facts.Member::sourceUrl).toList();
        return List.of(
                new Table("claims", all.size(), all.stream().map(StoredClaim::sourceUrl)
                        .filter(java.util.Objects::nonNull).toList()),
                new Table("reference figures", figures.size(), figures.stream()
                        .map(space.consortium.insights.engine.Facts.ReferenceFigure::sourceUrl).toList()),
                new Table("populations", populations.size(), populations.stream()
                        .map(space.consortium.insights.engine.Facts.Population::sourceUrl).toList()),
                new Table("population members", memberSources.size(), memberSources));
    }

    /** A row of {@code claims.csv} as a request; the subject is a JSON object. */
    static ClaimRequest request(Csv.Row r) {
        Map<String, Object> subject = ClaimRepository.subject(r.get("subject").orElse("{}"));
        return new ClaimRequest(null, r.get("text").orElseThrow(), r.get("kind").orElseThrow(), r.getOrNull("source_url"),
                r.getOrNull("source_name"), subject, decimal(r.getOrNull("stated_value")),
                decimal(r.getOrNull("tolerance")), r.getOrNull("comparator"), null, r.getOrNull("note"), null);
    }

    private static List<Csv.Row> read(String file) {
        try (InputStream in = ClaimDataLoader.class.getResourceAsStream("/dataset/" + file)) {
            if (in == null) {
                return List.of();
            }
            return Csv.read(new InputStreamReader(in, StandardCharsets.UTF_8)).rows();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static @Nullable BigDecimal decimal(@Nullable String s) {
        return s == null ? null : new BigDecimal(s);
    }
}
