package space.consortium.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import space.consortium.partners.PartnerService;
import space.consortium.projects.ProjectService;

/**
 * Import is all or nothing: one bad row anywhere rejects the whole directory with file, line and column named, and
 * the registry stays exactly as it was (compared through a full export before and after).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
abstract class DatasetImportContract {

    private static final String SOURCE = "https://example.org/source";

    @Autowired DatasetService dataset;
    @Autowired PartnerService partners;
    @Autowired ProjectService projects;

    @TempDir Path temp;

    @Test
    void oneBadRowInTheMiddleRejectsTheWholeImportAndChangesNothing() throws IOException {
        Map<String, String> before = snapshot();
        Path dir = Files.createDirectories(temp.resolve("in"));
        write(dir, "agencies.csv", """
                id,name,country_or_members,type,founded,annual_budget_usd_millions,budget_year,source_url
                testagency,Test Agency,XX,national agency,2001,10,2024,%s
                """.formatted(SOURCE));
        write(dir, "missions.csv", """
                id,name,lead_agency,partner_agencies,destination,launch_year,status,cost_usd_millions,notes,source_url
                test-one,Test One,testagency,esa,Mars,2030,planned,,,%1$s
                test-two,Test Two,nosuchagency,,Moon,2031,planned,,,%1$s
                test-three,Test Three,testagency,,Venus,2032,planned,,,%1$s
                """.formatted(SOURCE));

        assertThatThrownBy(() -> dataset.importDirectory(dir))
                .isInstanceOfSatisfying(DatasetInvalid.class, e -> assertThat(e.errors())
                        .singleElement()
                        .satisfies(error -> {
                            assertThat(error.file()).isEqualTo("missions.csv");
                            assertThat(error.line()).isEqualTo(3);
                            assertThat(error.column()).isEqualTo("lead_agency");
                            assertThat(error.message()).contains("nosuchagency");
                        }));

        assertThat(snapshot()).isEqualTo(before);
        assertThat(partners.names()).doesNotContainKey("testagency");
    }

    @Test
    void everyBadRowIsReportedWithItsLineAndColumn() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("many"));
        write(dir, "contributions.csv", """
                mission_id,agency_id,kind,element,value_usd_millions,source_url
                iss,esa,hardware,A good row,,%1$s
                iss,esa,spaceship,Bad kind,,%1$s
                iss,esa,hardware,"A quoted
                element over two lines",,%1$s
                iss,esa,hardware,Bad value,lots,%1$s
                iss,esa,hardware,Bad source,,ftp://example.org
                """.formatted(SOURCE));

        assertThatThrownBy(() -> dataset.importDirectory(dir))
                .isInstanceOfSatisfying(DatasetInvalid.class, e -> assertThat(e.errors())
                        .extracting(DatasetInvalid.RowError::line, DatasetInvalid.RowError::column)
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple(3, "kind"),
                                org.assertj.core.groups.Tuple.tuple(6, "value_usd_millions"),
                                org.assertj.core.groups.Tuple.tuple(7, "source_url")));
        assertThat(projects.detail("iss").contributions()).extracting(c -> c.element())
                .doesNotContain("A good row");
    }

    @Test
    void malformedCsvNamesTheLine() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("malformed"));
        write(dir, "agencies.csv", """
                id,name,country_or_members,type,founded,annual_budget_usd_millions,budget_year,source_url
                ok,Fine,XX,other,,,,%1$s
                bad,"Unclosed,XX,other,,,,%1$s
                """.formatted(SOURCE));
        assertThatThrownBy(() -> dataset.importDirectory(dir))
                .isInstanceOfSatisfying(DatasetInvalid.class, e -> assertThat(e.errors()).singleElement()
                        .satisfies(error -> {
                            assertThat(error.line()).isEqualTo(3);
                            assertThat(error.message()).contains("quoted field is not closed");
                        }));
        assertThat(partners.names()).doesNotContainKey("ok");
    }

    @Test
    void aMissingColumnRejectsTheFile() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("header"));
        write(dir, "missions.csv", "id,name,source_url\nx,X,%s\n".formatted(SOURCE));
        assertThatThrownBy(() -> dataset.importDirectory(dir))
                .isInstanceOfSatisfying(DatasetInvalid.class, e -> assertThat(e.errors()).singleElement()
                        .satisfies(error -> assertThat(error.message()).contains("lead_agency")));
    }

    @Test
    void aDirectoryWithoutDatasetFilesIsRejected() {
        assertThatThrownBy(() -> dataset.importDirectory(temp)).isInstanceOf(DatasetInvalid.class)
                .hasMessageContaining("holds none of the dataset files");
    }

    @Test
    void exportedFilesImportBackWithoutChange() throws IOException {
        Map<String, String> before = snapshot();
        Path dir = temp.resolve("export");
        dataset.export(dir);
        DatasetReport report = dataset.importDirectory(dir);
        assertThat(report.rowsByFile()).containsEntry("agencies.csv", (int) partners.count());
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void exportWritesEveryShippedFactWithItsSource() throws IOException {
        Path dir = temp.resolve("facts");
        dataset.export(dir);
        List<String> missions = Files.readAllLines(dir.resolve("missions.csv"));
        assertThat(missions).hasSize(58);
        assertThat(missions).anySatisfy(line -> assertThat(line)
                .startsWith("bepicolombo,BepiColombo,esa,jaxa,,Mercury,2018,operating,2000000000,USD,"));
        String shares = Files.readString(dir.resolve("share_tables.csv"));
        assertThat(shares).contains("iss,US-segment utilisation and common operating costs,nasa,76.6,http");
        assertThat(Files.readAllLines(dir.resolve("artemis_accords.csv")))
                .contains("Iceland,IS,2023-10,https://spacepolicyonline.com/news/iceland-and-netherlands-join-artemis-accords/")
                .hasSize(62);
    }

    private Map<String, String> snapshot() throws IOException {
        Path dir = Files.createTempDirectory(temp, "snapshot");
        Map<String, String> files = new LinkedHashMap<>();
        for (Path file : dataset.export(dir)) {
            files.put(file.getFileName().toString(), Files.readString(file));
        }
        return files;
    }

    private static void write(Path dir, String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }
}
