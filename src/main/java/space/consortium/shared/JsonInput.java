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
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

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

    private JsonInput() {
    }

    /** The mapper commands read their files with (and may write their JSON answers with). */
    public static JsonMapper mapper() {
        return MAPPER;
    }

    /**
     * Reads the file into a request record; when it is missing, unreadable, not JSON or not a valid {@code type},
     * prints why (see the class comment) and throws {@link Rejected}.
     */
    public static <T> T read(Path file, Class<T> type, PrintWriter err) throws Rejected {
        String text = text(file, err);
        try {
            return MAPPER.readValue(text, type);
        } catch (JacksonException e) {
            throw rejected(file, e, err);
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
     * (the subject is the file, or what was rejected when it came from options).
     */
    public static void printRejected(Object subject, InvalidInput e, PrintWriter err) {
        e.problems().forEach(p -> err.println(subject + ":" + p.field() + ": " + p.message()));
        err.flush();
    }
}
