package space.consortium.costshare.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static space.consortium.costshare.engine.Games.assertToFourDecimals;
import static space.consortium.costshare.engine.Games.bySizeThenLex;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The worked examples of /shared/reference/cost-sharing-cases.md, with their published numbers (4 decimals). */
class PublishedCasesTests {

    private static final ShapleyExact SHAPLEY = new ShapleyExact();

    // Straffin & Heaney 1981: navigation, flood control, power; cost game in $1000s
    private final TableGame tva = bySizeThenLex(GameKind.COST, List.of("N", "F", "P"),
            163520, 140826, 250096, 301607, 378821, 367370, 412584);

    @Test
    void tvaShapley() {
        assertToFourDecimals(SHAPLEY.allocate(tva), 117829.0000, 100756.5000, 193998.5000);
    }

    @Test
    void tvaScrb() {
        assertToFourDecimals(new Scrb().allocate(tva), 117475.5416, 99157.2947, 195951.1637);
    }

    @Test
    void tvaNormalisedBanzhaf() {
        assertToFourDecimals(new BanzhafNormalized().allocate(tva), 118748.1383, 102472.2263, 191363.6354);
    }

    @Test
    void tvaProportionalToStandAloneCost() {
        assertToFourDecimals(Proportional.standAlone().allocate(tva), 121682.2241, 104794.6483, 186107.1276);
    }

    @Test
    void tvaEqualSplit() {
        assertToFourDecimals(new EqualSplit().allocate(tva), 137528, 137528, 137528);
    }

    @Test
    void tvaEqualSavingsEqualsThePublishedNucleolus() {
        assertToFourDecimals(new EqualSavings().allocate(tva), 116234.0000, 93540.0000, 202810.0000);
    }

    private final AirportGame four = new AirportGame(Games.byName(8, 11, 13, 18));
    private final AirportGame three = new AirportGame(Games.byName(1500, 2200, 3000));

    @Test
    void airportShapleyExactAndClosedForm() {
        assertToFourDecimals(SHAPLEY.allocate(four), 2, 3, 4, 9);
        assertToFourDecimals(new AirportShapley().allocate(four), 2, 3, 4, 9);
        assertToFourDecimals(SHAPLEY.allocate(three), 500, 850, 1650);
        assertToFourDecimals(new AirportShapley().allocate(three), 500, 850, 1650);
    }

    @Test
    void airportScrb() {
        assertToFourDecimals(new Scrb().allocate(four), 2.3111, 3.1778, 3.7556, 8.7556);
    }

    @Test
    void airportNormalisedBanzhaf() {
        assertToFourDecimals(new BanzhafNormalized().allocate(four), 1.3585, 2.3774, 3.7358, 10.5283);
    }

    @Test
    void airportProportionalToStandAloneCost() {
        assertToFourDecimals(Proportional.standAlone().allocate(four), 2.88, 3.96, 4.68, 6.48);
    }

    @Test
    void airportClosedFormSaysSo() {
        assertThat(new AirportShapley().allocate(four).note()).isEqualTo("closed form for airport games");
    }

    @Test
    void lemaireInvestmentPoolingShapley() {
        TableGame lemaire = bySizeThenLex(GameKind.PROFIT, List.of("1", "2", "3"),
                46125, 17437.5, 5812.5, 69187.5, 53812.5, 30750, 90000);
        assertToFourDecimals(SHAPLEY.allocate(lemaire), 51750, 25875, 12375);
    }

    private final Map<String, Double> claims = Games.byName(100, 200, 300);

    @Test
    void talmudBankruptcyGameHasThePublishedValues() {
        TableGame published = bySizeThenLex(GameKind.PROFIT, Games.names(3), 0, 0, 0, 0, 0, 100, 200);
        BankruptcyGame game = new BankruptcyGame(200, claims);
        for (long mask = 1; mask < 8; mask++) {
            assertThat(game.value(mask)).as(TableGame.label(game.players(), mask)).isEqualTo(published.value(mask));
        }
    }

    @Test
    void talmudShapleyForEstate200() {
        assertToFourDecimals(SHAPLEY.allocate(new BankruptcyGame(200, claims)), 33.3333, 83.3333, 83.3333);
    }

    @Test
    void talmudShapleyForEstate300() {
        assertToFourDecimals(SHAPLEY.allocate(new BankruptcyGame(300, claims)), 50, 100, 150);
    }

    @Test
    void textbookFourPlayerShapley() {
        TableGame game = bySizeThenLex(GameKind.PROFIT, List.of("1", "2", "3", "4"),
                0, 0, 0, 0, 5, 5, 8, 9, 10, 8, 13, 15, 16, 17, 21);
        assertToFourDecimals(SHAPLEY.allocate(game), 3.9167, 5.25, 5.25, 6.5833);
    }

    @Test
    void textbookThreePlayerShapley() {
        assertToFourDecimals(SHAPLEY.allocate(bySizeThenLex(GameKind.PROFIT, List.of("1", "2", "3"),
                1, 1, 1, 2, 3, 4, 5)), 1.1667, 1.6667, 2.1667);
        assertToFourDecimals(SHAPLEY.allocate(bySizeThenLex(GameKind.PROFIT, List.of("1", "2", "3"),
                68, 102, 0, 170, 710, 762, 992)), 229, 272, 491);
    }

    @Test
    void textbookTwoPlayerCostGameGives60And30UnderEveryMarginalRule() {
        TableGame game = bySizeThenLex(GameKind.COST, List.of("A", "B"), 70, 40, 90);
        for (AllocationRule rule : List.of(SHAPLEY, new BanzhafNormalized(), new Scrb(), new EqualSavings())) {
            assertToFourDecimals(rule.allocate(game), 60, 30);
        }
        // the two rules that ignore the savings do not: 90·70/110 and 90·40/110; 90/2
        assertToFourDecimals(Proportional.standAlone().allocate(game), 57.2727, 32.7273);
        assertToFourDecimals(new EqualSplit().allocate(game), 45, 45);
    }

    @Test
    void textbookEecCouncil1958ShapleyShubikAndBanzhafIndices() {
        Map<String, Double> weights = new LinkedHashMap<>();
        weights.put("FR", 4.0);
        weights.put("DE", 4.0);
        weights.put("IT", 4.0);
        weights.put("BE", 2.0);
        weights.put("NL", 2.0);
        weights.put("LU", 1.0);
        WeightedVotingGame council = new WeightedVotingGame(12, weights);
        assertToFourDecimals(SHAPLEY.allocate(council), 7.0 / 30, 7.0 / 30, 7.0 / 30, 3.0 / 20, 3.0 / 20, 0);
        assertToFourDecimals(new BanzhafNormalized().allocate(council), 0.2381, 0.2381, 0.2381, 0.1429, 0.1429, 0);
    }
}
