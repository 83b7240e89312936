package space.consortium.dataset;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a backup wrote or a restore read.
 *
 * @param directory     the backup directory
 * @param schemaVersion the Flyway schema version of the backup
 * @param rowsByTable   rows per table, in restore order (parents first)
 */
public record BackupReport(Path directory, String schemaVersion, Map<String, Long> rowsByTable) {

    public BackupReport {
        rowsByTable = Collections.unmodifiableMap(new LinkedHashMap<>(rowsByTable));
    }

    public long totalRows() {
        return rowsByTable.values().stream().mapToLong(Long::longValue).sum();
    }
}
