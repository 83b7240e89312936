package space.consortium.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import space.consortium.shared.Csv;

/**
 * Every shipped CSV row that cites a mirror or aggregator of someone else's text (a Wikipedia copy, a site that
 * reposts agency releases) must say why no primary source (agency, treaty series, government page) is cited: a
 * {@code source_note} cell, or a {@code notes} cell that says "no primary source".
 */
class SourceDomainsTests {

    /** Hosts that copy or aggregate other pages; a row citing one needs a note (issue 12). */
    static final Set<String> MIRRORS = Set.of("liquisearch.com", "wikimili.com", "wikisum.wiki", "hypersinc.com",
            "thefreedictionary.com", "wikipedia-on-ipfs.org", "globebanner.com", "meteoweb.eu", "statinvestor.com",
            "yuqiqian.com", "humenglish.com", "relevanpress.com", "spaceflights.news", "dewiki.de", "enwikipedia.net",
            "tinyfoxlab.com", "aliensandspace.com", "helium3.space");

    /**
     * The registry's shipped files (every CSV under dataset/). The conversion tables under costshare/ belong to the
     * cost-share module; its CPI rows for 2014-2017 still cite statinvestor.com and are being replaced there.
     */
    private static final Path RESOURCES = Path.of("src/main/resources/dataset");

    @Test
    void noShippedRowCitesAMirrorWithoutSayingWhy() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(RESOURCES)) {
            files = walk.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        }
        assertThat(files).as("shipped CSV files").extracting(p -> p.getFileName().toString())
                .contains("missions.csv", "contributions.csv", "artemis_accords.csv", "share_tables.csv");
        List<String> unexplained = new ArrayList<>();
        int checked = 0;
        for (Path file : files) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                List<String> problems = unexplained(file.getFileName().toString(), Csv.read(reader));
                unexplained.addAll(problems);
            }
            checked++;
        }
        assertThat(checked).isEqualTo(files.size());
        assertThat(unexplained).as("rows citing a mirror domain without a source_note").isEmpty();
    }

    @Test
    void theRuleFlagsAMirrorRowAndAcceptsANoteOrAPrimarySource() {
        Csv.Table table = Csv.read(new StringReader("""
                id,notes,source_note,source_url
                a,,,https://wikimili.com/en/Artemis_Accords
                b,,"no agency page found",https://www.meteoweb.eu/2026/01/x
                c,"... no primary source found: ...",,http://spaceflights.news/?p=1
                d,,,https://www.nasa.gov/news-release/x/
                e,,,https://sub.wikisum.wiki/wiki/Y
                """));
        assertThat(unexplained("t.csv", table)).containsExactly("t.csv line 2: wikimili.com", "t.csv line 6: wikisum.wiki");
    }

    @Test
    void hostsAreComparedByDomainNotBySubstring() {
        assertThat(mirror("https://www.liquisearch.com/iss")).isEqualTo("liquisearch.com");
        assertThat(mirror("https://atomo.relevanpress.com/ent/x")).isEqualTo("relevanpress.com");
        assertThat(mirror("https://notmeteoweb.eu.example.org/x")).isNull();
        assertThat(mirror("https://www.esa.int/Science_Exploration")).isNull();
    }

    static List<String> unexplained(String name, Csv.Table table) {
        List<String> problems = new ArrayList<>();
        if (!table.header().contains("source_url")) {
            return problems;
        }
        for (Csv.Row row : table.rows()) {
            String host = mirror(row.get("source_url").orElse(""));
            if (host == null) {
                continue;
            }
            boolean noted = row.get("source_note").isPresent()
                    || row.get("notes").map(n -> n.toLowerCase(Locale.ROOT).contains("no primary source")).orElse(false);
            if (!noted) {
                problems.add(name + " line " + row.line() + ": " + host);
            }
        }
        return problems;
    }

    /** The mirror domain the URL's host belongs to, or null. */
    static @Nullable String mirror(String url) {
        String host = DatasetService.host(url).toLowerCase(Locale.ROOT);
        for (String domain : MIRRORS) {
            if (host.equals(domain) || host.endsWith("." + domain)) {
                return domain;
            }
        }
        return null;
    }
}
