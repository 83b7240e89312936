package space.consortium.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * The one translation of a JSON reading failure into field problems in plain words, for the API (RFC 9457
 * {@code errors}) and the command line ({@code file:field: message}). No parser or class name reaches a user: the
 * field is the JSON path ({@code activities[3].duration.min}), the message says what was expected.
 */
public final class JsonProblems {

    /** What must never appear in a message to a user: the names of our classes, of the parser and its internals. */
    private static final Pattern INTERNAL = Pattern.compile(
            "space\\.consortium|tools\\.jackson|com\\.fasterxml|REDACTED|Exception|java\\.[a-z]+\\.|`");
    private static final Pattern SOURCE = Pattern.compile("\\s*\\(?(?:start marker at |for \\w+ starting at )?\\[Source:.*$");

    private JsonProblems() {
    }

    /** True if the text names an internal class, the parser or its source description. */
    public static boolean leaksInternals(@Nullable String text) {
        return text != null && INTERNAL.matcher(text).find();
    }

    /** True if the failure is text that is not JSON at all (as opposed to JSON with a field of the wrong shape). */
    public static boolean malformed(JacksonException e) {
        return e instanceof StreamReadException && !(e instanceof MismatchedInputException);
    }

    /** "line 3, column 14" where the parser stopped, when it knows. */
    public static Optional<int[]> lineAndColumn(JacksonException e) {
        TokenStreamLocation at = e.getLocation();
        if (at == null || at.getLineNr() < 1) {
            return Optional.empty();
        }
        return Optional.of(new int[] {at.getLineNr(), Math.max(at.getColumnNr(), 1)});
    }

    /** What is wrong with malformed JSON, in plain words (no position: see {@link #lineAndColumn}). */
    public static String malformedMessage(JacksonException e) {
        if (e instanceof UnexpectedEndOfInputException) {
            return "the text ends before the JSON is complete (a closing } or ] or \" is missing)";
        }
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        int newline = message.indexOf('\n');
        message = SOURCE.matcher(newline < 0 ? message : message.substring(0, newline)).replaceAll("").strip();
        if (message.isEmpty() || leaksInternals(message)) {
            return "the text is not valid JSON";
        }
        return Character.toLowerCase(message.charAt(0)) + message.substring(1);
    }

    /**
     * The field problems of a failure to read JSON into a request: the field path and what was wrong with it.
     * Malformed JSON is one problem of the field {@code body}.
     */
    public static List<InvalidInput.FieldProblem> of(JacksonException e) {
        String path = path(e);
        if (malformed(e)) {
            String where = lineAndColumn(e).map(lc -> " (line " + lc[0] + ", column " + lc[1] + ")").orElse("");
            return List.of(new InvalidInput.FieldProblem("body", "is not valid JSON" + where + ": "
                    + malformedMessage(e)));
        }
        if (e instanceof TextHygiene.UnstorableText text) {
            return List.of(new InvalidInput.FieldProblem(path, String.valueOf(text.getOriginalMessage())));
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return List.of(new InvalidInput.FieldProblem(path, "is not a known field; known fields: "
                    + knownFields(unknown.getKnownPropertyIds())));
        }
        if (e instanceof ValueInstantiationException || e.getCause() instanceof InvalidInput) {
            return instantiation(path, e);
        }
        if (e instanceof InvalidNullException) {
            return List.of(new InvalidInput.FieldProblem(path, "must not be null"));
        }
        if (e instanceof InvalidFormatException format) {
            return List.of(new InvalidInput.FieldProblem(path, "has a value of the wrong type: it must be "
                    + expected(format.getTargetType()) + " ('" + format.getValue() + "' is not)"));
        }
        if (e instanceof MismatchedInputException mismatch) {
            return List.of(new InvalidInput.FieldProblem(path, "has a value of the wrong type: it must be "
                    + expected(mismatch.getTargetType())));
        }
        return List.of(new InvalidInput.FieldProblem(path, "has a value of the wrong type or format"));
    }

    /** A record's constructor refused the values: its own problems (under the record's path) or its message. */
    private static List<InvalidInput.FieldProblem> instantiation(String path, JacksonException e) {
        Throwable cause = e.getCause();
        if (cause instanceof InvalidInput invalid) {
            List<InvalidInput.FieldProblem> problems = new ArrayList<>();
            String prefix = path.equals("body") ? "" : path;
            invalid.problems().forEach(p -> problems.add(new InvalidInput.FieldProblem(Problems.path(prefix, p.field()),
                    p.message())));
            return problems;
        }
        String message = cause == null ? null : cause.getMessage();
        return List.of(new InvalidInput.FieldProblem(path, message == null || message.isBlank()
                || leaksInternals(message) ? "is not valid" : message));
    }

    private static String knownFields(@Nullable Collection<Object> known) {
        if (known == null || known.isEmpty()) {
            return "none";
        }
        return known.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
    }

    /** The JSON path of the failure: {@code activities[3].duration.min}, or {@code body} for the whole document. */
    public static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    /** What a value of the type looks like, in words. */
    public static String expected(@Nullable Class<?> type) {
        if (type == null) {
            return "of the expected type";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == short.class || type == Short.class || type == java.math.BigInteger.class) {
            return "a whole number";
        }
        if (type.isPrimitive() && type != boolean.class && type != char.class || Number.class.isAssignableFrom(type)) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class || type == char.class || type == Character.class) {
            return "text";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(c -> String.valueOf(c).toLowerCase(Locale.ROOT)
                    .replace('_', '-')).collect(Collectors.joining(", "));
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (type == Instant.class) {
            return "a time such as 2026-01-01T00:00:00Z";
        }
        if (type == LocalDate.class) {
            return "a date such as 2026-01-01";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "a date or time in ISO 8601";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord() || !type.getName().startsWith("java.")) {
            return "an object";
        }
        return "of another type";
    }
}
