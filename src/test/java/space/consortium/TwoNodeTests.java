package space.consortium;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
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
import space.consortium.support.Node;

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

    private static Cluster cluster;
    private static Node a;
    private static Node b;

    @BeforeAll
    static void startTwoNodes() {
        cluster = Cluster.onOnePostgres();
        a = cluster.start("a");
        b = cluster.startProcess("b");
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
    void whenANodeDiesTheOtherKeepsServingItsSessions() {
        user("survivor");
        Browser browser = new Browser();
        assertThat(browser.signIn(b, "survivor", PASSWORD).statusCode()).isEqualTo(302);
        b.kill();
        assertThat(b.running()).isFalse();
        HttpResponse<String> onA = browser.get(a, "/account");
        assertThat(onA.statusCode()).as("the session made on the dead node").isEqualTo(200);
        assertThat(onA.body()).contains("id=\"account-name\">survivor<");
    }

    private static long sessions() {
        return cluster.database().sql("select count(*) from spring_session").query(Long.class).single();
    }
}
