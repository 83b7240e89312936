package space.consortium.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

class BackupH2Tests extends BackupContract {

    @Override
    DataSource newDatabase() {
        // one connection for Flyway and the restores: H2 2.4's IN (...) check constraints keep the session that
        // created them and fail once that connection is closed
        return new SingleConnectionDataSource("jdbc:h2:mem:backup-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "", true);
    }

    // H2 keeps a Java string as it is, so it can hold an unpaired surrogate; PostgreSQL's driver replaces it on the way in.
    @Test
    void textThatUtf8CannotHoldFailsTheBackupAndTheExportWithoutPartialFiles() throws IOException {
        jdbc.update("update partner set name = ? where id = 'esa'", "European \uD800 Space Agency");
        Path backup = temp.resolve("backup");
        assertThatThrownBy(() -> backups.backup(backup)).isInstanceOf(BackupFailed.class)
                .hasMessageContaining("partner").hasMessageContaining("id=esa").hasMessageContaining("surrogate");
        assertThat(backup).doesNotExist();

        Path export = Files.createDirectories(temp.resolve("export"));
        Files.writeString(export.resolve("agencies.csv"), "the previous export\n");
        assertThatThrownBy(() -> dataset.export(export)).isInstanceOf(BackupFailed.class)
                .hasMessageContaining("agencies.csv").hasMessageContaining("surrogate");
        assertThat(files(export)).containsExactly(Map.entry("agencies.csv", "the previous export\n"));
        try (Stream<Path> left = Files.list(temp)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(name -> name.contains("partial"));
        }
    }

}
