package space.consortium.dataset;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import space.consortium.shared.ShippedData;

/**
 * The one first-start rule: whichever entry point opens a database first (the server or a command), the shipped
 * data goes into its empty tables — the registry first, then every module's {@link ShippedData} — in one transaction
 * that holds the row lock of {@code first_start_lock} (V11). A second process or node that starts at the same time
 * waits for that lock and then finds the tables filled, so the data is loaded once; a stop during the load rolls it
 * all back. The server runs this after its web server has started and before it reports ready (an application
 * runner), so requests meanwhile get 503.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatasetLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DatasetLoader.class);

    /** How long a process waits for another one's first-start load before it gives up. */
    private static final Duration PATIENCE = Duration.ofMinutes(10);

    private final DatasetService dataset;
    private final List<ShippedData> modules;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final boolean enabled;

    DatasetLoader(DatasetService dataset, List<ShippedData> modules, JdbcClient jdbc,
                  PlatformTransactionManager transactions,
                  @Value("${consortium.dataset.load-on-start:true}") boolean enabled) {
        this.dataset = dataset;
        this.modules = modules.stream().sorted(Comparator.comparingInt(ShippedData::order)).toList();
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        load();
    }

    /** Loads whatever shipped data is missing; returns what was loaded (empty when the database was not new). */
    List<String> load() {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            try {
                List<String> loaded = transaction.execute(status -> {
                    // H2 gives up on a row lock after its lock timeout (1 s by default): then this retries
                    jdbc.sql("select id from first_start_lock where id = 1 for update").query(Integer.class).list();
                    List<String> done = new ArrayList<>();
                    if (enabled && dataset.isEmpty()) {
                        done.add("registry " + dataset.importBundled().rowsByFile());
                    }
                    for (ShippedData module : modules) {
                        module.loadIfEmpty().ifPresent(done::add);
                    }
                    return done;
                });
                loaded = loaded == null ? List.of() : loaded;
                if (!loaded.isEmpty()) {
                    log.info("Loaded the shipped data into a new database: {}", String.join("; ", loaded));
                }
                return loaded;
            } catch (TransientDataAccessException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                log.info("Waiting for another process that is loading the shipped data into this database");
                sleep();
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the first-start load", e);
        }
    }
}
