package space.consortium.teaming.engine;

import java.util.Arrays;
import java.util.Optional;

/** What the coalition builder optimises; several in priority order make a lexicographic objective. */
public enum Objective {
    /** Least total cost: Σ over requirements of the assigned provider's cost × quantity. */
    MIN_COST("min-cost"),
    /** Fewest partners in the coalition. */
    MIN_PARTNERS("min-partners"),
    /**
     * Most redundancy on critical requirements: Σ over critical requirements (all requirements when none is marked
     * critical) of the number of coalition partners able to provide it.
     */
    MAX_REDUNDANCY("max-redundancy");

    private final String id;

    Objective(String id) {
        this.id = id;
    }

    /** The name used in files and the API, e.g. {@code min-cost}. */
    public String id() {
        return id;
    }

    public static Optional<Objective> of(String id) {
        return Arrays.stream(values()).filter(o -> o.id.equals(id)).findFirst();
    }
}
