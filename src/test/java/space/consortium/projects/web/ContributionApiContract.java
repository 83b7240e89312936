package space.consortium.projects.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import space.consortium.support.ApiContract;
import space.consortium.support.Json;
import tools.jackson.databind.JsonNode;

/** The contribution API: validation of partner, project and money, exact money, optimistic locking, lists. */
abstract class ContributionApiContract extends ApiContract {

    @Test
    void createWithoutPartnerIsA400ProblemNamingPartnerId() {
        String body = """
                {"projectId": "iss", "kind": "hardware", "element": "Spare truss segment",
                 "sourceUrl": "https://example.org/truss"}""";
        JsonNode problem = assertInvalid(post("/api/contributions", body), "partnerId");
        assertThat(problem.path("title").asString()).isEqualTo("Invalid input");
    }

    @Test
    void createWithAnUnknownPartnerIsA400ProblemNamingPartnerId() {
        long before = read("/api/contributions?size=1").path("totalItems").asLong();
        assertInvalid(post("/api/contributions", contribution("iss", "no-such-agency", null)), "partnerId");
        assertThat(read("/api/contributions?size=1").path("totalItems").asLong()).isEqualTo(before);
    }

    @Test
    void createNamesEveryBadField() {
        assertInvalid(post("/api/contributions", contribution("no-such-mission", "no-such-agency", null)),
                "projectId", "partnerId");
        assertInvalid(post("/api/contributions", """
                {"projectId": "", "partnerId": "esa", "kind": "moral support", "element": "",
                 "value": {"amount": -1, "currency": "EUR"}, "sourceUrl": "esa.int"}"""),
                "projectId", "kind", "element", "value.amount", "sourceUrl");
    }

    @Test
    void amountAndCurrencyGoTogether() {
        assertInvalid(post("/api/contributions", contribution("iss", "esa", "\"value\": {\"amount\": 1000}")),
                "value.currency");
        assertInvalid(post("/api/contributions", contribution("iss", "esa", "\"value\": {\"currency\": \"EUR\"}")),
                "value.amount");
        assertInvalid(post("/api/contributions", contribution("iss", "esa", "\"value\": {\"priceYear\": 2010}")),
                "value.amount", "value.currency");
    }

    @Test
    void createReturns201AndTheMoneyExactlyAsSent() {
        MvcTestResult created = post("/api/contributions", contribution("iss", "esa",
                "\"value\": {\"amount\": 987654321012.34, \"currency\": \"EUR\", \"priceYear\": 2015}"));

        assertThat(created).hasStatus(HttpStatus.CREATED);
        long id = Json.body(created).path("id").asLong();
        assertThat(created.getResponse().getHeader("Location")).isEqualTo("/api/contributions/" + id);
        JsonNode stored = read("/api/contributions/" + id);
        assertThat(Json.decimal(stored, "/value/amount")).isEqualTo(new BigDecimal("987654321012.34"));
        assertThat(stored.at("/value/currency").asString()).isEqualTo("EUR");
        assertThat(stored.at("/value/priceYear").asInt()).isEqualTo(2015);
        assertThat(stored.path("projectName").asString()).isEqualTo("International Space Station");
        assertThat(Json.strings(read("/api/projects/iss").path("contributions"), "element"))
                .contains("Spare node (test)");
    }

    @Test
    void amountFinerThanCentsIsRejectedRatherThanRounded() {
        assertInvalid(post("/api/contributions", contribution("iss", "esa",
                "\"value\": {\"amount\": 10.005, \"currency\": \"EUR\"}")), "value.amount");
    }

    @Test
    void sameContributionTwiceIsA409() {
        assertThat(post("/api/contributions", contribution("iss", "esa", null))).hasStatus(HttpStatus.CREATED);
        assertProblem(post("/api/contributions", contribution("iss", "esa", null)), HttpStatus.CONFLICT);
        assertThat(read("/api/contributions?project=iss&partner=esa&size=500").path("items").values())
                .filteredOn(c -> c.path("element").asString().equals("Spare node (test)")).hasSize(1);
    }

    @Test
    void nisarCarriesNasasPublishedShareOfOnePointTwoBillionDollars() {
        JsonNode items = read("/api/contributions?sort=amount,desc&size=500").path("items");
        List<JsonNode> valued = new ArrayList<>();
        items.values().forEach(c -> {
            if (c.path("value").isObject()) {
                valued.add(c);
            }
        });
        assertThat(valued).isNotEmpty();
        JsonNode nisar = valued.get(0);
        assertThat(nisar.path("projectId").asString()).isEqualTo("nisar");
        assertThat(nisar.path("partnerId").asString()).isEqualTo("nasa");
        assertThat(Json.decimal(nisar, "/value/amount")).isEqualByComparingTo("1200000000");
        assertThat(nisar.at("/value/currency").asString()).isEqualTo("USD");
    }

    @Test
    void filtersByProjectPartnerAndKindHold() {
        JsonNode esaHardware = read("/api/contributions?partner=esa&kind=hardware&size=500");
        assertThat(esaHardware.path("items").values()).isNotEmpty().allSatisfy(c -> {
            assertThat(c.path("partnerId").asString()).isEqualTo("esa");
            assertThat(c.path("kind").asString()).isEqualTo("hardware");
        });
        assertThat(esaHardware.path("totalItems").asLong()).isEqualTo(esaHardware.path("items").size());

        JsonNode iss = read("/api/contributions?project=iss&size=500");
        assertThat(Json.strings(iss.path("items"), "projectId")).containsOnly("iss");
        assertThat(Json.strings(iss.path("items"), "partnerId"))
                .containsAll(List.of("nasa", "roscosmos", "esa", "jaxa", "csa", "asi"));
    }

    @Test
    void pagesCoverEveryContributionExactlyOnceAndEachCitesAWebSource() {
        JsonNode first = read("/api/contributions?size=10");
        assertThat(first.path("totalItems").asLong()).isEqualTo(90);
        assertThat(first.path("totalPages").asInt()).isEqualTo(9);
        List<Long> ids = new ArrayList<>();
        for (int page = 0; page < 9; page++) {
            JsonNode items = read("/api/contributions?size=10&page=" + page).path("items");
            items.values().forEach(c -> {
                ids.add(c.path("id").asLong());
                assertThat(c.path("sourceUrl").asString()).matches("https?://\\S+");
            });
        }
        assertThat(ids).hasSize(90).doesNotHaveDuplicates().isSorted();
    }

    @Test
    void updateWithAStaleVersionIsA409AndOverwritesNothing() {
        JsonNode columbus = columbus();
        long id = columbus.path("id").asLong();
        long version = columbus.path("version").asLong();
        assertThat(put("/api/contributions/" + id, columbusWithElement("Columbus laboratory (first change)", version)))
                .hasStatusOk();

        assertProblem(put("/api/contributions/" + id,
                columbusWithElement("Columbus laboratory (second change)", version)), HttpStatus.CONFLICT);

        JsonNode stored = read("/api/contributions/" + id);
        assertThat(stored.path("element").asString()).isEqualTo("Columbus laboratory (first change)");
        assertThat(stored.path("version").asLong()).isEqualTo(version + 1);
    }

    @Test
    void updateNeedsAVersionAndAnExistingContribution() {
        long id = columbus().path("id").asLong();
        assertInvalid(put("/api/contributions/" + id, columbusWithElement("No version", null)), "version");
        assertProblem(put("/api/contributions/999999", columbusWithElement("Ghost", 0L)), HttpStatus.NOT_FOUND);
    }

    @Test
    void unknownOrMalformedIdIsRejected() {
        assertProblem(get("/api/contributions/999999"), HttpStatus.NOT_FOUND);
        assertInvalid(get("/api/contributions/columbus"), "id");
    }

    @Test
    void unknownJsonFieldAndMalformedJsonAre400() {
        assertInvalid(post("/api/contributions", contribution("iss", "esa", "\"valueUsdMillions\": 5")),
                "valueUsdMillions");
        assertInvalid(post("/api/contributions", "{\"projectId\": \"iss\",}"), "body");
        assertInvalid(post("/api/contributions", ""), "body");
    }

    @Test
    void deleteRemovesTheContribution() {
        long id = columbus().path("id").asLong();
        assertThat(delete("/api/contributions/" + id)).hasStatus(HttpStatus.NO_CONTENT);
        assertProblem(get("/api/contributions/" + id), HttpStatus.NOT_FOUND);
        assertThat(read("/api/contributions?size=1").path("totalItems").asLong()).isEqualTo(89);
        assertProblem(delete("/api/contributions/" + id), HttpStatus.NOT_FOUND);
    }

    @Test
    void updateCannotTurnAContributionIntoACopyOfAnother() {
        JsonNode columbus = columbus();
        String otherElement = "European Robotic Arm and Cupola; Harmony and Tranquility nodes built by European industry under ESA contract";
        assertProblem(put("/api/contributions/" + columbus.path("id").asLong(),
                columbusWithElement(otherElement, columbus.path("version").asLong())), HttpStatus.CONFLICT);
        assertThat(read("/api/contributions/" + columbus.path("id").asLong()).path("element").asString())
                .isEqualTo("Columbus laboratory");
    }

    private JsonNode columbus() {
        for (JsonNode c : read("/api/contributions?project=iss&partner=esa&size=500").path("items").values()) {
            if (c.path("element").asString().equals("Columbus laboratory")) {
                return c;
            }
        }
        throw new AssertionError("the ISS has no contribution 'Columbus laboratory'");
    }

    private static String columbusWithElement(String element, Long version) {
        return """
                {"projectId": "iss", "partnerId": "esa", "kind": "hardware", "element": "%s",
                 "sourceUrl": "https://esa.int/ESA_Multimedia/Images/2007/11/Poster_-_Europe_and_the_ISS",
                 "version": %s}""".formatted(element, version);
    }

    /** A new hardware contribution; {@code extra} adds fields such as money. */
    private static String contribution(String project, String partner, String extra) {
        return """
                {"projectId": "%s", "partnerId": "%s", "kind": "hardware", "element": "Spare node (test)",
                 %s"sourceUrl": "https://example.org/spare-node"}"""
                .formatted(project, partner, extra == null ? "" : extra + ", ");
    }
}
