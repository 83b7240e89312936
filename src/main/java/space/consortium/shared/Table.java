package space.consortium.shared;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A result as a table to take away (CSV or spreadsheet, see {@link TableExport}): its columns with their units, its
 * rows, and the inputs that produced it (the seed among them) for a second sheet.
 *
 * <p>A cell is text, a number ({@link BigDecimal}, {@link Double}, {@link Integer}, {@link Long}) or empty (null).
 * Amounts go in a number column beside a currency column (or with the currency as the column's unit), never as
 * formatted text.
 *
 * @param title   what the table is, e.g. "Allocation of Lunar Gateway's cost"; names the first sheet
 * @param columns the columns, in order
 * @param rows    each row as wide as {@code columns}
 * @param inputs  input name → value (text or number), in order; the seed is one of them when the result used one
 */
public record Table(String title, List<Column> columns, List<List<@Nullable Object>> rows,
                    Map<String, @Nullable Object> inputs) {

    public Table {
        columns = List.copyOf(columns);
        List<List<@Nullable Object>> copied = new ArrayList<>();
        for (List<@Nullable Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("row " + (copied.size() + 1) + " has " + row.size()
                        + " cells, expected " + columns.size());
            }
            for (Object cell : row) {
                if (cell != null && !(cell instanceof String || cell instanceof Number || cell instanceof Boolean)) {
                    throw new IllegalArgumentException("cell of type " + cell.getClass().getSimpleName()
                            + " in row " + (copied.size() + 1) + ": only text, numbers and booleans");
                }
            }
            copied.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = Collections.unmodifiableList(copied);
        inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
    }

    /**
     * A column.
     *
     * @param name its heading, e.g. "Shapley value"
     * @param unit its unit, e.g. "USD", "days", "%"; empty for text or counts
     */
    public record Column(String name, String unit) {

        public static Column of(String name) {
            return new Column(name, "");
        }

        /** The heading with its unit, e.g. "Cost (USD)". */
        public String heading() {
            return unit.isEmpty() ? name : name + " (" + unit + ")";
        }
    }

    /** Builds a table row by row. */
    public static Builder builder(String title) {
        return new Builder(title);
    }

    /** A table being built. */
    public static final class Builder {

        private final String title;
        private final List<Column> columns = new ArrayList<>();
        private final List<List<@Nullable Object>> rows = new ArrayList<>();
        private final Map<String, @Nullable Object> inputs = new LinkedHashMap<>();

        private Builder(String title) {
            this.title = title;
        }

        public Builder column(String name, String unit) {
            columns.add(new Column(name, unit));
            return this;
        }

        public Builder column(String name) {
            return column(name, "");
        }

        public Builder row(@Nullable Object... cells) {
            List<@Nullable Object> row = new ArrayList<>();
            Collections.addAll(row, cells);
            rows.add(row);
            return this;
        }

        public Builder row(List<@Nullable Object> cells) {
            rows.add(new ArrayList<>(cells));
            return this;
        }

        /** An input; a null value is written as an empty cell. */
        public Builder input(String name, @Nullable Object value) {
            inputs.put(name, value);
            return this;
        }

        public Table build() {
            return new Table(title, columns, rows, inputs);
        }
    }
}
