package space.consortium.costshare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The published answers of shared/reference/cost-sharing-cases.md (to 4 decimals), keyed by the game files in
 * src/test/resources/costshare. Each test of the API and the CLI checks its output against these.
 */
public final class ReferenceCases {

    /** Half a unit of the 4th decimal, plus a little for the 6-decimal output. */
    static final double TOLERANCE = 0.5e-4 + 1e-6;

    /** file → method → expected shares in player order. */
    static final Map<String, Map<String, double[]>> EXPECTED = Map.of(
            "tva.json", Map.of(
                    "shapley", new double[] {117829.0000, 100756.5000, 193998.5000},
                    "nucleolus", new double[] {116234.0000, 93540.0000, 202810.0000},
                    "prenucleolus", new double[] {116234.0000, 93540.0000, 202810.0000},
                    "equal-savings", new double[] {116234.0000, 93540.0000, 202810.0000},
                    "scrb", new double[] {117475.5416, 99157.2947, 195951.1637},
                    "banzhaf", new double[] {118748.1383, 102472.2263, 191363.6354},
                    "proportional", new double[] {121682.2241, 104794.6483, 186107.1276},
                    "equal", new double[] {137528, 137528, 137528}),
            "airport.json", Map.of(
                    "shapley", new double[] {2, 3, 4, 9},
                    "nucleolus", new double[] {3.25, 3.25, 3.25, 8.25},
                    "scrb", new double[] {2.3111, 3.1778, 3.7556, 8.7556},
                    "banzhaf", new double[] {1.3585, 2.3774, 3.7358, 10.5283},
                    "proportional", new double[] {2.88, 3.96, 4.68, 6.48}),
            "lemaire.json", Map.of(
                    "shapley", new double[] {51750, 25875, 12375},
                    "nucleolus", new double[] {52687.5, 24468.75, 12843.75},
                    "prenucleolus", new double[] {52687.5, 24468.75, 12843.75}),
            "talmud200.json", Map.of(
                    "nucleolus", new double[] {50, 75, 75},
                    "shapley", new double[] {33.3333, 83.3333, 83.3333}),
            "textbook4.json", Map.of(
                    "nucleolus", new double[] {3.5, 4.5, 5.5, 7.5},
                    "shapley", new double[] {3.9167, 5.25, 5.25, 6.5833}),
            "eec.json", Map.of(
                    "shapley", new double[] {7.0 / 30, 7.0 / 30, 7.0 / 30, 3.0 / 20, 3.0 / 20, 0},
                    "banzhaf", new double[] {0.2381, 0.2381, 0.2381, 0.1429, 0.1429, 0}));

    /** Core ranges published for the TVA game: player → [min, max]. */
    static final Map<String, double[]> TVA_CORE = Map.of(
            "N", new double[] {45214, 163520}, "F", new double[] {33763, 140826}, "P", new double[] {110977, 250096});

    private ReferenceCases() {
    }

    /** Checks every published value of {@code file} with {@code share(method, player)} read from an output. */
    public static void check(String file, List<String> players, BiFunction<String, String, Double> share) {
        EXPECTED.get(file).forEach((method, expected) -> {
            for (int i = 0; i < expected.length; i++) {
                assertThat(share.apply(method, players.get(i)))
                        .as("%s %s %s", file, method, players.get(i))
                        .isCloseTo(expected[i], within(TOLERANCE));
            }
        });
    }
}
