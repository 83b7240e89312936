package space.consortium.costshare.web;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;
import space.consortium.costshare.LedgerRequest;

/** What the ledger form on the cost-sharing page sends (by GET, so a ledger has a link). One period: cost and year. */
public class LedgerForm {

    private @Nullable String table;
    private @Nullable BigDecimal cost;
    private @Nullable String currency = "USD";
    private @Nullable Integer year;
    private @Nullable String base = "USD";
    private @Nullable Integer baseYear;

    /** Whether the user asked for a ledger (gave a cost, or anything but the defaults). */
    boolean submitted() {
        return cost != null;
    }

    LedgerRequest toRequest() {
        return new LedgerRequest(table, List.of(new LedgerRequest.PeriodCost(cost, year)), currency, base, baseYear);
    }

    /** The query string that shows this ledger again, e.g. after a credit was saved. */
    String query() {
        UriComponentsBuilder uri = UriComponentsBuilder.newInstance();
        add(uri, "table", table);
        add(uri, "cost", cost == null ? null : cost.toPlainString());
        add(uri, "currency", currency);
        add(uri, "year", year);
        add(uri, "base", base);
        add(uri, "baseYear", baseYear);
        return uri.encode().build().getQuery() == null ? "" : uri.encode().build().getQuery();
    }

    private static void add(UriComponentsBuilder uri, String name, @Nullable Object value) {
        if (value != null && !value.toString().isBlank()) {
            uri.queryParam(name, value);
        }
    }

    /** The form field that shows a problem the service names. */
    static String fieldOf(String problemField) {
        return switch (problemField) {
            case "table", "cost", "currency", "year", "base", "baseYear" -> problemField;
            default -> "";
        };
    }

    public @Nullable String getTable() {
        return table;
    }

    public void setTable(@Nullable String table) {
        this.table = table;
    }

    public @Nullable BigDecimal getCost() {
        return cost;
    }

    public void setCost(@Nullable BigDecimal cost) {
        this.cost = cost;
    }

    public @Nullable String getCurrency() {
        return currency;
    }

    public void setCurrency(@Nullable String currency) {
        this.currency = currency;
    }

    public @Nullable Integer getYear() {
        return year;
    }

    public void setYear(@Nullable Integer year) {
        this.year = year;
    }

    public @Nullable String getBase() {
        return base;
    }

    public void setBase(@Nullable String base) {
        this.base = base;
    }

    public @Nullable Integer getBaseYear() {
        return baseYear;
    }

    public void setBaseYear(@Nullable Integer baseYear) {
        this.baseYear = baseYear;
    }
}
