package space.consortium.costshare.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The barter ledger of a joint project: obligations from an agreed share table, credits for cash and in-kind
 * deliveries at agreed values, net positions that add up to exactly zero, and a settlement.
 *
 * <h2>Definitions</h2>
 * <ul>
 *   <li><b>Obligation</b> {@code o_i = s_i × C}: partner i's share of the cost, per period, summed over periods.</li>
 *   <li><b>Credit</b> {@code k_i}: the agreed values of what i delivered (cash or in kind); {@code K = Σ k_i}.</li>
 *   <li><b>Balance</b> {@code b_i = k_i − o_i}: standing against the agreement. The balances add up to
 *       {@code K − C}, which is zero only when the deliveries cover the cost exactly, so they are not the net
 *       positions.</li>
 *   <li><b>Unfunded remainder</b> {@code U = C − K}: reported on its own; the partners owe it in their shares.</li>
 *   <li><b>Net position</b> {@code n_i = k_i − s_i × K = b_i + s_i × U}: what i delivered beyond (or short of) its
 *       share of what was actually delivered. The net positions add up to {@code K − K = 0}, and the settlement
 *       among the partners moves exactly these amounts; the unfunded remainder is then funded in shares.</li>
 * </ul>
 *
 * <h2>Rounding</h2>
 * Amounts are exact decimals. A share of an amount is rounded to the currency's minor unit only at the end, with the
 * largest-remainder (Hamilton) method: every part is rounded down, and the units left over go to the parts with the
 * largest remainders (ties: larger share first, then input order), so the parts add up to the whole exactly. This is
 * done for each period's obligations and for the shares of the delivered total. Cost: O(n log n) per apportionment.
 */
public final class Ledger {

    private Ledger() {
    }

    /** The number of decimals of the currency's minor unit (2 for USD and EUR, 0 for JPY). */
    public static int minorUnit(String currency) {
        try {
            int digits = Currency.getInstance(currency).getDefaultFractionDigits();
            return Math.max(digits, 0);
        } catch (IllegalArgumentException e) {
            throw new InvalidLedger("currency", "'" + currency + "' is not an ISO 4217 currency code");
        }
    }

    /** Computes the ledger; the input has been validated by its constructor. */
    public static LedgerResult compute(LedgerInput input) {
        int scale = minorUnit(input.currency());
        List<LedgerInput.Share> shares = input.shares();
        int n = shares.size();
        BigDecimal[] percents = shares.stream().map(LedgerInput.Share::percent).toArray(BigDecimal[]::new);

        BigDecimal[] obligations = zeros(n, scale);
        BigDecimal cost = BigDecimal.ZERO.setScale(scale);
        List<LedgerResult.PeriodObligations> periods = new ArrayList<>();
        for (LedgerInput.Period period : input.periods()) {
            BigDecimal periodCost = period.cost().setScale(scale, RoundingMode.UNNECESSARY);
            BigDecimal[] parts = apportion(periodCost, percents, scale);
            for (int i = 0; i < n; i++) {
                obligations[i] = obligations[i].add(parts[i]);
            }
            cost = cost.add(periodCost);
            periods.add(new LedgerResult.PeriodObligations(period.label(), periodCost, List.of(parts)));
        }

        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(shares.get(i).partner(), i);
        }
        BigDecimal[] credits = zeros(n, scale);
        for (LedgerInput.Credit credit : input.credits()) {
            int i = index.get(credit.partner());
            credits[i] = credits[i].add(credit.amount().setScale(scale, RoundingMode.UNNECESSARY));
        }
        BigDecimal delivered = BigDecimal.ZERO.setScale(scale);
        for (BigDecimal k : credits) {
            delivered = delivered.add(k);
        }
        BigDecimal[] fairShares = apportion(delivered, percents, scale);

        List<LedgerResult.Position> positions = new ArrayList<>();
        Map<String, BigDecimal> nets = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            BigDecimal net = credits[i].subtract(fairShares[i]);
            positions.add(new LedgerResult.Position(shares.get(i).partner(), percents[i], obligations[i], credits[i],
                    credits[i].subtract(obligations[i]), fairShares[i], net));
            nets.put(shares.get(i).partner(), net);
        }
        return new LedgerResult(input.currency(), cost, delivered, cost.subtract(delivered), positions, periods,
                Settlement.settle(nets));
    }

    /**
     * Splits {@code total} (non-negative, at {@code scale}) in proportion to {@code percents} (adding up to 100) with
     * the largest-remainder method, so that the parts add up to {@code total} exactly.
     */
    static BigDecimal[] apportion(BigDecimal total, BigDecimal[] percents, int scale) {
        int n = percents.length;
        BigDecimal[] parts = new BigDecimal[n];
        BigDecimal[] remainders = new BigDecimal[n];
        BigDecimal assigned = BigDecimal.ZERO;
        for (int i = 0; i < n; i++) {
            BigDecimal quota = total.multiply(percents[i]).movePointLeft(2);  // exact
            parts[i] = quota.setScale(scale, RoundingMode.FLOOR);
            remainders[i] = quota.subtract(parts[i]);
            assigned = assigned.add(parts[i]);
        }
        BigDecimal unit = BigDecimal.ONE.movePointLeft(scale);
        int left = total.subtract(assigned).divide(unit, 0, RoundingMode.UNNECESSARY).intValueExact();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        order.sort((a, b) -> {
            int byRemainder = remainders[b].compareTo(remainders[a]);
            if (byRemainder != 0) {
                return byRemainder;
            }
            int byShare = percents[b].compareTo(percents[a]);
            return byShare != 0 ? byShare : Integer.compare(a, b);
        });
        for (int k = 0; k < left; k++) {
            int i = order.get(k);
            parts[i] = parts[i].add(unit);
        }
        return parts;
    }

    private static BigDecimal[] zeros(int n, int scale) {
        BigDecimal[] values = new BigDecimal[n];
        java.util.Arrays.fill(values, BigDecimal.ZERO.setScale(scale));
        return values;
    }
}
