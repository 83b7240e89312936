package space.consortium.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * The one collector of validation problems: every check of a request adds to it, and {@link #throwIfAny()} throws them
 * together as one {@link InvalidInput}, so a user sees every mistake at once (never only the first).
 *
 * <p>A problem is named by its field path, e.g. {@code activities[3].duration.min}. A nested part of a request is
 * checked through a view of the collector that prefixes every field it adds with the path of the part:
 * <pre>{@code
 * Problems problems = new Problems();
 * Problems duration = problems.at("activities", 3).at("duration");
 * duration.check(min >= 0, "min", "must be zero or more");   // activities[3].duration.min
 * problems.throwIfAny();
 * }</pre>
 * A view shares the list of its parent: a problem added through either is thrown by either.
 */
public final class Problems {

    private final List<InvalidInput.FieldProblem> found;
    private final String prefix;

    public Problems() {
        this(new ArrayList<>(), "");
    }

    private Problems(List<InvalidInput.FieldProblem> found, String prefix) {
        this.found = found;
        this.prefix = prefix;
    }

    /** A field path from its parts: names joined with dots, indexes in brackets ({@code ("a", 3, "b")} → {@code a[3].b}). */
    public static String path(Object... parts) {
        StringBuilder path = new StringBuilder();
        for (Object part : parts) {
            append(path, part);
        }
        return path.toString();
    }

    private static void append(StringBuilder path, Object part) {
        if (part instanceof Integer || part instanceof Long) {
            path.append('[').append(part).append(']');
        } else {
            String name = String.valueOf(part);
            if (name.isEmpty()) {
                return;
            }
            if (!path.isEmpty() && !name.startsWith("[")) {
                path.append('.');
            }
            path.append(name);
        }
    }

    /** A view that adds under {@code field} (a name or a path): {@code at("duration").add("min", ...)} adds {@code duration.min}. */
    public Problems at(String field) {
        return new Problems(found, path(prefix, field));
    }

    /** A view that adds under one element of a list: {@code at("activities", 3)} adds under {@code activities[3]}. */
    public Problems at(String list, int index) {
        return new Problems(found, path(prefix, list, index));
    }

    /** The field path this view adds under ("" for the collector itself). */
    public String prefix() {
        return prefix;
    }

    public Problems add(String field, String message) {
        found.add(new InvalidInput.FieldProblem(path(prefix, field), message));
        return this;
    }

    public Problems check(boolean ok, String field, String message) {
        if (!ok) {
            add(field, message);
        }
        return this;
    }

    /** Adds every problem of a failed nested check under this view's path (a nested service's {@code InvalidInput}). */
    public Problems addAll(InvalidInput e) {
        e.problems().forEach(p -> add(p.field(), p.message()));
        return this;
    }

    /** Every problem found so far, through any view, in the order found. */
    public List<InvalidInput.FieldProblem> problems() {
        return List.copyOf(found);
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
