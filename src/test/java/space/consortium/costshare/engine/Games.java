package space.consortium.costshare.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Games and checks shared by the engine tests: reference-order tables, random games, brute-force definitions. */
final class Games {

    private Games() {
    }

    /**
     * A game from values listed the way the literature lists them: by coalition size, then lexicographically in
     * player order ({@code v1,v2,v3,v12,v13,v23,v123}); the names go through {@link TableGame#fromNamedValues}.
     */
    static TableGame bySizeThenLex(GameKind kind, List<String> players, double... values) {
        Map<String, Double> named = new LinkedHashMap<>();
        List<String> keys = new ArrayList<>();
        for (int size = 1; size <= players.size(); size++) {
            combinations(players, size, 0, new ArrayList<>(), keys);
        }
        assertThat(values).as("one value per non-empty coalition").hasSize(keys.size());
        for (int k = 0; k < keys.size(); k++) {
            named.put(keys.get(k), values[k]);
        }
        return TableGame.fromNamedValues(kind, players, named);
    }

    private static void combinations(List<String> players, int size, int from, List<String> chosen, List<String> out) {
        if (chosen.size() == size) {
            out.add(String.join("+", chosen));
            return;
        }
        for (int i = from; i < players.size(); i++) {
            chosen.add(players.get(i));
            combinations(players, size, i + 1, chosen, out);
            chosen.remove(chosen.size() - 1);
        }
    }

    static List<String> names(int n) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            names.add("p" + i);
        }
        return names;
    }

    /** A game with independent uniform values in [0, 100) for every non-empty coalition. */
    static TableGame random(int n, GameKind kind, SplittableRandom random) {
        double[] values = new double[1 << n];
        for (int mask = 1; mask < values.length; mask++) {
            values[mask] = 100 * random.nextDouble();
        }
        return new TableGame(kind, names(n), values);
    }

    static <T> Map<String, T> byName(List<T> values) {
        Map<String, T> map = new LinkedHashMap<>();
        for (int i = 0; i < values.size(); i++) {
            map.put("p" + i, values.get(i));
        }
        return map;
    }

    static Map<String, Double> byName(double... values) {
        Map<String, Double> map = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            map.put("p" + i, values[i]);
        }
        return map;
    }

    /** The Shapley value by its definition: marginal contributions averaged over all n! orders (n ≤ 8). */
    static double[] shapleyByPermutations(Game game) {
        int n = game.size();
        double[] sum = new double[n];
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        long count = 0;
        do {
            long mask = 0;
            double before = 0;
            for (int i : order) {
                mask |= 1L << i;
                double after = game.value(mask);
                sum[i] += after - before;
                before = after;
            }
            count++;
        } while (nextPermutation(order));
        for (int i = 0; i < n; i++) {
            sum[i] /= count;
        }
        return sum;
    }

    private static boolean nextPermutation(int[] a) {
        int i = a.length - 2;
        while (i >= 0 && a[i] >= a[i + 1]) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        int j = a.length - 1;
        while (a[j] <= a[i]) {
            j--;
        }
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
        for (int l = i + 1, r = a.length - 1; l < r; l++, r--) {
            t = a[l];
            a[l] = a[r];
            a[r] = t;
        }
        return true;
    }

    /** Asserts each share equals a published value given to 4 decimals (so within half a unit of the 4th). */
    static void assertToFourDecimals(Allocation allocation, double... published) {
        assertThat(allocation.shares()).hasSize(published.length);
        for (int i = 0; i < published.length; i++) {
            assertThat(allocation.share(i)).as("%s, player %d", allocation.method(), i)
                    .isCloseTo(published[i], within(0.5e-4 + 1e-9 * Math.abs(published[i])));
        }
    }

    /** Asserts two vectors agree to within {@code tolerance} per entry. */
    static void assertClose(double[] actual, double[] expected, double tolerance) {
        assertThat(actual).hasSize(expected.length);
        for (int i = 0; i < expected.length; i++) {
            assertThat(actual[i]).as("player %d", i).isCloseTo(expected[i], within(tolerance));
        }
    }
}
