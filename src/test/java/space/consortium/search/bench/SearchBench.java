package space.consortium.search.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import space.consortium.search.SearchResults;
import space.consortium.search.SearchService;
import space.consortium.shared.RegistryReplaced;

/**
 * A command-line benchmark, not part of the suite (its name matches no Surefire pattern): 50,000 synthetic partners,
 * 50,000 projects and 50,000 agreements beside the shipped registry, indexed as an import indexes them (one
 * {@link RegistryReplaced}), then {@link SearchService#search} timed
 * (wall and this thread's CPU) for a name, an acronym and a country. Run with
 * {@code mvn -o test -Dtest=SearchBench} (H2) or {@code -Dtest=SearchBenchPostgres}; the lines starting with
 * {@code search-bench} are the figures. Rolled back after.
 */
@SpringBootTest
@Transactional
public class SearchBench {

    static final int ROWS = 50_000;
    static final int REPEATS = 30;

    @Autowired
    JdbcClient jdbc;
    @Autowired
    SearchService search;
    @Autowired
    ApplicationEventPublisher events;

    @Test
    void searchOver50000RowsPerTable() {
        String[] countries = {"US", "FR", "DE", "IT", "JP", "IN", "BR", "CA", "KR", "AU"};
        long insertStart = System.nanoTime();
        for (int i = 0; i < ROWS; i++) {
            String id = "bench-p" + i;
            jdbc.sql("insert into partner (id, name, kind, country_or_members, source_url) values (?, ?, ?, ?, ?)")
                    .params(id, "Synthetic Space Organisation " + i + " (SSO" + i + ")", "company",
                            countries[i % countries.length], "https://example.org/" + id).update();
        }
        for (int i = 0; i < ROWS; i++) {
            jdbc.sql("insert into project (id, name, lead_partner_id, source_url) values (?, ?, ?, ?)")
                    .params("bench-m" + i, "Synthetic Mission " + i, "bench-p" + i, "https://example.org/m" + i)
                    .update();
            jdbc.sql("insert into agreement (id, kind, title, source_url) values (?, ?, ?, ?)")
                    .params("bench-a" + i, "mou", "Synthetic Memorandum " + i, "https://example.org/a" + i).update();
        }
        System.out.printf("search-bench %s: inserted %,d partners, projects and agreements in %.1f s%n", database(),
                ROWS, (System.nanoTime() - insertStart) / 1e9);
        // the rows went in behind the services' backs, as an import does: rebuild the index as an import does
        long indexStart = System.nanoTime();
        events.publishEvent(new RegistryReplaced());
        System.out.printf("search-bench %s: indexed them (%,d terms) in %.1f s%n", database(),
                jdbc.sql("select count(*) from search_term").query(Long.class).single(),
                (System.nanoTime() - indexStart) / 1e9);
        if (database().toLowerCase(java.util.Locale.ROOT).contains("postgres")) {
            // as autovacuum would after the rows are committed (the rebuild analyzes the index's own tables)
            for (String table : List.of("partner", "project", "agreement", "agreement_party")) {
                jdbc.sql("analyze " + table).update();
            }
            System.out.printf("search-bench %s: collation %s%n", database(), jdbc.sql("select datcollate from"
                    + " pg_database where datname = current_database()").query(String.class).single());
        }

        if (database().toLowerCase(java.util.Locale.ROOT).contains("postgres")) {
            // the plan of the "many" query for Japan's partners, as SearchRepository writes it (literals for params)
            String condition = "((exists (select 1 from search_term t0 where t0.kind = 'partner' and t0.record_id ="
                    + " r.record_id and t0.term >= 'japan' and t0.term < 'japao' and t0.term like 'japan%')) or exists"
                    + " (select 1 from search_term c where c.kind = 'partner' and c.record_id = r.record_id and c.term"
                    + " in ('jp')))";
            jdbc.sql("explain (analyze, buffers) select p.id, p.name from partner p join (select s.record_id from"
                    + " (select r.record_id from search_record r where r.kind = 'partner' and " + condition
                    + " order by r.kind, r.sort_key, r.record_id limit 25) s union select r.record_id from search_record"
                    + " r where r.kind = 'partner' and r.record_id = 'japan' and " + condition + ") m on m.record_id ="
                    + " p.id order by case when lower(p.id) = 'japan' then 0 else 1 end, p.name, p.id limit 25")
                    .query(String.class).list().forEach(line -> System.out.println("search-bench explain " + line));
        }
        for (String q : List.of("Mission 4242", "sso777", "jaxa", "Japan", "JP", "memorandum 1234", "zzzz",
                "synthetic", "synthetic space organisation 4")) {
            measure(q);
        }
    }

    private void measure(String q) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        SearchResults last = null;
        for (int i = 0; i < 5; i++) {
            last = search.search(q); // warm-up
        }
        double[] wall = new double[REPEATS];
        double[] cpu = new double[REPEATS];
        for (int i = 0; i < REPEATS; i++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            last = search.search(q);
            wall[i] = (System.nanoTime() - t0) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        System.out.printf("search-bench %s: q=%-16s hits=%3d median %.1f ms, p90 %.1f ms (this thread's CPU median"
                        + " %.1f ms)%n", database(), "\"" + q + "\"", last.total(), wall[REPEATS / 2],
                wall[REPEATS * 9 / 10], cpu[REPEATS / 2]);
        if (q.equals("sso777")) {
            assertThat(new ArrayList<>(last.partners()).stream().map(SearchResults.Hit::id)).contains("bench-p777");
        }
    }

    @Autowired
    javax.sql.DataSource dataSource;

    String database() {
        try (var connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
