package space.consortium.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import space.consortium.dataset.BackupSchema.Column;
import space.consortium.dataset.BackupSchema.Kind;
import space.consortium.dataset.BackupSchema.Table;
import space.consortium.dataset.RestoreReader.ManifestTable;
import space.consortium.dataset.RestoreReader.ParsedRow;

/**
 * Backs up and restores every table a user can change, exactly, on H2 and PostgreSQL.
 *
 * <p>A backup is a directory with one JSON Lines file per table ({@code <table>.jsonl}: one JSON object per row, keys
 * in the table's column order, rows in primary-key order) and {@code manifest.json} (format, Flyway schema version,
 * and per table its file, row count and columns, parents first). Values keep their exact stored form: numbers as
 * plain decimals in units of their currency ({@code 1234567.89}, never millions, never an exponent), dates
 * {@code 2024-05-01}, timestamps ISO-8601 ({@code 2024-05-01T10:15:30}), timestamps with a time zone as UTC instants
 * ({@code 2024-05-01T08:15:30Z}), booleans {@code true}/{@code false}, binary data as Base64, absent values
 * {@code null}. The same database state gives byte-identical files.
 *
 * <p>The tables and their columns are read from the database's metadata, so tables added by later migrations are
 * included without a change here; {@link BackupSchema#excluded(String)} names the machinery left out.
 *
 * <p>A restore is all or nothing: every file is read and every row checked before the database is touched; then, in
 * one transaction, the tables are emptied (children first) and filled (parents first) with the rows as they are in the
 * files, versions included, in batches, and identity counters are moved past the highest restored id. Any problem
 * rolls the whole restore back and is reported as {@code file:line: message} (a batch the database refuses is
 * undone to a savepoint and replayed row by row to name the line).
 */
@Service
public class BackupService {

    static final String FORMAT = "consortium-backup";
    static final int FORMAT_VERSION = 1;
    static final String MANIFEST = "manifest.json";
    static final String SUFFIX = ".jsonl";
    /** Rows inserted per JDBC batch during a restore. */
    private static final int BATCH = 500;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate reading;
    private final TransactionTemplate writing;
    private final BackupWriter writer = new BackupWriter();
    private final RestoreReader reader = new RestoreReader();

    BackupService(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        DataSourceTransactionManager transactions = new DataSourceTransactionManager(dataSource);
        this.reading = new TransactionTemplate(transactions);
        reading.setReadOnly(true);
        reading.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.writing = new TransactionTemplate(transactions);
    }

    // ---- backup

    /**
     * Writes the backup into {@code target}, which must not exist or be empty. The files are written beside it and
     * moved into place only when all are complete.
     *
     * @throws BackupInvalid when the target is a file or a directory that is not empty
     * @throws BackupFailed  when a file cannot be written (nothing is left in the target)
     */
    public BackupReport backup(Path target) {
        if (Files.isRegularFile(target)) {
            throw new BackupInvalid(target.toString(), 0, "is a file; give a new or empty directory");
        }
        if (Files.isDirectory(target) && !isEmpty(target)) {
            throw new BackupInvalid(target.toString(), 0,
                    "is not empty; give a new or empty directory so that no older backup file is mixed in");
        }
        try (StagedDirectory staged = StagedDirectory.beside(target)) {
            Map<String, Long> counts = new LinkedHashMap<>();
            String version = reading.execute(status -> jdbc.execute((ConnectionCallback<String>) c -> {
                try {
                    return writer.write(c, staged.path(), counts);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
            staged.commit();
            return new BackupReport(target, version == null ? "" : version, counts);
        } catch (IOException | UncheckedIOException e) {
            Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
            throw new BackupFailed("Cannot write the backup to " + target + ": " + cause.getMessage()
                    + "; nothing was written", cause);
        }
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The highest successfully applied Flyway version ("0" when Flyway has not run). */
    static String schemaVersion(Connection c) {
        List<String> versions = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select " + BackupSchema.quote("version") + " from "
                     + BackupSchema.quote("flyway_schema_history") + " where " + BackupSchema.quote("success")
                     + " = true and " + BackupSchema.quote("version") + " is not null")) {
            while (rs.next()) {
                versions.add(rs.getString(1));
            }
        } catch (SQLException e) {
            return "0";
        }
        return versions.stream().max(BackupService::compareVersions).orElse("0");
    }

    /** Compares Flyway versions part by part numerically (9 < 10, 2.1 < 2.10). */
    static int compareVersions(String a, String b) {
        String[] x = a.split("[._]");
        String[] y = b.split("[._]");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            BigDecimal p = i < x.length ? number(x[i]) : BigDecimal.ZERO;
            BigDecimal q = i < y.length ? number(y[i]) : BigDecimal.ZERO;
            int order = p.compareTo(q);
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }

    private static BigDecimal number(String part) {
        try {
            return new BigDecimal(part);
        } catch (NumberFormatException e) {
            return BigDecimal.ZERO;
        }
    }

    // ---- restore

    /**
     * Replaces the contents of every backed-up table by the rows in {@code dir}, all or nothing.
     *
     * @throws BackupInvalid naming {@code file:line} for a malformed or inconsistent file or a row the database
     *                       refuses, and for a backup of a newer schema; the database is then unchanged
     */
    public BackupReport restore(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new BackupInvalid(dir.toString(), 0, "is not a directory");
        }
        List<ManifestTable> manifest = new ArrayList<>();
        String version = reader.readManifest(dir, manifest);
        BackupReport report = writing.execute(status -> jdbc.execute((ConnectionCallback<BackupReport>) c -> {
            BackupSchema schema = BackupSchema.read(c);
            String current = schemaVersion(c);
            if (compareVersions(version, current) > 0) {
                throw new BackupInvalid(MANIFEST, 0, "the backup is of schema version " + version
                        + ", newer than this database's " + current
                        + "; restore it with the version of Consortium that wrote it, or a newer one");
            }
            boolean sameSchema = compareVersions(version, current) == 0;
            Map<String, List<ParsedRow>> rows = new LinkedHashMap<>();
            Map<String, List<Column>> insertColumns = new LinkedHashMap<>();
            List<BackupInvalid.Problem> problems = new ArrayList<>();
            reader.check(dir, schema, manifest, sameSchema, rows, insertColumns, problems);
            if (!problems.isEmpty()) {
                throw new BackupInvalid(problems);
            }
            Map<String, String> files = new LinkedHashMap<>();
            manifest.forEach(m -> files.put(m.table(), m.file()));
            replace(c, schema, rows, insertColumns, files);
            Map<String, Long> counts = new LinkedHashMap<>();
            schema.tables().stream().filter(t -> rows.containsKey(t.name()))
                    .forEach(t -> counts.put(t.name(), (long) rows.get(t.name()).size()));
            return new BackupReport(dir, version, counts);
        }));
        return java.util.Objects.requireNonNull(report);
    }

    /** Empties the tables (children first) and fills them from the rows (parents first); then resets identities. */
    private void replace(Connection c, BackupSchema schema, Map<String, List<ParsedRow>> rows,
                         Map<String, List<Column>> insertColumns, Map<String, String> files) throws SQLException {
        try (Statement st = c.createStatement()) {
            for (String table : schema.excludedReferencing()) {
                st.executeUpdate("delete from " + BackupSchema.quote(table));
            }
            List<Table> reversed = new ArrayList<>(schema.tables());
            java.util.Collections.reverse(reversed);
            for (Table table : reversed) {
                if (rows.containsKey(table.name())) {
                    st.executeUpdate("delete from " + BackupSchema.quote(table.name()));
                }
            }
        }
        for (Table table : schema.tables()) {
            List<ParsedRow> tableRows = rows.get(table.name());
            if (tableRows == null || tableRows.isEmpty()) {
                continue;
            }
            List<Column> columns = insertColumns.get(table.name());
            String sql = "insert into " + BackupSchema.quote(table.name()) + " ("
                    + columns.stream().map(col -> BackupSchema.quote(col.name())).collect(Collectors.joining(", "))
                    + ") values (" + columns.stream().map(col -> "?").collect(Collectors.joining(", ")) + ")";
            String file = files.get(table.name());
            try (PreparedStatement insert = c.prepareStatement(sql)) {
                for (int from = 0; from < tableRows.size(); from += BATCH) {
                    List<ParsedRow> batch = tableRows.subList(from, Math.min(from + BATCH, tableRows.size()));
                    Savepoint beforeBatch = c.setSavepoint();
                    try {
                        for (ParsedRow row : batch) {
                            bind(insert, columns, row, schema.postgres());
                            insert.addBatch();
                        }
                        insert.executeBatch();
                        c.releaseSavepoint(beforeBatch);
                    } catch (SQLException batchError) {
                        // find the row the database refuses: undo the batch, then insert its rows one by one
                        insert.clearBatch();
                        c.rollback(beforeBatch);
                        for (ParsedRow row : batch) {
                            bind(insert, columns, row, schema.postgres());
                            try {
                                insert.executeUpdate();
                            } catch (SQLException e) {
                                throw new BackupInvalid(file, row.line(),
                                        "the database refused the row: " + firstLine(e.getMessage()));
                            }
                        }
                        throw new BackupInvalid(file, batch.get(0).line(), "the database refused the rows from"
                                + " this line on: " + firstLine(batchError.getMessage()));
                    }
                }
            }
        }
        resetIdentities(c, schema, rows.keySet());
    }

    private static String firstLine(@Nullable String message) {
        if (message == null) {
            return "(no message)";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private static void bind(PreparedStatement st, List<Column> columns, ParsedRow row, boolean postgres)
            throws SQLException {
        for (int i = 0; i < columns.size(); i++) {
            bind(st, i + 1, columns.get(i), row.values()[i], postgres);
        }
    }

    private static void bind(PreparedStatement st, int index, Column col, @Nullable Object value, boolean postgres)
            throws SQLException {
        if (value == null) {
            st.setNull(index, col.kind() == Kind.OTHER && postgres ? Types.OTHER : col.sqlType());
            return;
        }
        switch (col.kind()) {
            case INTEGER -> {
                long v = (Long) value;
                if (col.sqlType() == Types.BIGINT) {
                    st.setLong(index, v);
                } else {
                    st.setInt(index, Math.toIntExact(v));
                }
            }
            case DECIMAL -> st.setBigDecimal(index, (BigDecimal) value);
            case DOUBLE -> st.setDouble(index, (Double) value);
            case BOOLEAN -> st.setBoolean(index, (Boolean) value);
            case DATE, TIMESTAMP, INSTANT -> st.setObject(index, value);
            case TEXT -> st.setString(index, (String) value);
            case BINARY -> st.setBytes(index, (byte[]) value);
            case OTHER -> {
                if (postgres) {
                    st.setObject(index, value, Types.OTHER);
                } else {
                    st.setString(index, (String) value);
                }
            }
        }
    }

    /**
     * Moves each identity counter past the highest id now in its table, so that the next row added gets a fresh id.
     * On H2 this is an ALTER TABLE, which commits; it therefore runs last, after every row is in.
     */
    private static void resetIdentities(Connection c, BackupSchema schema, Set<String> restored) throws SQLException {
        for (Table table : schema.tables()) {
            if (!restored.contains(table.name())) {
                continue;
            }
            for (Column col : table.columns()) {
                if (!col.identity() || col.kind() != Kind.INTEGER) {
                    continue;
                }
                long next;
                try (Statement st = c.createStatement();
                     ResultSet rs = st.executeQuery("select coalesce(max(" + BackupSchema.quote(col.name()) + "), 0) from "
                             + BackupSchema.quote(table.name()))) {
                    rs.next();
                    next = rs.getLong(1) + 1;
                }
                if (schema.postgres()) {
                    try (PreparedStatement st = c.prepareStatement(
                            "select setval(pg_get_serial_sequence(?, ?), ?, false)")) {
                        st.setString(1, BackupSchema.quote(schema.schema()) + "." + BackupSchema.quote(table.name()));
                        st.setString(2, col.name());
                        st.setLong(3, next);
                        st.execute();
                    }
                } else {
                    try (Statement st = c.createStatement()) {
                        st.execute("alter table " + BackupSchema.quote(table.name()) + " alter column "
                                + BackupSchema.quote(col.name()) + " restart with " + next);
                    }
                }
            }
        }
    }

    /** Deletes every row of every backed-up table (children first): for tests that need an empty registry. */
    void deleteAll() {
        writing.executeWithoutResult(status -> jdbc.execute((ConnectionCallback<Void>) c -> {
            BackupSchema schema = BackupSchema.read(c);
            List<Table> reversed = new ArrayList<>(schema.tables());
            java.util.Collections.reverse(reversed);
            try (Statement st = c.createStatement()) {
                for (String table : schema.excludedReferencing()) {
                    st.executeUpdate("delete from " + BackupSchema.quote(table));
                }
                for (Table table : reversed) {
                    st.executeUpdate("delete from " + BackupSchema.quote(table.name()));
                }
            }
            return null;
        }));
    }
}
