package space.consortium.shared;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads the JSON file a command-line command is given and prints, once for every command, what is wrong with bad
 * input: one line per problem, {@code FILE:LINE:COLUMN: malformed JSON ...} for text that is not JSON and
 * {@code FILE:FIELD: MESSAGE} for a field (its JSON path, e.g. {@code plan.json:activities[3].duration.min: must be
 * zero or more}). The messages are those of the API ({@link JsonProblems}): no parser or class name. Text is checked
 * by the API's rule ({@link TextHygiene}).
 */
public final class JsonInput {

    /** The input could not be used; the reason has already been printed. */
    public static final class Rejected extends Exception {

        Rejected() {
            super(null, null, false, false);
        }
    }

    /** The reader of command files: unknown fields refused, text checked as the API checks it. */
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addModule(TextHygiene.module())
            .build();

    /** Most problems reported for one value: a file of thousands of wrong values is not read to its end. */
    private static final int MAX_PROBLEMS = 100;

    private JsonInput() {
    }

    /** The mapper commands read their files with (and may write their JSON answers with). */
    public static JsonMapper mapper() {
        return MAPPER;
    }

    /**
     * Reads the file into a request record; when it is missing, unreadable, not JSON or not a valid {@code type},
     * prints why (see the class comment) and throws {@link Rejected}. Every wrong-typed value, unknown field and
     * refused text is reported, not only the first ({@link #convert}).
     */
    public static <T> T read(Path file, Class<T> type, PrintWriter err) throws Rejected {
        JsonNode tree = readTree(file, err);
        Problems problems = new Problems();
        T value = convert(tree, type, problems);
        if (!problems.isEmpty() || value == null) {
            printRejected(file, new InvalidInput(problems.isEmpty()
                    ? List.of(new InvalidInput.FieldProblem("body", "is not " + JsonProblems.expected(type)))
                    : problems.problems()), err);
            throw new Rejected();
        }
        return value;
    }

    /**
     * Reads the file as a JSON tree; when it is missing, unreadable or not JSON, prints why and throws
     * {@link Rejected}. Convert its parts with {@link #convert}.
     */
    public static JsonNode readTree(Path file, PrintWriter err) throws Rejected {
        String text = text(file, err);
        try {
            return MAPPER.readTree(text);
        } catch (JacksonException e) {
            throw rejected(file, e, err);
        }
    }

    /**
     * Converts a JSON tree into {@code type}, reporting every value of the wrong type, every unknown field and every
     * text {@link TextHygiene} refuses (not only the first, as a plain Jackson read does) to {@code problems}, each
     * under its JSON path (a view of the collector adds its prefix: {@code problems.at("fleets", 2)}). Each offending
     * value is taken out of a copy of the tree and the conversion tried again, so the answer is the value read
     * without them (its missing parts null), for the caller's own checks; a problem those checks then find at a path
     * already reported is a consequence, and {@link #merge} drops it.
     *
     * @return the value read without the offending parts, or null when even that cannot be read (e.g. the body is
     *         a list where an object is expected)
     */
    public static <T> @Nullable T convert(JsonNode tree, Class<T> type, Problems problems) {
        List<InvalidInput.FieldProblem> unstorable = new ArrayList<>();
        checkText(tree, "", unstorable);
        // the caller's tree is read as it is; a copy is made only to take offending values out of it
        JsonNode work = unstorable.isEmpty() ? tree : tree.deepCopy();
        boolean copied = !unstorable.isEmpty();
        List<String> reported = new ArrayList<>();
        for (InvalidInput.FieldProblem p : unstorable) {
            problems.add(p.field(), p.message());
            reported.add(p.field());
            remove(work, p.field());
        }
        for (int attempt = 0; attempt < MAX_PROBLEMS; attempt++) {
            try {
                return MAPPER.treeToValue(work, type);
            } catch (JacksonException e) {
                if (!copied) {
                    work = tree.deepCopy();
                    copied = true;
                }
                List<InvalidInput.FieldProblem> found = JsonProblems.of(e);
                String path = JsonProblems.path(e);
                boolean whole = e.getPath().isEmpty(); // the whole value, not a field (a field may be named "body")
                boolean takeOut = e instanceof MismatchedInputException && !whole
                        && !within(path, reported) && remove(work, e.getPath());
                for (InvalidInput.FieldProblem p : found) {
                    if (!within(p.field(), reported)) {
                        // the whole value is wrong: under a view, that is the view's own path (fleets[2])
                        problems.add(whole && !problems.prefix().isEmpty() ? "" : p.field(),
                                p.message());
                    }
                }
                if (!takeOut) {
                    return null;
                }
                reported.add(path);
            }
        }
        return null;
    }

    /**
     * The problems of a request's later checks added to those its reading found, leaving out each later problem at
     * (or under) a field the reading already reported: a value taken out for its wrong type is not "required" too.
     */
    public static List<InvalidInput.FieldProblem> merge(List<InvalidInput.FieldProblem> reading,
                                                        List<InvalidInput.FieldProblem> later) {
        List<String> reported = reading.stream().map(InvalidInput.FieldProblem::field).toList();
        List<InvalidInput.FieldProblem> all = new ArrayList<>(reading);
        later.stream().filter(p -> !within(p.field(), reported)).forEach(all::add);
        return all;
    }

    /** True if the path is one of the paths or lies under one ({@code a.b} is under {@code a}, {@code a[2]} too). */
    private static boolean within(String path, List<String> paths) {
        for (String p : paths) {
            if (path.equals(p) || path.startsWith(p + ".") || path.startsWith(p + "[")) {
                return true;
            }
        }
        return false;
    }

    /** Takes the value at the parser's path out of the tree (a list element becomes null, keeping the indexes). */
    private static boolean remove(JsonNode tree, List<JacksonException.Reference> path) {
        JsonNode parent = tree;
        for (int i = 0; i < path.size(); i++) {
            JacksonException.Reference ref = path.get(i);
            boolean last = i == path.size() - 1;
            if (ref.getPropertyName() != null && parent instanceof ObjectNode object) {
                if (last) {
                    return object.remove(ref.getPropertyName()) != null;
                }
                parent = object.get(ref.getPropertyName());
            } else if (ref.getIndex() >= 0 && parent instanceof ArrayNode array && ref.getIndex() < array.size()) {
                if (last) {
                    if (array.get(ref.getIndex()).isNull()) {
                        return false;
                    }
                    array.set(ref.getIndex(), NullNode.getInstance());
                    return true;
                }
                parent = array.get(ref.getIndex());
            } else {
                return false;
            }
            if (parent == null) {
                return false;
            }
        }
        return false;
    }

    /** Takes the value at a field path ({@code a.b[2].c}, as {@link #checkText} names it) out of the tree. */
    private static void remove(JsonNode tree, String field) {
        List<JacksonException.Reference> refs = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)]").matcher(field);
        while (m.find()) {
            refs.add(m.group(1) != null ? new JacksonException.Reference(null, m.group(1))
                    : new JacksonException.Reference(null, Integer.parseInt(m.group(2))));
        }
        if (!refs.isEmpty() && !field.equals("body")) {
            remove(tree, refs);
        }
    }

    /**
     * Parses the file with {@code parse} (for a command with its own mapper); the text is first checked for what
     * {@link TextHygiene} refuses. Failures are printed as by {@link #read(Path, Class, PrintWriter)}.
     *
     * @param what what the file should be ("game", "plan", ...), kept for callers; the messages name the file
     */
    public static <T> T read(Path file, String what, PrintWriter err, Function<String, T> parse) throws Rejected {
        String text = text(file, err);
        try {
            List<InvalidInput.FieldProblem> unstorable = new ArrayList<>();
            checkText(MAPPER.readTree(text), "", unstorable);
            if (!unstorable.isEmpty()) {
                printRejected(file, new InvalidInput(unstorable), err);
                throw new Rejected();
            }
            return parse.apply(text);
        } catch (JacksonException e) {
            throw rejected(file, e, err);
        }
    }

    private static String text(Path file, PrintWriter err) throws Rejected {
        try {
            String text = Files.readString(file);
            if (text.isBlank()) {
                err.println(file + ": is empty");
                err.flush();
                throw new Rejected();
            }
            return text;
        } catch (NoSuchFileException e) {
            err.println(file + ": no such file");
        } catch (IOException e) {
            err.println(file + ": cannot be read (" + (e.getMessage() == null ? "input/output error" : e.getMessage())
                    + ")");
        }
        err.flush();
        throw new Rejected();
    }

    private static Rejected rejected(Path file, JacksonException e, PrintWriter err) {
        if (JsonProblems.malformed(e)) {
            err.println(JsonProblems.lineAndColumn(e)
                    .map(lc -> file + ":" + lc[0] + ":" + lc[1] + ": malformed JSON at line " + lc[0] + ", column "
                            + lc[1] + ": ")
                    .orElse(file + ": malformed JSON: ") + JsonProblems.malformedMessage(e));
            err.flush();
        } else {
            printRejected(file, new InvalidInput(JsonProblems.of(e)), err);
        }
        return new Rejected();
    }

    /** Every string value and key of the tree that {@link TextHygiene} refuses, by its path. */
    private static void checkText(JsonNode node, String path, List<InvalidInput.FieldProblem> problems) {
        if (node.isString()) {
            TextHygiene.problem(node.asString()).ifPresent(p -> problems.add(new InvalidInput.FieldProblem(
                    path.isEmpty() ? "body" : path, p)));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkText(node.get(i), path + "[" + i + "]", problems);
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                String at = Problems.path(path, field.getKey());
                TextHygiene.problem(field.getKey()).ifPresent(p -> problems.add(new InvalidInput.FieldProblem(at,
                        "(the field's name) " + p)));
                checkText(field.getValue(), at, problems);
            }
        }
    }

    /**
     * The one printer of rejected input on the command line: a line {@code SUBJECT:FIELD: MESSAGE} for each problem
     * (the subject is the file, or what was rejected when it came from options); a problem of the whole value (the
     * API's {@code body}) is {@code SUBJECT: MESSAGE}, since a file has no body.
     */
    public static void printRejected(Object subject, InvalidInput e, PrintWriter err) {
        e.problems().forEach(p -> err.println(line(subject, p)));
        err.flush();
    }

    /**
     * A request body read into its record by {@link #convert}, never null: when nothing could be read (no body, a JSON
     * null, another shape) the reading's problems are thrown, with {@code body: must be ...} when it named none.
     * Problems of a value that could be read stay in {@code reading}, to be merged with the caller's own checks.
     *
     * @throws InvalidInput when no value could be read
     */
    public static <T> T body(@Nullable JsonNode body, Class<T> type, Problems reading) {
        return body(body, type, reading, "must be " + JsonProblems.expected(type));
    }

    /** As {@link #body(JsonNode, Class, Problems)}, saying {@code whenNone} of a body that is not there or null. */
    public static <T> T body(@Nullable JsonNode body, Class<T> type, Problems reading, String whenNone) {
        T value = body == null ? null : convert(body, type, reading);
        if (value == null) {
            if (reading.isEmpty()) {
                reading.add("body", whenNone);
            }
            throw new InvalidInput(reading.problems());
        }
        return value;
    }

    /** One line of {@link #printRejected}: {@code SUBJECT:FIELD: MESSAGE}, or {@code SUBJECT: MESSAGE} for the whole value. */
    public static String line(Object subject, InvalidInput.FieldProblem p) {
        return subject + (p.field().isEmpty() || p.field().equals("body") ? "" : ":" + p.field()) + ": " + p.message();
    }
}
