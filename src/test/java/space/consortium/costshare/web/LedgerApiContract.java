package space.consortium.costshare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import space.consortium.support.ApiContract;
import space.consortium.support.Json;
import tools.jackson.databind.JsonNode;

/**
 * The ledger API on the ISS: obligations from the common-operations share table of an entered cost, in-kind credits
 * at agreed values, net positions that add up to zero, errors that name the field, and the editable rate tables.
 */
abstract class LedgerApiContract extends ApiContract {

    private static final String ISS_LEDGER = "/api/projects/iss/ledger";

    @Test
    void issObligationsAreTheAgreedSharesOfTheEnteredCost() {
        JsonNode ledger = read(ISS_LEDGER + "?cost=1000000000");

        assertThat(ledger.at("/table/name").asString()).isEqualTo("US-segment utilisation and common operating costs");
        assertThat(ledger.path("currency").asString()).isEqualTo("USD");
        assertThat(ledger.path("baseYear").asInt()).isEqualTo(2025);
        assertThat(values(ledger, "obligation")).containsExactlyInAnyOrderEntriesOf(Map.of(
                "nasa", new BigDecimal("766000000.00"), "jaxa", new BigDecimal("128000000.00"),
                "esa", new BigDecimal("83000000.00"), "csa", new BigDecimal("23000000.00")));
        assertThat(Json.decimal(ledger, "/unfunded")).isEqualByComparingTo("1000000000");
        assertThat(sum(values(ledger, "net"))).isZero();
        assertThat(ledger.path("transfers").size()).isZero();
    }

    @Test
    void issInKindContributionsAreListedAsCreditsStillToBeValued() {
        JsonNode ledger = read(ISS_LEDGER + "?cost=1000000000");

        assertThat(Json.strings(ledger.path("unvalued"), "element"))
                .anySatisfy(e -> assertThat(e).contains("ATV"))
                .anySatisfy(e -> assertThat(e).contains("Harmony and Tranquility nodes"));
        assertThat(ledger.path("credits").size()).as("no ISS contribution carries a sourced value").isZero();
    }

    @Test
    void anAgreedValueForEsasAtvMakesTheOthersOweEsaTheirShare() {
        long atv = contributionId("ATV");
        MvcTestResult created = post(ISS_LEDGER + "/credits", """
                {"contributionId": %d, "partnerId": "esa", "description": "ATV cargo flights",
                 "value": {"amount": 500000000, "currency": "USD", "priceYear": 2024}}""".formatted(atv));
        assertThat(created).hasStatus(HttpStatus.CREATED);

        // kept in prices of 2024, the credit's own price year, so that no inflation enters the shares
        JsonNode ledger = read(ISS_LEDGER + "?cost=1000000000&baseYear=2024");

        Map<String, BigDecimal> nets = values(ledger, "net");
        assertThat(nets).containsExactlyInAnyOrderEntriesOf(Map.of(
                "nasa", new BigDecimal("-383000000.00"), "jaxa", new BigDecimal("-64000000.00"),
                "esa", new BigDecimal("458500000.00"), "csa", new BigDecimal("-11500000.00")));
        assertThat(sum(nets)).isZero();
        assertThat(Json.decimal(ledger, "/delivered")).isEqualByComparingTo("500000000");
        assertThat(Json.decimal(ledger, "/unfunded")).isEqualByComparingTo("500000000");
        assertThat(ledger.path("transfers").size()).isEqualTo(3);
        assertThat(Json.strings(ledger.path("transfers"), "to")).containsOnly("esa");
        assertThat(Json.strings(ledger.path("unvalued"), "contributionId")).doesNotContain(String.valueOf(atv));
        assertThat(Json.strings(read(ISS_LEDGER + "/credits"), "description")).containsExactly("ATV cargo flights");
    }

    @Test
    void aCostInEurosIsConvertedWithTheCitedRate() {
        JsonNode ledger = read(ISS_LEDGER + "?cost=1000000&currency=EUR&year=2023&baseYear=2023");

        // 1 000 000 EUR × 1.0817 USD/EUR (Federal Reserve G.5A, 2023 annual average)
        assertThat(Json.decimal(ledger, "/cost")).isEqualByComparingTo("1081700.00");
        assertThat(values(ledger, "obligation").get("nasa")).isEqualByComparingTo("828582.20");
        assertThat(sum(values(ledger, "obligation"))).isEqualByComparingTo("1081700.00");
        JsonNode factor = ledger.at("/conversions/0/factors/0");
        assertThat(factor.path("kind").asString()).isEqualTo("exchange-rate");
        assertThat(factor.path("sourceUrl").asString()).contains("federalreserve.gov");
    }

    @Test
    void theOtherShareTableCanBeChosenByName() {
        JsonNode ledger = read(ISS_LEDGER + "?cost=100&table=Columbus utilisation");

        assertThat(values(ledger, "obligation")).containsExactlyInAnyOrderEntriesOf(Map.of(
                "esa", new BigDecimal("51.00"), "nasa", new BigDecimal("46.70"), "csa", new BigDecimal("2.30")));
    }

    // ---- errors name the field

    @Test
    void unknownProjectIsA404() {
        assertProblem(get("/api/projects/no-such-mission/ledger?cost=1"), HttpStatus.NOT_FOUND);
    }

    @Test
    void missingNegativeOrUnreadableCostIsA400NamingCost() {
        assertInvalid(get(ISS_LEDGER), "cost");
        assertInvalid(get(ISS_LEDGER + "?cost=-5"), "cost");
        assertInvalid(get(ISS_LEDGER + "?cost=lots"), "cost");
        assertInvalid(get(ISS_LEDGER + "?cost=1.001"), "cost");
    }

    @Test
    void unknownCurrencyAndYearsWithoutFiguresAreNamed() {
        assertInvalid(get(ISS_LEDGER + "?cost=1&currency=XYZ"), "currency");
        JsonNode rouble = assertProblem(get(ISS_LEDGER + "?cost=1&currency=RUB&year=2020&baseYear=2024"),
                HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(rouble.path("missing").toString()).contains("no RUB→USD rate for 2020",
                "the table has no RUB rate at all");
        // the shipped CPI-U table ends with 2025 (BLS annual average): a ledger kept in prices of 2026 lacks its index
        JsonNode index = assertProblem(get(ISS_LEDGER + "?cost=1&year=2024&baseYear=2026"),
                HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(index.path("missing").toString()).contains("no US price index (CPI-U) for 2026");
    }

    // ---- every year 1998–2025 in every offered currency (issue 12)

    @Test
    void theLedgerOfEveryYearInEveryCurrencyIsComputedOrNamesWhatIsMissingNeverCountingZero() throws Exception {
        java.util.Set<String> shippedRates = new java.util.HashSet<>();
        try (java.io.Reader reader = new java.io.InputStreamReader(getClass().getClassLoader()
                .getResourceAsStream("costshare/exchange_rates.csv"), java.nio.charset.StandardCharsets.UTF_8)) {
            space.consortium.shared.Csv.read(reader).rows().forEach(r ->
                    shippedRates.add(r.get("currency").orElseThrow() + ":" + r.get("year").orElseThrow()));
        }
        int computed = 0;
        for (String currency : space.consortium.shared.Money.CURRENCIES) {
            for (int year = 1998; year <= 2025; year++) {
                String uri = ISS_LEDGER + "?cost=1000000&currency=" + currency + "&year=" + year + "&base="
                        + currency + "&baseYear=" + year;
                MvcTestResult result = get(uri);
                boolean rated = currency.equals("USD") || shippedRates.contains(currency + ":" + year);
                if (result.getResponse().getStatus() == 200) {
                    computed++;
                    JsonNode ledger = Json.body(result);
                    assertThat(rated).as("%s %d computed without a rate", currency, year).isTrue();
                    // there and back through the dollar: the cost is the amount entered (rounding within a unit)
                    assertThat(Json.decimal(ledger, "/cost").subtract(new BigDecimal("1000000")).abs())
                            .as(uri).isLessThanOrEqualTo(BigDecimal.ONE);
                    assertThat(ledger.path("currency").asString()).isEqualTo(currency);
                } else {
                    JsonNode problem = assertProblem(result, HttpStatus.UNPROCESSABLE_CONTENT);
                    assertThat(problem.path("detail").asString()).as(uri).contains("not computed");
                    assertThat(problem.path("missing").values()).as(uri).isNotEmpty()
                            .allSatisfy(m -> assertThat(m.asString()).startsWith("no "));
                    if (!rated) {
                        assertThat(problem.path("missing").toString()).as(uri)
                                .contains("no " + currency + "→USD rate for " + year);
                    }
                }
            }
        }
        // the shipped tables hold the dollar and five currencies for 2002–2007, 2012–2015 and 2017–2023 at least
        assertThat(computed).isGreaterThanOrEqualTo(6 * 17);
    }

    // ---- no silent zeros (issue 13)

    private void addEsaContributionInEuros(int priceYear) {
        assertThat(post("/api/contributions", """
                {"projectId": "iss", "partnerId": "esa", "kind": "hardware", "element": "Euro-priced spare (test)",
                 "value": {"amount": 2000000, "currency": "EUR", "priceYear": %d}, "sourceUrl": "https://example.org/spare"}"""
                .formatted(priceYear))).hasStatus(HttpStatus.CREATED);
    }

    @Test
    void aCreditInEurosOfAYearWithoutARateRefusesTheLedgerNamingTheRateInsteadOfCountingZero() {
        addEsaContributionInEuros(2024);

        JsonNode problem = assertProblem(get(ISS_LEDGER + "?cost=1000000000&baseYear=2024"),
                HttpStatus.UNPROCESSABLE_CONTENT);

        assertThat(problem.path("title").asString()).isEqualTo("Missing inputs");
        // the shipped Federal Reserve table holds EUR rates for 2002–2007, 2012–2015 and 2017–2023
        assertThat(problem.path("missing").values()).extracting(JsonNode::asString).containsExactly("no EUR→USD rate for 2024; rates exist for 2002–2007, 2012–2015, 2017–2023");
        assertThat(problem.path("detail").asString()).contains("not computed", "no EUR→USD rate for 2024");
    }

    @Test
    void aCreditInEurosOfAYearWithARateCountsAtItsConvertedValue() {
        addEsaContributionInEuros(2023);

        JsonNode ledger = read(ISS_LEDGER + "?cost=1000000000&baseYear=2023");

        // 2 000 000 EUR × 1.0817 USD/EUR (2023) = 2 163 400 USD, credited to ESA, not zero
        assertThat(Json.decimal(ledger, "/delivered")).isEqualByComparingTo("2163400.00");
        assertThat(ledger.path("notes").toString()).doesNotContain("Left out");
    }

    @Test
    void theDefaultBaseYearIsTheLatestForWhichEveryNeededRateExists() {
        // in US dollars every figure of 2025 exists: the latest price index year (BLS CPI-U annual average 2025)
        assertThat(read(ISS_LEDGER + "?cost=1000000").path("baseYear").asInt()).isEqualTo(2025);
        // a ledger in euros needs the EUR rate of its year: the table stops at 2023
        JsonNode euros = read(ISS_LEDGER + "?cost=1000000&base=EUR");
        assertThat(euros.path("baseYear").asInt()).isEqualTo(2023);
        assertThat(euros.path("currency").asString()).isEqualTo("EUR");
    }

    @Test
    void unknownShareTableOrAProjectWithoutOneIsA400NamingTable() {
        assertInvalid(get(ISS_LEDGER + "?cost=1&table=Lunar gateway"), "table");
        assertInvalid(get("/api/projects/hubble/ledger?cost=1"), "table");
    }

    @Test
    void badCreditsAreRejectedFieldByFieldAndNothingIsStored() {
        assertInvalid(post(ISS_LEDGER + "/credits", """
                {"partnerId": "", "description": "ATV-2", "value": {"amount": -1, "currency": "XYZ", "priceYear": 2024}}"""),
                "partnerId", "value.amount", "value.currency");
        assertInvalid(post(ISS_LEDGER + "/credits", """
                {"partnerId": "esa", "description": "ATV-2", "value": {"amount": 1, "currency": "EUR", "priceYear": 2016}}"""),
                "value.priceYear");
        assertThat(read(ISS_LEDGER + "/credits").size()).isZero();
    }

    @Test
    void staleCreditUpdateIsA409() {
        JsonNode created = Json.body(post(ISS_LEDGER + "/credits", """
                {"partnerId": "esa", "description": "Node 2", "value": {"amount": 1000, "currency": "USD", "priceYear": 2024}}"""));
        String uri = ISS_LEDGER + "/credits/" + created.path("id").asLong();
        String change = """
                {"partnerId": "esa", "description": "Node 2", "value": {"amount": 2000, "currency": "USD", "priceYear": 2024},
                 "version": 0}""";
        assertThat(put(uri, change)).hasStatusOk();
        assertProblem(put(uri, change), HttpStatus.CONFLICT);
        assertThat(Json.decimal(read(uri), "/value/amount")).isEqualByComparingTo("2000");
    }

    // ---- conversion tables

    @Test
    void shippedRatesCarryTheirSources() {
        JsonNode euro = read("/api/exchange-rates/EUR/2023");
        assertThat(Json.decimal(euro, "/rate")).isEqualByComparingTo("1.0817");
        assertThat(euro.path("quote").asString()).isEqualTo("usd_per_unit");
        assertThat(euro.path("sourceUrl").asString()).isEqualTo("https://federalreserve.gov/releases/g5a/20240201");
        // 17 yen rows of the Federal Reserve and 2008–2010 of the Penn World Table 7.1 (as FRED's archive shows it)
        assertThat(read("/api/exchange-rates?currency=JPY").path("totalItems").asLong()).isEqualTo(20);
        assertThat(Json.decimal(read("/api/price-index/2024"), "/value")).isEqualByComparingTo("313.689");
    }

    @Test
    void rateUpdateWithAStaleVersionIsA409AndChangesNothing() {
        String change = """
                {"rate": 1.09, "quote": "usd_per_unit", "sourceUrl": "https://example.org/rates", "version": 0}""";
        assertThat(put("/api/exchange-rates/EUR/2023", change)).hasStatusOk();
        assertProblem(put("/api/exchange-rates/EUR/2023", change), HttpStatus.CONFLICT);
        JsonNode euro = read("/api/exchange-rates/EUR/2023");
        assertThat(Json.decimal(euro, "/rate")).isEqualByComparingTo("1.09");
        assertThat(euro.path("version").asLong()).isEqualTo(1);
    }

    @Test
    void addingAMissingRateMakesTheLedgerConvertWithIt() {
        assertInvalid(put("/api/exchange-rates/RUB/2021", """
                {"rate": 0, "quote": "sideways", "sourceUrl": "ftp://x"}"""), "rate", "quote", "sourceUrl");
        assertThat(put("/api/exchange-rates/RUB/2021", """
                {"rate": 73.5, "quote": "units_per_usd", "sourceUrl": "https://example.org/rub"}""")).hasStatusOk();
        JsonNode ledger = read(ISS_LEDGER + "?cost=735&currency=RUB&year=2021&baseYear=2021");
        assertThat(Json.decimal(ledger, "/cost")).isEqualByComparingTo("10.00");
    }

    @Test
    void priceIndexUpdateWithAStaleVersionIsA409() {
        String change = """
                {"value": 313.7, "sourceUrl": "https://www.bls.gov/cpi/", "version": 0}""";
        assertThat(put("/api/price-index/2024", change)).hasStatusOk();
        assertProblem(put("/api/price-index/2024", change), HttpStatus.CONFLICT);
        assertInvalid(put("/api/exchange-rates/USD/2024", """
                {"rate": 1, "quote": "units_per_usd", "sourceUrl": "https://example.org"}"""), "currency");
    }

    @Test
    void deletingARateMakesTheLedgerNameItAsMissingAndASecondDeleteIsA404() {
        String ledger = ISS_LEDGER + "?cost=1000&currency=EUR&year=2023&baseYear=2023";
        assertThat(get(ledger)).hasStatusOk();
        assertThat(delete("/api/exchange-rates/eur/2023")).hasStatus(HttpStatus.NO_CONTENT);
        assertProblem(get("/api/exchange-rates/EUR/2023"), HttpStatus.NOT_FOUND);
        JsonNode missing = assertProblem(get(ledger), HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(missing.path("missing").toString()).contains("no EUR→USD rate for 2023");
        assertProblem(delete("/api/exchange-rates/EUR/2023"), HttpStatus.NOT_FOUND);
        assertProblem(delete("/api/exchange-rates/EUR/2097"), HttpStatus.NOT_FOUND);
        // the other euro years stay
        assertThat(read("/api/exchange-rates/EUR/2022").path("rate").isMissingNode()).isFalse();
    }

    @Test
    void aDeleteCarryingAStaleVersionIsA409AndRemovesNothing() {
        assertThat(put("/api/exchange-rates/JPY/2023", """
                {"rate": 140.6, "quote": "units_per_usd", "sourceUrl": "https://example.org/rates", "version": 0}"""))
                .hasStatusOk();
        assertProblem(delete("/api/exchange-rates/JPY/2023?version=0"), HttpStatus.CONFLICT);
        assertProblem(deleteIfMatch("/api/exchange-rates/JPY/2023", "\"0\""), HttpStatus.CONFLICT);
        assertThat(Json.decimal(read("/api/exchange-rates/JPY/2023"), "/rate")).isEqualByComparingTo("140.6");
        assertInvalid(deleteIfMatch("/api/exchange-rates/JPY/2023", "\"yesterday\""), "If-Match");
        assertInvalid(mvc.delete().uri("/api/exchange-rates/JPY/2023?version=0").header("If-Match", "1")
                .accept(org.springframework.http.MediaType.APPLICATION_JSON).with(space.consortium.support.Users.admin())
                .exchange(), "version");
        assertThat(deleteIfMatch("/api/exchange-rates/JPY/2023", "\"1\"")).hasStatus(HttpStatus.NO_CONTENT);
        assertProblem(get("/api/exchange-rates/JPY/2023"), HttpStatus.NOT_FOUND);
    }

    @Test
    void deletingAPriceIndexMakesConversionsOfThatYearNameIt() {
        assertProblem(delete("/api/price-index/2024?version=7"), HttpStatus.CONFLICT);
        assertThat(delete("/api/price-index/2024?version=0")).hasStatus(HttpStatus.NO_CONTENT);
        assertProblem(get("/api/price-index/2024"), HttpStatus.NOT_FOUND);
        JsonNode missing = assertProblem(get(ISS_LEDGER + "?cost=1&year=2024&baseYear=2025"),
                HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(missing.path("missing").toString()).contains("no US price index (CPI-U) for 2024");
        assertProblem(delete("/api/price-index/2024"), HttpStatus.NOT_FOUND);
        assertThat(deleteIfMatch("/api/price-index/2025", "*")).hasStatus(HttpStatus.NO_CONTENT);
    }

    private MvcTestResult deleteIfMatch(String uri, String ifMatch) {
        return mvc.delete().uri(uri).header("If-Match", ifMatch).accept(org.springframework.http.MediaType.APPLICATION_JSON)
                .with(space.consortium.support.Users.admin()).exchange();
    }

    private long contributionId(String elementPart) {
        for (JsonNode c : read("/api/projects/iss").path("contributions").values()) {
            if (c.path("element").asString().contains(elementPart)) {
                return c.path("id").asLong();
            }
        }
        throw new AssertionError("no ISS contribution mentions " + elementPart);
    }

    private static Map<String, BigDecimal> values(JsonNode ledger, String column) {
        Map<String, BigDecimal> values = new HashMap<>();
        for (JsonNode p : ledger.path("positions").values()) {
            values.put(p.path("partnerId").asString(), p.path(column).decimalValue());
        }
        return values;
    }

    private static BigDecimal sum(Map<String, BigDecimal> values) {
        return values.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
