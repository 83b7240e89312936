package space.consortium.dataset;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashSet;
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
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.json.JsonMapper;

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

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ISO_LOCAL_DATE_TIME;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate reading;
    private final TransactionTemplate writing;
    private final JsonMapper json = JsonMapper.builder().build();

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
                    return write(c, staged.path(), counts);
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

    private String write(Connection c, Path dir, Map<String, Long> counts) throws SQLException, IOException {
        BackupSchema schema = BackupSchema.read(c);
        String version = schemaVersion(c);
        ObjectNode manifest = json.createObjectNode();
        manifest.put("format", FORMAT);
        manifest.put("formatVersion", FORMAT_VERSION);
        manifest.put("schemaVersion", version);
        ArrayNode tables = manifest.putArray("tables");
        for (Table table : schema.tables()) {
            List<EncodedRow> rows = new ArrayList<>();
            String columns = table.columns().stream().map(col -> BackupSchema.quote(col.name()))
                    .collect(Collectors.joining(", "));
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("select " + columns + " from " + BackupSchema.quote(table.name()))) {
                while (rs.next()) {
                    rows.add(encode(table, rs));
                }
            }
            rows.sort(EncodedRow.ORDER);
            String file = table.name() + SUFFIX;
            try (BufferedWriter out = Files.newBufferedWriter(dir.resolve(file), StandardCharsets.UTF_8)) {
                for (EncodedRow row : rows) {
                    out.write(row.line());
                    out.write('\n');
                }
            } catch (CharacterCodingException e) {
                throw new IOException("table " + table.name() + " holds text that UTF-8 cannot store", e);
            }
            counts.put(table.name(), (long) rows.size());
            ObjectNode entry = tables.addObject();
            entry.put("table", table.name());
            entry.put("file", file);
            entry.put("rows", rows.size());
            ArrayNode names = entry.putArray("columns");
            table.columns().forEach(col -> names.add(col.name()));
        }
        Files.writeString(dir.resolve(MANIFEST),
                json.writerWithDefaultPrettyPrinter().writeValueAsString(manifest) + "\n", StandardCharsets.UTF_8);
        return version;
    }

    /** A row as its JSON line and its primary-key values (the whole line when the table has no primary key). */
    private record EncodedRow(List<@Nullable Comparable<?>> key, String line) {

        @SuppressWarnings({"unchecked", "rawtypes"})
        static final Comparator<EncodedRow> ORDER = (a, b) -> {
            for (int i = 0; i < a.key().size(); i++) {
                Comparable x = a.key().get(i);
                Comparable y = b.key().get(i);
                int order = x == null ? (y == null ? 0 : -1) : y == null ? 1 : x.compareTo(y);
                if (order != 0) {
                    return order;
                }
            }
            return a.line().compareTo(b.line());
        };
    }

    private EncodedRow encode(Table table, ResultSet rs) throws SQLException {
        StringWriter text = new StringWriter();
        Map<String, @Nullable Comparable<?>> values = new LinkedHashMap<>();
        try (JsonGenerator g = json.createGenerator(text)) {
            g.writeStartObject();
            for (int i = 0; i < table.columns().size(); i++) {
                Column col = table.columns().get(i);
                g.writeName(col.name());
                Comparable<?> value = read(rs, i + 1, col);
                values.put(col.name(), value);
                if (value == null) {
                    g.writeNull();
                    continue;
                }
                switch (col.kind()) {
                    case INTEGER -> g.writeNumber(value.toString());
                    case DECIMAL -> g.writeNumber(((BigDecimal) value).toPlainString());
                    case DOUBLE -> {
                        double d = (Double) value;
                        if (Double.isFinite(d)) {
                            g.writeNumber(Double.toString(d));
                        } else {
                            g.writeString(Double.toString(d));
                        }
                    }
                    case BOOLEAN -> g.writeBoolean((Boolean) value);
                    case TIMESTAMP -> g.writeString(TIMESTAMP.format((LocalDateTime) value));
                    case TEXT -> {
                        String s = (String) value;
                        int bad = loneSurrogate(s);
                        if (bad >= 0) {
                            throw new UncheckedIOException(new IOException("table " + table.name() + ", column "
                                    + col.name() + ", row " + describeKey(table, values, rs)
                                    + ": the text holds an unpaired UTF-16 surrogate at character " + bad
                                    + ", which UTF-8 cannot store; correct the text and back up again"));
                        }
                        g.writeString(s);
                    }
                    default -> g.writeString(value.toString());
                }
            }
            g.writeEndObject();
        }
        List<@Nullable Comparable<?>> key = new ArrayList<>();
        table.primaryKey().forEach(k -> key.add(values.get(k)));
        return new EncodedRow(key, text.toString());
    }

    private static String describeKey(Table table, Map<String, @Nullable Comparable<?>> known, ResultSet rs)
            throws SQLException {
        List<String> parts = new ArrayList<>();
        for (String k : table.primaryKey()) {
            Object v = known.containsKey(k) ? known.get(k) : rs.getObject(k);
            parts.add(k + "=" + v);
        }
        return parts.isEmpty() ? "#" + rs.getRow() : String.join(", ", parts);
    }

    /** The index of the first unpaired surrogate in {@code s}, or -1. */
    static int loneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (Character.isHighSurrogate(ch)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                } else {
                    return i;
                }
            } else if (Character.isLowSurrogate(ch)) {
                return i;
            }
        }
        return -1;
    }

    /** The column's value as a comparable Java value in the form the file holds; null for SQL NULL. */
    private static @Nullable Comparable<?> read(ResultSet rs, int index, Column col) throws SQLException {
        Comparable<?> value = switch (col.kind()) {
            case INTEGER -> rs.getLong(index);
            case DECIMAL -> rs.getBigDecimal(index);
            case DOUBLE -> rs.getDouble(index);
            case BOOLEAN -> rs.getBoolean(index);
            case DATE -> rs.getObject(index, LocalDate.class);
            case TIMESTAMP -> rs.getObject(index, LocalDateTime.class);
            case INSTANT -> {
                OffsetDateTime t = rs.getObject(index, OffsetDateTime.class);
                yield t == null ? null : t.toInstant();
            }
            case BINARY -> {
                byte[] bytes = rs.getBytes(index);
                yield bytes == null ? null : Base64.getEncoder().encodeToString(bytes);
            }
            case TEXT, OTHER -> rs.getString(index);
        };
        return rs.wasNull() ? null : value;
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

    /** One table of the manifest. */
    private record ManifestTable(String table, String file, long rows, List<String> columns, int line) {
    }

    /** A parsed, checked row: the values in the order of the insert's columns, and its line. */
    private record ParsedRow(int line, @Nullable Object[] values) {
    }

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
        String version = readManifest(dir, manifest);
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
            check(dir, schema, manifest, sameSchema, rows, insertColumns, problems);
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

    private String readManifest(Path dir, List<ManifestTable> tables) {
        Path file = dir.resolve(MANIFEST);
        if (!Files.isRegularFile(file)) {
            throw new BackupInvalid(MANIFEST, 0, "is missing from " + dir + "; is this a directory written by 'backup'?");
        }
        JsonNode root;
        try {
            root = json.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (JacksonException e) {
            throw new BackupInvalid(MANIFEST, e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    "is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new BackupInvalid(MANIFEST, 0, "cannot be read: " + e.getMessage());
        }
        if (!FORMAT.equals(text(root, "format"))) {
            throw new BackupInvalid(MANIFEST, 0, "format must be '" + FORMAT + "'");
        }
        JsonNode formatVersion = root.get("formatVersion");
        if (formatVersion == null || !formatVersion.isIntegralNumber() || formatVersion.asInt() > FORMAT_VERSION) {
            throw new BackupInvalid(MANIFEST, 0, "formatVersion must be a whole number up to " + FORMAT_VERSION
                    + "; this backup was written by a newer Consortium");
        }
        String version = text(root, "schemaVersion");
        if (version == null || version.isBlank()) {
            throw new BackupInvalid(MANIFEST, 0, "schemaVersion is required");
        }
        JsonNode list = root.get("tables");
        if (list == null || !list.isArray()) {
            throw new BackupInvalid(MANIFEST, 0, "tables must be a list");
        }
        List<BackupInvalid.Problem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int index = 0;
        for (JsonNode entry : list) {
            index++;
            String table = text(entry, "table");
            String name = text(entry, "file");
            JsonNode rows = entry.get("rows");
            JsonNode columns = entry.get("columns");
            String where = "tables[" + index + "]";
            if (table == null || name == null || rows == null || !rows.isIntegralNumber() || columns == null
                    || !columns.isArray()) {
                problems.add(new BackupInvalid.Problem(MANIFEST, 0, where + " needs table, file, rows and columns"));
                continue;
            }
            if (!name.equals(table + SUFFIX)) {
                problems.add(new BackupInvalid.Problem(MANIFEST, 0, where + ": file must be '" + table + SUFFIX + "'"));
                continue;
            }
            if (!seen.add(table)) {
                problems.add(new BackupInvalid.Problem(MANIFEST, 0, where + ": table '" + table + "' is listed twice"));
                continue;
            }
            List<String> names = new ArrayList<>();
            columns.forEach(col -> names.add(col.asString()));
            tables.add(new ManifestTable(table, name, rows.asLong(), BackupUpgrades.columns(table, names), index));
        }
        if (!problems.isEmpty()) {
            throw new BackupInvalid(problems);
        }
        return version;
    }

    private static @Nullable String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || !value.isString() ? null : value.asString();
    }

    /** Reads every file of the manifest and checks every row against the table; collects every problem. */
    private void check(Path dir, BackupSchema schema, List<ManifestTable> manifest, boolean sameSchema,
                       Map<String, List<ParsedRow>> rows, Map<String, List<Column>> insertColumns,
                       List<BackupInvalid.Problem> problems) {
        Map<String, Table> tables = new LinkedHashMap<>();
        schema.tables().forEach(t -> tables.put(t.name(), t));
        Set<String> listed = new HashSet<>();
        for (ManifestTable entry : manifest) {
            listed.add(entry.table());
            Table table = tables.get(entry.table());
            if (table == null) {
                problems.add(new BackupInvalid.Problem(MANIFEST, 0, "table '" + entry.table()
                        + "' does not exist in this database (or is not one that a backup holds)"));
                continue;
            }
            List<Column> columns = new ArrayList<>();
            for (String name : entry.columns()) {
                table.column(name).ifPresentOrElse(columns::add, () -> problems.add(new BackupInvalid.Problem(
                        MANIFEST, 0, "table '" + table.name() + "' has no column '" + name + "' in this database")));
            }
            for (Column col : table.columns()) {
                if (!entry.columns().contains(col.name()) && (sameSchema || !col.optional())) {
                    problems.add(new BackupInvalid.Problem(MANIFEST, 0, "table '" + table.name()
                            + "' lacks column '" + col.name() + "'"));
                }
            }
            insertColumns.put(table.name(), columns);
            rows.put(table.name(), readRows(dir, entry, table, columns, problems));
        }
        if (sameSchema) {
            tables.keySet().stream().filter(t -> !listed.contains(t)).forEach(t -> problems.add(
                    new BackupInvalid.Problem(MANIFEST, 0, "table '" + t + "' is missing; the backup is incomplete")));
        }
    }

    private List<ParsedRow> readRows(Path dir, ManifestTable entry, Table table, List<Column> columns,
                                     List<BackupInvalid.Problem> problems) {
        Path file = dir.resolve(entry.file());
        List<ParsedRow> rows = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            problems.add(new BackupInvalid.Problem(entry.file(), 0, "is missing"));
            return rows;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.add(new BackupInvalid.Problem(entry.file(), 0, "cannot be read as UTF-8 text: " + e.getMessage()));
            return rows;
        }
        int before = problems.size();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            int number = i + 1;
            try {
                rows.add(new ParsedRow(number, parse(line, table, columns)));
            } catch (RowProblem e) {
                problems.add(new BackupInvalid.Problem(entry.file(), number, e.getMessage()));
            }
            if (problems.size() - before >= 20) {
                problems.add(new BackupInvalid.Problem(entry.file(), number, "stopped after 20 problems in this file"));
                return rows;
            }
        }
        if (problems.size() == before && rows.size() != entry.rows()) {
            problems.add(new BackupInvalid.Problem(entry.file(), 0, "holds " + rows.size() + " rows but "
                    + MANIFEST + " says " + entry.rows() + "; the file is truncated or was edited"));
        }
        return rows;
    }

    /** A problem with one row; its message names the column. */
    private static final class RowProblem extends RuntimeException {

        RowProblem(String message) {
            super(message, null, false, false);
        }
    }

    private @Nullable Object[] parse(String line, Table table, List<Column> columns) {
        Map<String, @Nullable Object> raw = new LinkedHashMap<>();
        try (JsonParser p = json.createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new RowProblem("a row must be one JSON object on one line");
            }
            JsonToken token;
            while ((token = p.nextToken()) == JsonToken.PROPERTY_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                Object v = switch (value) {
                    case VALUE_NULL -> null;
                    case VALUE_TRUE -> Boolean.TRUE;
                    case VALUE_FALSE -> Boolean.FALSE;
                    case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new BigDecimal(p.getString());
                    case VALUE_STRING -> p.getString();
                    default -> throw new RowProblem("column " + name + ": must be a string, number, true, false or null");
                };
                if (raw.containsKey(name)) {
                    throw new RowProblem("column " + name + " is given twice");
                }
                raw.put(name, v);
            }
            if (token != JsonToken.END_OBJECT || p.nextToken() != null) {
                throw new RowProblem("text after the end of the row's JSON object");
            }
        } catch (JacksonException e) {
            throw new RowProblem("not valid JSON: " + e.getOriginalMessage());
        }
        BackupUpgrades.row(table.name(), raw);
        for (String name : raw.keySet()) {
            if (columns.stream().noneMatch(c -> c.name().equals(name))) {
                throw new RowProblem("column " + name + " is not a column of table " + table.name() + " in "
                        + MANIFEST);
            }
        }
        @Nullable Object[] values = new Object[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            Column col = columns.get(i);
            if (!raw.containsKey(col.name())) {
                throw new RowProblem("column " + col.name() + " is missing");
            }
            values[i] = convert(col, raw.get(col.name()));
        }
        return values;
    }

    private static @Nullable Object convert(Column col, @Nullable Object value) {
        String where = "column " + col.name() + ": ";
        if (value == null) {
            if (!col.nullable()) {
                throw new RowProblem(where + "must not be null");
            }
            return null;
        }
        try {
            return switch (col.kind()) {
                case INTEGER -> {
                    if (!(value instanceof BigDecimal d)) {
                        throw new RowProblem(where + "must be a whole number, got " + describe(value));
                    }
                    try {
                        yield d.longValueExact();
                    } catch (ArithmeticException e) {
                        throw new RowProblem(where + d.toPlainString() + " is not a whole number in range");
                    }
                }
                case DECIMAL -> {
                    if (!(value instanceof BigDecimal d)) {
                        throw new RowProblem(where + "must be a number, got " + describe(value));
                    }
                    checkFits(where, col, d);
                    yield d;
                }
                case DOUBLE -> {
                    if (value instanceof BigDecimal d) {
                        yield d.doubleValue();
                    }
                    if (value instanceof String s && (s.equals("NaN") || s.equals("Infinity") || s.equals("-Infinity"))) {
                        yield Double.valueOf(s);
                    }
                    throw new RowProblem(where + "must be a number, got " + describe(value));
                }
                case BOOLEAN -> {
                    if (!(value instanceof Boolean b)) {
                        throw new RowProblem(where + "must be true or false, got " + describe(value));
                    }
                    yield b;
                }
                case DATE -> LocalDate.parse(string(where, value));
                case TIMESTAMP -> LocalDateTime.parse(string(where, value));
                case INSTANT -> OffsetDateTime.ofInstant(Instant.parse(string(where, value)), ZoneOffset.UTC);
                case BINARY -> Base64.getDecoder().decode(string(where, value));
                case TEXT, OTHER -> {
                    String s = string(where, value);
                    if (col.kind() == Kind.TEXT && col.size() > 0 && s.codePointCount(0, s.length()) > col.size()) {
                        throw new RowProblem(where + "is longer than the column's " + col.size() + " characters");
                    }
                    yield s;
                }
            };
        } catch (DateTimeParseException e) {
            throw new RowProblem(where + "'" + value + "' is not a date or time in ISO-8601 form");
        } catch (IllegalArgumentException e) {
            throw new RowProblem(where + "is not valid Base64");
        }
    }

    private static void checkFits(String where, Column col, BigDecimal d) {
        if (col.size() <= 0 || col.size() >= 1000) {
            return;
        }
        BigDecimal stripped = d.stripTrailingZeros();
        if (stripped.scale() > col.scale()) {
            throw new RowProblem(where + d.toPlainString() + " has more than " + col.scale()
                    + " decimals; the column would round it");
        }
        int integerDigits = stripped.precision() - stripped.scale();
        if (integerDigits > col.size() - col.scale()) {
            throw new RowProblem(where + d.toPlainString() + " is too large for the column (at most "
                    + (col.size() - col.scale()) + " digits before the point)");
        }
    }

    private static String string(String where, Object value) {
        if (!(value instanceof String s)) {
            throw new RowProblem(where + "must be a string, got " + describe(value));
        }
        return s;
    }

    private static String describe(Object value) {
        return value instanceof BigDecimal d ? d.toPlainString() : value instanceof String s ? "\"" + s + "\"" : value.toString();
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
