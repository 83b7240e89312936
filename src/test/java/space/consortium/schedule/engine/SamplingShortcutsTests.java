package space.consortium.schedule.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The sampler's shortcuts change no number: the flat {@link Quantiles} give the samples of {@link Distribution} bit
 * for bit, a PERT table shared per shape is the table the distribution builds alone, the tables' precomputed
 * logarithms give the table of the density written out, and the frontiers' selection finds the order statistic a
 * sort finds.
 */
class SamplingShortcutsTests {

    private static List<Distribution> everyKind() {
        return List.of(Distribution.fixed(4), Distribution.uniform(1, 7), Distribution.uniform(3, 3),
                Distribution.triangular(2, 3.5, 8), Distribution.triangular(2, 2, 9), Distribution.triangular(5, 5, 5),
                Distribution.pert(2, 3.5, 8), Distribution.pert(1, 1, 4), Distribution.pert(6, 6, 6),
                Distribution.normal(10, 2), Distribution.lognormal(12, 3), Distribution.lognormal(3, 0));
    }

    @Test
    void flatQuantilesEqualTheDistributionsBitForBit() {
        List<Distribution> all = everyKind();
        Quantiles flat = new Quantiles(all.toArray(Distribution[]::new));
        SplittableRandom random = new SplittableRandom(3);
        for (int k = 0; k < 2_000; k++) {
            double u = k == 0 ? 0x1.0p-53 : k == 1 ? 1 - 0x1.0p-53 : random.nextDouble();
            double z = k == 0 ? -38 : k == 1 ? 9 : 4 * random.nextGaussian();
            if (u == 0) {
                continue;
            }
            for (int i = 0; i < all.size(); i++) {
                assertThat(Double.doubleToRawLongBits(flat.quantile(i, u)))
                        .as("%s at u = %s", all.get(i), u)
                        .isEqualTo(Double.doubleToRawLongBits(all.get(i).quantile(u)));
                assertThat(Double.doubleToRawLongBits(flat.fromNormalScore(i, z)))
                        .as("%s at z = %s", all.get(i), z)
                        .isEqualTo(Double.doubleToRawLongBits(all.get(i).fromNormalScore(z)));
            }
        }
    }

    @Test
    void aTableSharedByShapeIsTheTableBuiltAlone() {
        List<Distribution> shared = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            shared.add(Distribution.pert(i % 5, i % 5 + 1 + i % 3, i % 5 + 6)); // 3 shapes on 5 ranges
        }
        Distribution.shareTables(shared);
        for (int i = 0; i < shared.size(); i++) {
            Distribution alone = Distribution.pert(i % 5, i % 5 + 1 + i % 3, i % 5 + 6);
            assertThat(shared.get(i).pertTable()).isEqualTo(alone.pertTable());
        }
        // same shape (α, β), different ranges: one table
        assertThat(shared.get(0).pertTable()).isSameAs(shared.get(15).pertTable());
    }

    @Test
    void tablesFromPrecomputedLogsEqualTheDensityWrittenOut() {
        for (double[] shape : new double[][] {{1, 1}, {1, 5}, {5, 1}, {2.6, 3.4}, {1.0000001, 4.9999999}, {3, 3}}) {
            double alpha = shape[0];
            double beta = shape[1];
            assertThat(BetaQuantiles.table(alpha, beta)).as("Beta(%s, %s)", alpha, beta)
                    .isEqualTo(direct(alpha, beta));
        }
    }

    @Test
    void selectionFindsTheOrderStatisticOfASort() {
        SplittableRandom random = new SplittableRandom(5);
        for (int run = 0; run < 300; run++) {
            int size = 1 + random.nextInt(run < 100 ? 8 : 2_000);
            long[] keys = new long[size + 3];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = random.nextInt(run % 2 == 0 ? 5 : 1_000_000) - 2; // many ties in every other run
            }
            long[] sorted = java.util.Arrays.copyOf(keys, size);
            java.util.Arrays.sort(sorted);
            int rank = random.nextInt(size);
            assertThat(JclSummaries.select(keys, size, rank)).isEqualTo(sorted[rank]);
        }
    }

    /** The table as BetaQuantiles documents it, with each density computed from x itself. */
    private static double[] direct(double alpha, double beta) {
        int cells = 16_384;
        int points = BetaQuantiles.POINTS;
        double h = 1.0 / cells;
        double[] cdf = new double[cells + 1];
        double previous = density(0, alpha, beta);
        for (int i = 1; i <= cells; i++) {
            double d = density(i * h, alpha, beta);
            cdf[i] = cdf[i - 1] + (previous + d) * h / 2;
            previous = d;
        }
        double total = cdf[cells];
        double[] table = new double[points + 1];
        table[points] = 1;
        int cell = 0;
        for (int k = 1; k < points; k++) {
            double target = total * k / points;
            while (cdf[cell + 1] < target) {
                cell++;
            }
            double span = cdf[cell + 1] - cdf[cell];
            double fraction = span > 0 ? (target - cdf[cell]) / span : 0;
            table[k] = (cell + fraction) * h;
        }
        return table;
    }

    private static double density(double x, double alpha, double beta) {
        if (x <= 0) {
            return alpha == 1 ? 1 : 0;
        }
        if (x >= 1) {
            return beta == 1 ? 1 : 0;
        }
        return Math.exp((alpha - 1) * Math.log(x) + (beta - 1) * Math.log1p(-x));
    }
}
