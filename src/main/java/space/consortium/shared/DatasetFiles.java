package space.consortium.shared;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * CSV files a module adds to the dataset's export and import beside the registry's (the claims, their reference
 * figures and populations), so that an exported directory imports back whole, without the dataset module depending on
 * the modules that own the files: each module's bean implements this and the dataset module calls them all, after the
 * registry's files (whose ids theirs name).
 */
public interface DatasetFiles {

    /** The module's files, in the order they are read (a later file may name rows of an earlier one). */
    List<String> files();

    /** A file as the export writes it and the import reads it back: its header and its rows. */
    Contents export(String file);

    /**
     * Checks the given files (any subset of {@link #files()}) and, when every row is valid, merges them into the stored
     * rows by their natural keys, leaving a row equal to the stored one unwritten; runs inside the caller's transaction.
     *
     * @return every problem, with file, line and column; when there is any, nothing was written
     */
    List<RowProblem> importFiles(Map<String, Csv.Table> tables);

    /** A file's header and rows. */
    record Contents(List<String> header, List<List<@Nullable Object>> rows) {

        public Contents {
            header = List.copyOf(header);
            rows = List.copyOf(rows);
        }
    }

    /** What is wrong in a file: at a line (1 is the header) and a column (empty for the whole row). */
    record RowProblem(String file, int line, String column, String message) {
    }
}
