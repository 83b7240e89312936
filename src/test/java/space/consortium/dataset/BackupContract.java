package space.consortium.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import space.consortium.support.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Backup and restore round-trip every table a user can change, exactly; the registry's CSV export and import
 * round-trip too, and an unchanged import writes nothing. The database of the Spring context holds the shipped dataset
 * plus a row in every user-changeable table (seeded here, rolled back after each test); restores go into a second,
 * freshly migrated database of the same kind ({@link #freshDatabase()}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@Transactional
abstract class BackupContract {

    /** Every table a user can change today (V1–V9); later migrations' tables are covered by the metadata. */
    static final List<String> USER_TABLES = List.of("partner", "capability", "partner_capability", "project",
            "participation", "contribution", "share_table", "share_entry", "agreement", "agreement_party", "asset",
            "exchange_rate", "price_index", "ledger_credit", "claim", "reference_figure", "population",
            "population_member", "teaming_policy", "teaming_proposal",
            "risk_scale", "risk_matrix", "risk", "risk_change", "schedule_plan", "jcl_run", "app_user",
            "user_partner", "user_coordinator", "api_token", "audit_event", "discussion_comment");

    private static final String SOURCE = "https://example.org/backup-test";

    @Autowired BackupService backups;
    @Autowired DatasetService dataset;
    @Autowired JdbcTemplate jdbc;

    @TempDir Path temp;

    /** A new, empty database of the kind under test, migrated by Flyway, with no dataset loaded. */
    abstract DataSource newDatabase();

    DataSource freshDatabase() {
        DataSource db = newDatabase();
        Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();
        return db;
    }

    @BeforeEach
    void seedEveryUserTable() {
        jdbc.update("insert into contribution (id, project_id, partner_id, kind, element, amount, currency, price_year,"
                + " source_url) values (900001, 'iss', 'esa', 'hardware', 'Backup test module', 1234567.89, 'EUR',"
                + " 2024, ?)", SOURCE);
        for (long id : new long[] {900002, 900003}) {
            jdbc.update("insert into contribution (id, project_id, partner_id, kind, element, amount, currency,"
                    + " price_year, source_url) values (?, 'iss', 'jaxa', 'service', ?, 1000, 'USD', null, ?)",
                    id, "Twin " + id, SOURCE); // alike but for the element, which the unique key needs to differ
        }
        jdbc.update("update project set cost_amount = 1234567.89, cost_currency = 'EUR', cost_price_year = 2024,"
                + " version = version + 1 where id = 'iss'");
        jdbc.update("insert into ledger_credit (id, project_id, contribution_id, partner_id, description, amount,"
                + " currency, price_year, source_url, version) values (900001, 'iss', 900001, 'esa',"
                + " 'Agreed value, \"barter\", line\nbreak', 1234567.89, 'EUR', 2024, null, 3)");
        jdbc.update("insert into claim (id, statement, kind, subject, comparator, stated, tolerance, source_url)"
                + " values (900001, 'Backup claim', 'count', '{\"of\":\"partners\"}', '>=', 10.5, 0.25, ?)", SOURCE);
        // an external claim states a value (the CSV import, which the dataset export round-trips, requires one)
        jdbc.update("insert into claim (id, statement, kind, subject, comparator, stated, tolerance, source_url,"
                + " source_name) values (900002, 'Unsourced claim', 'external', '{\"figure\":\"backup-figure\"}',"
                + " '=', 12600, 0, null, 'An article, \"quoted\"')");
        jdbc.update("insert into reference_figure (figure_id, as_of, label, figure_value, min_value, max_value, unit,"
                + " note, source_url) values ('backup-figure', '2026-01', 'Backup figure', null, 10.25, 13701, 'members',"
                + " 'a range, with a comma', ?)", SOURCE);
        jdbc.update("insert into population (id, name, definition, complete, source_url) values ('backup-population',"
                + " 'Backup population', 'every project named here', true, ?)", SOURCE);
        jdbc.update("insert into population_member (population_id, project_id, source_url) values"
                + " ('backup-population', 'iss', ?)", SOURCE);
        jdbc.update("insert into teaming_proposal (id, project_id, partner_id, provides, backs_up, cost_usd_millions,"
                + " objective, created_at) values (900001, 'iss', 'esa', 'robotic-arm', '', 12.345, 'cost',"
                + " timestamp '2026-01-02 03:04:05.123456')");
        jdbc.update("insert into risk_matrix (project_id, scale_id, likelihood_labels, consequence_labels,"
                + " likelihood_codes, zoning, version) select 'iss', id, likelihood_labels, consequence_labels,"
                + " likelihood_codes, zoning, 2 from risk_scale where id = 'nasa'");
        jdbc.update("insert into risk (id, project_id, title, condition_text, consequence_text, owner_partner_id,"
                + " domain, likelihood, consequence, disposition, probability, delay_min_days, cost_min, cost_mode,"
                + " cost_max, changed_at, changed_by, version) values (900001, 'iss', 'Valve leak', 'If the valve"
                + " leaks', 'then the test slips', 'esa', 'technical', 3, 4, 'mitigate', 0.123456, 10.5, 1000.25,"
                + " 1234567.89, 2000000, timestamp '2026-02-03 04:05:06', 'alice', 1)");
        jdbc.update("insert into risk_change (id, risk_id, project_id, change_kind, risk_version, title,"
                + " condition_text, consequence_text, owner_partner_id, domain, likelihood, consequence, disposition,"
                + " changed_at) values (900001, 900001, 'iss', 'created', 0, 'Valve leak', 'If', 'then', 'esa',"
                + " 'technical', 3, 4, 'mitigate', timestamp '2026-02-03 04:05:06')");
        jdbc.update("insert into schedule_plan (project_id, plan_json, activities, version, updated_at) values"
                + " ('iss', '{\"activities\": []}', 0, 4, timestamp '2026-02-03 04:05:06')");
        jdbc.update("insert into jcl_run (id, project_id, plan_version, trials, seed, finish_mean, finish_p50,"
                + " finish_p70, finish_p80, cost_mean, cost_p50, cost_p70, cost_p80, finish_target, cost_target,"
                + " jcl, ran_at) values (900001, 'iss', 4, 10000, 42, 123.456789, 120.1, 130.2, 140.3,"
                + " 1.0E-7, 0.1, 1234567.891, 3.0E20, 150, 2000000, 0.7, timestamp '2026-02-03 04:05:06.5')");
        jdbc.update("insert into app_user (id, username, display_name, password_hash, admin, active, created_at,"
                + " version) values (900001, 'backup-tester', 'Bäckup Tester ✓', '{bcrypt}$2a$10$abcdefghijk', true,"
                + " false, timestamp with time zone '2026-01-02 03:04:05.123456+02:00', 2)");
        jdbc.update("insert into user_partner (user_id, partner_id) values (900001, 'esa')");
        jdbc.update("insert into user_coordinator (user_id, project_id) values (900001, 'iss')");
        jdbc.update("insert into api_token (id, user_id, name, token_hash, prefix, scope, created_at, revoked_at)"
                + " values (900001, 900001, 'ci', ?, 'cons_abcd', 'write',"
                + " timestamp with time zone '2026-01-02 03:04:05+00:00',"
                + " timestamp with time zone '2026-03-04 05:06:07+00:00')", "ab".repeat(32));
        jdbc.update("insert into audit_event (id, at, actor, channel, action, entity, entity_id, project_id,"
                + " partner_id, before_json, after_json) values (900001, timestamp with time zone"
                + " '2026-01-02 03:04:05+00:00', 'backup-tester', 'api', 'create', 'contribution', '900001', 'iss',"
                + " 'esa', null, '{\"amount\": 1234567.89}')");
        jdbc.update("insert into discussion_comment (id, project_id, parent_id, author, body, created_at, version)"
                + " values (900001, 'iss', null, 'backup-tester', 'First, \"quoted\"\nsecond line',"
                + " timestamp with time zone '2026-01-02 03:04:05+00:00', 0)");
        jdbc.update("insert into discussion_comment (id, project_id, parent_id, author, body, created_at, edited_at,"
                + " version) values (900002, 'iss', 900001, 'backup-tester', 'A reply', timestamp with time zone"
                + " '2026-01-02 04:04:05+00:00', timestamp with time zone '2026-01-02 05:04:05+00:00', 1)");
        assertThat(jdbc.update("update exchange_rate set rate = 1.08171234, version = version + 1"
                + " where currency = 'EUR' and rate_year = 2023")).isEqualTo(1);
        assertThat(jdbc.update("update price_index set index_value = 313.6891, version = version + 1"
                + " where index_year = 2024")).isEqualTo(1);
        for (String table : USER_TABLES) {
            assertThat(jdbc.queryForObject("select count(*) from " + table, Long.class)).as(table).isPositive();
        }
    }

    // ---- backup and restore

    @Test
    void aBackupHoldsEveryUserTableWithAmountsInUnits() throws IOException {
        Path dir = temp.resolve("backup");
        BackupReport report = backups.backup(dir);

        assertThat(report.rowsByTable().keySet()).containsAll(USER_TABLES)
                .doesNotContain("flyway_schema_history", "spring_session", "spring_session_attributes",
                        "scheduled_tasks", "computation_job", "login_failure");
        for (String table : USER_TABLES) {
            long rows = jdbc.queryForObject("select count(*) from " + table, Long.class);
            assertThat(report.rowsByTable().get(table)).as(table).isEqualTo(rows);
            assertThat(lines(dir.resolve(table + ".jsonl"))).as(table).hasSize((int) rows);
        }
        List<String> contributions = lines(dir.resolve("contribution.jsonl"));
        assertThat(contributions).anySatisfy(line -> assertThat(line)
                .contains("\"id\":900001", "\"amount\":1234567.89,\"currency\":\"EUR\""));
        assertThat(contributions).filteredOn(line -> line.contains("Twin 90000")).hasSize(2);
        assertThat(lines(dir.resolve("risk.jsonl"))).anySatisfy(line -> assertThat(line)
                .contains("\"cost_mode\":1234567.89", "\"cost_max\":2000000.00", "\"changed_at\":\"2026-02-03T04:05:06\""));
        assertThat(lines(dir.resolve("app_user.jsonl"))).anySatisfy(line -> assertThat(line)
                .contains("\"display_name\":\"Bäckup Tester ✓\"", "\"admin\":true", "\"active\":false",
                        "\"created_at\":\"2026-01-02T01:04:05.123456Z\""));
        assertThat(lines(dir.resolve("ledger_credit.jsonl"))).anySatisfy(line -> assertThat(line)
                .contains("\"description\":\"Agreed value, \\\"barter\\\", line\\nbreak\"", "\"source_url\":null"));
        assertThat(Files.readString(dir.resolve("manifest.json")))
                .contains("\"format\" : \"consortium-backup\"", "\"schemaVersion\" : \"");
        // parents come before children in the manifest, so that a restore can insert in its order
        String manifest = Files.readString(dir.resolve("manifest.json"));
        assertThat(manifest.indexOf("\"table\" : \"partner\"")).isLessThan(manifest.indexOf("\"table\" : \"contribution\""));
        assertThat(manifest.indexOf("\"table\" : \"contribution\"")).isLessThan(manifest.indexOf("\"table\" : \"ledger_credit\""));
        assertThat(manifest.indexOf("\"table\" : \"app_user\"")).isLessThan(manifest.indexOf("\"table\" : \"api_token\""));
    }

    @Test
    void backupRestoreIntoAnEmptyDatabaseBackupGivesIdenticalFiles() throws IOException {
        Path first = temp.resolve("first");
        backups.backup(first);

        DataSource empty = freshDatabase();
        BackupService restoring = new BackupService(empty);
        restoring.restore(first);
        Path second = temp.resolve("second");
        restoring.backup(second);

        assertThat(files(second)).isEqualTo(files(first));
        JdbcTemplate restored = new JdbcTemplate(empty);
        assertThat(restored.queryForObject("select amount from contribution where id = 900001", BigDecimal.class))
                .isEqualByComparingTo("1234567.89");
        assertThat(restored.queryForObject("select count(*) from contribution where element like 'Twin 90000%'",
                Long.class)).isEqualTo(2);
        // identity counters moved past the restored ids: a new row gets a fresh id instead of colliding
        restored.update("insert into contribution (project_id, partner_id, kind, element, source_url)"
                + " values ('iss', 'esa', 'launch', 'After the restore', ?)", SOURCE);
        assertThat(restored.queryForObject("select id from contribution where element = 'After the restore'",
                Long.class)).isGreaterThan(900003L);
    }

    @Test
    void restoringUnchangedFilesChangesNoVersion() throws IOException {
        Path dir = temp.resolve("backup");
        backups.backup(dir);
        DataSource db = freshDatabase();
        BackupService restoring = new BackupService(db);
        restoring.restore(dir);
        Map<String, List<Map<String, Object>>> before = versions(new JdbcTemplate(db));

        restoring.restore(dir);

        assertThat(versions(new JdbcTemplate(db))).isEqualTo(before);
        assertThat(before).containsKeys("partner", "project", "contribution", "app_user", "exchange_rate");
        Path again = temp.resolve("again");
        restoring.backup(again);
        assertThat(files(again)).isEqualTo(files(dir));
    }

    @Test
    void aRowTheDatabaseRefusesRollsBackTheWholeRestore() throws IOException {
        Path good = temp.resolve("good");
        backups.backup(good);
        DataSource db = freshDatabase();
        BackupService restoring = new BackupService(db);
        restoring.restore(good);

        // the last contribution names a partner that does not exist: only the database notices, after the tables
        // were emptied and most rows written again
        Path bad = copy(good, "bad");
        List<String> rows = lines(bad.resolve("contribution.jsonl"));
        int last = rows.size() - 1;
        rows.set(last, rows.get(last).replaceFirst("\"partner_id\":\"[^\"]*\"", "\"partner_id\":\"no-such-partner\""));
        Files.write(bad.resolve("contribution.jsonl"), rows, StandardCharsets.UTF_8);

        assertThatThrownBy(() -> restoring.restore(bad)).isInstanceOfSatisfying(BackupInvalid.class, e ->
                assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.file()).isEqualTo("contribution.jsonl");
                    assertThat(p.line()).isEqualTo(last + 1);
                    assertThat(p.toString()).startsWith("contribution.jsonl:" + (last + 1) + ": ");
                }));

        Path after = temp.resolve("after");
        restoring.backup(after);
        assertThat(files(after)).isEqualTo(files(good));
    }

    @Test
    void aMalformedFileIsRejectedWithFileAndLineBeforeAnythingIsTouched() throws IOException {
        Path good = temp.resolve("good");
        backups.backup(good);
        DataSource db = freshDatabase();
        BackupService restoring = new BackupService(db);
        restoring.restore(good);

        Path bad = copy(good, "bad");
        List<String> rows = lines(bad.resolve("contribution.jsonl"));
        rows.set(1, rows.get(1).replaceFirst("\"kind\":", "\"kind\" "));
        rows.set(2, rows.get(2).replaceFirst("\"amount\":[^,]*,", "\"amount\":1.234,"));
        Files.write(bad.resolve("contribution.jsonl"), rows, StandardCharsets.UTF_8);
        List<String> users = lines(bad.resolve("app_user.jsonl"));
        users.set(0, users.get(0).replaceFirst("\"admin\":(true|false)", "\"admin\":\"yes\""));
        Files.write(bad.resolve("app_user.jsonl"), users, StandardCharsets.UTF_8);
        List<String> partners = lines(bad.resolve("partner.jsonl"));
        Files.write(bad.resolve("partner.jsonl"), partners.subList(0, partners.size() - 1), StandardCharsets.UTF_8);

        assertThatThrownBy(() -> restoring.restore(bad)).isInstanceOfSatisfying(BackupInvalid.class, e ->
                assertThat(e.problems()).extracting(Object::toString).containsExactlyInAnyOrder(
                        "contribution.jsonl:2: not valid JSON: " + jsonError(e, "contribution.jsonl", 2),
                        "contribution.jsonl:3: column amount: 1.234 has more than 2 decimals; the column would round it",
                        "app_user.jsonl:1: column admin: must be true or false, got \"yes\"",
                        "partner.jsonl: holds " + (partners.size() - 1) + " rows but manifest.json says "
                                + partners.size() + "; the file is truncated or was edited"));

        Path after = temp.resolve("after");
        restoring.backup(after);
        assertThat(files(after)).isEqualTo(files(good));
    }

    @Test
    void aBackupOfANewerSchemaIsRefused() throws IOException {
        Path dir = temp.resolve("backup");
        backups.backup(dir);
        Path manifest = dir.resolve("manifest.json");
        Files.writeString(manifest, Files.readString(manifest)
                .replaceFirst("\"schemaVersion\" : \"[^\"]*\"", "\"schemaVersion\" : \"9999\""));
        BackupService restoring = new BackupService(freshDatabase());
        assertThatThrownBy(() -> restoring.restore(dir)).isInstanceOf(BackupInvalid.class)
                .hasMessageContaining("manifest.json: the backup is of schema version 9999, newer than");
    }

    @Test
    void aBackupFromBeforeBudgetsWereMoneyRestoresWithTheBudgetsConvertedExactly() throws IOException {
        Path dir = temp.resolve("before-v17");
        backups.backup(dir);
        // rewrite the partner table as schema version 16 had it: budget_usd_millions and budget_year
        Path manifest = dir.resolve("manifest.json");
        ObjectNode root = (ObjectNode) Json.parse(Files.readString(manifest));
        root.put("schemaVersion", "16");
        for (JsonNode table : root.path("tables").values()) {
            if (table.path("table").asString().equals("partner")) {
                ArrayNode columns = ((ObjectNode) table).putArray("columns");
                for (String column : List.of("id", "name", "kind", "country_or_members", "founded",
                        "budget_usd_millions", "budget_year", "source_url", "version")) {
                    columns.add(column);
                }
            }
        }
        Files.writeString(manifest, root.toString());
        List<String> rows = new ArrayList<>();
        for (String line : lines(dir.resolve("partner.jsonl"))) {
            JsonNode row = Json.parse(line);
            ObjectNode old = JsonNodeFactory.instance.objectNode();
            for (String column : List.of("id", "name", "kind", "country_or_members", "founded")) {
                old.set(column, row.get(column));
            }
            JsonNode amount = row.get("budget_amount");
            old.set("budget_usd_millions", amount.isNull() ? amount
                    : JsonNodeFactory.instance.numberNode(amount.decimalValue().movePointLeft(6)));
            old.set("budget_year", row.get("budget_price_year"));
            old.set("source_url", row.get("source_url"));
            old.set("version", row.get("version"));
            rows.add(old.toString());
        }
        Files.write(dir.resolve("partner.jsonl"), rows, StandardCharsets.UTF_8);

        DataSource db = freshDatabase();
        new BackupService(db).restore(dir);

        JdbcTemplate restored = new JdbcTemplate(db);
        // agencies.csv: NASA's 2025 budget is 25.4 billion US dollars
        assertThat(restored.queryForObject("select budget_amount from partner where id = 'nasa'", BigDecimal.class))
                .isEqualByComparingTo("25400000000");
        assertThat(restored.queryForObject("select budget_currency from partner where id = 'nasa'", String.class))
                .isEqualTo("USD");
        assertThat(restored.queryForObject("select budget_price_year from partner where id = 'nasa'", Integer.class))
                .isEqualTo(2025);
        assertThat(restored.queryForObject("select count(*) from partner where budget_amount is null"
                + " and budget_currency is not null", Long.class)).isZero();
    }

    @Test
    void aBackupFromBeforeClaimKindsRestoresItsClaimsAsCountsOfTheirMetric() throws IOException {
        Path dir = temp.resolve("before-v15");
        backups.backup(dir);
        // rewrite the claim table as schema version 14 had it: a metric and a partner, no kind or subject
        List<String> v14 = List.of("id", "statement", "metric", "partner_id", "comparator", "stated", "tolerance",
                "source_url", "version", "recorded_by", "owner_partner_id");
        Path manifest = dir.resolve("manifest.json");
        ObjectNode root = (ObjectNode) Json.parse(Files.readString(manifest));
        root.put("schemaVersion", "14");
        for (JsonNode table : root.path("tables").values()) {
            if (table.path("table").asString().equals("claim")) {
                ArrayNode columns = ((ObjectNode) table).putArray("columns");
                v14.forEach(columns::add);
                ((ObjectNode) table).put("rows", 2);
            }
        }
        Files.writeString(manifest, root.toString());
        Files.write(dir.resolve("claim.jsonl"), List.of(
                "{\"id\":1,\"statement\":\"The Accords have 61 signatories\",\"metric\":\"artemisAccordsSignatories\","
                        + "\"partner_id\":null,\"comparator\":\"=\",\"stated\":61,\"tolerance\":0,"
                        + "\"source_url\":\"https://a\",\"version\":2,\"recorded_by\":null,\"owner_partner_id\":null}",
                "{\"id\":2,\"statement\":\"ESA works with ten partners\",\"metric\":\"partnersWorkedWith\","
                        + "\"partner_id\":\"esa\",\"comparator\":\">=\",\"stated\":10,\"tolerance\":0.5,"
                        + "\"source_url\":\"https://b\",\"version\":0,\"recorded_by\":\"alice\",\"owner_partner_id\":\"esa\"}"),
                StandardCharsets.UTF_8);

        DataSource db = freshDatabase();
        new BackupService(db).restore(dir);

        JdbcTemplate restored = new JdbcTemplate(db);
        assertThat(restored.queryForList("select kind, subject, stated, version from claim order by id"))
                .extracting(r -> r.get("kind") + " " + r.get("subject") + " " + ((BigDecimal) r.get("stated"))
                        .stripTrailingZeros().toPlainString() + " v" + r.get("version"))
                .containsExactly("count {\"of\":\"metric\",\"metric\":\"artemisAccordsSignatories\"} 61 v2",
                        "count {\"of\":\"metric\",\"metric\":\"partnersWorkedWith\",\"partner\":\"esa\"} 10 v0");
    }

    @Test
    void aBackupGoesOnlyIntoANewOrEmptyDirectory() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("used"));
        Files.writeString(dir.resolve("notes.txt"), "keep me");
        assertThatThrownBy(() -> backups.backup(dir)).isInstanceOf(BackupInvalid.class).hasMessageContaining("not empty");
        assertThat(files(dir)).containsOnlyKeys("notes.txt");
        Path empty = Files.createDirectories(temp.resolve("empty"));
        assertThat(backups.backup(empty).rowsByTable()).containsKeys("partner", "audit_event");
    }

    // ---- the registry's CSV export and import

    @Test
    void datasetExportImportIntoAnEmptyRegistryExportsIdentically() throws IOException {
        Path first = temp.resolve("first");
        dataset.export(first);
        assertThat(Files.readString(first.resolve("contributions.csv")))
                .contains("iss,esa,hardware,Backup test module,1234567.89,EUR,2024," + SOURCE);
        assertThat(lines(first.resolve("contributions.csv")))
                .filteredOn(line -> line.contains("Twin 90000")).hasSize(2);
        assertThat(Files.readString(first.resolve("missions.csv"))).contains(",1234567.89,EUR,2024,");
        // budgets are US dollars in units like every amount; NASA's 2025 budget is 25.4 billion in agencies.csv
        assertThat(lines(first.resolve("agencies.csv")).get(0)).contains(",annual_budget_usd,budget_year,");
        assertThat(lines(first.resolve("agencies.csv"))).filteredOn(line -> line.startsWith("nasa,"))
                .singleElement().asString().contains(",25400000000,2025,");

        backups.deleteAll();
        assertThat(jdbc.queryForObject("select count(*) from partner", Long.class)).isZero();
        dataset.importDirectory(first);
        Path second = temp.resolve("second");
        dataset.export(second);

        assertThat(files(second)).isEqualTo(files(first));
        assertThat(jdbc.queryForObject("select count(*) from contribution where element like 'Twin 90000%'",
                Long.class)).isEqualTo(2);
    }

    @Test
    void importingAnUnchangedExportChangesNoVersion() throws IOException {
        Path export = temp.resolve("export");
        dataset.export(export);
        Path before = temp.resolve("before");
        backups.backup(before);

        DatasetReport report = dataset.importDirectory(export);

        assertThat(report.totalRows()).isPositive();
        Path after = temp.resolve("after");
        backups.backup(after);
        assertThat(files(after)).isEqualTo(files(before));
    }

    @Test
    void importingAChangedRowWritesOnlyThatRow() throws IOException {
        Path export = temp.resolve("export");
        dataset.export(export);
        Path agencies = export.resolve("agencies.csv");
        Files.writeString(agencies, Files.readString(agencies).replace("European Space Agency (ESA)", "ESA renamed"));
        long esa = jdbc.queryForObject("select version from partner where id = 'esa'", Long.class);
        long nasa = jdbc.queryForObject("select version from partner where id = 'nasa'", Long.class);

        dataset.importDirectory(export);

        assertThat(jdbc.queryForObject("select version from partner where id = 'esa'", Long.class)).isEqualTo(esa + 1);
        assertThat(jdbc.queryForObject("select version from partner where id = 'nasa'", Long.class)).isEqualTo(nasa);
    }

    @Test
    void millionsInTheShippedFormatConvertExactly() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("millions"));
        Files.writeString(dir.resolve("contributions.csv"), """
                mission_id,agency_id,kind,element,value_millions,currency,price_year,source_url
                iss,csa,hardware,Millions test,1.23456789,EUR,2024,%s
                """.formatted(SOURCE));
        dataset.importDirectory(dir);
        assertThat(jdbc.queryForObject("select amount from contribution where element = 'Millions test'",
                BigDecimal.class)).isEqualByComparingTo("1234567.89");
    }

    @Test
    void budgetsInMillionsFromAnOlderExportConvertExactly() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("budget-millions"));
        Files.writeString(dir.resolve("agencies.csv"), """
                id,name,country_or_members,type,founded,annual_budget_usd_millions,budget_year,source_url
                millions-test,Millions Agency,XX,other,2001,1.23456789,2024,%s
                """.formatted(SOURCE));
        dataset.importDirectory(dir);
        assertThat(jdbc.queryForObject("select budget_amount from partner where id = 'millions-test'",
                BigDecimal.class)).isEqualByComparingTo("1234567.89");
        assertThat(jdbc.queryForObject("select budget_currency from partner where id = 'millions-test'",
                String.class)).isEqualTo("USD");
        assertThat(jdbc.queryForObject("select budget_price_year from partner where id = 'millions-test'",
                Integer.class)).isEqualTo(2024);
    }

    // ---- helpers

    private static String jsonError(BackupInvalid e, String file, int line) {
        return e.problems().stream().filter(p -> p.file().equals(file) && p.line() == line).findFirst()
                .map(p -> p.message().replaceFirst("^not valid JSON: ", "")).orElse("?");
    }

    static List<String> lines(Path file) throws IOException {
        return new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    static Map<String, String> files(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path file : list.toList()) {
                files.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private Path copy(Path from, String name) throws IOException {
        Path to = Files.createDirectories(temp.resolve(name));
        try (Stream<Path> list = Files.list(from)) {
            for (Path file : list.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
        return to;
    }

    /** Every row, in full, of every user table that has a version column. */
    private static Map<String, List<Map<String, Object>>> versions(JdbcTemplate db) {
        Map<String, List<Map<String, Object>>> versions = new TreeMap<>();
        for (String table : USER_TABLES) {
            List<String> columns = db.queryForList("select column_name from information_schema.columns"
                    + " where table_name = ? and table_schema = current_schema()", String.class, table);
            if (columns.contains("version")) {
                versions.put(table, db.queryForList("select * from " + table + " order by 1, 2"));
            }
        }
        return versions;
    }
}
