package space.consortium.dataset;

import java.util.List;

/**
 * A backup directory was rejected (a bad file or row, a newer schema, a target that is not empty); nothing was changed.
 * Lists every problem found with its file and line.
 */
public class BackupInvalid extends RuntimeException {

    /** One problem: {@code line} is 1-based, 0 when it concerns the whole file. */
    public record Problem(String file, int line, String message) {

        @Override
        public String toString() {
            return file + (line > 0 ? ":" + line : "") + ": " + message;
        }
    }

    private final List<Problem> problems;

    public BackupInvalid(List<Problem> problems) {
        super(problems.size() + " problem(s); nothing was changed. First: " + problems.get(0));
        this.problems = List.copyOf(problems);
    }

    BackupInvalid(String file, int line, String message) {
        this(List.of(new Problem(file, line, message)));
    }

    public List<Problem> problems() {
        return problems;
    }
}
