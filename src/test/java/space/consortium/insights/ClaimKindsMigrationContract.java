package space.consortium.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import space.consortium.shared.Problems;

/**
 * V15 turns the claims stored before kinds existed (a metric, an optional partner) into count claims of that metric,
 * keeping their statement, comparator, stated value and source, so they still check.
 */
abstract class ClaimKindsMigrationContract {

    /** A fresh, empty database. */
    abstract DataSource freshDatabase();

    @Test
    void claimsStoredBeforeKindsBecomeCountClaimsOfTheirMetric() {
        DataSource db = freshDatabase();
        JdbcClient jdbc = JdbcClient.create(db);
        Flyway.configure().dataSource(db).locations("classpath:db/migration").target("14").load().migrate();
        jdbc.sql("""
                insert into claim (id, statement, metric, partner_id, comparator, stated, tolerance, source_url)
                values (1, 'The Accords have 61 signatories', 'artemisAccordsSignatories', null, '=', 61, 0, 'https://a'),
                       (2, 'ESA works with ten partners', 'partnersWorkedWith', 'esa', '>=', 10, 0.5, 'https://b')""")
                .update();

        Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();

        StoredClaim global = jdbc.sql("select * from claim where id = 1").query(ClaimRepository::map).single();
        assertThat(global.kind()).isEqualTo("count");
        assertThat(global.subject()).isEqualTo(Map.of("of", "metric", "metric", "artemisAccordsSignatories"));
        assertThat(global.text()).isEqualTo("The Accords have 61 signatories");
        assertThat(global.statedText()).isEqualTo("= 61");
        assertThat(global.sourceUrl()).isEqualTo("https://a");
        StoredClaim perPartner = jdbc.sql("select * from claim where id = 2").query(ClaimRepository::map).single();
        assertThat(perPartner.subject()).isEqualTo(Map.of("of", "metric", "metric", "partnersWorkedWith",
                "partner", "esa"));
        assertThat(perPartner.statedText()).isEqualTo(">= 10 ± 0.5");
        Problems problems = new Problems();
        assertThat(ClaimSubjects.parse(perPartner.kind(), perPartner.subject(), problems)).isNotNull();
        assertThat(problems.isEmpty()).isTrue();
        // a claim may now cite no source
        jdbc.sql("""
                insert into claim (id, statement, kind, subject, comparator, stated, tolerance, source_url)
                values (3, 'Unsourced', 'date', '{"project":"juice","year":2023}', '=', null, 0, null)""").update();
        assertThat(jdbc.sql("select count(*) from claim where source_url is null").query(Long.class).single())
                .isEqualTo(1);
    }

    static DataSource dataSource(String url, String user, String password) {
        return new DriverManagerDataSource(url, user, password);
    }
}
