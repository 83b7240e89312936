package space.consortium.dataset;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import space.consortium.dataset.BackupSchema.Column;
import space.consortium.dataset.BackupSchema.Kind;
import space.consortium.dataset.BackupSchema.Table;
import space.consortium.shared.JsonProblems;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a backup for a restore (see {@link BackupService}): the manifest, then every file, checking every row against
 * the table it goes into (columns, types, lengths, decimals) and collecting every problem as {@code file:line} before
 * the database is touched.
 */
final class RestoreReader {

    private final JsonMapper json = JsonMapper.builder().build();

    /** One table of the manifest. */
    record ManifestTable(String table, String file, long rows, List<String> columns, int line) {
    }

    /** A parsed, checked row: the values in the order of the insert's columns, and its line. */
    record ParsedRow(int line, @Nullable Object[] values) {
    }

    /**
     * Reads and checks {@code manifest.json}, adding its tables to {@code tables}.
     *
     * @return the schema version the backup is of
     * @throws BackupInvalid for a missing, malformed or inconsistent manifest
     */
    String readManifest(Path dir, List<ManifestTable> tables) {
        Path file = dir.resolve(BackupService.MANIFEST);
        if (!Files.isRegularFile(file)) {
            throw new BackupInvalid(BackupService.MANIFEST, 0, "is missing from " + dir + "; is this a directory written by 'backup'?");
        }
        JsonNode root;
        try {
            root = json.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (JacksonException e) {
            throw new BackupInvalid(BackupService.MANIFEST, e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    "is not valid JSON: " + JsonProblems.malformedMessage(e));
        } catch (IOException e) {
            throw new BackupInvalid(BackupService.MANIFEST, 0, "cannot be read: " + e.getMessage());
        }
        if (!BackupService.FORMAT.equals(text(root, "format"))) {
            throw new BackupInvalid(BackupService.MANIFEST, 0, "format must be '" + BackupService.FORMAT + "'");
        }
        JsonNode formatVersion = root.get("formatVersion");
        if (formatVersion == null || !formatVersion.isIntegralNumber() || formatVersion.asInt() > BackupService.FORMAT_VERSION) {
            throw new BackupInvalid(BackupService.MANIFEST, 0, "formatVersion must be a whole number up to " + BackupService.FORMAT_VERSION
                    + "; this backup was written by a newer Consortium");
        }
        String version = text(root, "schemaVersion");
        if (version == null || version.isBlank()) {
            throw new BackupInvalid(BackupService.MANIFEST, 0, "schemaVersion is required");
        }
        JsonNode list = root.get("tables");
        if (list == null || !list.isArray()) {
            throw new BackupInvalid(BackupService.MANIFEST, 0, "tables must be a list");
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
                problems.add(new BackupInvalid.Problem(BackupService.MANIFEST, 0, where + " needs table, file, rows and columns"));
                continue;
            }
            if (!name.equals(table + BackupService.SUFFIX)) {
                problems.add(new BackupInvalid.Problem(BackupService.MANIFEST, 0, where + ": file must be '" + table + BackupService.SUFFIX + "'"));
                continue;
            }
            if (!seen.add(table)) {
                problems.add(new BackupInvalid.Problem(BackupService.MANIFEST, 0, where + ": table '" + table + "' is listed twice"));
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
    void check(Path dir, BackupSchema schema, List<ManifestTable> manifest, boolean sameSchema,
                       Map<String, List<ParsedRow>> rows, Map<String, List<Column>> insertColumns,
                       List<BackupInvalid.Problem> problems) {
        Map<String, Table> tables = new LinkedHashMap<>();
        schema.tables().forEach(t -> tables.put(t.name(), t));
        Set<String> listed = new HashSet<>();
        for (ManifestTable entry : manifest) {
            listed.add(entry.table());
            Table table = tables.get(entry.table());
            if (table == null) {
                problems.add(new BackupInvalid.Problem(BackupService.MANIFEST, 0, "table '" + entry.table()
                        + "' does not exist in this database (or is not one that a backup holds)"));
                continue;
            }
            List<Column> columns = new ArrayList<>();
            for (String name : entry.columns()) {
                table.column(name).ifPresentOrElse(columns::add, () -> problems.add(new BackupInvalid.Problem(
                        BackupService.MANIFEST, 0, "table '" + table.name() + "' has no column '" + name + "' in this database")));
            }
            for (Column col : table.columns()) {
                if (!entry.columns().contains(col.name()) && (sameSchema || !col.optional())) {
                    problems.add(new BackupInvalid.Problem(BackupService.MANIFEST, 0, "table '" + table.name()
                            + "' lacks column '" + col.name() + "'"));
                }
            }
            insertColumns.put(table.name(), columns);
            rows.put(table.name(), readRows(dir, entry, table, columns, problems));
        }
        if (sameSchema) {
            tables.keySet().stream().filter(t -> !listed.contains(t)).forEach(t -> problems.add(
                    new BackupInvalid.Problem(BackupService.MANIFEST, 0, "table '" + t + "' is missing; the backup is incomplete")));
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
                    + BackupService.MANIFEST + " says " + entry.rows() + "; the file is truncated or was edited"));
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
            throw new RowProblem("not valid JSON: " + JsonProblems.malformedMessage(e));
        }
        BackupUpgrades.row(table.name(), raw);
        for (String name : raw.keySet()) {
            if (columns.stream().noneMatch(c -> c.name().equals(name))) {
                throw new RowProblem("column " + name + " is not a column of table " + table.name() + " in "
                        + BackupService.MANIFEST);
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
}
