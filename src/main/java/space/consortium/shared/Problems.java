package space.consortium.shared;

import java.util.ArrayList;
import java.util.List;

/** Collects field problems during validation and throws them together, so a user sees every mistake at once. */
public final class Problems {

    private final List<InvalidInput.FieldProblem> found = new ArrayList<>();

    public Problems add(String field, String message) {
        found.add(new InvalidInput.FieldProblem(field, message));
        return this;
    }

    public Problems check(boolean ok, String field, String message) {
        if (!ok) {
            add(field, message);
        }
        return this;
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    /** Throws {@link InvalidInput} if any problem was found. */
    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidInput(found);
        }
    }
}
