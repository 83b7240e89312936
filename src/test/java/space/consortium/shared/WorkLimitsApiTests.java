package space.consortium.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import space.consortium.support.ApiContract;
import space.consortium.support.JclPlans;
import space.consortium.support.Json;
import space.consortium.support.Users;
import tools.jackson.databind.JsonNode;

/**
 * Every open computation over its caller's work limit is refused before it starts: 422 problem+json naming the
 * quantity, its value and the limit, within a second. Signed-in users get the larger limits. The values are the
 * products of the request's own counts (trials × activities, ...) and the documented default limits.
 */
class WorkLimitsApiTests extends ApiContract {

    /** Answers at once (the refused computations would run for hours). */
    private static MvcTestResult quickly(Supplier<MvcTestResult> call) {
        long start = System.nanoTime();
        MvcTestResult result = call.get();
        // refused before any work: the work asked for would take hours, so 10 s tells the two apart even on a loaded
        // machine (a first request of a cold test JVM took 2.2 s at load 20)
        assertThat((System.nanoTime() - start) / 1e9).as("seconds to answer").isLessThan(10.0);
        return result;
    }

    private static JsonNode overLimit(MvcTestResult result, String field, long value, long limit) {
        JsonNode problem = assertProblem(result, HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(problem.path("field").asString()).isEqualTo(field);
        assertThat(problem.path("value").asLong()).isEqualTo(value);
        assertThat(problem.path("limit").asLong()).isEqualTo(limit);
        assertThat(problem.path("detail").asString())
                .contains(String.format(Locale.ROOT, "= %,d exceeds the limit of %,d", value, limit));
        return problem;
    }

    @Test
    void jclOverTheAnonymousLimitNamesTrialsTimesActivitiesAndTheSignedInLimit() {
        String plan = JclPlans.chain(1_001);
        JsonNode problem = overLimit(quickly(() -> as(Users.nobody()).post("/api/jcl?trials=200000", plan)),
                "trials", 200_000L * 1_001, 200_000_000L);
        assertThat(problem.path("detail").asString()).isEqualTo("trials × activities = 200,200,000 exceeds the limit "
                + "of 200,000,000 for anonymous users; sign in for 1,000,000,000");
        assertThat(problem.path("quantity").asString()).isEqualTo("trials × activities");
    }

    @Test
    void aProjectScheduleRunOverTheSignedInLimitIsRefusedBeforeItRuns() {
        String plan = JclPlans.chain(5_001);
        assertThat(put("/api/projects/iss/schedule", "{\"plan\": " + plan + "}").getResponse().getStatus())
                .isIn(200, 201);
        JsonNode problem = overLimit(quickly(() -> post("/api/projects/iss/schedule/runs?trials=200000", "")),
                "trials", 200_000L * 5_001, 1_000_000_000L);
        assertThat(problem.path("detail").asString()).contains("for signed-in users").doesNotContain("sign in for");
        assertThat(read("/api/projects/iss/schedule/runs").size()).as("no run recorded").isZero();
    }

    @Test
    void sampledShapleyOverTheLimitNamesPlayersTimesSamples() {
        // the case: 10⁸ samples
        String body = """
                {"type": "cost", "players": ["a", "b", "c", "d", "e"],
                 "model": {"airport": {"a": 1, "b": 2, "c": 3, "d": 4, "e": 5}},
                 "methods": ["shapley-sampled"], "samples": 100000000}""";
        overLimit(quickly(() -> as(Users.nobody()).post("/api/allocations", body)), "samples", 500_000_000L,
                50_000_000L);
    }

    @Test
    void anExactRuleOverTheAnonymousPlayerLimitIsRefusedAndAcceptedWhenSignedIn() {
        StringBuilder players = new StringBuilder();
        StringBuilder weights = new StringBuilder();
        for (int i = 0; i < 21; i++) {
            players.append(i == 0 ? "" : ",").append("\"p").append(i).append('"');
            weights.append(i == 0 ? "" : ",").append("\"p").append(i).append("\": 1");
        }
        String body = "{\"type\": \"profit\", \"players\": [" + players + "], \"model\": {\"weightedVoting\": "
                + "{\"quota\": 11, \"weights\": {" + weights + "}}}, \"methods\": [\"banzhaf\"]}";
        overLimit(quickly(() -> as(Users.nobody()).post("/api/allocations", body)), "players", 21, 20);
        MvcTestResult signedIn = as(Users.observer()).post("/api/allocations", body);
        assertThat(signedIn).hasStatusOk();
        // 21 symmetric players: each gets 1/21 of the grand coalition's value 1
        assertThat(Json.body(signedIn).at("/allocations/banzhaf/p0").asDouble()).isCloseTo(1.0 / 21, within(1e-6));
    }

    @Test
    void theDefaultComparisonLeavesOutAnExactRuleOverTheLimitWithTheReason() {
        StringBuilder players = new StringBuilder();
        StringBuilder weights = new StringBuilder();
        for (int i = 0; i < 22; i++) {
            players.append(i == 0 ? "" : ",").append("\"p").append(i).append('"');
            weights.append(i == 0 ? "" : ",").append("\"p").append(i).append("\": 1");
        }
        String body = "{\"type\": \"profit\", \"players\": [" + players + "], \"model\": {\"weightedVoting\": "
                + "{\"quota\": 12, \"weights\": {" + weights + "}}}}";
        MvcTestResult result = quickly(() -> as(Users.nobody()).post("/api/allocations", body));
        assertThat(result).hasStatusOk();
        JsonNode report = Json.body(result);
        assertThat(report.path("allocations").has("shapley")).isFalse();
        assertThat(report.at("/notes/shapley").asString()).contains("22 exceeds the limit of 20");
        assertThat(report.at("/allocations/equal/p0").asDouble()).isCloseTo(1.0 / 22, within(1e-6));
    }

    @Test
    void teamingSolverTimeOverTheAnonymousLimitIsRefusedAndAcceptedWhenSignedIn() {
        String body = """
                {"requirements": [{"capability": "robotic-arm", "minMaturity": 9}],
                 "partners": [{"id": "csa", "capabilities": [{"capability": "robotic-arm", "maturity": 9, "cost": 120}]}],
                 "timeLimitSeconds": 120}""";
        overLimit(quickly(() -> as(Users.nobody()).post("/api/teaming/solve", body)), "timeLimitSeconds", 120, 20);
        MvcTestResult signedIn = as(Users.observer()).post("/api/teaming/solve", body);
        assertThat(signedIn).hasStatusOk();
        assertThat(Json.body(signedIn).path("partners").get(0).asString()).isEqualTo("csa");
    }

    private static final String FLEET = """
            {"consumptionKgPerDay": 100, "initialReserveKg": 6000, "horizonDays": 730, "trials": 10000,
             "families": [{"id": "rocket", "lossProbability": 0.05}],
             "vehicles": [{"id": "cargo", "partner": "esa", "family": "rocket", "cadenceDays": %s,
                           "capacityKg": 3000}]}""";

    @Test
    void aFleetWhoseFlightsAreTooManyIsRefused() {
        // the case: a flight every 10⁻⁶ days for 730 days, 10,000 trials
        long flights = 730_000_001L;
        overLimit(quickly(() -> as(Users.nobody()).post("/api/fleet/simulate", FLEET.formatted("1e-6"))), "trials",
                10_000L * flights, 100_000_000L);
        // a comparison counts the flights of every fleet: 2 × 10,000 × (730 ÷ 0.2 + 1) = 73,020,000 ≤ 10⁸, but 3
        // fleets are 109,530,000
        String fleet = FLEET.formatted("0.2");
        overLimit(quickly(() -> as(Users.nobody()).post("/api/fleet/compare",
                "{\"fleets\": [" + fleet + "," + fleet + "," + fleet + "]}")), "fleets", 109_530_000L, 100_000_000L);
    }

    @Test
    void aPageFormOverTheLimitShowsTheMessageNotAServerError() {
        String fleet = FLEET.formatted("1e-6").replace("\"trials\": 10000", "\"trials\": 1000");
        MvcTestResult page = quickly(() -> mvc.post().uri("/risk/fleet").param("fleetJson", fleet)
                .with(Users.nobody()).exchange());
        assertThat(page).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(page).bodyText().contains("trials × flights = 730,000,001,000 exceeds the limit of 100,000,000 "
                + "for anonymous users; sign in for 1,000,000,000");
    }

    @Test
    void aRelayPlanOverTheAnonymousLimitNamesOrbitersLandersAndSteps() {
        StringBuilder landers = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            landers.append(i == 0 ? "" : ",").append("{\"id\":\"l").append(i).append("\",\"owner\":\"nasa\",")
                    .append("\"latDeg\":").append(i * 5).append(",\"lonDeg\":").append(i * 10)
                    .append(",\"altKm\":0,\"demandMbitPerSol\":100}");
        }
        String body = "{\"start\":\"2026-01-01T00:00:00Z\",\"end\":\"2026-02-15T00:00:00Z\",\"minElevationDeg\":10,"
                + "\"orbiters\":[\"mro\",\"odyssey\",\"tgo\",\"maven\",\"mex\"],\"landers\":[" + landers + "]}";
        // 45 days = 3,888,000 s = 194,400 steps of 20 s, plus the first
        long value = 5L * 10 * 194_401;
        JsonNode problem = overLimit(quickly(() -> as(Users.nobody()).post("/api/relay/plan", body)), "orbiters",
                value, 5_000_000L);
        assertThat(problem.path("detail").asString()).contains("sign in for 25,000,000");
    }
}
