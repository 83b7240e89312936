package space.consortium.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The first-start load is guarded by a database lock: two loaders (two processes or nodes starting together on one
 * new database) that run at the same moment load the shipped registry once, and the second finds it loaded.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"consortium.dataset.load-on-start=false"})
@DirtiesContext
abstract class FirstStartLoadContract {

    @Autowired DatasetService dataset;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;

    @Test
    void twoLoadersStartingTogetherOnANewDatabaseLoadTheShippedDataOnce() throws Exception {
        assertThat(count("partner")).as("a new database: nothing loaded on start").isZero();
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        List<Future<List<String>>> results = new ArrayList<>();
        for (int node = 0; node < 2; node++) {
            DatasetLoader loader = new DatasetLoader(dataset, List.of(), jdbc, transactions, true);
            results.add(nodes.submit(() -> {
                together.await(30, TimeUnit.SECONDS);
                return loader.load();
            }));
        }
        List<List<String>> loaded = new ArrayList<>();
        for (Future<List<String>> result : results) {
            loaded.add(result.get(3, TimeUnit.MINUTES));
        }
        nodes.shutdown();

        assertThat(loaded.stream().filter(l -> !l.isEmpty())).as("loaders that loaded the registry").hasSize(1);
        // the shipped files: 47 agencies, 57 missions, 90 contributions (src/main/resources/dataset)
        assertThat(count("partner")).isEqualTo(47);
        assertThat(count("project")).isEqualTo(57);
        assertThat(count("contribution")).isEqualTo(90);
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
