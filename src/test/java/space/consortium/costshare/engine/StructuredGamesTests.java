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

class StructuredGamesTests {

    @Test
    void airportCostsTheLargestRequirement() {
        AirportGame game = new AirportGame(Games.byName(8, 11, 13, 18));
        assertThat(game.kind()).isEqualTo(GameKind.COST);
        assertThat(game.value(0b0101)).isEqualTo(13);
        assertThat(game.value(0b1111)).isEqualTo(18);
        assertThat(game.value(0)).isZero();
    }

    @Test
    void elementsGamePaysForEachNeededElementOnce() {
        Map<String, Double> costs = new LinkedHashMap<>();
        costs.put("bus", 100.0);
        costs.put("camera", 30.0);
        costs.put("radar", 50.0);
        costs.put("launch", 70.0);
        Map<String, List<String>> needs = new LinkedHashMap<>();
        needs.put("esa", List.of("bus", "camera", "launch"));
        needs.put("jaxa", List.of("bus", "radar", "launch"));
        needs.put("csa", List.of());
        ElementsGame game = new ElementsGame(costs, needs);
        assertThat(game.players()).containsExactly("esa", "jaxa", "csa");
        assertThat(game.value(0b001)).isEqualTo(200);
        assertThat(game.value(0b011)).isEqualTo(250);
        assertThat(game.value(0b100)).isZero();
        assertThat(game.value(0b111)).isEqualTo(250);
    }

    @Test
    void scaleGameChargesFixedPlusPowerOfJointDemand() {
        ScaleGame game = new ScaleGame(10, 3, 0.5, Games.byName(4, 12, 0));
        assertThat(game.value(0b001)).isCloseTo(10 + 3 * 2, within(1e-12));
        assertThat(game.value(0b011)).isCloseTo(10 + 3 * 4, within(1e-12));
        assertThat(game.value(0b100)).isEqualTo(10); // no demand still pays the fixed cost
        assertThat(game.value(0)).isZero();
    }

    @Test
    void bankruptcyAndVotingAreProfitGames() {
        assertThat(new BankruptcyGame(100, Games.byName(100, 200)).kind()).isEqualTo(GameKind.PROFIT);
        WeightedVotingGame voting = new WeightedVotingGame(0.3, Games.byName(0.1, 0.2, 0.7));
        assertThat(voting.kind()).isEqualTo(GameKind.PROFIT);
        assertThat(voting.value(0b011)).isEqualTo(1); // 0.1 + 0.2 reaches 0.3 despite binary rounding
        assertThat(voting.value(0b001)).isZero();
        assertThat(voting.value(0b100)).isEqualTo(1);
    }

    @Test
    void joiningOneAtATimeGivesTheMaskValues() {
        SplittableRandom random = new SplittableRandom(31);
        Map<String, Double> costs = new LinkedHashMap<>();
        for (int e = 0; e < 70; e++) {
            costs.put("e" + e, 10 * random.nextDouble());
        }
        Map<String, List<String>> needs = new LinkedHashMap<>();
        double[] numbers = new double[12];
        for (int i = 0; i < numbers.length; i++) {
            numbers[i] = 10 * random.nextDouble();
            needs.put("p" + i, List.of("e" + random.nextInt(35), "e" + (35 + random.nextInt(35))));
        }
        List<IncrementalGame> games = List.of(new AirportGame(Games.byName(numbers)),
                new ScaleGame(5, 2, 0.8, Games.byName(numbers)), new ElementsGame(costs, needs),
                new BankruptcyGame(30, Games.byName(numbers)), new WeightedVotingGame(25, Games.byName(numbers)));
        for (IncrementalGame game : games) {
            for (int trial = 0; trial < 20; trial++) {
                int[] order = random.ints(0, 12).distinct().limit(12).toArray();
                IncrementalGame.Coalition coalition = game.emptyCoalition();
                long mask = 0;
                for (int i : order) {
                    mask |= 1L << i;
                    assertThat(coalition.join(i)).as("%s after %s", game.getClass().getSimpleName(), mask)
                            .isCloseTo(game.value(mask), within(1e-9));
                }
            }
        }
    }

    @Test
    void namesTheFieldThatIsWrong() {
        assertInvalid(() -> new AirportGame(Games.byName(1, -2)), "model.airport.p1", "must be zero or more");
        assertInvalid(() -> new AirportGame(Map.of()), "model.airport", "at least one player");
        assertInvalid(() -> new ScaleGame(1, 1, 0, Games.byName(1)), "model.scale.exponent", "greater than zero");
        assertInvalid(() -> new ScaleGame(-1, 1, 1, Games.byName(1)), "model.scale.fixed", "zero or more");
        assertInvalid(() -> new ScaleGame(1, 1, 1, Games.byName(1, Double.NaN)), "model.scale.demand.p1", "finite");
        assertInvalid(() -> new ElementsGame(Map.of("bus", 1.0), Map.of("esa", List.of("bus", "dish"))),
                "model.elements.needs.esa", "'dish' is not an element");
        assertInvalid(() -> new ElementsGame(Map.of("bus", -1.0), Map.of("esa", List.of("bus"))),
                "model.elements.costs.bus", "zero or more");
        assertInvalid(() -> new BankruptcyGame(400, Games.byName(100, 200)), "model.bankruptcy.estate", "exceed");
        assertInvalid(() -> new WeightedVotingGame(0, Games.byName(1, 2)), "model.voting.quota", "greater than zero");
        assertInvalid(() -> new WeightedVotingGame(4, Games.byName(1, 2)), "model.voting.quota", "exceed");
        assertInvalid(() -> new AirportGame(Map.of("a+b", 1.0)), "players[0]", "'+'");
    }

    @Test
    void aGameOfMoreThan62PlayersHasNoGrandMaskButTheSimpleRulesStillWork() {
        double[] requirement = new double[100];
        for (int i = 0; i < requirement.length; i++) {
            requirement[i] = i + 1;
        }
        AirportGame game = new AirportGame(Games.byName(requirement));
        assertThatThrownBy(game::grand).isInstanceOf(GameTooLarge.class).hasMessageContaining("shapley-sampled");
        assertThat(new EqualSplit().allocate(game).share(0)).isEqualTo(1.0);
        assertThat(new EqualSavings().allocate(game).total()).isCloseTo(100, within(1e-9));
        assertThat(Proportional.standAlone().allocate(game).share(99)).isCloseTo(100 * 100 / 5050.0, within(1e-12));
        // SCRB: only the largest has a separable cost (100 − 99 = 1)
        assertThat(new Scrb().allocate(game).total()).isCloseTo(100, within(1e-9));
    }

    private static void assertInvalid(ThrowingCallable call, String field, String message) {
        assertThatThrownBy(call).isInstanceOf(InvalidGame.class).hasMessageContaining(message)
                .satisfies(e -> assertThat(((InvalidGame) e).field()).isEqualTo(field));
    }
}
