package space.consortium.dataset;

import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import space.consortium.agreements.Agreement;
import space.consortium.agreements.AgreementService;
import space.consortium.partners.Partner;
import space.consortium.partners.PartnerService;
import space.consortium.projects.Contribution;
import space.consortium.projects.ContributionService;
import space.consortium.projects.Project;
import space.consortium.projects.ProjectService;
import space.consortium.projects.ShareTable;
import space.consortium.shared.Csv;
import space.consortium.shared.DatasetFiles;
import space.consortium.shared.SourcedTables;

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

    /**
     * The registry's files in the order they are read (later files refer to ids in earlier ones); the other modules'
     * files ({@link DatasetFiles}: claims, reference figures, populations) are read after them.
     */
    public static final List<String> FILES = List.of("agencies.csv", "missions.csv", "contributions.csv",
            "share_tables.csv", "agreements.csv", "agreement_parties.csv", "artemis_accords.csv");

    static final String ARTEMIS_ID = AgreementService.ARTEMIS_ACCORDS;

    private final PartnerService partners;
    private final ProjectService projects;
    private final ContributionService contributions;
    private final AgreementService agreements;
    private final Validator validator;
    private final org.springframework.beans.factory.ObjectProvider<SourcedTables> otherTables;
    private final org.springframework.beans.factory.ObjectProvider<DatasetFiles> otherFiles;
    private final org.springframework.context.ApplicationEventPublisher publisher;

    DatasetService(PartnerService partners, ProjectService projects, ContributionService contributions,
                   AgreementService agreements, Validator validator,
                   org.springframework.beans.factory.ObjectProvider<SourcedTables> otherTables,
                   org.springframework.beans.factory.ObjectProvider<DatasetFiles> otherFiles,
                   org.springframework.context.ApplicationEventPublisher publisher) {
        this.otherTables = otherTables;
        this.otherFiles = otherFiles;
        this.publisher = publisher;
        this.partners = partners;
        this.projects = projects;
        this.contributions = contributions;
        this.agreements = agreements;
        this.validator = validator;
    }

    /** Every file an import reads and an export writes, in reading order: {@link #FILES}, then the other modules'. */
    public List<String> allFiles() {
        List<String> all = new java.util.ArrayList<>(FILES);
        otherFiles.orderedStream().forEach(m -> all.addAll(m.files()));
        return List.copyOf(all);
    }

    /** Imports the CSV files found in {@code dir} (any subset of {@link #allFiles()}), all or nothing. */
    @Transactional
    public DatasetReport importDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new DatasetInvalid(List.of(new DatasetInvalid.RowError(dir.toString(), 0, "", "is not a directory")));
        }
        boolean any = allFiles().stream().anyMatch(f -> Files.isRegularFile(dir.resolve(f)));
        if (!any) {
            throw new DatasetInvalid(List.of(new DatasetInvalid.RowError(dir.toString(), 0, "",
                    "holds none of the dataset files " + allFiles())));
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
        }, false);
    }

    /** True when the registry holds no partner yet (a fresh database). */
    public boolean isEmpty() {
        return partners.count() == 0;
    }

    private DatasetReport importFrom(java.util.function.Function<String, Optional<Reader>> open) {
        return importFrom(open, true);
    }

    /**
     * @param withModules whether the other modules' files are read too; not for the shipped dataset, whose modules
     *                    load their own files on the first start ({@link space.consortium.shared.ShippedData})
     */
    private DatasetReport importFrom(java.util.function.Function<String, Optional<Reader>> open, boolean withModules) {
        CsvImport run = new CsvImport(partners, projects, contributions, agreements, validator);
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String file : FILES) {
            Optional<Csv.Table> table = read(open, file, run.errors);
            if (table.isEmpty()) {
                continue;
            }
            counts.put(file, table.get().rows().size());
            run.file(file, table.get());
            if (run.aborted) {
                break;
            }
        }
        // the other modules' files (claims, ...), after the registry whose ids they name; each module checks all its
        // rows and writes none when one is wrong, and any problem anywhere rolls the whole import back
        for (DatasetFiles module : run.aborted || !withModules ? List.<DatasetFiles>of() : otherFiles.orderedStream().toList()) {
            Map<String, Csv.Table> tables = new LinkedHashMap<>();
            for (String file : module.files()) {
                read(open, file, run.errors).ifPresent(t -> {
                    tables.put(file, t);
                    counts.put(file, t.rows().size());
                });
            }
            if (!tables.isEmpty()) {
                module.importFiles(tables).forEach(p -> run.errors.add(new DatasetInvalid.RowError(p.file(), p.line(),
                        p.column(), p.message())));
            }
        }
        if (!run.errors.isEmpty()) {
            throw new DatasetInvalid(run.errors);
        }
        publisher.publishEvent(new space.consortium.shared.RegistryReplaced()); // in the import's transaction
        return new DatasetReport(counts);
    }

    /** A file parsed, or empty when it is absent or malformed (then the problem is in {@code errors}). */
    private static Optional<Csv.Table> read(java.util.function.Function<String, Optional<Reader>> open, String file,
                                            List<DatasetInvalid.RowError> errors) {
        Optional<Reader> reader = open.apply(file);
        if (reader.isEmpty()) {
            return Optional.empty();
        }
        try (Reader r = reader.get()) {
            return Optional.of(Csv.read(r));
        } catch (Csv.Malformed e) {
            errors.add(new DatasetInvalid.RowError(file, e.line(), "", e.getMessage().replaceFirst("^line \\d+: ", "")));
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
            List<Path> staging = new java.util.ArrayList<>(
                    new CsvExport(partners, projects, contributions, agreements).write(staged.path()));
            for (DatasetFiles module : otherFiles.orderedStream().toList()) {
                for (String file : module.files()) {
                    staging.add(CsvExport.write(staged.path(), file, module.export(file)));
                }
            }
            staged.commit();
            return staging.stream().map(f -> target.resolve(f.getFileName().toString())).toList();
        } catch (IOException | UncheckedIOException e) {
            Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
            throw new BackupFailed("Cannot export the registry to " + target + ": " + cause.getMessage()
                    + "; nothing was written", cause);
        }
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
