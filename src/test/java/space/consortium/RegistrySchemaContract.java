package space.consortium;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import space.consortium.support.PersistenceContract;

/** The Flyway migration builds the same registry schema on each database, and the loaded data keeps its invariants. */
abstract class RegistrySchemaContract extends PersistenceContract {

    private static final List<String> TABLES = List.of("partner", "capability", "partner_capability", "project",
            "participation", "contribution", "share_table", "share_entry", "agreement", "agreement_party", "asset");

    @Test
    void flywayAppliedTheRegistryMigration() {
        List<String> applied = jdbc.sql("""
                        select version from flyway_schema_history
                        where success = true and version is not null order by installed_rank""")
                .query(String.class).list();
        assertThat(applied).startsWith("1");
    }

    @Test
    void migrationCreatedEveryRegistryTable() {
        List<String> tables = jdbc.sql("""
                        select lower(table_name) from information_schema.tables
                        where lower(table_schema) = 'public'""")
                .query(String.class).list();
        assertThat(tables).containsAll(TABLES);
    }

    @Test
    void moneyAndShareColumnsHaveExactDecimalTypes() {
        assertThat(precisionAndScale("contribution", "amount")).containsExactly(20, 2);
        assertThat(precisionAndScale("project", "cost_amount")).containsExactly(20, 2);
        assertThat(precisionAndScale("partner", "budget_amount")).containsExactly(20, 2);
        assertThat(precisionAndScale("share_entry", "percent")).containsExactly(7, 3);
    }

    @Test
    void everyEditableTableCarriesAVersionColumn() {
        for (String table : List.of("partner", "capability", "partner_capability", "project", "participation",
                "contribution", "share_table", "agreement", "asset")) {
            assertThat(count("""
                    select count(*) from information_schema.columns
                    where lower(table_name) = :table and lower(column_name) = 'version'""", "table", table))
                    .as("version column of %s", table).isEqualTo(1);
        }
    }

    @Test
    void everyStoredRowCitesAnHttpSource() {
        List<String> sourced = jdbc.sql("""
                        select lower(table_name) from information_schema.columns
                        where lower(column_name) = 'source_url' and lower(table_schema) = 'public'""")
                .query(String.class).list();
        assertThat(sourced).contains("partner", "project", "participation", "contribution", "share_table",
                "agreement", "agreement_party");
        long rows = 0;
        for (String table : sourced) {
            // table names come from the catalogue, not from input
            rows += count("select count(*) from " + table);
            assertThat(count("select count(*) from " + table
                    + " where source_url not like 'http://_%' and source_url not like 'https://_%'"))
                    .as("rows of %s without an http(s) source", table).isZero();
        }
        assertThat(rows).isGreaterThan(47 + 57 + 90);
    }

    @Test
    void everyStoredShareTableAddsUpToOneHundred() {
        assertThat(count("select count(*) from share_table")).isEqualTo(2);
        assertThat(count("""
                select count(*) from share_table t
                where (select sum(e.percent) from share_entry e where e.share_table_id = t.id) <> 100
                   or not exists (select 1 from share_entry e where e.share_table_id = t.id)""")).isZero();
    }

    private List<Integer> precisionAndScale(String table, String column) {
        return jdbc.sql("""
                        select numeric_precision, numeric_scale from information_schema.columns
                        where lower(table_name) = :table and lower(column_name) = :column""")
                .param("table", table).param("column", column)
                .query((rs, row) -> List.of(rs.getInt(1), rs.getInt(2))).single();
    }
}
