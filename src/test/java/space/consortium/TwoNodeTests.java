package space.consortium;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.Scheduler;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import space.consortium.accounts.AccountService;
import space.consortium.accounts.UserRequest;
import space.consortium.support.Browser;
import space.consortium.support.Cluster;
import space.consortium.support.JclPlans;
import space.consortium.support.Node;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two instances of the application on one PostgreSQL, as behind a load balancer (docs/operations.md, "Several
 * nodes"): what one node knows, the other knows too. Node a runs inside the test's JVM and starts first on the
 * empty database (migrates it and loads the shipped dataset); node b, a JVM of its own, then joins it. Add further
 * two-node behaviour here: {@link Cluster#database()} gives the shared tables, {@link Node#bean} node a's services,
 * {@link Node#kill()} kills node b (keep such a test last).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodeTests {

    private static final String PASSWORD = "two nodes, one database";
    /** Jobs: a node is dead after four missed one-second heartbeats (the default waits a minute). */
    private static final String[] JOBS = {"consortium.jobs.polling-interval=1s", "consortium.jobs.heartbeat-interval=1s",
            "consortium.jobs.missed-heartbeats-limit=4"};

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static Cluster cluster;
    private static Node a;
    private static Node b;

    @BeforeAll
    static void startTwoNodes() {
        cluster = Cluster.onOnePostgres();
        a = cluster.start("a", JOBS);
        b = cluster.startProcess("b", JOBS);
    }

    @AfterAll
    static void stopThem() {
        cluster.close();
    }

    private static void user(String name) {
        a.bean(AccountService.class).create(new UserRequest(name, name, PASSWORD, false, List.of("esa"), List.of()));
    }

    @Test
    @Order(1)
    void aSessionMadeOnOneNodeIsValidOnTheOther() {
        user("roaming");
        Browser browser = new Browser();
        assertThat(browser.get(b, "/account").statusCode()).as("not signed in yet").isEqualTo(302);

        HttpResponse<String> signIn = browser.signIn(a, "roaming", PASSWORD);
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location")).as("signed in, not sent back to the form")
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("/login"));
        assertThat(signIn.headers().allValues("Set-Cookie")).as("the session cookie, for the browser's session only")
                .filteredOn(h -> h.startsWith("SESSION=")).singleElement().asString()
                .contains("; HttpOnly", "; SameSite=Lax").doesNotContain("Max-Age", "Expires");

        HttpResponse<String> onB = browser.get(b, "/account");
        assertThat(onB.statusCode()).as("node b knows the session node a made").isEqualTo(200);
        assertThat(onB.body()).contains("id=\"account-name\">roaming<");
        assertThat(cluster.database().sql("select count(*) from spring_session where principal_name = 'roaming'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aFormSentToTheOtherNodeIsAcceptedAndSigningOutThereEndsTheSessionEverywhere() {
        user("leaving");
        Browser browser = new Browser();
        browser.signIn(b, "leaving", PASSWORD);
        assertThat(browser.get(a, "/account").statusCode()).isEqualTo(200);

        // the logout form is on every page; its CSRF token is read from node a and sent to node b
        HttpResponse<String> signOut = browser.submit(b, "/account", "/logout", Map.of());
        assertThat(signOut.statusCode()).isEqualTo(302);
        assertThat(signOut.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("signed-out"));

        assertThat(browser.get(a, "/account").statusCode()).as("signed out on node a as well").isEqualTo(302);
        assertThat(cluster.database().sql("select count(*) from spring_session where principal_name = 'leaving'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void bothNodesServeTheSameRegistryAndAnonymousReadingStartsNoSession() {
        long before = sessions();
        Browser visitor = new Browser();
        for (Node node : List.of(a, b)) {
            HttpResponse<String> partners = visitor.get(node, "/api/partners/esa");
            assertThat(partners.statusCode()).isEqualTo(200);
            assertThat(partners.body()).contains("\"id\":\"esa\"");
            assertThat(visitor.get(node, "/partners").statusCode()).isEqualTo(200);
        }
        assertThat(visitor.cookie("SESSION")).isEmpty();
        assertThat(sessions()).isEqualTo(before);
    }

    @Test
    void signInFailuresCountOnEveryNode() {
        user("guessed");
        Browser attacker = new Browser();
        // five failures per name lock it (CONSORTIUM_SECURITY_LOGIN_FAILURES), here spread over both nodes
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> failed = attacker.signIn(i % 2 == 0 ? a : b, "guessed", "wrong guess " + i);
            assertThat(failed.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/login?"));
        }
        for (Node node : List.of(a, b)) {
            HttpResponse<String> owner = new Browser().signIn(node, "guessed", PASSWORD);
            assertThat(owner.headers().firstValue("Location")).as("locked on node " + node.name() + " too")
                    .hasValueSatisfying(l -> assertThat(l).contains("/login?locked"));
        }
    }

    @Test
    void twoNodesStartingTogetherOnAnEmptyDatabaseLoadTheShippedDataOnce() {
        try (Cluster fresh = Cluster.onOnePostgres()) {
            List<Node> both = fresh.startTogether(List.of("c", "d"));
            for (Node node : both) {
                assertThat(new Browser().get(node, "/api/partners/esa").statusCode()).isEqualTo(200);
            }
            // node a loaded the same shipped data alone: every table holds the same number of rows
            for (String table : List.of("partner", "project", "contribution", "agreement", "agreement_party",
                    "share_table", "capability", "partner_capability", "asset", "exchange_rate", "price_index")) {
                String count = "select count(*) from " + table;
                assertThat(fresh.database().sql(count).query(Long.class).single()).as(table)
                        .isPositive()
                        .isEqualTo(cluster.database().sql(count).query(Long.class).single());
            }
        }
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void whenANodeDiesTheOtherKeepsServingItsSessionsAndFinishesItsJob() throws Exception {
        user("survivor");
        Browser browser = new Browser();
        assertThat(browser.signIn(b, "survivor", PASSWORD).statusCode()).isEqualTo(302);

        // a JCL job started on node b, and running there (node a's scheduler is paused until b has it)
        Scheduler schedulerOfA = a.bean(Scheduler.class);
        schedulerOfA.pause();
        String secret = "cst_two-node-job-token";
        cluster.database().sql("insert into api_token (user_id, name, token_hash, prefix, scope, created_at) select id,"
                + " 'jobs', :hash, 'cst_two', 'write', current_timestamp from app_user where username = 'survivor'")
                .param("hash", HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(secret.getBytes(StandardCharsets.UTF_8)))).update();
        HttpResponse<String> started = HttpClient.newHttpClient().send(HttpRequest.newBuilder(b.uri("/api/jobs/jcl"))
                .header("Authorization", "Bearer " + secret).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"plan\": " + JclPlans.chain(2_000)
                        + ", \"trials\": 200000, \"seed\": 11}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        String id = JSON.readTree(started.body()).path("id").asString();
        JsonNode running = awaitJob(id, job -> job.path("done").asLong() > 0, Duration.ofSeconds(60));
        assertThat(running.path("status").asString()).isEqualTo("running");

        b.kill();
        schedulerOfA.resume();
        assertThat(b.running()).isFalse();
        HttpResponse<String> onA = browser.get(a, "/account");
        assertThat(onA.statusCode()).as("the session made on the dead node").isEqualTo(200);
        assertThat(onA.body()).contains("id=\"account-name\">survivor<");

        JsonNode finished = awaitJob(id, job -> List.of("done", "failed").contains(job.path("status").asString()),
                Duration.ofSeconds(150));
        assertThat(finished.path("status").asString()).as(finished.toString()).isEqualTo("done");
        assertThat(finished.path("attempts").asInt()).as("run again by node a").isEqualTo(2);
        assertThat(finished.path("done").asLong()).isEqualTo(200_000);
    }

    private static JsonNode awaitJob(String id, java.util.function.Predicate<JsonNode> until, Duration limit)
            throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        JsonNode job = JSON.readTree(new Browser().get(a, "/api/jobs/" + id).body());
        while (!until.test(job) && System.nanoTime() < deadline) {
            Thread.sleep(250);
            job = JSON.readTree(new Browser().get(a, "/api/jobs/" + id).body());
        }
        return job;
    }

    private static long sessions() {
        return cluster.database().sql("select count(*) from spring_session").query(Long.class).single();
    }
}
