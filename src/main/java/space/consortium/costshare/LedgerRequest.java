package space.consortium.costshare;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What to build a project's ledger from. Everything may be left out except the cost; the service fills defaults and
 * names every offending field.
 *
 * @param table    the share table's id or name; default: the project's first share table
 * @param periods  the cost to share per period (year), in {@code currency} at that year's prices; at least one
 * @param currency the currency of the costs; default USD
 * @param base     the currency the ledger is kept in; default USD
 * @param baseYear the price year the ledger is kept in; default: the latest year with a price index
 */
public record LedgerRequest(@Nullable String table, List<PeriodCost> periods, @Nullable String currency,
                            @Nullable String base, @Nullable Integer baseYear) {

    public LedgerRequest {
        periods = List.copyOf(periods);
    }

    /** A period's cost and the year whose prices (and exchange rate) it is stated in; either may be missing. */
    public record PeriodCost(@Nullable BigDecimal cost, @Nullable Integer year) {
    }

    /** Pairs costs with years by position: the i-th cost is in the prices of the i-th year (or of the last year given). */
    public static List<PeriodCost> pair(@Nullable List<BigDecimal> costs, @Nullable List<Integer> years) {
        List<PeriodCost> periods = new ArrayList<>();
        int n = Math.max(costs == null ? 0 : costs.size(), years == null ? 0 : years.size());
        for (int i = 0; i < n; i++) {
            BigDecimal cost = costs != null && i < costs.size() ? costs.get(i) : null;
            Integer year = years == null || years.isEmpty() ? null : years.get(Math.min(i, years.size() - 1));
            periods.add(new PeriodCost(cost, year));
        }
        return periods;
    }
}
