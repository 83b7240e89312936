package space.consortium.dataset;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The tables a backup holds, read from the database's own metadata (so a table added by a later migration is covered
 * without a change here), in the order that satisfies their foreign keys: parents before children.
 *
 * <p>Left out, because they hold no data a user changes but the state of the machinery: Flyway's history, Spring
 * Session's sessions, the job scheduler's tasks and sign-in throttling ({@link #excluded(String)}).
 */
record BackupSchema(boolean postgres, String schema, List<Table> tables, List<String> excludedReferencing) {

    /** What a column holds, as far as the backup format is concerned. */
    enum Kind { INTEGER, DECIMAL, DOUBLE, BOOLEAN, DATE, TIMESTAMP, INSTANT, TEXT, BINARY, OTHER }

    /**
     * One column.
     *
     * @param sqlType  its {@link Types} code as the driver reports it
     * @param size     the declared length or precision (0 when unknown)
     * @param scale    the declared number of decimals (numeric columns)
     * @param identity an identity (auto-increment) column, whose counter is reset after a restore
     * @param optional nullable, defaulted or identity: may be absent from an older backup
     */
    record Column(String name, Kind kind, int sqlType, int size, int scale, boolean nullable, boolean identity,
                  boolean optional) {
    }

    /** One table: its columns in their declared order, its primary key and the tables its foreign keys name. */
    record Table(String name, List<Column> columns, List<String> primaryKey, Set<String> parents) {

        Table {
            columns = List.copyOf(columns);
            primaryKey = List.copyOf(primaryKey);
            parents = Set.copyOf(parents);
        }

        java.util.Optional<Column> column(String name) {
            return columns.stream().filter(c -> c.name().equals(name)).findFirst();
        }
    }

    /**
     * Tables that are machinery, not data: Flyway's history, HTTP sessions ({@code spring_session*}), the scheduler's
     * tasks and the jobs they run ({@code scheduled_tasks}, {@code computation_job}: results that a rerun gives again)
     * and sign-in throttling ({@code login_failure}).
     */
    static boolean excluded(String table) {
        String t = table.toLowerCase(Locale.ROOT);
        return t.equals("flyway_schema_history") || t.startsWith("spring_session") || t.equals("scheduled_tasks")
                || t.equals("computation_job") || t.equals("login_failure") || derived(t);
    }

    /** Data derived from the backed-up tables (the search index): not backed up, emptied by a restore, rebuilt. */
    static boolean derived(String table) {
        return table.equalsIgnoreCase("search_term") || table.equalsIgnoreCase("search_record");
    }

    /** Reads the current schema's tables; {@code tables} come parents first. */
    static BackupSchema read(Connection connection) throws SQLException {
        DatabaseMetaData md = connection.getMetaData();
        boolean postgres = md.getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
        String schema = connection.getSchema();
        String escape = md.getSearchStringEscape();
        Set<String> names = new TreeSet<>();
        try (ResultSet rs = md.getTables(null, like(schema, escape), "%", null)) {
            while (rs.next()) {
                String type = rs.getString("TABLE_TYPE");
                if ("TABLE".equalsIgnoreCase(type) || "BASE TABLE".equalsIgnoreCase(type)) {
                    names.add(rs.getString("TABLE_NAME"));
                }
            }
        }
        Map<String, Table> tables = new TreeMap<>();
        List<String> excludedReferencing = new ArrayList<>();
        for (String name : names) {
            Set<String> parents = parents(md, schema, name);
            if (excluded(name)) {
                if (derived(name) || parents.stream().anyMatch(p -> names.contains(p) && !excluded(p))) {
                    excludedReferencing.add(name);
                }
                continue;
            }
            tables.put(name, new Table(name, columns(md, schema, name, escape), primaryKey(md, schema, name), parents));
        }
        return new BackupSchema(postgres, schema, order(tables), excludedReferencing);
    }

    private static String like(String name, String escape) {
        return escape == null || escape.isEmpty() ? name : name.replace(escape, escape + escape)
                .replace("_", escape + "_").replace("%", escape + "%");
    }

    private static List<Column> columns(DatabaseMetaData md, String schema, String table, String escape)
            throws SQLException {
        Map<Integer, Column> byPosition = new TreeMap<>();
        try (ResultSet rs = md.getColumns(null, like(schema, escape), like(table, escape), "%")) {
            while (rs.next()) {
                if (!table.equals(rs.getString("TABLE_NAME"))) {
                    continue;
                }
                int type = rs.getInt("DATA_TYPE");
                String typeName = rs.getString("TYPE_NAME");
                boolean nullable = rs.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls;
                boolean identity = "YES".equalsIgnoreCase(rs.getString("IS_AUTOINCREMENT"));
                boolean defaulted = rs.getString("COLUMN_DEF") != null;
                byPosition.put(rs.getInt("ORDINAL_POSITION"), new Column(rs.getString("COLUMN_NAME"),
                        kind(type, typeName == null ? "" : typeName), type, rs.getInt("COLUMN_SIZE"),
                        rs.getInt("DECIMAL_DIGITS"), nullable, identity, nullable || identity || defaulted));
            }
        }
        return List.copyOf(byPosition.values());
    }

    private static List<String> primaryKey(DatabaseMetaData md, String schema, String table) throws SQLException {
        Map<Integer, String> bySequence = new TreeMap<>();
        try (ResultSet rs = md.getPrimaryKeys(null, schema, table)) {
            while (rs.next()) {
                bySequence.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME"));
            }
        }
        return List.copyOf(bySequence.values());
    }

    private static Set<String> parents(DatabaseMetaData md, String schema, String table) throws SQLException {
        Set<String> parents = new TreeSet<>();
        try (ResultSet rs = md.getImportedKeys(null, schema, table)) {
            while (rs.next()) {
                String parent = rs.getString("PKTABLE_NAME");
                if (!parent.equals(table)) {
                    parents.add(parent);
                }
            }
        }
        return parents;
    }

    /** Parents before children; ties (and, should there ever be one, a cycle) broken by name. */
    private static List<Table> order(Map<String, Table> tables) {
        List<Table> ordered = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        while (placed.size() < tables.size()) {
            Table next = tables.values().stream()
                    .filter(t -> !placed.contains(t.name()))
                    .filter(t -> t.parents().stream().allMatch(p -> placed.contains(p) || !tables.containsKey(p)))
                    .findFirst()
                    .orElseGet(() -> tables.values().stream().filter(t -> !placed.contains(t.name()))
                            .min(Comparator.comparing(Table::name)).orElseThrow());
            ordered.add(next);
            placed.add(next.name());
        }
        return ordered;
    }

    static Kind kind(int type, String typeName) {
        String t = typeName.toLowerCase(Locale.ROOT);
        if (t.contains("timestamptz") || t.contains("with time zone")) {
            return Kind.INSTANT;
        }
        if (t.equals("bool") || t.equals("boolean")) {
            return Kind.BOOLEAN;
        }
        return switch (type) {
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> Kind.INTEGER;
            case Types.NUMERIC, Types.DECIMAL -> Kind.DECIMAL;
            case Types.REAL, Types.FLOAT, Types.DOUBLE -> Kind.DOUBLE;
            case Types.BOOLEAN, Types.BIT -> Kind.BOOLEAN;
            case Types.DATE -> Kind.DATE;
            case Types.TIMESTAMP -> Kind.TIMESTAMP;
            case Types.TIMESTAMP_WITH_TIMEZONE -> Kind.INSTANT;
            case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NCHAR, Types.NVARCHAR, Types.LONGNVARCHAR,
                 Types.CLOB, Types.NCLOB -> Kind.TEXT;
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> Kind.BINARY;
            default -> Kind.OTHER;
        };
    }

    /** The identifier quoted for SQL (names come from the metadata, so they are stored exactly like this). */
    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
