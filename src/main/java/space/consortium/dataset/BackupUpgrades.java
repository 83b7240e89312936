package space.consortium.dataset;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import space.consortium.shared.Money;

/**
 * Reads a backup written before a migration that renamed or converted columns as the current schema has them, so that
 * an older backup restores (the migrations that only add columns need nothing here: their columns take defaults).
 *
 * <p>V17: a partner's {@code budget_usd_millions} and {@code budget_year} became money, {@code budget_amount} (US
 * dollars, exactly × 1,000,000), {@code budget_currency} ({@code USD}) and {@code budget_price_year} (the budget's
 * year), as the migration converts them.
 *
 * <p>V15: a claim's {@code metric} and {@code partner_id} became {@code kind} ({@code count}) and {@code subject}
 * ({@code {"of":"metric","metric":...,"partner":...}}), as the migration converts them.
 */
final class BackupUpgrades {

    private BackupUpgrades() {
    }

    /** The current names of a table's columns listed in an older manifest. */
    static List<String> columns(String table, List<String> columns) {
        if (table.equals("claim") && columns.contains("metric")) {
            List<String> current = new ArrayList<>();
            for (String column : columns) {
                switch (column) {
                    case "metric" -> {
                        current.add("kind");
                        current.add("subject");
                    }
                    case "partner_id" -> { }
                    default -> current.add(column);
                }
            }
            return current;
        }
        if (!table.equals("partner") || !columns.contains("budget_usd_millions")) {
            return columns;
        }
        List<String> current = new ArrayList<>();
        for (String column : columns) {
            switch (column) {
                case "budget_usd_millions" -> {
                    current.add("budget_amount");
                    current.add("budget_currency");
                }
                case "budget_year" -> current.add("budget_price_year");
                default -> current.add(column);
            }
        }
        return current;
    }

    /** Converts an older row of the table, in place, to the current columns. */
    static void row(String table, Map<String, @Nullable Object> row) {
        if (table.equals("claim") && row.containsKey("metric")) {
            Object metric = row.remove("metric");
            Object partner = row.remove("partner_id");
            row.put("kind", "count");
            row.put("subject", "{\"of\":\"metric\",\"metric\":\"" + json(String.valueOf(metric)) + "\""
                    + (partner == null ? "" : ",\"partner\":\"" + json(String.valueOf(partner)) + "\"") + "}");
            return;
        }
        if (!table.equals("partner") || !row.containsKey("budget_usd_millions")) {
            return;
        }
        Object millions = row.remove("budget_usd_millions");
        Object year = row.remove("budget_year");
        boolean budget = millions instanceof BigDecimal;
        row.put("budget_amount", budget ? Money.plain(((BigDecimal) millions).movePointRight(6)) : millions);
        row.put("budget_currency", budget ? "USD" : null);
        row.put("budget_price_year", budget ? year : null);
    }

    /** The text as the inside of a JSON string. */
    private static String json(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
