package space.consortium.shared;

import java.util.List;

/**
 * Input that breaks a rule the service checks (an unknown partner, shares that do not add up to 100).
 * Maps to HTTP 400 with every offending field named.
 */
public class InvalidInput extends RuntimeException {

    /** One offending field and what is wrong with it. */
    public record FieldProblem(String field, String message) {
    }

    private final List<FieldProblem> problems;

    public InvalidInput(List<FieldProblem> problems) {
        super(summary(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("InvalidInput needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public InvalidInput(String field, String message) {
        this(List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    private static String summary(List<FieldProblem> problems) {
        StringBuilder text = new StringBuilder();
        for (FieldProblem p : problems) {
            if (!text.isEmpty()) {
                text.append("; ");
            }
            text.append(p.field()).append(": ").append(p.message());
        }
        return text.toString();
    }
}
