package space.consortium.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import space.consortium.support.Json;
import space.consortium.support.Users;
import tools.jackson.databind.JsonNode;
import space.consortium.support.JclPlans;

/**
 * JCL runs as persisted jobs on db-scheduler: started with a check of the plan and the work limit, run by the node's
 * scheduler with progress in trials, the same answer as the direct run, and run again by a live node when the node
 * that had picked it died (its heartbeat is old). Not in a test transaction: the scheduler's own connections must
 * see the job. Heartbeats every second, dead after four missed (the least db-scheduler allows).
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

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

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
        assertThat(Json.strings(Json.body(bad).path("errors"), "field")).containsExactly("activities[0].duration.mode");
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
}
