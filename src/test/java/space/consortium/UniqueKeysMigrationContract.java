package space.consortium;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Migration V10 turns every "already exists" rule into a unique constraint. A database written by an earlier version
 * may hold duplicates (concurrent POSTs stored up to ten copies of one contribution); the migration cleans them first,
 * keeping every fact, so it cannot fail on such a database. Runs on a fresh database migrated to V9, then filled with
 * duplicates, then migrated on: no Spring context.
 */
abstract class UniqueKeysMigrationContract {

    /** A fresh, empty database. */
    abstract DataSource freshDatabase();

    private DataSource db;
    private JdbcClient jdbc;

    @BeforeEach
    void migrateToV9AndStoreDuplicates() {
        db = freshDatabase();
        jdbc = JdbcClient.create(db);
        flyway("9").migrate();
        jdbc.sql("insert into partner (id, name, kind, source_url) values ('esa', 'ESA', 'intergovernmental', 'https://e')").update();
        jdbc.sql("insert into partner (id, name, kind, source_url) values ('nasa', 'NASA', 'national agency', 'https://n')").update();
        jdbc.sql("""
                insert into project (id, name, lead_partner_id, source_url) values ('iss', 'ISS', 'nasa', 'https://i')""")
                .update();
        // three exact copies (ids 1-3), one with the same key but another value (4), one distinct contribution (5)
        for (int i = 1; i <= 3; i++) {
            contribution(i, "ATV-5", "1000.00");
        }
        contribution(4, "ATV-5", "2000.00");
        contribution(5, "Columbus", "1000.00");
        // the copy 3 carries an agreed value; so does the distinct one; and credit 3 duplicates credit 2's link
        credit(1, 3L);
        credit(2, 5L);
        credit(3, 5L);
        credit(4, null);
        credit(5, null);
        jdbc.sql("insert into agreement (id, kind, title, source_url) values ('igA', 'intergovernmental', 'IGA', 'https://a')")
                .update();
        party(1, "esa", null);
        party(2, "esa", null);
        party(3, null, "Japan");
        party(4, null, "Japan");
        party(5, "nasa", "United States");
    }

    @Test
    void exactCopiesGoTheLowestIdStaysAndARowThatDiffersIsKeptUnderADistinctElement() {
        flyway(null).migrate();

        assertThat(jdbc.sql("select id || ':' || element from contribution order by id").query(String.class).list())
                .containsExactly("1:ATV-5", "4:ATV-5 (#4)", "5:Columbus");
        assertThat(jdbc.sql("select amount from contribution where id = 4").query(java.math.BigDecimal.class).single())
                .isEqualByComparingTo("2000.00");
    }

    @Test
    void creditsOfRemovedCopiesMoveToTheKeptRowAndEachContributionKeepsOneAgreedValue() {
        flyway(null).migrate();

        List<String> links = jdbc.sql("select id || ':' || coalesce(cast(contribution_id as varchar(20)), '-') "
                + "from ledger_credit order by id").query(String.class).list();
        assertThat(links).containsExactly("1:1", "2:5", "3:-", "4:-", "5:-");
    }

    @Test
    void aPartyListedTwiceKeepsItsLowestId() {
        flyway(null).migrate();

        assertThat(jdbc.sql("select id from agreement_party order by id").query(Long.class).list())
                .containsExactly(1L, 3L, 5L);
        assertThat(jdbc.sql("select party_key from agreement_party where id = 5").query(String.class).single())
                .isEqualTo("nasa|United States");
    }

    @Test
    void afterTheMigrationTheDatabaseRefusesASecondRecordWithTheSameKey() {
        flyway(null).migrate();

        assertThatThrownBy(() -> contribution(6, "Columbus", "1.00")).isInstanceOf(DuplicateKeyException.class);
        assertThatThrownBy(() -> credit(6, 1L)).isInstanceOf(DuplicateKeyException.class);
        assertThatThrownBy(() -> jdbc.sql("""
                insert into agreement_party (id, agreement_id, partner_id, source_url, party_key)
                values (6, 'igA', 'esa', 'https://p', 'esa|')""").update()).isInstanceOf(DuplicateKeyException.class);
        // credits of no contribution may repeat: NULL is distinct from NULL in a unique constraint on both databases
        credit(7, null);
        assertThat(jdbc.sql("select count(*) from ledger_credit where contribution_id is null").query(Long.class)
                .single()).isEqualTo(4);
    }

    private Flyway flyway(String target) {
        var config = Flyway.configure().dataSource(db).locations("classpath:db/migration");
        if (target != null) {
            config = config.target(target);
        }
        return config.load();
    }

    private void contribution(long id, String element, String amount) {
        jdbc.sql("""
                insert into contribution (id, project_id, partner_id, kind, element, amount, currency, price_year,
                  source_url) values (:id, 'iss', 'esa', 'launch', :e, :a, 'EUR', 2015, 'https://c')""")
                .param("id", id).param("e", element).param("a", new java.math.BigDecimal(amount)).update();
    }

    private void credit(long id, Long contribution) {
        jdbc.sql("""
                insert into ledger_credit (id, project_id, contribution_id, partner_id, description, amount, currency,
                  price_year) values (:id, 'iss', :c, 'esa', 'agreed', 10, 'USD', 2015)""")
                .param("id", id).param("c", contribution, java.sql.Types.BIGINT).update();
    }

    private void party(long id, String partner, String country) {
        jdbc.sql("""
                insert into agreement_party (id, agreement_id, partner_id, country_name, source_url)
                values (:id, 'igA', :p, :c, 'https://p')""")
                .param("id", id).param("p", partner, java.sql.Types.VARCHAR).param("c", country, java.sql.Types.VARCHAR)
                .update();
    }

    static DataSource dataSource(String url, String user, String password) {
        return new DriverManagerDataSource(url, user, password);
    }
}
