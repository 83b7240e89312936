package space.consortium.costshare.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static space.consortium.costshare.engine.Games.assertClose;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class AirportShapleyTests {

    private final AirportShapley closedForm = new AirportShapley();

    @Test
    void equalsExactShapleyOnRandomAirportsWithTies() {
        SplittableRandom random = new SplittableRandom(11);
        for (int g = 0; g < 40; g++) {
            int n = 1 + random.nextInt(16);
            double[] requirement = new double[n];
            for (int i = 0; i < n; i++) {
                // few distinct levels, so that many requirements tie; sometimes zero
                requirement[i] = random.nextInt(6) * (1 + random.nextDouble());
            }
            AirportGame game = new AirportGame(Games.byName(requirement));
            double grand = game.value(game.grand());
            assertClose(closedForm.allocate(game).shares(), new ShapleyExact().allocate(game).shares(),
                    1e-9 * Math.max(1, grand));
        }
    }

    @Test
    void tiedRequirementsGetIdenticalShares() {
        Allocation x = closedForm.allocate(new AirportGame(Games.byName(5, 3, 5, 3, 0, 5)));
        assertThat(x.share(0)).isEqualTo(x.share(2)).isEqualTo(x.share(5));
        assertThat(x.share(1)).isEqualTo(x.share(3));
        assertThat(x.share(4)).isZero();
        // 3 split by 5 players: 0.6; the next 2 by the three who need 5: 0.6 + 2/3
        Games.assertToFourDecimals(x, 1.2667, 0.6, 1.2667, 0.6, 0, 1.2667);
    }

    @Test
    void refusesOtherGames() {
        TableGame notAnAirport = Games.bySizeThenLex(GameKind.COST, Games.names(2), 1, 1, 1);
        assertThatThrownBy(() -> closedForm.allocate(notAnAirport)).isInstanceOf(InvalidGame.class)
                .hasMessageContaining("airport");
    }

    @Test
    @Tag("slow")
    void handlesAHundredThousandPlayers() {
        SplittableRandom random = new SplittableRandom(12);
        Map<String, Double> requirements = new LinkedHashMap<>();
        double max = 0;
        for (int i = 0; i < 100_000; i++) {
            double c = 1000 * random.nextDouble();
            requirements.put("p" + i, c);
            max = Math.max(max, c);
        }
        AirportGame game = new AirportGame(requirements);
        Allocation x = closedForm.allocate(game);
        assertThat(x.total()).isCloseTo(max, within(1e-9 * max));
        // the smallest requirement is split by everyone
        int smallest = 0;
        for (int i = 1; i < game.size(); i++) {
            smallest = game.requirement(i) < game.requirement(smallest) ? i : smallest;
        }
        assertThat(x.share(smallest)).isCloseTo(game.requirement(smallest) / 100_000, within(1e-15));
    }
}
