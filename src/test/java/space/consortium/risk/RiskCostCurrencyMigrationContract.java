package space.consortium.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * V24 gives the risk costs stored before it their currency and price year by the rule a new risk follows: the
 * project's cost currency and price year, or US dollars of the year of the change when the project states no cost.
 */
abstract class RiskCostCurrencyMigrationContract {

    /** A fresh, empty database. */
    abstract DataSource freshDatabase();

    @Test
    void costsStoredBeforeV24TakeTheirProjectsCurrencyOrUsDollarsOfTheirYear() {
        DataSource db = freshDatabase();
        JdbcClient jdbc = JdbcClient.create(db);
        // up to the last migration before V24, whichever number that is once other branches have added theirs
        String before = java.util.Arrays.stream(Flyway.configure().dataSource(db).locations("classpath:db/migration")
                        .load().info().all()).map(m -> m.getVersion())
                .filter(v -> v.compareTo(org.flywaydb.core.api.MigrationVersion.fromVersion("24")) < 0)
                .max(Comparable::compareTo).orElseThrow().getVersion();
        Flyway.configure().dataSource(db).locations("classpath:db/migration").target(before).load().migrate();
        jdbc.sql("""
                insert into partner (id, name, kind, source_url) values ('esa', 'ESA', 'agency', 'https://esa.int')""")
                .update();
        jdbc.sql("""
                insert into project (id, name, lead_partner_id, cost_amount, cost_currency, cost_price_year, source_url)
                values ('euro', 'Priced in euros', 'esa', 1000000000, 'EUR', 2015, 'https://a'),
                       ('plain', 'No cost stated', 'esa', null, null, null, 'https://b')""").update();
        for (String[] r : List.of(new String[] {"1", "euro", "5000000"}, new String[] {"2", "plain", "7000000"},
                new String[] {"3", "plain", null})) {
            jdbc.sql("""
                    insert into risk (id, project_id, title, condition_text, consequence_text, owner_partner_id,
                      domain, likelihood, consequence, disposition, cost_mode, changed_at, version)
                    values (:id, :project, 't', 'c', 'q', 'esa', 'cost', 3, 3, 'watch', :cost,
                      timestamp '2019-06-01 12:00:00', 0)""")
                    .param("id", Long.parseLong(r[0])).param("project", r[1])
                    .param("cost", r[2] == null ? null : new java.math.BigDecimal(r[2])).update();
            jdbc.sql("""
                    insert into risk_change (risk_id, project_id, change_kind, risk_version, title, condition_text,
                      consequence_text, owner_partner_id, domain, likelihood, consequence, disposition, cost_mode,
                      changed_at)
                    select id, project_id, 'created', 0, title, condition_text, consequence_text, owner_partner_id,
                      domain, likelihood, consequence, disposition, cost_mode, timestamp '2018-03-01 08:00:00'
                    from risk where id = :id""").param("id", Long.parseLong(r[0])).update();
        }

        Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();

        assertThat(money(jdbc, "risk", "id = 1")).isEqualTo("EUR 2015");
        assertThat(money(jdbc, "risk", "id = 2")).isEqualTo("USD 2019");
        assertThat(money(jdbc, "risk", "id = 3")).as("no cost, no currency").isEqualTo("null null");
        assertThat(money(jdbc, "risk_change", "risk_id = 1")).isEqualTo("EUR 2015");
        assertThat(money(jdbc, "risk_change", "risk_id = 2")).as("the year of that change").isEqualTo("USD 2018");
    }

    private static String money(JdbcClient jdbc, String table, String where) {
        return jdbc.sql("select cost_currency, cost_price_year from " + table + " where " + where)
                .query((rs, n) -> rs.getString(1) + " " + rs.getObject(2)).single();
    }

    static DataSource dataSource(String url, String user, String password) {
        return new DriverManagerDataSource(url, user, password);
    }
}
