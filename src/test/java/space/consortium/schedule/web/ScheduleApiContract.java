package space.consortium.schedule.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import space.consortium.schedule.ScheduleService;
import space.consortium.support.ApiContract;
import space.consortium.support.Json;
import tools.jackson.databind.JsonNode;

/** A project's stored schedule: save, optimistic locking, runs recorded with their seed, bad plans left unstored. */
abstract class ScheduleApiContract extends ApiContract {

    private static final String ISS = "/api/projects/iss/schedule";

    private String saveBody(String plan, Long version) {
        return "{\"plan\": " + plan + (version == null ? "" : ", \"version\": " + version) + "}";
    }

    @Test
    void aScheduleIsStoredRunAndRecorded() {
        assertProblem(get(ISS), HttpStatus.NOT_FOUND);
        JsonNode saved = Json.body(put(ISS, saveBody(ScheduleService.exampleJson(), null)));
        assertThat(saved.path("version").asLong()).isZero();
        assertThat(saved.path("activities").asInt()).isEqualTo(11);
        assertThat(read(ISS).at("/plan/activities/1/id").asString()).isEqualTo("STRUCT");

        JsonNode run = Json.body(post(ISS + "/runs?trials=2000&seed=5", ""));
        assertThat(run.at("/result/trials").asInt()).isEqualTo(2000);
        assertThat(run.at("/record/seed").asLong()).isEqualTo(5);
        assertThat(run.at("/record/jcl").asDouble()).isEqualTo(run.at("/result/jcl").asDouble());
        JsonNode again = Json.body(post(ISS + "/runs?trials=2000&seed=5", ""));
        assertThat(again.at("/result/finish/p80").asDouble()).isEqualTo(run.at("/result/finish/p80").asDouble());
        assertThat(read(ISS + "/runs").size()).isEqualTo(2);
    }

    @Test
    void aDatedRunIsRecordedWithItsFinishDatesAndAnUndatedOneWithout() {
        // a fixed 2 working days from Friday 5 March 2027, Monday to Friday: done by Tuesday 9 March (on a calendar)
        String dated = """
                {"startDate": "2027-03-05", "calendar": {"workingDays": ["MON", "TUE", "WED", "THU", "FRI"]},
                 "activities": [{"id": "A", "owner": "esa", "duration": {"dist": "fixed", "value": 2}}]}""";
        Json.body(put(ISS, saveBody(dated, null)));
        JsonNode run = Json.body(post(ISS + "/runs?trials=200&seed=1", ""));
        assertThat(run.at("/record/dates/finishP50").asString()).isEqualTo("2027-03-09");
        JsonNode listed = read(ISS + "/runs").get(0).path("dates");
        assertThat(listed.path("start").asString()).isEqualTo("2027-03-05");
        assertThat(listed.path("finishP80").asString()).isEqualTo("2027-03-09");
        assertThat(listed.path("finishTarget").asString()).isEqualTo("2027-03-09");
        assertThat(listed.path("rule").asString()).isEqualTo("working days (Monday to Friday)");

        Json.body(put(ISS, saveBody(dated.replace("\"startDate\": \"2027-03-05\", ", ""), 0L)));
        JsonNode undated = Json.body(post(ISS + "/runs?trials=200&seed=1", ""));
        assertThat(undated.path("record").has("dates")).isFalse();
        // the earlier run keeps its dates
        assertThat(read(ISS + "/runs").get(1).at("/dates/finishP50").asString()).isEqualTo("2027-03-09");
    }

    @Test
    void aStaleVersionIsA409AndABadPlanChangesNothing() {
        Json.body(put(ISS, saveBody(ScheduleService.exampleJson(), null)));
        String other = """
                {"activities": [{"id": "A", "owner": "esa", "duration": {"dist": "fixed", "value": 3}}]}""";
        assertThat(put(ISS, saveBody(other, 0L))).hasStatusOk();
        assertProblem(put(ISS, saveBody(other, 0L)), HttpStatus.CONFLICT);
        assertInvalid(put(ISS, saveBody("""
                {"activities": [{"id": "A", "duration": {"dist": "pert", "min": 3, "mode": 2, "max": 1}}]}""", 1L)),
                "plan.activities[0].duration.min");
        JsonNode stored = read(ISS);
        assertThat(stored.path("version").asLong()).isEqualTo(1);
        assertThat(stored.at("/plan/activities/0/duration/value").asDouble()).isEqualTo(3.0);
    }

    @Test
    void aMalformedPlanOrAnUnknownFieldIsA400InPlainWordsNamingTheField() throws Exception {
        MvcTestResult malformed = put(ISS, "{\"plan\": {\"activities\": [");
        assertInvalid(malformed, "body");
        assertPlain(malformed.getResponse().getContentAsString());
        MvcTestResult unknown = put(ISS, saveBody("""
                {"activities": [{"id": "A", "colour": "red", "duration": {"dist": "fixed", "value": 1}}]}""", null));
        JsonNode problem = assertInvalid(unknown, "plan.activities[0].colour");
        assertThat(problem.at("/errors/0/message").asString()).contains("is not a known field");
        assertPlain(unknown.getResponse().getContentAsString());
        assertProblem(get(ISS), HttpStatus.NOT_FOUND);
    }

    @Test
    void aBodyWithSeveralKindsOfProblemsNamesEveryOneInOne400AndStoresNothing() {
        // a wrong-typed version, an unknown field, a wrong-typed value (nested), a missing duration and a negative
        // target: each named once by its path in the body
        MvcTestResult bad = put(ISS, """
                {"version": "first", "plan": {"activities": [
                   {"id": "A", "colour": "red", "duration": {"dist": "fixed", "value": 1}},
                   {"id": "B", "duration": {"dist": "uniform", "min": "one", "max": 5}},
                   {"id": "C"}],
                 "targets": {"finish": -1}}}""");
        assertThat(bad.getResponse().getContentType()).startsWith("application/problem+json");
        assertInvalid(bad, "version", "plan.activities[0].colour", "plan.activities[1].duration.min",
                "plan.activities[2].duration", "plan.targets.finish");
        assertInvalid(put(ISS, "null"), "body");
        assertInvalid(put(ISS, "[]"), "body");
        assertInvalid(put(ISS, "{\"version\": 1}"), "plan");
        assertProblem(get(ISS), HttpStatus.NOT_FOUND);
    }

    private static void assertPlain(String body) {
        assertThat(body).doesNotContain("tools.jackson", "com.fasterxml", "space.consortium", "Exception", "REDACTED");
    }

    @Test
    void theRegistersOpenRisksBecomeDiscreteEventsOfThePlan() {
        Json.body(put(ISS, saveBody(ScheduleService.exampleJson(), null)));
        MvcTestResult created = post("/api/projects/iss/risks", """
                {"title": "Thruster supplier late", "condition": "The thruster supplier has one qualified line",
                 "consequence": "the propulsion module slips", "ownerPartnerId": "nasa", "domain": "schedule",
                 "likelihood": 3, "consequenceLevel": 4, "disposition": "mitigate", "probability": 0.4,
                 "activities": ["PROP", "NOT-IN-PLAN"], "delayDays": {"min": 10, "mode": 20, "max": 60}}""");
        assertThat(created).hasStatus(HttpStatus.CREATED);
        String id = "register:R" + Json.body(created).path("id").asLong();
        post("/api/projects/iss/risks", """
                {"title": "Elsewhere", "condition": "c", "consequence": "c", "ownerPartnerId": "esa",
                 "domain": "technical", "likelihood": 2, "consequenceLevel": 2, "disposition": "watch",
                 "probability": 0.2, "activities": ["X"], "delayDays": {"mode": 5}}""");

        JsonNode result = Json.body(post(ISS + "/register-risks?version=0", ""));
        assertThat(result.path("added").size()).as(result.toString()).isEqualTo(1);
        assertThat(result.path("added").get(0).asString()).isEqualTo(id);
        assertThat(result.path("skipped").toString()).contains("Elsewhere", "not in the schedule");
        JsonNode plan = read(ISS).path("plan");
        JsonNode risk = plan.path("risks").get(3);
        assertThat(risk.path("id").asString()).isEqualTo(id);
        assertThat(risk.path("probability").asDouble()).isEqualTo(0.4);
        assertThat(risk.path("affects").toString()).isEqualTo("[\"PROP\"]");
        assertThat(risk.path("delay").path("dist").asString()).isEqualTo("triangular");

        JsonNode again = Json.body(post(ISS + "/register-risks?version=1", ""));
        assertThat(again.path("replaced").get(0).asString()).isEqualTo(id);
        assertThat(read(ISS).path("plan").path("risks").size()).isEqualTo(4);
        assertProblem(post(ISS + "/register-risks?version=1", ""), HttpStatus.CONFLICT);
    }

    @Test
    void takingInTheRegistersRisksNeverReplacesAPlanRiskThatSharesARegisterId() {
        MvcTestResult created = post("/api/projects/iss/risks", """
                {"title": "Thruster supplier late", "condition": "The thruster supplier has one qualified line",
                 "consequence": "the propulsion module slips", "ownerPartnerId": "nasa", "domain": "schedule",
                 "likelihood": 3, "consequenceLevel": 4, "disposition": "mitigate", "probability": 0.4,
                 "activities": ["PROP"], "delayDays": {"min": 10, "mode": 20, "max": 60}}""");
        assertThat(created).hasStatus(HttpStatus.CREATED);
        long registerId = Json.body(created).path("id").asLong();
        String registerVersion = Json.body(created).path("version").asString();
        // the plan's own risk happens to carry the register risk's id (issue 13: it used to be replaced)
        String own = "R" + registerId;
        String plan = ScheduleService.exampleJson().replaceFirst("\"risks\"\\s*:\\s*\\[", """
                "risks": [{"id": "%s", "name": "Plan's own risk", "probability": 0.15, "affects": ["STRUCT"],
                           "delay": {"dist": "fixed", "value": 7}},""".formatted(own));
        assertThat(put(ISS, saveBody(plan, null))).hasStatusOk();
        int risksBefore = read(ISS).path("plan").path("risks").size();

        JsonNode result = Json.body(post(ISS + "/register-risks?version=0", ""));

        assertThat(result.path("added").toString()).isEqualTo("[\"register:" + own + "\"]");
        assertThat(result.path("replaced").size()).isZero();
        JsonNode risks = read(ISS).path("plan").path("risks");
        assertThat(risks.size()).isEqualTo(risksBefore + 1);
        JsonNode kept = risks.get(0);
        assertThat(kept.path("id").asString()).isEqualTo(own);
        assertThat(kept.path("name").asString()).isEqualTo("Plan's own risk");
        assertThat(kept.path("probability").asDouble()).isEqualTo(0.15);

        // the register risk changes; taking it in again updates the one taken in, and only that one
        assertThat(put("/api/projects/iss/risks/" + registerId, """
                {"title": "Thruster supplier late", "condition": "The thruster supplier has one qualified line",
                 "consequence": "the propulsion module slips", "ownerPartnerId": "nasa", "domain": "schedule",
                 "likelihood": 3, "consequenceLevel": 4, "disposition": "mitigate", "probability": 0.6,
                 "activities": ["PROP"], "delayDays": {"min": 10, "mode": 20, "max": 60}, "version": %s}"""
                .formatted(registerVersion))).hasStatusOk();
        JsonNode again = Json.body(post(ISS + "/register-risks?version=1", ""));
        assertThat(again.path("added").size()).isZero();
        assertThat(again.path("replaced").toString()).isEqualTo("[\"register:" + own + "\"]");
        JsonNode after = read(ISS).path("plan").path("risks");
        assertThat(after.size()).isEqualTo(risksBefore + 1);
        assertThat(after.get(0).path("name").asString()).isEqualTo("Plan's own risk");
        assertThat(after.get(0).path("probability").asDouble()).isEqualTo(0.15);
        assertThat(after.values()).filteredOn(r -> r.path("id").asString().equals("register:" + own))
                .singleElement().satisfies(r -> assertThat(r.path("probability").asDouble()).isEqualTo(0.6));
    }

    @Test
    void aRegisterRiskWhoseCostIsInAnotherCurrencyIsNotTakenInAsIfInThePlansCurrency() {
        Json.body(put(ISS, saveBody(ScheduleService.exampleJson(), null)));    // the example plan is in USD
        String risk = """
                {"title": "%s", "condition": "c", "consequence": "the propulsion module slips",
                 "ownerPartnerId": "nasa", "domain": "cost", "likelihood": 3, "consequenceLevel": 3,
                 "disposition": "mitigate", "probability": 0.3, "activities": ["PROP"],
                 "cost": {"mode": 2000000, "currency": "%s", "priceYear": 2024}}""";
        MvcTestResult dollars = post("/api/projects/iss/risks", risk.formatted("Dollar overrun", "USD"));
        MvcTestResult euros = post("/api/projects/iss/risks", risk.formatted("Euro overrun", "EUR"));
        assertThat(dollars).hasStatus(HttpStatus.CREATED);
        assertThat(euros).hasStatus(HttpStatus.CREATED);
        String dollarId = "register:R" + Json.body(dollars).path("id").asLong();
        String euroId = "R" + Json.body(euros).path("id").asLong();

        JsonNode result = Json.body(post(ISS + "/register-risks?version=0", ""));

        assertThat(result.path("added").toString()).isEqualTo("[\"" + dollarId + "\"]");
        assertThat(result.path("skipped").values()).map(JsonNode::asString)
                .contains(euroId + " Euro overrun: cost in EUR; the plan is in USD");
        JsonNode risks = read(ISS).path("plan").path("risks");
        assertThat(risks.values()).filteredOn(r -> r.path("id").asString().equals(dollarId)).singleElement()
                .satisfies(r -> assertThat(r.at("/cost/value").asDouble()).isEqualTo(2_000_000));
        assertThat(risks.values()).noneMatch(r -> r.path("id").asString().endsWith(euroId));
    }

    @Test
    void anUnknownProjectIsA404() {
        assertProblem(get("/api/projects/no-such-project/schedule"), HttpStatus.NOT_FOUND);
    }
}
