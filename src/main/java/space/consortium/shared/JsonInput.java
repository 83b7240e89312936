package space.consortium.shared;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Function;
import tools.jackson.core.JacksonException;

/** Reads the JSON file a command-line command is given, and tells the user what is wrong with bad input. */
public final class JsonInput {

    /** The input could not be used; the reason has already been printed. */
    public static final class Rejected extends Exception {

        Rejected() {
            super(null, null, false, false);
        }
    }

    private JsonInput() {
    }

    /**
     * Parses the file; when it is missing, unreadable or not valid JSON for {@code parse}, prints why (with the line
     * and column where Jackson stopped) and throws {@link Rejected}.
     *
     * @param what what the file should be, for the message ("game", "plan", ...)
     */
    public static <T> T read(Path file, String what, PrintWriter err, Function<String, T> parse) throws Rejected {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            err.println("No such file: " + file);
            throw new Rejected();
        } catch (IOException e) {
            err.println("Cannot read " + file + ": " + e.getMessage());
            throw new Rejected();
        }
        try {
            return parse.apply(text);
        } catch (JacksonException e) {
            err.println(file + " is not a valid " + what + " file: " + e.getOriginalMessage()
                    + (e.getLocation() == null || e.getLocation().getLineNr() < 1 ? "" : " (line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")"));
            throw new Rejected();
        }
    }

    /** Prints each problem of rejected input on its own line, named by field. */
    public static void printRejected(Object subject, InvalidInput e, PrintWriter err) {
        err.println(subject + " was rejected:");
        e.problems().forEach(p -> err.println("  " + p.field() + ": " + p.message()));
    }
}
