package space.consortium.risk.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import space.consortium.support.ApiContract;
import space.consortium.support.Json;
import tools.jackson.databind.JsonNode;

/**
 * The risk register API on the ISS: create, change and delete risks with optimistic locking, every change kept in
 * the history, zones from the project's (tailorable) matrix, filters, and the export as simulation events.
 */
abstract class RiskApiContract extends ApiContract {

    private static final String RISKS = "/api/projects/iss/risks";

    static String risk(String title, String owner, int likelihood, int consequence, String disposition,
                       String extra) {
        return """
                {"title": "%s", "condition": "Only one cargo vehicle can fly for several months",
                 "consequence": "the crew reserve may fall below 45 days", "ownerPartnerId": "%s",
                 "domain": "safety", "likelihood": %d, "consequenceLevel": %d, "disposition": "%s"%s}"""
                .formatted(title, owner, likelihood, consequence, disposition, extra);
    }

    private JsonNode create(String body) {
        MvcTestResult created = post(RISKS, body);
        assertThat(created).hasStatus(HttpStatus.CREATED);
        return Json.body(created);
    }

    @Test
    void aNewRiskIsZonedOnTheNasaMatrixAndItsFirstHistoryRowIsItsCreation() {
        JsonNode risk = create(risk("Cargo gap", "nasa", 4, 4, "mitigate",
                ", \"mitigation\": \"Move Cygnus to Atlas V\", \"changedBy\": \"M. Suffredini\""));

        assertThat(risk.path("index").asString()).isEqualTo("L4×C4");
        assertThat(risk.path("zone").asString()).isEqualTo("R");          // L4: L M H R R
        assertThat(risk.path("score").asInt()).isEqualTo(16);
        assertThat(risk.path("trend").asString()).isEqualTo("new");
        assertThat(risk.path("ownerPartnerName").asString()).contains("National Aeronautics");
        assertThat(risk.path("version").asLong()).isZero();

        JsonNode history = read(RISKS + "/" + risk.path("id").asLong() + "/history");
        assertThat(history.size()).isEqualTo(1);
        assertThat(history.at("/0/kind").asString()).isEqualTo("created");
        assertThat(history.at("/0/changedBy").asString()).isEqualTo("M. Suffredini");
    }

    @Test
    void everyChangeIsKeptAndTheTrendFollowsTheScore() {
        JsonNode risk = create(risk("Cargo gap", "nasa", 4, 4, "mitigate", ""));
        String uri = RISKS + "/" + risk.path("id").asLong();

        JsonNode lower = Json.body(put(uri, risk("Cargo gap", "nasa", 2, 4, "watch",
                ", \"changeNote\": \"Progress M-28M docked\", \"activities\": [\"A7\"], "
                        + "\"delayDays\": {\"mode\": 30}, \"version\": 0")));
        assertThat(lower.path("trend").asString()).isEqualTo("down");
        assertThat(lower.path("zone").asString()).isEqualTo("M");          // L2: L L M M H
        assertThat(lower.path("version").asLong()).isEqualTo(1);
        assertProblem(put(uri, risk("Cargo gap", "nasa", 5, 5, "watch", ", \"version\": 0")), HttpStatus.CONFLICT);

        JsonNode higher = Json.body(put(uri, risk("Cargo gap", "nasa", 3, 5, "elevate", ", \"version\": 1")));
        assertThat(higher.path("trend").asString()).isEqualTo("up");

        assertThat(delete(uri + "?version=1")).hasStatus(HttpStatus.CONFLICT);
        assertThat(delete(uri + "?version=2&by=Lead")).hasStatus(HttpStatus.NO_CONTENT);
        assertProblem(get(uri), HttpStatus.NOT_FOUND);

        JsonNode history = read(uri + "/history");
        assertThat(Json.strings(history, "kind")).containsExactly("created", "updated", "updated", "deleted");
        assertThat(Json.strings(history, "score")).containsExactly("16", "8", "15", "15");
        assertThat(history.at("/1/changeNote").asString()).isEqualTo("Progress M-28M docked");
        assertThat(history.at("/1/activities").toString()).isEqualTo("[\"A7\"]");
        assertThat(history.at("/1/delayDays/mode").decimalValue()).isEqualByComparingTo("30");
        assertThat(history.at("/0/delayDays").isNull()).isTrue();
        assertThat(history.at("/0/condition").asString()).startsWith("Only one cargo vehicle");
        assertThat(history.at("/3/changedBy").asString()).isEqualTo("Lead");
    }

    @Test
    void theRegisterFiltersByOwnerPartnerAndDomain() {
        create(risk("Cargo gap", "nasa", 4, 4, "mitigate", ""));
        create(risk("Soyuz third stage", "roscosmos", 2, 5, "watch", ""));

        assertThat(Json.strings(read(RISKS + "?partner=roscosmos"), "title")).containsExactly("Soyuz third stage");
        assertThat(read(RISKS + "?domain=cost").size()).isZero();
        assertThat(read(RISKS).size()).isEqualTo(2);
        // a zone is a set of cells of the project's matrix: L4×C4 is red (R) in the shipped NASA zoning
        assertThat(Json.strings(read(RISKS + "?zone=r&partner=nasa"), "title")).containsExactly("Cargo gap");
        assertThat(Json.strings(read(RISKS + "?disposition=watch&partner="), "title"))
                .containsExactly("Soyuz third stage");
        assertThat(read(RISKS + "?zone=VL").size()).isZero();
        assertThat(read(RISKS + "?partner=nasa&disposition=watch").size()).isZero();
    }

    @Test
    void aRiskCostIsMoneyWithItsCurrencyAndPriceYearEverywhere() {
        // the ISS states no cost in the dataset: a cost given without a currency is in US dollars of this year
        JsonNode plain = create(risk("Cost overrun", "esa", 3, 3, "watch", """
                , "probability": 0.2, "activities": ["A"], "cost": {"min": 1000000, "mode": 2000000, "max": 5000000}"""));
        assertThat(plain.at("/cost/currency").asString()).isEqualTo("USD");
        assertThat(plain.at("/cost/priceYear").asInt()).isEqualTo(java.time.Year.now(java.time.ZoneOffset.UTC).getValue());
        assertThat(plain.at("/cost/mode").decimalValue()).isEqualByComparingTo("2000000");

        // a currency and year given are kept, and what GET answers for the cost, PUT takes back unchanged
        JsonNode euros = create(risk("Ariane slip", "esa", 3, 3, "watch", """
                , "cost": {"mode": 4000000, "currency": "EUR", "priceYear": 2020}"""));
        String uri = RISKS + "/" + euros.path("id").asLong();
        JsonNode read = read(uri);
        assertThat(read.path("cost").toString()).contains("\"currency\":\"EUR\"", "\"priceYear\":2020");
        JsonNode changed = Json.body(put(uri, risk("Ariane 6 slip", "esa", 3, 3, "watch",
                ", \"cost\": " + read.path("cost") + ", \"version\": " + read.path("version"))));
        assertThat(changed.path("title").asString()).isEqualTo("Ariane 6 slip");
        assertThat(changed.at("/cost/currency").asString()).isEqualTo("EUR");
        assertThat(changed.at("/cost/priceYear").asInt()).isEqualTo(2020);
        assertThat(read(uri + "/history").at("/1/cost/currency").asString()).isEqualTo("EUR");

        // the simulation export says in which money each event's cost is
        JsonNode export = read("/api/projects/iss/risk-events");
        JsonNode source = export.at("/sources/R" + plain.path("id").asLong());
        assertThat(source.path("costCurrency").asString()).isEqualTo("USD");
        assertThat(source.path("costPriceYear").asInt()).isEqualTo(plain.at("/cost/priceYear").asInt());

        assertInvalid(post(RISKS, risk("X", "esa", 3, 3, "watch", """
                , "cost": {"mode": 1, "currency": "XYZ", "priceYear": 1850}""")), "cost.currency", "cost.priceYear");
    }

    @Test
    void badRisksAre400sNamingEveryFieldAndTheStoredRegisterIsUnchanged() {
        assertInvalid(post(RISKS, risk("X", "nobody", 6, 0, "ignore", "")),
                "likelihood", "consequenceLevel");
        assertInvalid(post(RISKS, risk("X", "nobody", 3, 3, "ignore", ", \"domain\": \"budget\"")
                .replace("\"domain\": \"safety\", ", "")), "disposition", "ownerPartnerId", "domain");
        assertInvalid(post(RISKS, risk("X", "esa", 3, 3, "accept",
                ", \"probability\": 1.5")), "probability");
        assertInvalid(post(RISKS, risk("X", "esa", 3, 3, "accept",
                ", \"delayDays\": {\"min\": 10, \"mode\": 5, \"max\": 20}, \"activities\": [\"ok\", \"not ok!\"]")),
                "acceptedBy", "delayDays", "activities[1]");
        assertInvalid(post(RISKS, risk("X", "esa", 3, 3, "watch", ", \"colour\": \"red\"")), "colour");
        assertThat(read(RISKS).size()).isZero();
        assertProblem(post("/api/projects/no-such-project/risks", risk("X", "esa", 3, 3, "watch", "")),
                HttpStatus.NOT_FOUND);
        assertProblem(put(RISKS + "/999999", risk("X", "esa", 3, 3, "watch", ", \"version\": 0")),
                HttpStatus.NOT_FOUND);
        assertInvalid(post(RISKS, "{}"), "title", "condition", "consequence", "ownerPartnerId",
                "domain", "likelihood", "consequenceLevel", "disposition");
    }

    @Test
    void anEcssMatrixWritesCellsAsSeverityAndLetterAndATailoredZoningChangesTheZones() {
        JsonNode risk = create(risk("Cargo gap", "esa", 4, 4, "mitigate", ""));
        JsonNode ecss = Json.body(put("/api/projects/iss/risk-matrix", """
                {"scaleId": "ecss", "version": 0}"""));
        assertThat(ecss.path("scaleId").asString()).isEqualTo("ecss");
        assertThat(ecss.path("version").asLong()).isEqualTo(1);
        assertThat(read(RISKS + "/" + risk.path("id").asLong()).path("index").asString()).isEqualTo("4D");

        String allLow = "L L L L L / L L L L L / L L L L L / L L L L L / L L L L L";
        JsonNode tailored = Json.body(put("/api/projects/iss/risk-matrix", """
                {"scaleId": "ecss", "zoning": "%s", "version": 1}""".formatted(allLow)));
        assertThat(tailored.path("tailored").asBoolean()).isTrue();
        assertThat(read(RISKS + "/" + risk.path("id").asLong()).path("zone").asString()).isEqualTo("L");

        assertProblem(put("/api/projects/iss/risk-matrix", """
                {"scaleId": "ecss", "version": 1}"""), HttpStatus.CONFLICT);
        assertInvalid(put("/api/projects/iss/risk-matrix", """
                {"scaleId": "ecss", "zoning": "L M X", "version": 2}"""), "zoning");
        assertInvalid(put("/api/projects/iss/risk-matrix", """
                {"scaleId": "iso", "version": 2}"""), "scaleId");
    }

    @Test
    void openRisksWithAProbabilityAndAnImpactExportAsSimulationEvents() {
        JsonNode triangular = create(risk("Late module", "esa", 3, 4, "mitigate", """
                , "probability": 0.3, "activities": ["A", "B"],
                  "delayDays": {"min": 10, "mode": 20, "max": 60}, "cost": {"mode": 5000000}"""));
        create(risk("No numbers", "jaxa", 2, 2, "watch", ""));
        create(risk("Closed", "csa", 2, 2, "close", ", \"probability\": 0.1, \"delayDays\": {\"mode\": 3}"));
        create(risk("Unlinked", "esa", 2, 2, "watch", ", \"probability\": 0.1, \"delayDays\": {\"mode\": 3}"));

        JsonNode export = read("/api/projects/iss/risk-events");

        assertThat(export.path("risks").size()).isEqualTo(1);
        JsonNode event = export.at("/risks/0");
        assertThat(event.path("id").asString()).isEqualTo("R" + triangular.path("id").asLong());
        assertThat(event.propertyNames()).containsExactly("id", "probability", "affects", "delay", "cost");
        assertThat(export.at("/sources/R" + triangular.path("id").asLong() + "/title").asString())
                .isEqualTo("Late module");
        assertThat(event.path("probability").decimalValue()).isEqualByComparingTo("0.3");
        assertThat(event.path("affects").toString()).isEqualTo("[\"A\",\"B\"]");
        assertThat(event.at("/delay/dist").asString()).isEqualTo("triangular");
        assertThat(event.at("/delay/max").decimalValue()).isEqualByComparingTo("60");
        assertThat(event.at("/cost/dist").asString()).isEqualTo("fixed");
        assertThat(event.at("/cost/value").decimalValue()).isEqualByComparingTo("5000000");
        assertThat(Json.strings(export.path("skipped"), "reason"))
                .containsExactly("no probability of occurrence", "closed", "no linked activities");
    }
}
