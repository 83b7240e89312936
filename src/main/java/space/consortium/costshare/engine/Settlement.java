package space.consortium.costshare.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Settles net positions that add up to zero with at most {@code k − 1} transfers, where {@code k} is the number of
 * non-zero positions.
 *
 * <p>Method: greedy matching. Repeatedly the largest debtor pays the largest creditor the smaller of the two
 * amounts; each transfer brings at least one of them to exactly zero, and the last transfer brings both, hence the
 * bound. Cost: O(k² ) with the linear scans used here (k is a handful of agencies). Exact: amounts are
 * {@link BigDecimal} and only subtracted. Ties are broken by the order of the input, so the result is deterministic.
 * Finding the minimum number of transfers is NP-hard in general (it is a subset-sum partition); the greedy bound is
 * the classic one used by expense-splitting tools.
 */
public final class Settlement {

    private Settlement() {
    }

    /**
     * The transfers that bring every position to zero.
     *
     * @param nets partner → net position (positive: is owed; negative: owes), in a fixed order; must add up to zero
     * @throws InvalidLedger when the positions do not add up to zero
     */
    public static List<Transfer> settle(Map<String, BigDecimal> nets) {
        BigDecimal sum = nets.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.signum() != 0) {
            throw new InvalidLedger("nets", "net positions must add up to zero to be settled, they add up to "
                    + sum.toPlainString());
        }
        Map<String, BigDecimal> open = new LinkedHashMap<>();
        nets.forEach((partner, net) -> {
            if (net.signum() != 0) {
                open.put(partner, net);
            }
        });
        List<String> order = new ArrayList<>(open.keySet());
        List<Transfer> transfers = new ArrayList<>();
        while (!open.isEmpty()) {
            String debtor = pick(open, order, Comparator.naturalOrder());
            String creditor = pick(open, order, Comparator.reverseOrder());
            BigDecimal owed = open.get(debtor).negate();
            BigDecimal due = open.get(creditor);
            BigDecimal amount = owed.min(due);
            transfers.add(new Transfer(debtor, creditor, amount));
            reduce(open, debtor, amount);
            reduce(open, creditor, amount.negate());
        }
        return transfers;
    }

    /** The partner with the smallest (comparator-wise) position; the first in input order among equals. */
    private static String pick(Map<String, BigDecimal> open, List<String> order, Comparator<BigDecimal> by) {
        String best = null;
        for (String partner : order) {
            BigDecimal value = open.get(partner);
            if (value != null && (best == null || by.compare(value, open.get(best)) < 0)) {
                best = partner;
            }
        }
        return best;
    }

    private static void reduce(Map<String, BigDecimal> open, String partner, BigDecimal paid) {
        BigDecimal left = open.get(partner).add(paid);
        if (left.signum() == 0) {
            open.remove(partner);
        } else {
            open.put(partner, left);
        }
    }
}
