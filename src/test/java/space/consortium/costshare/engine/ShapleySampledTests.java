package space.consortium.costshare.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The sampled Shapley value against the exact one: within 4 half-widths (≈ 4.1 standard errors; a miss has
 * probability about 4·10⁻⁵ per player, so with fixed seeds a failure means a bug, not bad luck).
 */
class ShapleySampledTests {

    @Test
    void liesWithinFourHalfWidthsOfTheExactValueOnRandomGames() {
        SplittableRandom random = new SplittableRandom(21);
        for (int g = 0; g < 8; g++) {
            TableGame game = Games.random(4 + g, g % 2 == 0 ? GameKind.COST : GameKind.PROFIT, random);
            double[] exact = new ShapleyExact().allocate(game).shares();
            Allocation sampled = new ShapleySampled(5_000, g).allocate(game);
            for (int i = 0; i < game.size(); i++) {
                assertThat(sampled.halfWidth95()[i]).isPositive();
                assertThat(Math.abs(sampled.share(i) - exact[i])).as("game %d, player %d", g, i)
                        .isLessThanOrEqualTo(4 * sampled.halfWidth95()[i]);
            }
        }
    }

    @Test
    void halfWidthShrinksAsOneOverRootSamples() {
        TableGame game = Games.random(8, GameKind.PROFIT, new SplittableRandom(22));
        double[] few = new ShapleySampled(2_000, 1).allocate(game).halfWidth95();
        double[] many = new ShapleySampled(8_000, 2).allocate(game).halfWidth95();
        for (int i = 0; i < few.length; i++) {
            // sd estimates from 2000 and 8000 samples: the ratio is 1/2 to within a few per cent
            assertThat(many[i] / few[i]).isCloseTo(0.5, within(0.1));
        }
    }

    @Test
    void isEfficientWhateverTheSample() {
        SplittableRandom random = new SplittableRandom(23);
        for (int g = 0; g < 10; g++) {
            TableGame game = Games.random(3 + g, GameKind.COST, random);
            double grand = game.value(game.grand());
            assertThat(new ShapleySampled(300 + g, g).allocate(game).total()).isCloseTo(grand, within(1e-9 * grand));
        }
    }

    @Test
    void sameSeedSameResultAndOtherSeedOtherResult() {
        ScaleGame game = scaleGame(40, 24);
        Allocation first = new ShapleySampled(3_000, 99).allocate(game);
        assertThat(new ShapleySampled(3_000, 99).allocate(game)).isEqualTo(first);
        assertThat(new ShapleySampled(3_000, 100).allocate(game).shares()).isNotEqualTo(first.shares());
        assertThat(first.note()).contains("seed 99").contains("3000");
    }

    @Test
    void sameResultOnOneThreadAsOnAll() throws Exception {
        for (Game game : List.of(scaleGame(30, 25), Games.random(9, GameKind.PROFIT, new SplittableRandom(26)))) {
            ForkJoinPool single = new ForkJoinPool(1);
            try {
                Allocation alone = single.submit(() -> new ShapleySampled(10_000, 5).allocate(game)).get();
                assertThat(new ShapleySampled(10_000, 5).allocate(game)).isEqualTo(alone);
            } finally {
                single.shutdown();
            }
        }
    }

    @Test
    void samplesMoreThan62PlayersOfAStructuredGame() {
        // an airport game of 300 players, checked against its closed form
        SplittableRandom random = new SplittableRandom(27);
        double[] requirement = new double[300];
        for (int i = 0; i < requirement.length; i++) {
            requirement[i] = 100 * random.nextDouble();
        }
        AirportGame airport = new AirportGame(Games.byName(requirement));
        double[] exact = new AirportShapley().allocate(airport).shares();
        Allocation sampled = new ShapleySampled(4_000, 3).allocate(airport);
        int outside = 0;
        for (int i = 0; i < requirement.length; i++) {
            if (Math.abs(sampled.share(i) - exact[i]) > 4 * sampled.halfWidth95()[i]) {
                outside++;
            }
        }
        assertThat(outside).isZero();
        double max = java.util.Arrays.stream(requirement).max().orElseThrow();
        assertThat(sampled.total()).isCloseTo(max, within(1e-9 * max));
    }

    @Test
    void givesIdenticalPlayersOfAVotingGameEqualPower() {
        // 100 equal voters, quota 51: every one has Shapley–Shubik power 1/100
        Map<String, Double> weights = new LinkedHashMap<>();
        for (int i = 0; i < 100; i++) {
            weights.put("v" + i, 1.0);
        }
        Allocation x = new ShapleySampled(20_000, 4).allocate(new WeightedVotingGame(51, weights));
        for (int i = 0; i < 100; i++) {
            assertThat(Math.abs(x.share(i) - 0.01)).isLessThanOrEqualTo(4 * x.halfWidth95()[i]);
        }
        assertThat(x.total()).isCloseTo(1, within(1e-9));
    }

    @Test
    void refusesFewerThanTwoSamples() {
        assertThatThrownBy(() -> new ShapleySampled(1, 0)).isInstanceOf(InvalidGame.class)
                .satisfies(e -> assertThat(((InvalidGame) e).field()).isEqualTo("samples"));
    }

    @Test
    void refusesAMaskOnlyGameOfMoreThan62Players() {
        Game huge = new Game() {
            @Override
            public GameKind kind() {
                return GameKind.COST;
            }

            @Override
            public List<String> players() {
                return Games.names(70);
            }

            @Override
            public double value(long mask) {
                return Long.bitCount(mask);
            }
        };
        assertThatThrownBy(() -> new ShapleySampled(10, 0).allocate(huge)).isInstanceOf(GameTooLarge.class);
    }

    @Test
    @Tag("slow")
    void thousandPlayerScaleGameIsEfficientAndSymmetric() {
        ScaleGame game = scaleGame(1_000, 28);
        Allocation x = new ShapleySampled(2_000, 8).allocate(game);
        double grand = 0;
        IncrementalGame.Coalition all = game.emptyCoalition();
        for (int i = 0; i < 1_000; i++) {
            grand = all.join(i);
        }
        assertThat(x.total()).isCloseTo(grand, within(1e-9 * grand));
        for (int i = 0; i < 1_000; i++) {
            assertThat(x.share(i)).isPositive().isLessThan(grand);
        }
    }

    private static ScaleGame scaleGame(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Map<String, Double> demand = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            demand.put("p" + i, 1 + 9 * random.nextDouble());
        }
        return new ScaleGame(500, 20, 0.7, demand);
    }
}
