package space.consortium.schedule.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import space.consortium.support.ApiContract;
import space.consortium.support.Json;
import tools.jackson.databind.JsonNode;

/** {@code POST /api/jcl}: the output fields of the issue, a published case, and bad plans as 400s naming the field. */
class JclApiTests extends ApiContract {

    /** T2 of the reference: two parallel N(100, 10) paths; E[max] = 105.6419. */
    private static final String TWO_PATHS = """
            {"activities": [
              {"id": "A", "owner": "esa", "duration": {"dist": "normal", "mean": 100, "sd": 10}},
              {"id": "B", "owner": "nasa", "duration": {"dist": "normal", "mean": 100, "sd": 10},
               "cost": {"fixed": {"dist": "fixed", "value": 10}, "rate": {"dist": "fixed", "value": 2}}},
              {"id": "END", "milestone": true, "after": ["A", "B"]}],
             "targets": {"finish": 100, "cost": 210}}""";

    @Test
    void aPlanGivesTheDocumentedFields() {
        MvcTestResult result = post("/api/jcl?trials=100000&seed=7", TWO_PATHS);
        assertThat(result).hasStatusOk();
        JsonNode r = Json.body(result);
        assertThat(r.path("trials").asInt()).isEqualTo(100_000);
        assertThat(r.path("seed").asLong()).isEqualTo(7);
        for (String q : new String[] {"finish", "cost"}) {
            for (String f : new String[] {"mean", "p10", "p50", "p70", "p80", "p90"}) {
                assertThat(r.path(q).path(f).isNumber()).as(q + "." + f).isTrue();
            }
        }
        assertThat(r.path("finish").path("mean").asDouble()).isCloseTo(105.6419, within(0.1));
        // both paths must be done by 100: 0.5 × 0.5; cost = 10 + 2 × B ≤ 210 exactly when B ≤ 100
        assertThat(r.path("probabilityFinishBy").asDouble()).isCloseTo(0.25, within(0.006));
        assertThat(r.path("probabilityCostWithin").asDouble()).isCloseTo(0.5, within(0.006));
        assertThat(r.path("jcl").asDouble()).isCloseTo(0.25, within(0.006));
        assertThat(r.path("criticality").path("END").asDouble()).isEqualTo(1.0);
        assertThat(r.path("criticality").path("A").asDouble() + r.path("criticality").path("B").asDouble())
                .isCloseTo(1.0, within(1e-9));
        assertThat(r.path("frontiers").size()).isEqualTo(3);
        assertThat(r.path("tornado").path("partners").size()).isEqualTo(3);
    }

    /** One activity of a fixed 10 days: every trial finishes at day 10. */
    private static final String TEN_DAYS = """
            {"activities": [{"id": "A", "owner": "esa", "duration": {"dist": "fixed", "value": 10}}]%s}""";

    @Test
    void aPlanWithAStartDateGetsFinishDatesBesideTheDaysAndOneWithoutGetsNone() {
        JsonNode dated = Json.body(post("/api/jcl?trials=200&seed=1",
                TEN_DAYS.formatted(", \"startDate\": \"2027-03-04\", \"targets\": {\"finish\": 12}")));
        assertThat(dated.path("finish").path("p50").asDouble()).isEqualTo(10.0);
        JsonNode dates = dated.path("finishDates");
        // 4 March 2027 + 10 calendar days = 14 March 2027; the target of 12 days = 16 March
        assertThat(dates.path("start").asString()).isEqualTo("2027-03-04");
        for (String f : new String[] {"mean", "p10", "p50", "p70", "p80", "p90", "deterministic"}) {
            assertThat(dates.path(f).asString()).as(f).isEqualTo("2027-03-14");
        }
        assertThat(dates.path("target").asString()).isEqualTo("2027-03-16");

        JsonNode plain = Json.body(post("/api/jcl?trials=200&seed=1", TEN_DAYS.formatted("")));
        assertThat(plain.has("finishDates")).isFalse();
        assertThat(plain.path("finish").path("p50").asDouble()).isEqualTo(10.0);

        assertInvalid(post("/api/jcl", TEN_DAYS.formatted(", \"startDate\": \"14/03/2027\"")), "startDate");
    }

    /** One activity of a fixed 1 day from Friday 5 March 2027. */
    private static final String ONE_DAY_FROM_FRIDAY = """
            {"startDate": "2027-03-05", %s
             "activities": [{"id": "A", "owner": "esa", "duration": {"dist": "fixed", "value": 1}}]}""";

    @Test
    void aPlanWithAWorkingCalendarCountsWorkingDaysToTheFinishDate() {
        // Friday + 1 working day in a Monday-to-Friday week: done by Monday 8 March (counted on a calendar)
        JsonNode week = Json.body(post("/api/jcl?trials=200&seed=1", ONE_DAY_FROM_FRIDAY.formatted(
                "\"calendar\": {\"name\": \"Standard\", \"workingDays\": [\"MON\", \"TUE\", \"WED\", \"THU\", \"FRI\"]},")));
        assertThat(week.path("finishDates").path("p50").asString()).isEqualTo("2027-03-08");
        assertThat(week.path("finishDates").path("rule").asString())
                .isEqualTo("working days (Monday to Friday) of the calendar 'Standard'");
        // Monday a holiday: Tuesday 9 March
        JsonNode holiday = Json.body(post("/api/jcl?trials=200&seed=1", ONE_DAY_FROM_FRIDAY.formatted(
                "\"calendar\": {\"holidays\": [\"2027-03-08\"]},")));
        assertThat(holiday.path("finishDates").path("p50").asString()).isEqualTo("2027-03-09");
        // without a calendar, calendar days: Saturday 6 March
        JsonNode days = Json.body(post("/api/jcl?trials=200&seed=1", ONE_DAY_FROM_FRIDAY.formatted("")));
        assertThat(days.path("finishDates").path("p50").asString()).isEqualTo("2027-03-06");
        assertThat(days.path("finishDates").path("rule").asString()).isEqualTo("calendar days");

        assertInvalid(post("/api/jcl", ONE_DAY_FROM_FRIDAY.formatted(
                "\"calendar\": {\"workingDays\": [\"MON\", \"Funday\"], \"holidays\": [\"8 March\"]},")),
                "calendar.workingDays[1]", "calendar.holidays[0]");
        assertInvalid(post("/api/jcl", ONE_DAY_FROM_FRIDAY.formatted("\"calendar\": {\"workingDays\": []},")),
                "calendar.workingDays");
    }

    @Test
    void theSameSeedGivesTheSameAnswer() {
        JsonNode a = Json.body(post("/api/jcl?trials=2000&seed=3", TWO_PATHS));
        JsonNode b = Json.body(post("/api/jcl?trials=2000&seed=3", TWO_PATHS));
        assertThat(a).isEqualTo(b);
    }

    @Test
    void badPlansAre400sNamingTheField() {
        assertInvalid(post("/api/jcl", """
                {"activities": [{"id": "A", "duration": {"dist": "triangular", "min": 5, "mode": 1, "max": 9}}]}"""),
                "activities[0].duration.mode");
        assertInvalid(post("/api/jcl", """
                {"activities": [{"id": "A", "duration": {"dist": "fixed", "value": 1}, "after": ["X"]}]}"""),
                "activities[0].after[0]");
        assertInvalid(post("/api/jcl", """
                {"activities": [{"id": "A", "duration": {"dist": "fixed", "value": 1}}],
                 "risks": [{"id": "R", "probability": 1.2, "affects": ["A"], "delay": {"dist": "fixed", "value": 2}}]}"""),
                "risks[0].probability");
        JsonNode cycle = assertInvalid(post("/api/jcl", """
                {"activities": [{"id": "A", "duration": {"dist": "fixed", "value": 1}, "after": ["B"]},
                                {"id": "B", "duration": {"dist": "fixed", "value": 1}, "after": ["A"]}]}"""),
                "activities");
        assertThat(cycle.toString()).contains("A → B → A");
        assertInvalid(post("/api/jcl", """
                {"activities": [{"id": "A", "duration": {"dist": "beta", "min": 1, "max": 2}}]}"""),
                "activities[0].duration.dist");
        assertInvalid(post("/api/jcl?trials=5", TWO_PATHS), "trials");
        assertInvalid(post("/api/jcl", """
                {"activities": [{"id": "A", "duration": {"dist": "uniform", "min": 1, "max": 2}},
                                {"id": "B", "duration": {"dist": "uniform", "min": 1, "max": 2}},
                                {"id": "C", "duration": {"dist": "uniform", "min": 1, "max": 2}}],
                 "correlations": [{"activities": ["A", "B"], "rho": 0.9}, {"activities": ["B", "C"], "rho": 0.9},
                                  {"activities": ["A", "C"], "rho": -0.9}]}"""), "correlations");
    }

    @Test
    void aNonPositiveSemiDefiniteMatrixIsRepairedOnRequestAndReported() {
        MvcTestResult result = post("/api/jcl?trials=1000", """
                {"activities": [{"id": "A", "duration": {"dist": "uniform", "min": 1, "max": 2}},
                                {"id": "B", "duration": {"dist": "uniform", "min": 1, "max": 2}},
                                {"id": "C", "duration": {"dist": "uniform", "min": 1, "max": 2}}],
                 "correlations": [{"activities": ["A", "B"], "rho": 0.9}, {"activities": ["B", "C"], "rho": 0.9},
                                  {"activities": ["A", "C"], "rho": -0.9}],
                 "repairCorrelations": true}""");
        assertThat(result).hasStatusOk();
        assertThat(Json.body(result).path("notes").get(0).asString()).contains("nearest valid matrix");
    }

    @Test
    void aPlanWithSeveralKindsOfProblemsNamesEveryOneInOne400WithOrWithoutFormat() {
        // an unknown field, a wrong-typed value (nested), a missing duration, a negative target, an unknown
        // predecessor and too few trials: each named once, the wrong-typed minimum not "required" as well
        String bad = """
                {"activities": [{"id": "A", "colour": "red", "duration": {"dist": "fixed", "value": 1}},
                                {"id": "B", "duration": {"dist": "pert", "min": "three", "mode": 4, "max": 5},
                                 "after": ["X"]},
                                {"id": "C"}],
                 "targets": {"finish": -1}}""";
        for (String uri : new String[] {"/api/jcl?trials=5", "/api/jcl?trials=5&format=csv"}) {
            MvcTestResult result = post(uri, bad);
            assertThat(result.getResponse().getContentType()).as(uri).startsWith("application/problem+json");
            assertInvalid(result, "activities[0].colour", "activities[1].duration.min", "activities[1].after[0]",
                    "activities[2].duration", "targets.finish", "trials");
        }
    }

    @Test
    void aNullOrNonObjectBodyIsA400NamingTheBody() {
        for (String body : new String[] {"null", "[1, 2]", "\"plan\"", "3"}) {
            assertInvalid(post("/api/jcl", body), "body");
        }
    }

    @Test
    void theBodiesThatCarryAPlanAreDocumentedAsTheirRequestRecords() {
        JsonNode docs = read("/v3/api-docs");
        String body = "/requestBody/content/application~1json/schema/$ref";
        assertThat(docs.at("/paths/~1api~1jcl/post" + body).asString()).endsWith("/JclPlan");
        assertThat(docs.at("/paths/~1api~1projects~1{projectId}~1schedule/put" + body).asString())
                .endsWith("/ScheduleRequest");
        assertThat(docs.at("/paths/~1api~1jobs~1jcl/post" + body).asString()).endsWith("/JclJobRequest");
        assertThat(docs.at("/paths/~1api~1jobs~1relay/post" + body).asString()).endsWith("/RelayRequest");
        assertThat(docs.at("/components/schemas/JclPlan/properties").propertyNames())
                .contains("activities", "risks", "correlations", "targets");
        assertThat(docs.at("/components/schemas/JclJobRequest/properties").propertyNames())
                .contains("plan", "trials", "seed");
    }
}
