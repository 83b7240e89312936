package space.consortium.schedule.engine;

import java.util.List;

/** A plan the engine cannot simulate: every problem with the field it concerns ({@code activities[3].links[0]}). */
public final class InvalidPlan extends RuntimeException {

    /** One problem and where it is. */
    public record Problem(String field, String message) {
    }

    private final List<Problem> problems;

    InvalidPlan(List<Problem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.message()).reduce((x, y) -> x + "; " + y).orElse("invalid"));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
