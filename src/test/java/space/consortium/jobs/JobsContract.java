package space.consortium.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import space.consortium.support.JclPlans;
import space.consortium.support.Json;
import space.consortium.support.Users;
import tools.jackson.databind.JsonNode;

/**
 * JCL runs, relay plans and fleet simulations as persisted jobs on db-scheduler: started with a check of the input and
 * the work limit (nothing stored when refused), run by the node's scheduler with progress in trials or search steps,
 * the same answer as the direct endpoint, and run again by a live node when the node that had picked a job died (its
 * heartbeat is old). Not in a test transaction: the scheduler's own connections must see the job. Heartbeats every
 * second, dead after four missed (the least db-scheduler allows).
 */
@SpringBootTest(properties = {"consortium.jobs.heartbeat-interval=1s", "consortium.jobs.missed-heartbeats-limit=4",
        "consortium.jobs.polling-interval=500ms"})
@AutoConfigureMockMvc
abstract class JobsContract {

    /** T2 of the JCL reference: two parallel N(100, 10) paths; E[max] = 105.6419. */
    private static final String TWO_PATHS = """
            {"activities": [
              {"id": "A", "owner": "esa", "duration": {"dist": "normal", "mean": 100, "sd": 10}},
              {"id": "B", "owner": "nasa", "duration": {"dist": "normal", "mean": 100, "sd": 10}},
              {"id": "END", "milestone": true, "after": ["A", "B"]}]}""";

    /** The relay plan over one day: MRO over Curiosity; 4,320 steps of 20 s plus the first. */
    private static final String RELAY = """
            {"start": "2026-01-01T00:00:00Z", "end": "2026-01-02T00:00:00Z", "minElevationDeg": 10,
             "propagator": "numerical-j2",
             "orbiters": [{"id": "mro", "owner": "nasa", "elements": {"aKm": 3683.7, "e": 0.009, "iDeg": 92.65,
               "raanDeg": 0, "argPeriapsisDeg": 0, "meanAnomalyDeg": 0, "epoch": "2026-01-01T00:00:00Z",
               "kind": "osculating"}, "radio": "electra"}],
             "landers": [{"id": "curiosity", "owner": "nasa", "latDeg": -4.5895, "lonDeg": 137.4417, "altKm": -4.5,
               "demandMbitPerSol": 500}]}""";

    /** One vehicle that may be lost: 3,000 kg every 30 days against 100 kg a day, a 5 % loss per launch. */
    private static final String FLEET = """
            {"name": "one vehicle", "consumptionKgPerDay": 100, "initialReserveKg": 6000, "reserveThresholdDays": 45,
             "horizonDays": 365, "trials": 3000, "seed": 5, "families": [{"id": "rocket", "lossProbability": 0.05,
             "returnToFlightDays": 60}], "vehicles": [{"id": "cargo", "partner": "esa", "family": "rocket",
             "cadenceDays": 30, "firstFlightDay": 10, "capacityKg": 3000}]}""";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MeterRegistry meters;

    private MvcTestResult post(String uri, String json) {
        return mvc.post().uri(uri).contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                .content(json).with(Users.admin()).exchange();
    }

    private JsonNode job(String id) {
        MvcTestResult result = mvc.get().uri("/api/jobs/" + id).accept(MediaType.APPLICATION_JSON).exchange();
        assertThat(result).hasStatusOk();
        return Json.body(result);
    }

    /** Polls the job until it is done or failed (at most a minute). */
    private JsonNode finished(String id) throws InterruptedException {
        long until = System.nanoTime() + 60_000_000_000L;
        JsonNode job = job(id);
        while (!job.path("status").asString().matches("done|failed") && System.nanoTime() < until) {
            Thread.sleep(200);
            job = job(id);
        }
        return job;
    }

    private long jobs() {
        return jdbc.sql("select count(*) from computation_job").query(Long.class).single();
    }

    @Test
    void aJclJobEndsWithTheAnswerOfTheDirectRun() throws InterruptedException {
        MvcTestResult started = post("/api/jobs/jcl", "{\"plan\": " + TWO_PATHS + ", \"trials\": 20000, \"seed\": 7}");
        assertThat(started).hasStatus(HttpStatus.ACCEPTED);
        JsonNode job = Json.body(started);
        String id = job.path("id").asString();
        assertThat(started.getResponse().getHeader("Location")).isEqualTo("/api/jobs/" + id);
        assertThat(job.path("kind").asString()).isEqualTo("jcl");
        assertThat(job.path("total").asLong()).isEqualTo(20_000);

        JsonNode done = finished(id);
        assertThat(done.path("status").asString()).as("job %s", done).isEqualTo("done");
        assertThat(done.path("done").asLong()).isEqualTo(20_000);
        assertThat(done.path("attempts").asInt()).isEqualTo(1);
        assertThat(done.path("createdBy").asString()).isEqualTo("test-admin");
        JsonNode result = done.path("result");
        assertThat(result.path("finish").path("mean").asDouble()).isCloseTo(105.6419, within(0.3));
        JsonNode direct = Json.body(post("/api/jcl?trials=20000&seed=7", TWO_PATHS));
        assertThat(result).isEqualTo(direct);
        Timer duration = meters.find("consortium.jobs.duration").tag("kind", "jcl").tag("outcome", "done").timer();
        assertThat(duration).as("the job's run is timed for operations (docs/operations.md)").isNotNull();
        assertThat(duration.count()).isGreaterThanOrEqualTo(1);
        assertThat(duration.totalTime(TimeUnit.NANOSECONDS)).isPositive();
    }

    @Test
    void aJobOverTheLimitOrWithABadPlanIsRefusedAtOnceAndNothingIsStored() {
        long before = jobs();
        MvcTestResult over = post("/api/jobs/jcl", "{\"plan\": " + JclPlans.chain(5_001)
                + ", \"trials\": 200000}");
        assertThat(over).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(Json.body(over).path("detail").asString()).isEqualTo("trials × activities = 1,000,200,000 exceeds "
                + "the limit of 1,000,000,000 for signed-in users");
        MvcTestResult bad = post("/api/jobs/jcl", """
                {"plan": {"activities": [{"id": "A", "duration": {"dist": "triangular", "min": 5, "mode": 1,
                 "max": 9}}]}}""");
        assertThat(bad).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(Json.strings(Json.body(bad).path("errors"), "field"))
                .containsExactly("plan.activities[0].duration.mode");
        assertThat(post("/api/jobs/jcl", "{}")).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(jobs()).isEqualTo(before);
        assertThat(mvc.get().uri("/api/jobs/no-such-job").accept(MediaType.APPLICATION_JSON).exchange())
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void aJobWhoseNodeDiedIsRunAgainByALiveNode() throws InterruptedException {
        // a job that a node had started, and the scheduler's execution it held when it died an hour ago
        String id = UUID.randomUUID().toString();
        Timestamp hourAgo = Timestamp.from(Instant.now().minusSeconds(3600));
        jdbc.sql("""
                insert into computation_job (id, kind, request, status, done, total, attempts, node, created_at,
                                             updated_at)
                values (:id, 'jcl', :request, 'running', 4000, 20000, 1, 'dead-node', :at, :at)""")
                .param("id", id).param("request", "{\"plan\": " + TWO_PATHS + ", \"trials\": 20000, \"seed\": 7}")
                .param("at", hourAgo).update();
        jdbc.sql("""
                insert into scheduled_tasks (task_name, task_instance, execution_time, picked, picked_by,
                                             last_heartbeat, version)
                values ('computation-job', :id, :at, true, 'dead-node', :at, 1)""")
                .param("id", id).param("at", hourAgo).update();

        JsonNode done = finished(id);
        assertThat(done.path("status").asString()).as("job %s", done).isEqualTo("done");
        assertThat(done.path("attempts").asInt()).isEqualTo(2);
        assertThat(done.path("node").asString()).isNotEqualTo("dead-node");
        assertThat(done.path("done").asLong()).isEqualTo(20_000);
        assertThat(done.path("result")).isEqualTo(Json.body(post("/api/jcl?trials=20000&seed=7", TWO_PATHS)));
    }

    @Test
    void aRelayJobEndsWithTheAnswerOfTheDirectPlanAndItsProgressCountsTheSearchSteps()
            throws InterruptedException {
        MvcTestResult started = post("/api/jobs/relay", RELAY);
        assertThat(started).hasStatus(HttpStatus.ACCEPTED);
        JsonNode job = Json.body(started);
        String id = job.path("id").asString();
        assertThat(started.getResponse().getHeader("Location")).isEqualTo("/api/jobs/" + id);
        assertThat(job.path("kind").asString()).isEqualTo("relay");
        // one orbiter × (86,400 s ÷ 20 s + 1) time steps
        assertThat(job.path("total").asLong()).isEqualTo(4_321);

        JsonNode done = finished(id);
        assertThat(done.path("status").asString()).as("job %s", done).isEqualTo("done");
        assertThat(done.path("done").asLong()).isEqualTo(done.path("total").asLong());
        assertThat(done.path("createdBy").asString()).isEqualTo("test-admin");
        MvcTestResult direct = post("/api/relay/plan", RELAY);
        assertThat(direct).hasStatusOk();
        assertThat(done.path("result")).isEqualTo(Json.body(direct));
        assertThat(done.path("result").path("passes").size()).isPositive();
    }

    @Test
    void aFleetJobEndsWithTheAnswerOfTheDirectSimulationWithTheSameSeed() throws InterruptedException {
        MvcTestResult started = post("/api/jobs/fleet", FLEET);
        assertThat(started).hasStatus(HttpStatus.ACCEPTED);
        JsonNode job = Json.body(started);
        String id = job.path("id").asString();
        assertThat(started.getResponse().getHeader("Location")).isEqualTo("/api/jobs/" + id);
        assertThat(job.path("kind").asString()).isEqualTo("fleet");
        assertThat(job.path("total").asLong()).isEqualTo(3_000);

        JsonNode done = finished(id);
        assertThat(done.path("status").asString()).as("job %s", done).isEqualTo("done");
        assertThat(done.path("done").asLong()).isEqualTo(3_000);
        JsonNode result = done.path("result");
        assertThat(result.path("trials").asInt()).isEqualTo(3_000);
        assertThat(result.path("seed").asLong()).isEqualTo(5);
        // a 5 % loss per launch leaves the reserve below 45 days in some trials and not in all
        assertThat(result.path("probabilityBelowThreshold").asDouble()).isStrictlyBetween(0.0, 1.0);
        MvcTestResult direct = post("/api/fleet/simulate", FLEET);
        assertThat(direct).hasStatusOk();
        assertThat(result).isEqualTo(Json.body(direct));
    }

    @Test
    void aRelayOrFleetJobWithBadInputOrOverTheLimitIsRefusedAtOnceAndNothingIsStored() {
        long before = jobs();
        MvcTestResult badOrbit = post("/api/jobs/relay", RELAY.replace("0.009", "1.2"));
        assertThat(badOrbit).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(badOrbit.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(Json.strings(Json.body(badOrbit).path("errors"), "field"))
                .containsExactly("orbiters[0].elements.e");
        assertThat(post("/api/jobs/relay", "")).hasStatus(HttpStatus.BAD_REQUEST);
        // 5 orbiters × 26 landers × (45 days ÷ 20 s + 1) = 25,272,130 > 25,000,000
        StringBuilder landers = new StringBuilder();
        for (int i = 0; i < 26; i++) {
            landers.append(i == 0 ? "" : ",").append("{\"id\":\"l").append(i).append("\",\"owner\":\"nasa\",")
                    .append("\"latDeg\":").append(i * 3).append(",\"lonDeg\":").append(i * 10)
                    .append(",\"altKm\":0,\"demandMbitPerSol\":100}");
        }
        MvcTestResult tooLong = post("/api/jobs/relay", "{\"start\":\"2026-01-01T00:00:00Z\","
                + "\"end\":\"2026-02-15T00:00:00Z\",\"minElevationDeg\":10,"
                + "\"orbiters\":[\"mro\",\"odyssey\",\"tgo\",\"maven\",\"mex\"],\"landers\":[" + landers + "]}");
        assertThat(tooLong).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(Json.body(tooLong).path("detail").asString()).isEqualTo("orbiters × landers × time steps (one per "
                + "20 s) = 25,272,130 exceeds the limit of 25,000,000 for signed-in users");

        MvcTestResult badFleet = post("/api/jobs/fleet", """
                {"consumptionKgPerDay": 100, "initialReserveKg": 6000, "trials": 0,
                 "families": [{"id": "rocket", "lossProbability": 2}],
                 "vehicles": [{"id": "cargo", "family": "other", "cadenceDays": -1, "capacityKg": 10}]}""");
        assertThat(badFleet).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(Json.strings(Json.body(badFleet).path("errors"), "field")).containsExactly("trials",
                "families[0].lossProbability", "vehicles[0].family", "vehicles[0].cadenceDays");
        assertThat(post("/api/jobs/fleet", "{\"speed\": 1}")).hasStatus(HttpStatus.BAD_REQUEST);
        // a flight every 10⁻⁶ days for 730 days: 730,000,001 flights in each of 10,000 trials
        MvcTestResult tooMany = post("/api/jobs/fleet", """
                {"consumptionKgPerDay": 100, "initialReserveKg": 6000, "horizonDays": 730, "trials": 10000,
                 "families": [{"id": "rocket", "lossProbability": 0.05}],
                 "vehicles": [{"id": "cargo", "partner": "esa", "family": "rocket", "cadenceDays": 1e-6,
                               "capacityKg": 3000}]}""");
        assertThat(tooMany).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(Json.body(tooMany).path("detail").asString()).isEqualTo("trials × flights = 7,300,000,010,000 "
                + "exceeds the limit of 1,000,000,000 for signed-in users");
        assertThat(jobs()).isEqualTo(before);
    }

    @Test
    void aFleetJobBodyWithSeveralKindsOfProblemsNamesEveryOneAsTheDirectSimulationDoes() {
        long before = jobs();
        // two wrong-typed values (one nested), an unknown field (nested), a missing vehicle field and a range check
        String bad = """
                {"consumptionKgPerDay": "a lot", "initialReserveKg": 6000, "trials": 0,
                 "families": [{"id": "rocket", "lossProbability": 0.05, "colour": "red"}],
                 "vehicles": [{"id": "cargo", "family": "rocket", "cadenceDays": "monthly", "capacityKg": 3000}]}""";
        MvcTestResult job = post("/api/jobs/fleet", bad);
        assertThat(job).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(job.getResponse().getContentType()).startsWith("application/problem+json");
        List<String> fields = Json.strings(Json.body(job).path("errors"), "field");
        assertThat(fields).contains("consumptionKgPerDay", "families[0].colour", "vehicles[0].cadenceDays",
                "trials").doesNotHaveDuplicates();
        assertThat(Json.body(job).toString()).doesNotContain("tools.jackson", "space.consortium", "FleetRequest");
        // the same problems, in the same words, as the direct endpoint's
        MvcTestResult direct = post("/api/fleet/simulate", bad);
        assertThat(direct).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(Json.body(job).path("errors")).isEqualTo(Json.body(direct).path("errors"));
        MvcTestResult nothing = post("/api/jobs/fleet", "null");
        assertThat(nothing).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(jobs()).isEqualTo(before);
    }

    @Test
    void aJclJobBodyWithSeveralKindsOfProblemsNamesEveryOneByItsPathInTheBody() {
        long before = jobs();
        // an unknown field beside the plan and one in it, a wrong-typed value (nested), a missing duration, a negative
        // target and too few trials: each named once, by its path in the job's body
        MvcTestResult job = post("/api/jobs/jcl", """
                {"plan": {"activities": [{"id": "A", "colour": "red", "duration": {"dist": "fixed", "value": 1}},
                                         {"id": "B", "duration": {"dist": "uniform", "min": "one", "max": 5}},
                                         {"id": "C"}],
                          "targets": {"finish": -1}},
                 "trials": 5, "seeds": 7}""");
        assertThat(job).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(job.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(Json.strings(Json.body(job).path("errors"), "field")).containsExactlyInAnyOrder("seeds", "trials",
                "plan.activities[0].colour", "plan.activities[1].duration.min", "plan.activities[2].duration",
                "plan.targets.finish");
        // the plan's own trials are named inside the plan
        MvcTestResult planTrials = post("/api/jobs/jcl", "{\"plan\": " + TWO_PATHS.replace("{\"activities\"",
                "{\"trials\": 5, \"activities\"") + "}");
        assertThat(Json.strings(Json.body(planTrials).path("errors"), "field")).containsExactly("plan.trials");
        for (String body : List.of("null", "[1]", "{\"plan\": null}", "{\"plan\": [1]}")) {
            MvcTestResult refused = post("/api/jobs/jcl", body);
            assertThat(refused).as(body).hasStatus(HttpStatus.BAD_REQUEST);
            assertThat(Json.strings(Json.body(refused).path("errors"), "field")).as(body)
                    .containsExactly(body.startsWith("{") ? "plan" : "body");
        }
        assertThat(jobs()).isEqualTo(before);
    }

    @Test
    void aRelayJobBodyWithSeveralKindsOfProblemsNamesEveryOneAsTheDirectPlanDoes() {
        long before = jobs();
        // an unknown field and a wrong-typed value (both nested), a rule (end before start) and a missing field
        String bad = RELAY.replace("\"radio\": \"electra\"", "\"radio\": \"electra\", \"colour\": \"red\"")
                .replace("-4.5895", "\"south\"").replace("\"owner\": \"nasa\", \"latDeg\"", "\"latDeg\"")
                .replace("2026-01-02T00:00:00Z", "2025-12-31T00:00:00Z");
        MvcTestResult job = post("/api/jobs/relay", bad);
        assertThat(job).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(job.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(Json.strings(Json.body(job).path("errors"), "field")).containsExactlyInAnyOrder(
                "orbiters[0].colour", "landers[0].latDeg", "landers[0].owner", "end");
        MvcTestResult direct = post("/api/relay/plan", bad);
        assertThat(Json.body(job).path("errors")).isEqualTo(Json.body(direct).path("errors"));
        for (String body : List.of("null", "[1]", "\"mro\"")) {
            MvcTestResult refused = post("/api/jobs/relay", body);
            assertThat(refused).as(body).hasStatus(HttpStatus.BAD_REQUEST);
            assertThat(Json.strings(Json.body(refused).path("errors"), "field")).as(body).containsExactly("body");
        }
        assertThat(jobs()).isEqualTo(before);
    }

    @Test
    void onlyContributorsStartJobs() {
        long before = jobs();
        for (String[] kind : new String[][] {{"jcl", "{\"plan\": " + TWO_PATHS + "}"}, {"relay", RELAY},
                {"fleet", FLEET}}) {
            MvcTestResult anonymous = mvc.post().uri("/api/jobs/" + kind[0]).contentType(MediaType.APPLICATION_JSON)
                    .accept(MediaType.APPLICATION_JSON).content(kind[1]).with(Users.nobody()).exchange();
            assertThat(anonymous.getResponse().getStatus()).as(kind[0]).isIn(401, 403);
            MvcTestResult observer = mvc.post().uri("/api/jobs/" + kind[0]).contentType(MediaType.APPLICATION_JSON)
                    .accept(MediaType.APPLICATION_JSON).content(kind[1]).with(Users.observer()).exchange();
            assertThat(observer).as(kind[0]).hasStatus(HttpStatus.FORBIDDEN);
        }
        assertThat(jobs()).isEqualTo(before);
    }
}
