package space.consortium.costshare.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static space.consortium.costshare.engine.Games.assertClose;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Shapley's axioms and the definition, on fixed-seed random games; Banzhaf against its definition. */
class ShapleyExactTests {

    private static final double TOLERANCE = 1e-9 * 100; // values are below 100, so |v(N)| ≤ 100
    private static final int GAMES = 50;

    private final ShapleyExact shapley = new ShapleyExact();

    @Test
    void equalsTheAverageOverAllOrders() {
        SplittableRandom random = new SplittableRandom(1);
        for (int g = 0; g < GAMES; g++) {
            TableGame game = Games.random(2 + g % 6, g % 2 == 0 ? GameKind.COST : GameKind.PROFIT, random);
            assertClose(shapley.allocate(game).shares(), Games.shapleyByPermutations(game), TOLERANCE);
        }
    }

    @Test
    void equalsTheWeightedSumOverCoalitionsBeyondOneBlockOfTheSweep() {
        // n > 8: players 8.. are summed a block at a time; check them against the textbook formula
        SplittableRandom random = new SplittableRandom(8);
        for (int n = 9; n <= 13; n++) {
            TableGame game = Games.random(n, n % 2 == 0 ? GameKind.COST : GameKind.PROFIT, random);
            double[] expected = new double[n];
            for (int i = 0; i < n; i++) {
                for (int mask = 0; mask < 1 << n; mask++) {
                    if ((mask & (1 << i)) == 0) {
                        int s = Integer.bitCount(mask);
                        expected[i] += (game.value(mask | (1 << i)) - game.value(mask)) / n / binomial(n - 1, s);
                    }
                }
            }
            assertClose(shapley.allocate(game).shares(), expected, TOLERANCE);
        }
    }

    private static double binomial(int n, int k) {
        double b = 1;
        for (int j = 1; j <= k; j++) {
            b = b * (n - k + j) / j;
        }
        return b;
    }

    @Test
    void isEfficient() {
        SplittableRandom random = new SplittableRandom(2);
        for (int g = 0; g < GAMES; g++) {
            TableGame game = Games.random(2 + g % 7, GameKind.COST, random);
            assertThat(shapley.allocate(game).total()).isCloseTo(game.value(game.grand()), within(TOLERANCE));
        }
    }

    @Test
    void givesSymmetricPlayersEqualShares() {
        SplittableRandom random = new SplittableRandom(3);
        for (int g = 0; g < GAMES; g++) {
            int n = 2 + g % 7;
            TableGame base = Games.random(n, GameKind.PROFIT, random);
            double[] values = new double[1 << n];
            for (int mask = 1; mask < values.length; mask++) {
                values[mask] = base.value(mask) + base.value(swapPlayers01(mask)); // invariant under 0 ↔ 1
            }
            Allocation x = shapley.allocate(new TableGame(GameKind.PROFIT, Games.names(n), values));
            assertThat(x.share(0)).isCloseTo(x.share(1), within(2 * TOLERANCE));
        }
    }

    private static int swapPlayers01(int mask) {
        int bit0 = mask & 1;
        int bit1 = (mask >> 1) & 1;
        return (mask & ~3) | (bit0 << 1) | bit1;
    }

    @Test
    void givesADummyPlayerItsStandAloneValue() {
        SplittableRandom random = new SplittableRandom(4);
        for (int g = 0; g < GAMES; g++) {
            int n = 2 + g % 7;
            int dummy = g % n;
            TableGame base = Games.random(n, GameKind.COST, random);
            double alone = 10 + 50 * random.nextDouble();
            double[] values = new double[1 << n];
            for (int mask = 1; mask < values.length; mask++) {
                int others = mask & ~(1 << dummy);
                values[mask] = (others == 0 ? 0 : base.value(others)) + ((mask & (1 << dummy)) != 0 ? alone : 0);
            }
            Allocation x = shapley.allocate(new TableGame(GameKind.COST, Games.names(n), values));
            assertThat(x.share(dummy)).isCloseTo(alone, within(TOLERANCE));
        }
    }

    @Test
    void isAdditive() {
        SplittableRandom random = new SplittableRandom(5);
        for (int g = 0; g < GAMES; g++) {
            int n = 2 + g % 7;
            TableGame v = Games.random(n, GameKind.PROFIT, random);
            TableGame w = Games.random(n, GameKind.PROFIT, random);
            double[] sum = new double[1 << n];
            for (int mask = 1; mask < sum.length; mask++) {
                sum[mask] = v.value(mask) + w.value(mask);
            }
            double[] expected = new double[n];
            Arrays.setAll(expected, i -> shapley.allocate(v).share(i) + shapley.allocate(w).share(i));
            assertClose(shapley.allocate(new TableGame(GameKind.PROFIT, Games.names(n), sum)).shares(), expected,
                    2 * TOLERANCE);
        }
    }

    @Test
    void normalisedBanzhafRescalesTheAverageOverAllCoalitions() {
        SplittableRandom random = new SplittableRandom(6);
        for (int g = 0; g < GAMES; g++) {
            int n = 2 + g % 11; // up to 12, beyond one block of the sweep
            TableGame game = Games.random(n, GameKind.COST, random);
            double[] raw = new double[n];
            for (int i = 0; i < n; i++) {
                for (int mask = 0; mask < 1 << n; mask++) {
                    if ((mask & (1 << i)) == 0) {
                        raw[i] += (game.value(mask | (1 << i)) - game.value(mask)) / (1 << (n - 1));
                    }
                }
            }
            double rawTotal = Arrays.stream(raw).sum();
            double[] expected = Arrays.stream(raw).map(b -> game.value(game.grand()) * b / rawTotal).toArray();
            Allocation x = new BanzhafNormalized().allocate(game);
            assertClose(x.shares(), expected, 1e-7); // dividing by a random Σβ can amplify rounding
            assertThat(x.total()).isCloseTo(game.value(game.grand()), within(1e-7));
        }
    }

    @Test
    void banzhafRefusesRawValuesThatAddUpToZero() {
        // v(a) = 1, v(b) = −1, v(ab) = 0: raw Banzhaf values 1 and −1
        TableGame game = Games.bySizeThenLex(GameKind.PROFIT, Games.names(2), 1, -1, 0);
        assertThatThrownBy(() -> new BanzhafNormalized().allocate(game)).isInstanceOf(InvalidGame.class)
                .hasMessageContaining("add up to zero");
    }

    @Test
    void sameResultOnOneThreadAsOnAll() throws Exception {
        Map<String, Double> demand = new LinkedHashMap<>();
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 18; i++) {
            demand.put("p" + i, 1 + 9 * random.nextDouble());
        }
        ScaleGame game = new ScaleGame(100, 3, 0.7, demand);
        ForkJoinPool single = new ForkJoinPool(1);
        try {
            Allocation alone = single.submit(() -> shapley.allocate(game)).get();
            assertThat(shapley.allocate(game)).isEqualTo(alone);
        } finally {
            single.shutdown();
        }
    }

    @Test
    void refusesMoreThan26PlayersAndSuggestsSampling() {
        Map<String, Double> demand = new LinkedHashMap<>();
        for (int i = 0; i < 27; i++) {
            demand.put("p" + i, 1.0);
        }
        assertThatThrownBy(() -> shapley.allocate(new ScaleGame(1, 1, 0.5, demand)))
                .isInstanceOf(GameTooLarge.class).hasMessageContaining("shapley-sampled").hasMessageContaining("26");
    }

    @Test
    @Tag("slow")
    void scaleGameOf22PlayersIsEfficientAndSymmetric() {
        // two groups of identical players: shares equal within a group, and add up to c(N)
        Map<String, Double> demand = new LinkedHashMap<>();
        for (int i = 0; i < 22; i++) {
            demand.put("p" + i, i < 11 ? 2.0 : 5.0);
        }
        ScaleGame game = new ScaleGame(1000, 40, 0.6, demand);
        Allocation x = shapley.allocate(game);
        double grand = game.value(game.grand());
        assertThat(x.total()).isCloseTo(grand, within(1e-9 * grand));
        for (int i = 1; i < 22; i++) {
            int first = i < 11 ? 0 : 11;
            assertThat(x.share(i)).isCloseTo(x.share(first), within(1e-9 * grand));
        }
        // each large-demand player pays more than a small one, and everyone less than alone
        assertThat(x.share(11)).isGreaterThan(x.share(0));
        assertThat(x.share(11)).isLessThan(game.value(1L << 11));
    }
}
