package space.consortium.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.io.ClassPathResource;

/** The provenance notes shipped with the dataset (its README): when it was compiled and its caveats. */
record DatasetNotes(String compiled, List<String> caveats) {

    static DatasetNotes bundled() {
        try {
            String text = new String(new ClassPathResource("dataset/README.md").getInputStream().readAllBytes(),
                    StandardCharsets.UTF_8);
            return parse(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Takes the first paragraph line starting "Compiled" and the list items under the "Conflicts and caveats" heading. */
    static DatasetNotes parse(String markdown) {
        String compiled = "";
        List<String> caveats = new ArrayList<>();
        boolean inCaveats = false;
        StringBuilder item = null;
        for (String line : markdown.split("\n")) {
            if (compiled.isEmpty() && line.startsWith("Compiled")) {
                compiled = line.trim();
            }
            if (line.startsWith("#")) {
                inCaveats = line.toLowerCase().contains("caveats");
                continue;
            }
            if (!inCaveats) {
                continue;
            }
            if (line.startsWith("- ")) {
                if (item != null) {
                    caveats.add(item.toString());
                }
                item = new StringBuilder(line.substring(2).trim());
            } else if (item != null && !line.isBlank()) {
                item.append(line.trim().startsWith("- ") ? " · " + line.trim().substring(2) : " " + line.trim());
            }
        }
        if (item != null) {
            caveats.add(item.toString());
        }
        return new DatasetNotes(compiled, caveats.stream().map(c -> c.replace("**", "").replace("`", "")).toList());
    }
}
