package space.consortium.dataset;

import java.util.List;

/** A dataset import was rejected; nothing was changed. Lists every problem with its file, line and column. */
public class DatasetInvalid extends RuntimeException {

    /** One problem: {@code line} is 1-based (the header is line 1), 0 when it concerns the whole file. */
    public record RowError(String file, int line, String column, String message) {

        @Override
        public String toString() {
            return file + (line > 0 ? " line " + line : "") + (column.isEmpty() ? "" : " [" + column + "]") + ": " + message;
        }
    }

    private final List<RowError> errors;

    public DatasetInvalid(List<RowError> errors) {
        super(errors.size() + " problem(s) in the dataset; nothing was imported. First: " + errors.get(0));
        this.errors = List.copyOf(errors);
    }

    public List<RowError> errors() {
        return errors;
    }
}
