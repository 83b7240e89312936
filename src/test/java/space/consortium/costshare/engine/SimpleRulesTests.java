package space.consortium.costshare.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** SCRB, proportional, equal split and equal savings: definitions, efficiency and refusals. */
class SimpleRulesTests {

    private final TableGame twoPlayers = Games.bySizeThenLex(GameKind.COST, List.of("A", "B"), 70, 40, 90);

    @Test
    void everyRuleIsEfficientOnRandomGames() {
        SplittableRandom random = new SplittableRandom(41);
        List<AllocationRule> rules = List.of(new Scrb(), new EqualSplit(), new EqualSavings(),
                Proportional.standAlone(), new ShapleyExact(), new BanzhafNormalized());
        for (int g = 0; g < 50; g++) {
            TableGame game = Games.random(2 + g % 7, g % 2 == 0 ? GameKind.COST : GameKind.PROFIT, random);
            for (AllocationRule rule : rules) {
                assertThat(rule.allocate(game).total()).as(rule.name())
                        .isCloseTo(game.value(game.grand()), within(1e-7));
            }
        }
    }

    @Test
    void namesAreTheApiNames() {
        assertThat(List.of(new ShapleyExact(), new ShapleySampled(2, 0), new AirportShapley(), new BanzhafNormalized(),
                new Scrb(), Proportional.standAlone(), new EqualSplit(), new EqualSavings()))
                .extracting(AllocationRule::name)
                .containsExactly("shapley", "shapley-sampled", "shapley", "banzhaf", "scrb", "proportional", "equal",
                        "equal-savings");
    }

    @Test
    void scrbSplitsTheRestEquallyWhenNoOneHasRemainingBenefits() {
        // additive game: c(S) = Σ c(i), so SC_i = c(i), r_i = 0, and nothing is left to split
        TableGame additive = Games.bySizeThenLex(GameKind.COST, Games.names(3), 1, 2, 3, 3, 4, 5, 6);
        Allocation x = new Scrb().allocate(additive);
        Games.assertToFourDecimals(x, 1, 2, 3);
        assertThat(x.note()).contains("split equally");
    }

    @Test
    void scrbOfAProfitGameAppliesTheSameFormulaToV() {
        // Lemaire: SC = 90000 − (30750, 53812.5, 69187.5); r_i = v(i) − SC_i; rest split in proportion to r
        TableGame lemaire = Games.bySizeThenLex(GameKind.PROFIT, List.of("1", "2", "3"),
                46125, 17437.5, 5812.5, 69187.5, 53812.5, 30750, 90000);
        double[] sc = {59250, 36187.5, 20812.5};
        double[] r = {46125 - 59250, 17437.5 - 36187.5, 5812.5 - 20812.5};
        double rest = 90000 - (59250 + 36187.5 + 20812.5);
        double rTotal = r[0] + r[1] + r[2];
        Games.assertClose(new Scrb().allocate(lemaire).shares(), new double[] {sc[0] + rest * r[0] / rTotal,
                sc[1] + rest * r[1] / rTotal, sc[2] + rest * r[2] / rTotal}, 1e-9);
    }

    @Test
    void proportionalToGivenWeights() {
        Games.assertToFourDecimals(new Proportional(new double[] {2, 1}).allocate(twoPlayers), 60, 30);
        Map<String, Double> weights = new LinkedHashMap<>();
        weights.put("B", 1.0);
        weights.put("A", 3.0);
        Games.assertToFourDecimals(new Proportional(weights).allocate(twoPlayers), 67.5, 22.5);
    }

    @Test
    void proportionalRefusesBadWeights() {
        assertInvalid(() -> new Proportional(new double[] {1, -1}), "weights[1]", "zero or more");
        assertInvalid(() -> new Proportional(new double[] {0, 0}), "weights", "add up to zero");
        assertInvalid(() -> new Proportional(new double[] {1, 2, 3}).allocate(twoPlayers), "weights",
                "one weight per player");
        assertInvalid(() -> new Proportional(Map.of("A", 1.0)).allocate(twoPlayers), "weights.B", "no weight");
        assertInvalid(() -> new Proportional(Map.of("A", 1.0, "B", 1.0, "C", 1.0)).allocate(twoPlayers),
                "weights.C", "not a player");
        TableGame negative = Games.bySizeThenLex(GameKind.PROFIT, List.of("A", "B"), -5, 10, 20);
        assertInvalid(() -> Proportional.standAlone().allocate(negative), "values.A", "zero or more");
    }

    @Test
    void equalSavingsGivesEveryoneTheSameGain() {
        TableGame profit = Games.bySizeThenLex(GameKind.PROFIT, List.of("A", "B", "C"), 1, 2, 3, 4, 5, 6, 12);
        Games.assertToFourDecimals(new EqualSavings().allocate(profit), 3, 4, 5);
        Games.assertToFourDecimals(new EqualSavings().allocate(twoPlayers), 60, 30);
        Games.assertToFourDecimals(new EqualSplit().allocate(profit), 4, 4, 4);
    }

    private static void assertInvalid(ThrowingCallable call, String field, String message) {
        assertThatThrownBy(call).isInstanceOf(InvalidGame.class).hasMessageContaining(message)
                .satisfies(e -> assertThat(((InvalidGame) e).field()).isEqualTo(field));
    }
}
