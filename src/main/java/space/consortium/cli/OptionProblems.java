package space.consortium.cli;

import java.io.PrintWriter;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import space.consortium.shared.InvalidInput;
import space.consortium.shared.JsonInput;

/**
 * Prints the problems of a rejected input, one line each, naming the option that set a field instead of the file
 * when the value came from the command line ({@code --samples: must be between …}, not {@code game.json:samples: …}:
 * the file may not even hold that field).
 */
final class OptionProblems {

    private OptionProblems() {
    }

    /**
     * @param subject     the file (or what stands for it) that the other problems are about
     * @param fromOptions top-level field name → the option that gave its value, for the options given on the command
     *                    line; a field matches by its first path segment ({@code methods[0]} is {@code methods}), after a
     *                    leading {@code fleets[i].} of a comparison of several fleets
     */
    static void print(Object subject, InvalidInput rejected, Map<String, String> fromOptions, PrintWriter err) {
        for (InvalidInput.FieldProblem p : rejected.problems()) {
            String option = optionOf(p.field(), fromOptions);
            err.println(option != null ? option + ": " + p.message() : JsonInput.line(subject, p));
        }
        err.flush();
    }

    private static @Nullable String optionOf(String field, Map<String, String> fromOptions) {
        String path = field.replaceFirst("^fleets\\[\\d+]\\.", "");
        int end = 0;
        while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
            end++;
        }
        return fromOptions.get(path.substring(0, end));
    }
}
