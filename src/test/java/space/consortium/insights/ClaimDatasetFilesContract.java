package space.consortium.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import space.consortium.dataset.DatasetInvalid;
import space.consortium.dataset.DatasetService;

/**
 * The claims, their reference figures and populations travel with the dataset's CSV export and import: an exported
 * directory imported into a database without them gives the same claims with the same verdicts; a bad row rejects the
 * import, naming file, line and column, and stores nothing. Each test runs in a transaction that is rolled back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@Transactional
abstract class ClaimDatasetFilesContract {

    private static final String JAPAN = "Japan signed the Artemis Accords on 13 October 2020.";
    private static final String US_AND_RUSSIA = "In 2020, the United States and Russia signed an agreement to cooperate"
            + " on the Artemis program, which aims to return humans to the Moon.";

    @Autowired DatasetService dataset;
    @Autowired ClaimService claims;
    @Autowired JdbcClient jdbc;

    @TempDir Path temp;

    @Test
    void exportWipeImportGivesTheSameClaimsWithTheSameVerdicts() throws IOException {
        Map<String, String> before = verdicts();
        List<ReferenceFigure> figures = claims.referenceFigures();
        List<Population> populations = claims.populations();
        // published answers: Japan was among the eight first signatories (NASA, 13 Oct 2020); Russia never signed
        assertThat(before).containsEntry(JAPAN, "supported").containsEntry(US_AND_RUSSIA, "contradicted");

        Path dir = temp.resolve("export");
        List<Path> written = dataset.export(dir);
        assertThat(written).extracting(p -> p.getFileName().toString())
                .contains("claims.csv", "reference_figures.csv", "populations.csv", "population_members.csv");
        for (String table : List.of("claim", "population_member", "population", "reference_figure")) {
            jdbc.sql("delete from " + table).update();
        }
        assertThat(claims.all()).isEmpty();

        dataset.importDirectory(dir);

        assertThat(verdicts()).isEqualTo(before);
        assertThat(claims.referenceFigures()).isEqualTo(figures);
        assertThat(claims.populations()).isEqualTo(populations);
    }

    @Test
    void importingTheExportAgainChangesNoClaim() throws IOException {
        Path dir = temp.resolve("again");
        dataset.export(dir);
        Map<Long, Long> versions = new LinkedHashMap<>();
        claims.all().forEach(c -> versions.put(c.id(), c.version()));

        dataset.importDirectory(dir);

        Map<Long, Long> after = new LinkedHashMap<>();
        claims.all().forEach(c -> after.put(c.id(), c.version()));
        assertThat(after).isEqualTo(versions);
    }

    @Test
    void badRowsAreNamedByFileLineAndColumnAndNothingIsStored() throws IOException {
        long claimsBefore = claims.all().size();
        List<ReferenceFigure> figuresBefore = claims.referenceFigures();
        Path dir = Files.createDirectories(temp.resolve("bad"));
        write(dir, "reference_figures.csv", """
                figure_id,as_of,label,value,min,max,unit,note,source_url
                test-figure,2024,A good figure,12,,,members,,https://example.org/figure
                test-figure,2025,No value,,,,members,,https://example.org/figure
                """);
        write(dir, "population_members.csv", """
                population_id,project_id,source_url
                esa-science-1990-2025,no-such-project,https://example.org/member
                """);
        write(dir, "claims.csv", """
                text,kind,subject,comparator,stated_value,tolerance,source_url,source_name,note
                A good claim,count,"{""of"": ""partners""}",>,1,,https://example.org/claim,,
                A claim of no kind,rumour,{},,,,,,
                A bad subject,signature,{not json,,,,,,
                A share over one,share,"{""population"": ""esa-science-1990-2025"", ""property"": ""international""}",>,80,,,,
                A wordy number,external,"{""figure"": ""iau-individual-members""}",>,many,,,,
                """);

        assertThatThrownBy(() -> dataset.importDirectory(dir))
                .isInstanceOfSatisfying(DatasetInvalid.class, e -> assertThat(e.errors())
                        .extracting(DatasetInvalid.RowError::file, DatasetInvalid.RowError::line,
                                DatasetInvalid.RowError::column)
                        .containsExactly(
                                tuple("reference_figures.csv", 3, "value"),
                                tuple("population_members.csv", 2, "project_id"),
                                tuple("claims.csv", 3, "kind"),
                                tuple("claims.csv", 4, "subject"),
                                tuple("claims.csv", 5, "stated_value"),
                                tuple("claims.csv", 6, "stated_value")));

        assertThat(claims.all()).hasSize((int) claimsBefore).extracting(StoredClaim::text).doesNotContain("A good claim");
        assertThat(claims.referenceFigures()).isEqualTo(figuresBefore);
    }

    /** Every stored claim's text with its verdict, computed value and evidence row ids. */
    private Map<String, String> verdicts() {
        Map<String, String> out = new LinkedHashMap<>();
        for (ClaimResult r : claims.checkAll()) {
            out.put(r.text(), r.verdict());
            out.put(r.text() + " | computed", String.valueOf(r.computed()) + " " + r.computedText() + " " + r.rule());
            out.put(r.text() + " | evidence", r.evidence().toString());
            out.put(r.text() + " | claim", List.of(r.claim().kind(), r.claim().subject(), r.claim().statedText(),
                    String.valueOf(r.claim().sourceUrl()), String.valueOf(r.claim().sourceName()),
                    String.valueOf(r.claim().note())).toString());
        }
        return out;
    }

    private static void write(Path dir, String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }
}
