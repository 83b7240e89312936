package space.consortium.costshare.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Settlement: everyone ends at zero, with at most one transfer fewer than the non-zero positions. */
class SettlementTests {

    @Test
    void largestDebtorPaysLargestCreditorFirst() {
        Map<String, BigDecimal> nets = new LinkedHashMap<>();
        nets.put("a", new BigDecimal("-70.00"));
        nets.put("b", new BigDecimal("-30.00"));
        nets.put("c", new BigDecimal("60.00"));
        nets.put("d", new BigDecimal("40.00"));

        List<Transfer> transfers = Settlement.settle(nets);

        assertThat(transfers).containsExactly(
                new Transfer("a", "c", new BigDecimal("60.00")),
                new Transfer("b", "d", new BigDecimal("30.00")),
                new Transfer("a", "d", new BigDecimal("10.00")));
        assertSettles(nets, transfers);
    }

    @Test
    void zeroPositionsNeedNoTransfer() {
        assertThat(Settlement.settle(Map.of("a", BigDecimal.ZERO, "b", new BigDecimal("0.00")))).isEmpty();
    }

    @Test
    void positionsThatDoNotAddUpToZeroCannotBeSettled() {
        assertThatThrownBy(() -> Settlement.settle(Map.of("a", new BigDecimal("1"), "b", new BigDecimal("-0.99"))))
                .isInstanceOf(InvalidLedger.class).hasMessageContaining("0.01");
    }

    @Test
    void randomPositionsSettleWithinTheBound() {
        SplittableRandom random = new SplittableRandom(7L);
        for (int trial = 0; trial < 5000; trial++) {
            int n = 2 + random.nextInt(12);
            Map<String, BigDecimal> nets = new LinkedHashMap<>();
            BigDecimal sum = BigDecimal.ZERO;
            for (int i = 0; i < n - 1; i++) {
                BigDecimal v = random.nextInt(5) == 0 ? BigDecimal.ZERO
                        : BigDecimal.valueOf(random.nextLong(-1_000_000, 1_000_000), 2);
                nets.put("p" + i, v);
                sum = sum.add(v);
            }
            nets.put("p" + (n - 1), sum.negate());
            assertSettles(nets, Settlement.settle(nets));
        }
    }

    /** Applying the transfers brings every position to zero, within the (non-zero − 1) bound, debtor to creditor. */
    static void assertSettles(Map<String, BigDecimal> nets, List<Transfer> transfers) {
        long nonZero = nets.values().stream().filter(v -> v.signum() != 0).count();
        assertThat(transfers.size()).as("transfers for %s", nets).isLessThanOrEqualTo((int) Math.max(0, nonZero - 1));
        Map<String, BigDecimal> left = new HashMap<>(nets);
        for (Transfer t : transfers) {
            assertThat(nets.get(t.from()).signum()).as("payer %s owes", t.from()).isNegative();
            assertThat(nets.get(t.to()).signum()).as("payee %s is owed", t.to()).isPositive();
            left.merge(t.from(), t.amount(), BigDecimal::add);
            left.merge(t.to(), t.amount().negate(), BigDecimal::add);
        }
        assertThat(left.values()).allSatisfy(v -> assertThat(v).isZero());
    }
}
