package space.consortium.fleet.engine;

import java.util.List;

/** A fleet that cannot be simulated; lists every offending field. */
public final class InvalidFleet extends RuntimeException {

    private final transient List<FleetProblem> problems;

    public InvalidFleet(List<FleetProblem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.message()).reduce((a, b) -> a + "; " + b).orElse(""));
        this.problems = List.copyOf(problems);
    }

    public List<FleetProblem> problems() {
        return problems;
    }
}
