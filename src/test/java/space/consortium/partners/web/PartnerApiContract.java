package space.consortium.partners.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import space.consortium.support.ApiContract;
import space.consortium.support.Json;
import tools.jackson.databind.JsonNode;

/** The partner API: published facts, filters, pagination, sorting, validation and the rules for change and delete. */
abstract class PartnerApiContract extends ApiContract {

    @Autowired JdbcClient jdbc;

    @Test
    void nasaHasItsPublishedFacts() {
        JsonNode nasa = read("/api/partners/nasa");
        assertThat(nasa.path("name").asString()).contains("NASA");
        assertThat(nasa.path("kind").asString()).isEqualTo("national agency");
        assertThat(nasa.path("countryOrMembers").asString()).isEqualTo("US");
        assertThat(nasa.path("founded").asInt()).isEqualTo(1958);
        // 25.4 billion US dollars in 2025, as agencies.csv gives it: in units, never millions
        assertThat(Json.decimal(nasa, "/budget/amount")).isEqualByComparingTo("25400000000");
        assertThat(nasa.at("/budget/currency").asString()).isEqualTo("USD");
        assertThat(nasa.at("/budget/priceYear").asInt()).isEqualTo(2025);
        assertThat(nasa.path("sourceUrl").asString()).startsWith("https://en.wikipedia.org/");
    }

    @Test
    void unknownPartnerIsA404Problem() {
        JsonNode problem = assertProblem(get("/api/partners/no-such-agency"), HttpStatus.NOT_FOUND);
        assertThat(problem.path("detail").asString()).contains("no-such-agency");
    }

    @Test
    void kindFilterReturnsTheFiveIntergovernmentalBodies() {
        JsonNode bodies = read("/api/partners?kind=intergovernmental&size=500");
        assertThat(bodies.path("totalItems").asLong()).isEqualTo(5);
        assertThat(Json.strings(bodies.path("items"), "kind")).containsOnly("intergovernmental");
        assertThat(Json.strings(bodies.path("items"), "id"))
                .containsExactlyInAnyOrder("esa", "eumetsat", "euspa", "afsa", "unoosa");
    }

    @Test
    void countryAndTextFiltersHold() {
        assertThat(Json.strings(read("/api/partners?country=JP").path("items"), "id")).contains("jaxa")
                .allSatisfy(id -> assertThat(read("/api/partners/" + id).path("countryOrMembers").asString())
                        .isEqualTo("JP"));
        JsonNode text = read("/api/partners?q=AERONAUTICS&size=500");
        assertThat(Json.strings(text.path("items"), "id")).contains("nasa");
        assertThat(Json.strings(text.path("items"), "name"))
                .allSatisfy(name -> assertThat(name).containsIgnoringCase("aeronautics"));
    }

    @Test
    void pagesCoverEveryPartnerExactlyOnce() {
        List<String> all = Json.strings(read("/api/partners?size=500").path("items"), "id");
        assertThat(all).hasSize(47);
        JsonNode first = read("/api/partners?size=10");
        assertThat(first.path("totalItems").asLong()).isEqualTo(47);
        assertThat(first.path("totalPages").asInt()).isEqualTo(5);
        List<String> paged = new ArrayList<>();
        for (int page = 0; page < 5; page++) {
            paged.addAll(Json.strings(read("/api/partners?size=10&page=" + page).path("items"), "id"));
        }
        assertThat(paged).doesNotHaveDuplicates().containsExactlyElementsOf(all);
    }

    @Test
    void sortByBudgetAndFoundedHold() {
        List<BigDecimal> budgets = new ArrayList<>();
        JsonNode byBudget = read("/api/partners?size=500&sort=budget,desc").path("items");
        for (int i = 0; i < byBudget.size(); i++) {
            if (byBudget.path(i).at("/budget/amount").isNumber()) {
                budgets.add(Json.decimal(byBudget, "/" + i + "/budget/amount"));
            }
        }
        assertThat(budgets).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(budgets.get(0)).isEqualByComparingTo("25400000000");

        List<Integer> founded = new ArrayList<>();
        read("/api/partners?size=500&sort=founded").path("items").values().forEach(p -> {
            if (p.path("founded").isNumber()) {
                founded.add(p.path("founded").asInt());
            }
        });
        assertThat(founded).isNotEmpty().isSorted();
        assertInvalid(get("/api/partners?sort=population"), "sort");
    }

    @Test
    void createReturns201WithLocation() {
        MvcTestResult created = post("/api/partners", partner("test-agency", "Test Space Agency", null));

        assertThat(created).hasStatus(HttpStatus.CREATED).hasHeader("Location", "/api/partners/test-agency");
        JsonNode stored = read("/api/partners/test-agency");
        assertThat(stored.path("name").asString()).isEqualTo("Test Space Agency");
        assertThat(Json.decimal(stored, "/budget/amount")).isEqualByComparingTo("1234567890.12");
        assertThat(stored.at("/budget/priceYear").asInt()).isEqualTo(2024);
        assertThat(stored.path("version").asLong()).isZero();
        assertThat(read("/api/partners?size=1").path("totalItems").asLong()).isEqualTo(48);
    }

    @Test
    void createOfAnExistingIdIsA409AndChangesNothing() {
        assertProblem(post("/api/partners", partner("esa", "Not ESA", null)), HttpStatus.CONFLICT);
        assertThat(read("/api/partners/esa").path("name").asString()).isEqualTo("European Space Agency (ESA)");
    }

    @Test
    void createNamesEveryInvalidField() {
        assertInvalid(post("/api/partners", """
                {"id": "Bad_Id", "name": "", "kind": "agency", "founded": 1800,
                 "budget": {"amount": -5, "currency": "USD"}, "sourceUrl": "wikipedia"}"""),
                "id", "name", "kind", "founded", "budget.amount", "sourceUrl");
        assertInvalid(post("/api/partners", """
                {"id": "euro-test", "name": "Euro", "kind": "company",
                 "budget": {"amount": 5, "currency": "EUR"}, "sourceUrl": "https://example.org"}"""), "budget.currency");
        assertInvalid(post("/api/partners", """
                {"name": "No id", "kind": "company", "sourceUrl": "https://example.org"}"""), "id");
    }

    @Test
    void unknownJsonFieldIsA400NamingIt() {
        String body = partner("extra-agency", "Extra", null).replace("\"name\"", "\"motto\": \"ad astra\", \"name\"");
        JsonNode problem = assertInvalid(post("/api/partners", body), "motto");
        assertThat(problem.path("errors").path(0).path("message").asString()).contains("not a known field");
        assertProblem(get("/api/partners/extra-agency"), HttpStatus.NOT_FOUND);
    }

    @Test
    void malformedJsonIsA400() {
        assertInvalid(post("/api/partners", "{\"id\": \"broken\""), "body");
        assertInvalid(post("/api/partners", "[1, 2, 3]"), "body");
    }

    @Test
    void updateWithAStaleVersionIsA409AndOverwritesNothing() {
        long version = read("/api/partners/csa").path("version").asLong();
        assertThat(put("/api/partners/csa", csaNamed("Canadian Space Agency (first change)", version))).hasStatusOk();

        assertProblem(put("/api/partners/csa", csaNamed("Canadian Space Agency (second change)", version)),
                HttpStatus.CONFLICT);

        JsonNode stored = read("/api/partners/csa");
        assertThat(stored.path("name").asString()).isEqualTo("Canadian Space Agency (first change)");
        assertThat(stored.path("version").asLong()).isEqualTo(version + 1);
    }

    @Test
    void updateNeedsAVersionTheSameIdAndAnExistingPartner() {
        assertInvalid(put("/api/partners/csa", csaNamed("No version", null)), "version");
        String otherId = csaNamed("Other id", 0L).replace("\"name\"", "\"id\": \"esa\", \"name\"");
        assertInvalid(put("/api/partners/csa", otherId), "id");
        assertProblem(put("/api/partners/no-such-agency", csaNamed("Ghost", 0L)), HttpStatus.NOT_FOUND);
    }

    @Test
    void deleteOfAPartnerStillReferencedIsA409AndDeletesNothing() {
        JsonNode problem = assertProblem(delete("/api/partners/nasa"), HttpStatus.CONFLICT);
        assertThat(problem.path("detail").asString()).contains("nasa");
        assertThat(get("/api/partners/nasa")).hasStatusOk();
        assertThat(read("/api/projects/iss").at("/leadPartnerId").asString()).isEqualTo("nasa");
    }

    @Test
    void deleteOfAPartnerOnlyALedgerCreditOrARiskNamesIsA409SayingSo() {
        assertThat(post("/api/partners", partner("credited", "Credited agency", null))).hasStatus(HttpStatus.CREATED);
        jdbc.sql("insert into ledger_credit (project_id, partner_id, description, amount, currency, price_year) "
                + "values ('iss', 'credited', 'In-kind test credit', 1000, 'USD', 2020)").update();
        JsonNode problem = assertProblem(delete("/api/partners/credited"), HttpStatus.CONFLICT);
        assertThat(problem.path("detail").asString()).contains("Partner 'credited' is still referenced by",
                "ledger credits=1", "remove those first");
        assertThat(get("/api/partners/credited")).hasStatusOk();
    }

    @Test
    void deleteOfAnUnreferencedPartnerRemovesIt() {
        assertThat(post("/api/partners", partner("short-lived", "Short-lived agency", null)))
                .hasStatus(HttpStatus.CREATED);
        assertThat(delete("/api/partners/short-lived")).hasStatus(HttpStatus.NO_CONTENT);
        assertProblem(get("/api/partners/short-lived"), HttpStatus.NOT_FOUND);
        assertProblem(delete("/api/partners/short-lived"), HttpStatus.NOT_FOUND);
    }

    private static String partner(String id, String name, Long version) {
        return """
                {"id": "%s", "name": "%s", "kind": "national agency", "countryOrMembers": "ZZ", "founded": 2001,
                 "budget": {"amount": 1234567890.12, "currency": "USD", "priceYear": 2024}, "sourceUrl": "https://example.org/%s",
                 "version": %s}""".formatted(id, name, id, version);
    }

    private static String csaNamed(String name, Long version) {
        return """
                {"name": "%s", "kind": "national agency", "countryOrMembers": "CA", "founded": 1989,
                 "sourceUrl": "https://en.wikipedia.org/wiki/List_of_government_space_agencies", "version": %s}"""
                .formatted(name, version);
    }
}
