package space.consortium.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import space.consortium.support.ApiContract;
import space.consortium.support.Json;
import tools.jackson.databind.JsonNode;

/**
 * Identical creates sent at the same moment (issue 16): the database keeps exactly one, the winner answers 201 and
 * every other request 409 naming the stored record, never 500; later creates with that key answer 409 too. The
 * requests run in their own transactions (this class opts out of the contract's rollback), so the test removes what
 * it stored.
 */
@Transactional(propagation = Propagation.NOT_SUPPORTED)
abstract class ConcurrentCreateContract extends ApiContract {

    private static final int CLIENTS = 20;

    @Autowired
    JdbcClient jdbc;

    private final String marker = "Concurrent test " + System.nanoTime();

    @AfterEach
    void removeWhatTheTestStored() {
        jdbc.sql("delete from contribution where element = :e").param("e", marker).update();
        jdbc.sql("delete from participation where project_id = 'iss' and partner_id = :p").param("p", partnerId()).update();
        jdbc.sql("delete from partner where id = :p").param("p", partnerId()).update();
        jdbc.sql("delete from audit_event where actor = 'test-admin' and (entity_id = :p or after_json like :m)")
                .param("p", partnerId()).param("m", "%" + marker + "%").update();
    }

    @Test
    void twentyIdenticalContributionsAtOnceStoreOneAndAnswerOne201AndNineteen409s() throws Exception {
        String body = """
                {"projectId": "iss", "partnerId": "esa", "kind": "hardware", "element": "%s",
                 "value": {"amount": 1234567.89, "currency": "EUR", "priceYear": 2015},
                 "sourceUrl": "https://example.org/c"}"""
                .formatted(marker);

        List<MvcTestResult> results = all(() -> post("/api/contributions", body));

        assertThat(results).extracting(r -> r.getResponse().getStatus())
                .containsOnly(HttpStatus.CREATED.value(), HttpStatus.CONFLICT.value())
                .filteredOn(s -> s == HttpStatus.CREATED.value()).hasSize(1);
        long stored = jdbc.sql("select count(*) from contribution where element = :e").param("e", marker)
                .query(Long.class).single();
        assertThat(stored).isEqualTo(1);
        long id = jdbc.sql("select id from contribution where element = :e").param("e", marker)
                .query(Long.class).single();
        for (MvcTestResult r : results) {
            if (r.getResponse().getStatus() == HttpStatus.CONFLICT.value()) {
                assertConflictNaming(r, "/api/contributions/" + id);
            }
        }
        // and afterwards, one more: 409 again (the check before the insert), naming the same record
        assertConflictNaming(post("/api/contributions", body), "/api/contributions/" + id);
    }

    @Test
    void twentyIdenticalPartnersAtOnceStoreOne() throws Exception {
        String body = """
                {"id": "%s", "name": "Concurrent Agency", "kind": "national agency",
                 "sourceUrl": "https://example.org/agency"}""".formatted(partnerId());

        List<MvcTestResult> results = all(() -> post("/api/partners", body));

        assertThat(results).extracting(r -> r.getResponse().getStatus())
                .containsOnly(HttpStatus.CREATED.value(), HttpStatus.CONFLICT.value())
                .filteredOn(s -> s == HttpStatus.CREATED.value()).hasSize(1);
        for (MvcTestResult r : results) {
            if (r.getResponse().getStatus() == HttpStatus.CONFLICT.value()) {
                assertConflictNaming(r, "/api/partners/" + partnerId());
            }
        }
        assertThat(jdbc.sql("select count(*) from partner where id = :p").param("p", partnerId())
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void twentyIdenticalParticipationsAtOnceStoreOne() throws Exception {
        assertThat(post("/api/partners", """
                {"id": "%s", "name": "Concurrent Agency", "kind": "national agency",
                 "sourceUrl": "https://example.org/agency"}""".formatted(partnerId()))).hasStatus(HttpStatus.CREATED);
        String body = """
                {"projectId": "iss", "partnerId": "%s", "role": "partner", "sourceUrl": "https://example.org/p"}"""
                .formatted(partnerId());

        List<MvcTestResult> results = all(() -> post("/api/participations", body));

        assertThat(results).extracting(r -> r.getResponse().getStatus())
                .containsOnly(HttpStatus.CREATED.value(), HttpStatus.CONFLICT.value())
                .filteredOn(s -> s == HttpStatus.CREATED.value()).hasSize(1);
        long id = jdbc.sql("select id from participation where project_id = 'iss' and partner_id = :p")
                .param("p", partnerId()).query(Long.class).single();
        for (MvcTestResult r : results) {
            if (r.getResponse().getStatus() == HttpStatus.CONFLICT.value()) {
                assertConflictNaming(r, "/api/participations/" + id);
            }
        }
    }

    private String partnerId() {
        return "conc-" + Integer.toHexString(marker.hashCode());
    }

    private static void assertConflictNaming(MvcTestResult result, String existing) {
        JsonNode problem = assertProblem(result, HttpStatus.CONFLICT);
        assertThat(problem.path("existing").asString()).as("existing of %s", problem).isEqualTo(existing);
        assertThat(problem.path("detail").asString()).contains(existing).doesNotContainIgnoringCase("constraint")
                .doesNotContainIgnoringCase("sql");
    }

    /** Sends the request from {@value #CLIENTS} threads released together. */
    private static List<MvcTestResult> all(Callable<MvcTestResult> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            CountDownLatch ready = new CountDownLatch(CLIENTS);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<MvcTestResult>> futures = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return request.call();
                }));
            }
            ready.await();
            go.countDown();
            List<MvcTestResult> results = new ArrayList<>();
            for (Future<MvcTestResult> f : futures) {
                results.add(f.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
