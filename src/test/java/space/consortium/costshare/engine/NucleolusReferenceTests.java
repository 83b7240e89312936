package space.consortium.costshare.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The published nucleolus and prenucleolus of docs' reference cases (cost-sharing-cases.md), to 4 decimals. */
class NucleolusReferenceTests {

    private static final double DECIMALS_4 = 5e-5;

    static final TableGame TVA = ReferenceGames.bySizeThenLex(GameKind.COST, List.of("N", "F", "P"),
            163520, 140826, 250096, 301607, 378821, 367370, 412584);

    private static void assertNucleolus(Game game, double... expected) {
        for (Nucleolus rule : List.of(Nucleolus.nucleolus(), Nucleolus.prenucleolus())) {
            Allocation allocation = rule.allocate(game);
            assertThat(allocation.method()).isEqualTo(rule.name());
            assertThat(allocation.shares()).as(rule.name()).containsExactly(expected, within(DECIMALS_4));
            double tol = 1e-9 * Math.abs(game.value(game.grand()));
            assertThat(Kohlberg.holds(game, allocation.shares(), tol)).as("Kohlberg, " + rule.name()).isTrue();
            assertThat(Kohlberg.holdsOnImputations(game, allocation.shares(), tol)).isTrue();
        }
    }

    @Test
    void nucleolusOfTvaGameEqualsEqualSavings() {
        assertNucleolus(TVA, 116234, 93540, 202810);
    }

    @Test
    void nucleolusOfAirportGamesEqualisesTheSmallestUsers() {
        assertNucleolus(ReferenceGames.airport(8, 11, 13, 18), 3.25, 3.25, 3.25, 8.25);
        assertNucleolus(ReferenceGames.airport(1500, 2200, 3000), 733.3333333, 733.3333333, 1533.3333333);
    }

    @Test
    void nucleolusOfLemaireInvestmentPool() {
        assertNucleolus(ReferenceGames.bySizeThenLex(GameKind.PROFIT, List.of("1", "2", "3"),
                46125, 17437.5, 5812.5, 69187.5, 53812.5, 30750, 90000), 52687.5, 24468.75, 12843.75);
    }

    @Test
    void nucleolusOfBankruptcyGamesIsTheTalmudRule() {
        assertNucleolus(ReferenceGames.bankruptcy(100, 100, 200, 300), 33.3333333, 33.3333333, 33.3333333);
        assertNucleolus(ReferenceGames.bankruptcy(200, 100, 200, 300), 50, 75, 75);
        assertNucleolus(ReferenceGames.bankruptcy(300, 100, 200, 300), 50, 100, 150);
    }

    @Test
    void nucleolusOfTextbookGames() {
        assertNucleolus(ReferenceGames.bySizeThenLex(GameKind.PROFIT, List.of("1", "2", "3", "4"),
                0, 0, 0, 0, 5, 5, 8, 9, 10, 8, 13, 15, 16, 17, 21), 3.5, 4.5, 5.5, 7.5);
        assertNucleolus(ReferenceGames.bySizeThenLex(GameKind.PROFIT, List.of("1", "2", "3"),
                1, 1, 1, 2, 3, 4, 5), 1, 1.5, 2.5);
        assertNucleolus(ReferenceGames.bySizeThenLex(GameKind.PROFIT, List.of("1", "2", "3"),
                68, 102, 0, 170, 710, 762, 992), 149, 192, 651);
    }

    @Test
    void nucleolusOfTwoPlayerCostGameSplitsTheSavingEqually() {
        assertNucleolus(ReferenceGames.bySizeThenLex(GameKind.COST, List.of("A", "B"), 70, 40, 90), 60, 30);
    }

    @Test
    void aOnePlayerGameGetsEverything() {
        assertNucleolus(ReferenceGames.bySizeThenLex(GameKind.COST, List.of("solo"), 42), 42);
    }

    @Test
    void nucleolusNeedsAnImputationButThePrenucleolusDoesNot() {
        // stand-alone values 3 + 3 exceed v(N) = 5: no imputation exists
        TableGame game = ReferenceGames.bySizeThenLex(GameKind.PROFIT, List.of("a", "b"), 3, 3, 5);
        assertThatThrownBy(() -> Nucleolus.nucleolus().allocate(game))
                .isInstanceOf(InvalidGame.class).hasMessageContaining("prenucleolus");
        assertThat(Nucleolus.prenucleolus().allocate(game).shares()).containsExactly(new double[] {2.5, 2.5},
                within(1e-12));
    }

    @Test
    void refusesGamesAboveTwentyPlayers() {
        Game big = new Game() {
            @Override
            public GameKind kind() {
                return GameKind.COST;
            }

            @Override
            public List<String> players() {
                return java.util.stream.IntStream.range(0, 21).mapToObj(i -> "p" + i).toList();
            }

            @Override
            public double value(long mask) {
                return Long.bitCount(mask);
            }
        };
        assertThatThrownBy(() -> Nucleolus.nucleolus().allocate(big))
                .isInstanceOf(GameTooLarge.class).hasMessageContaining("shapley-sampled");
    }
}
