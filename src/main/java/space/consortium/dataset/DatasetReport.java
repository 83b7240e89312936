package space.consortium.dataset;

import java.util.Map;

/** What an import read: rows per file, in the order the files were read. */
public record DatasetReport(Map<String, Integer> rowsByFile) {

    public DatasetReport {
        rowsByFile = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(rowsByFile));
    }

    public int totalRows() {
        return rowsByFile.values().stream().mapToInt(Integer::intValue).sum();
    }
}
