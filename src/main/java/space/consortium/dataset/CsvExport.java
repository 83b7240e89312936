package space.consortium.dataset;

import java.io.IOException;
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
import org.jspecify.annotations.Nullable;
import space.consortium.agreements.Agreement;
import space.consortium.agreements.AgreementService;
import space.consortium.partners.PartnerService;
import space.consortium.projects.ContributionService;
import space.consortium.projects.Participation;
import space.consortium.projects.Project;
import space.consortium.projects.ProjectService;
import space.consortium.projects.ShareTable;
import space.consortium.shared.Csv;
import space.consortium.shared.DatasetFiles;
import space.consortium.shared.Money;

/**
 * Writes the registry as the CSV files of {@link DatasetService#FILES}, in the import's format: amounts exactly, in
 * units of their currency; the Artemis Accords' country signatories in their own file.
 */
final class CsvExport {

    private final PartnerService partners;
    private final ProjectService projects;
    private final ContributionService contributions;
    private final AgreementService agreements;

    CsvExport(PartnerService partners, ProjectService projects, ContributionService contributions,
              AgreementService agreements) {
        this.partners = partners;
        this.projects = projects;
        this.contributions = contributions;
        this.agreements = agreements;
    }

    /** Writes the seven files into {@code dir}; returns them. */
    List<Path> write(Path dir) {
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
                    if (a.id().equals(DatasetService.ARTEMIS_ID) && p.partnerId() == null) {
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

    /** Writes another module's file (claims, ...) beside the registry's. */
    static Path write(Path dir, String name, DatasetFiles.Contents contents) throws IOException {
        return write(dir, name, contents.header(), contents.rows());
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
}
