package space.consortium.projects.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import space.consortium.support.ApiContract;
import space.consortium.support.Json;
import tools.jackson.databind.JsonNode;

/** The share-table API: every table adds up to 100, and no change can break that. */
abstract class ShareTableApiContract extends ApiContract {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    @Test
    void everyShareTableAddsUpToExactlyOneHundred() {
        JsonNode all = read("/api/share-tables?size=500");
        assertThat(all.path("totalItems").asLong()).isEqualTo(all.path("items").size()).isGreaterThanOrEqualTo(2);
        for (JsonNode table : all.path("items").values()) {
            assertThat(sum(table)).as("sum of %s", table.path("name")).isEqualByComparingTo(HUNDRED);
            assertThat(table.path("sourceUrl").asString()).matches("https?://\\S+");
        }
    }

    @Test
    void listByProjectPages() {
        JsonNode first = read("/api/share-tables?project=iss&size=1");
        assertThat(first.path("totalItems").asLong()).isEqualTo(2);
        assertThat(first.path("totalPages").asInt()).isEqualTo(2);
        JsonNode second = read("/api/share-tables?project=iss&size=1&page=1");
        assertThat(first.at("/items/0/id").asLong()).isNotEqualTo(second.at("/items/0/id").asLong());
        assertThat(read("/api/share-tables?project=iss&size=1&page=2").path("items").size()).isZero();
        assertProblem(get("/api/share-tables?project=no-such-mission"), HttpStatus.NOT_FOUND);
    }

    @Test
    void createStoresThePercentagesExactly() {
        MvcTestResult created = post("/api/share-tables", table("jwst", "Observing time (test)",
                entry("nasa", "80.125") + "," + entry("esa", "15") + "," + entry("csa", "4.875"), null));

        assertThat(created).hasStatus(HttpStatus.CREATED);
        long id = Json.body(created).path("id").asLong();
        JsonNode stored = read("/api/share-tables/" + id);
        assertThat(Json.decimal(stored, "/entries/0/percent")).isEqualByComparingTo("80.125");
        assertThat(stored.at("/entries/0/partnerId").asString()).isEqualTo("nasa");
        assertThat(Json.decimal(stored, "/entries/2/percent")).isEqualByComparingTo("4.875");
        assertThat(sum(stored)).isEqualByComparingTo(HUNDRED);
        assertThat(Json.strings(read("/api/projects/jwst").path("shareTables"), "name"))
                .containsExactly("Observing time (test)");
    }

    @Test
    void percentagesThatDoNotAddUpToOneHundredAreA400NamingEntries() {
        JsonNode problem = assertInvalid(post("/api/share-tables", table("jwst", "Short (test)",
                entry("nasa", "80") + "," + entry("esa", "15"), null)), "entries");
        assertThat(problem.path("detail").asString()).contains("95");
        assertThat(read("/api/share-tables?project=jwst").path("totalItems").asLong()).isZero();

        assertInvalid(post("/api/share-tables", table("jwst", "Over (test)",
                entry("nasa", "80") + "," + entry("esa", "20.001"), null)), "entries");
    }

    @Test
    void percentagesFinerThanTheStoredPrecisionAreRejected() {
        // they add up to 100 as sent, but stored to 3 decimals they would not
        assertInvalid(post("/api/share-tables", table("jwst", "Thirds (test)",
                entry("nasa", "33.3333") + "," + entry("esa", "33.3333") + "," + entry("csa", "33.3334"), null)),
                "entries[0].percent", "entries[1].percent", "entries[2].percent");
    }

    @Test
    void badEntriesAreNamedOneByOne() {
        assertInvalid(post("/api/share-tables", table("jwst", "Twice (test)",
                entry("nasa", "50") + "," + entry("nasa", "50"), null)), "entries[1].partnerId");
        assertInvalid(post("/api/share-tables", table("jwst", "Unknown (test)",
                entry("no-such-agency", "100"), null)), "entries[0].partnerId");
        assertInvalid(post("/api/share-tables", table("jwst", "Zero (test)",
                entry("nasa", "100") + "," + entry("esa", "0"), null)), "entries[1].percent");
        assertInvalid(post("/api/share-tables", table("jwst", "Empty (test)", "", null)), "entries");
        assertInvalid(post("/api/share-tables", table("no-such-mission", "Nowhere (test)", entry("nasa", "100"), null)),
                "projectId");
    }

    @Test
    void sameNameOnTheSameProjectIsA409() {
        assertProblem(post("/api/share-tables", table("iss", "Columbus utilisation", entry("esa", "100"), null)),
                HttpStatus.CONFLICT);
        JsonNode columbus = columbus();
        assertThat(columbus.path("entries").size()).isEqualTo(3);
    }

    @Test
    void updateWithAStaleVersionIsA409AndOverwritesNothing() {
        JsonNode columbus = columbus();
        long id = columbus.path("id").asLong();
        long version = columbus.path("version").asLong();
        assertThat(put("/api/share-tables/" + id, table("iss", "Columbus utilisation",
                entry("esa", "60") + "," + entry("nasa", "40"), version))).hasStatusOk();

        assertProblem(put("/api/share-tables/" + id, table("iss", "Columbus utilisation",
                entry("esa", "100"), version)), HttpStatus.CONFLICT);

        JsonNode stored = read("/api/share-tables/" + id);
        assertThat(Json.strings(stored.path("entries"), "partnerId")).containsExactly("esa", "nasa");
        assertThat(Json.decimal(stored, "/entries/0/percent")).isEqualByComparingTo("60");
        assertThat(stored.path("version").asLong()).isEqualTo(version + 1);
    }

    @Test
    void updateMustKeepTheSumAndTheProject() {
        JsonNode columbus = columbus();
        long id = columbus.path("id").asLong();
        long version = columbus.path("version").asLong();
        assertInvalid(put("/api/share-tables/" + id, table("iss", "Columbus utilisation", entry("esa", "51"), version)),
                "entries");
        assertInvalid(put("/api/share-tables/" + id,
                table("hubble", "Columbus utilisation", entry("esa", "100"), version)), "projectId");
        assertThat(sum(read("/api/share-tables/" + id))).isEqualByComparingTo(HUNDRED);
    }

    @Test
    void deleteRemovesTheTable() {
        long id = columbus().path("id").asLong();
        assertThat(delete("/api/share-tables/" + id)).hasStatus(HttpStatus.NO_CONTENT);
        assertProblem(get("/api/share-tables/" + id), HttpStatus.NOT_FOUND);
        assertThat(read("/api/share-tables?project=iss").path("totalItems").asLong()).isEqualTo(1);
    }

    private JsonNode columbus() {
        for (JsonNode t : read("/api/share-tables?project=iss").path("items").values()) {
            if (t.path("name").asString().equals("Columbus utilisation")) {
                return t;
            }
        }
        throw new AssertionError("the ISS has no share table 'Columbus utilisation'");
    }

    private static BigDecimal sum(JsonNode table) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < table.path("entries").size(); i++) {
            BigDecimal percent = Json.decimal(table, "/entries/" + i + "/percent");
            assertThat(percent).isPositive().isLessThanOrEqualTo(HUNDRED);
            sum = sum.add(percent);
        }
        return sum;
    }

    private static String entry(String partner, String percent) {
        return "{\"partnerId\": \"%s\", \"percent\": %s}".formatted(partner, percent);
    }

    private static String table(String project, String name, String entries, Long version) {
        return """
                {"projectId": "%s", "name": "%s", "entries": [%s], "sourceUrl": "https://example.org/shares",
                 "version": %s}""".formatted(project, name, entries, version);
    }
}
