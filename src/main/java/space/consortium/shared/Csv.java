package space.consortium.shared;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The one CSV reader and writer (RFC 4180: comma separated, double-quoted fields may hold commas, quotes doubled and
 * line breaks). Rows keep the line on which they start so errors can name it.
 */
public final class Csv {

    private Csv() {
    }

    /** A data row: its 1-based line number in the file and its cells by header name. */
    public record Row(int line, Map<String, String> cells) {

        public Row {
            cells = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(cells));
        }

        /** The trimmed cell, or empty when the column is absent or the cell blank. */
        public Optional<String> get(String column) {
            String value = cells.get(column);
            return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
        }

        public @Nullable String getOrNull(String column) {
            return get(column).orElse(null);
        }
    }

    /** A parsed file: its header and data rows (blank lines skipped). */
    public record Table(List<String> header, List<Row> rows) {

        public Table {
            header = List.copyOf(header);
            rows = List.copyOf(rows);
        }
    }

    /** Thrown when the text is not well-formed CSV; names the line. */
    public static final class Malformed extends RuntimeException {

        private final int line;

        Malformed(int line, String message) {
            super("line " + line + ": " + message);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    public static Table read(Reader reader) {
        List<List<String>> records = new ArrayList<>();
        List<Integer> startLines = new ArrayList<>();
        try {
            int line = 1;
            int c = reader.read();
            if (c == '\uFEFF') {
                c = reader.read();
            }
            List<String> record = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            boolean fieldWasQuoted = false;
            int recordStart = 1;
            while (c != -1) {
                if (quoted) {
                    if (c == '"') {
                        int next = reader.read();
                        if (next == '"') {
                            field.append('"');
                        } else {
                            quoted = false;
                            c = next;
                            continue;
                        }
                    } else {
                        if (c == '\n') {
                            line++;
                        }
                        field.append((char) c);
                    }
                } else if (c == '"') {
                    if (!field.isEmpty()) {
                        throw new Malformed(line, "a quote may only open a field; double it (\"\") inside a quoted field");
                    }
                    quoted = true;
                    fieldWasQuoted = true;
                } else if (c == ',') {
                    record.add(field.toString());
                    field.setLength(0);
                    fieldWasQuoted = false;
                } else if (c == '\r') {
                    // part of \r\n; the \n ends the record
                } else if (c == '\n') {
                    record.add(field.toString());
                    field.setLength(0);
                    fieldWasQuoted = false;
                    addRecord(records, startLines, record, recordStart);
                    record = new ArrayList<>();
                    line++;
                    recordStart = line;
                } else {
                    if (fieldWasQuoted) {
                        throw new Malformed(line, "text after the closing quote of a field");
                    }
                    field.append((char) c);
                }
                c = reader.read();
            }
            if (quoted) {
                throw new Malformed(recordStart, "a quoted field is not closed");
            }
            if (!field.isEmpty() || !record.isEmpty()) {
                record.add(field.toString());
                addRecord(records, startLines, record, recordStart);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (records.isEmpty()) {
            throw new Malformed(1, "the file is empty; it needs a header line");
        }
        List<String> header = records.get(0).stream().map(String::trim).toList();
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> cells = records.get(i);
            int line = startLines.get(i);
            if (cells.size() != header.size()) {
                throw new Malformed(line, "has " + cells.size() + " fields, the header has " + header.size());
            }
            Map<String, String> byName = new LinkedHashMap<>();
            for (int j = 0; j < header.size(); j++) {
                byName.put(header.get(j), cells.get(j));
            }
            rows.add(new Row(line, byName));
        }
        return new Table(header, rows);
    }

    private static void addRecord(List<List<String>> records, List<Integer> lines, List<String> record, int start) {
        boolean blank = record.size() == 1 && record.get(0).isBlank();
        if (!blank) {
            records.add(record);
            lines.add(start);
        }
    }

    /** Writes a header and rows; null cells are written empty. */
    public static void write(Writer out, List<String> header, List<List<@Nullable Object>> rows) {
        try {
            writeRecord(out, new ArrayList<>(header));
            for (List<@Nullable Object> row : rows) {
                writeRecord(out, row);
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A cell's text; numbers in plain decimals, never in scientific notation ({@code 191930000.0}, not
     * {@code 1.9193E8}), so that every spreadsheet and script reads them.
     */
    static String text(@Nullable Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof java.math.BigDecimal d) {
            return d.toPlainString();
        }
        if ((cell instanceof Double || cell instanceof Float) && Double.isFinite(((Number) cell).doubleValue())) {
            return (cell instanceof Float f ? new java.math.BigDecimal(Float.toString(f))
                    : java.math.BigDecimal.valueOf((Double) cell)).toPlainString();
        }
        return cell.toString();
    }

    private static void writeRecord(Writer out, List<? extends @Nullable Object> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            Object cell = cells.get(i);
            String text = text(cell);
            if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
                out.write('"');
                out.write(text.replace("\"", "\"\""));
                out.write('"');
            } else {
                out.write(text);
            }
        }
        out.write('\n');
    }
}
