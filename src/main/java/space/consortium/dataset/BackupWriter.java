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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import space.consortium.dataset.BackupSchema.Column;
import space.consortium.dataset.BackupSchema.Table;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a backup's files (see {@link BackupService}): each row as one JSON object in the table's column order, rows
 * sorted by primary key, values in their exact stored form, so that the same database state gives byte-identical files.
 */
final class BackupWriter {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ISO_LOCAL_DATE_TIME;

    private final JsonMapper json = JsonMapper.builder().build();

    /**
     * Writes one {@code <table>.jsonl} file per table of the schema and {@code manifest.json} into {@code dir}, read
     * through {@code c} (in one read-only, repeatable-read transaction); counts the rows per table.
     *
     * @return the schema version the backup is of
     */
    String write(Connection c, Path dir, Map<String, Long> counts) throws SQLException, IOException {
        BackupSchema schema = BackupSchema.read(c);
        String version = BackupService.schemaVersion(c);
        ObjectNode manifest = json.createObjectNode();
        manifest.put("format", BackupService.FORMAT);
        manifest.put("formatVersion", BackupService.FORMAT_VERSION);
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
            String file = table.name() + BackupService.SUFFIX;
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
        Files.writeString(dir.resolve(BackupService.MANIFEST),
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
}
