package space.consortium.costshare.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LargestRemainderTests {

    @Test
    void thirdsOfOneUnitGiveTheSpareCentToTheFirst() {
        assertThat(LargestRemainder.round(new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3}, BigDecimal.ONE, 2))
                .containsExactly(new BigDecimal("0.34"), new BigDecimal("0.33"), new BigDecimal("0.33"));
    }

    @Test
    void tvaShapleyToWholeThousandsAddsUpToTheGrandCost() {
        // 117829, 100756.5, 193998.5: the two halves tie, the earlier player (F) gets the unit
        List<BigDecimal> parts = LargestRemainder.round(new double[] {117829, 100756.5, 193998.5},
                new BigDecimal("412584"), 0);
        assertThat(parts).containsExactly(new BigDecimal("117829"), new BigDecimal("100757"),
                new BigDecimal("193998"));
    }

    @Test
    void largestRemaindersGetTheUnits() {
        assertThat(LargestRemainder.round(new double[] {1.26, 2.27, 3.47}, new BigDecimal("7"), 1))
                .containsExactly(new BigDecimal("1.2"), new BigDecimal("2.3"), new BigDecimal("3.5"));
    }

    @Test
    void partsAddUpExactlyAndStayWithinOneUnitOfTheirShares() {
        SplittableRandom random = new SplittableRandom(51);
        for (int trial = 0; trial < 500; trial++) {
            int n = 1 + random.nextInt(30);
            int scale = random.nextInt(-2, 5);
            double[] shares = new double[n];
            double total = 0;
            for (int i = 0; i < n; i++) {
                shares[i] = Math.pow(10, random.nextInt(0, 7)) * random.nextDouble();
                total += shares[i];
            }
            List<BigDecimal> parts = LargestRemainder.round(shares, scale);
            BigDecimal sum = parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal unit = BigDecimal.ONE.scaleByPowerOfTen(-scale);
            assertThat(sum.compareTo(new BigDecimal(total).setScale(scale, java.math.RoundingMode.HALF_UP)))
                    .as("trial %d", trial).isZero();
            for (int i = 0; i < n; i++) {
                assertThat(parts.get(i).scale()).isEqualTo(scale);
                assertThat(parts.get(i).subtract(new BigDecimal(shares[i])).abs()).isLessThan(unit);
            }
        }
    }

    @Test
    void refusesSharesThatMissTheTotal() {
        assertThatThrownBy(() -> LargestRemainder.round(new double[] {1, 2}, new BigDecimal("3.5"), 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("misses the total");
        assertThatThrownBy(() -> LargestRemainder.round(new double[] {1, Double.NaN}, BigDecimal.ONE, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
