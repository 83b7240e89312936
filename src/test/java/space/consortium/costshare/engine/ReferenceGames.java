package space.consortium.costshare.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds games from value lists in the reference document's order: by coalition size, then lexicographic. */
final class ReferenceGames {

    private ReferenceGames() {
    }

    /** {@code values} lists v1, v2, …, v12, v13, …, v123… (by size, then lexicographic in player order). */
    static TableGame bySizeThenLex(GameKind kind, List<String> players, double... values) {
        List<String> names = coalitionNamesBySize(players);
        if (names.size() != values.length) {
            throw new IllegalArgumentException(names.size() + " coalitions, " + values.length + " values");
        }
        Map<String, Double> named = new LinkedHashMap<>();
        for (int k = 0; k < values.length; k++) {
            named.put(names.get(k), values[k]);
        }
        return TableGame.fromNamedValues(kind, players, named);
    }

    static List<String> coalitionNamesBySize(List<String> players) {
        List<String> names = new ArrayList<>();
        for (int size = 1; size <= players.size(); size++) {
            addCombinations(players, size, 0, new ArrayList<>(), names);
        }
        return names;
    }

    private static void addCombinations(List<String> players, int size, int from, List<String> chosen, List<String> out) {
        if (chosen.size() == size) {
            out.add(String.join("+", chosen));
            return;
        }
        for (int i = from; i < players.size(); i++) {
            chosen.add(players.get(i));
            addCombinations(players, size, i + 1, chosen, out);
            chosen.remove(chosen.size() - 1);
        }
    }

    /** The airport game c(S) = max_{i∈S} c_i. */
    static TableGame airport(double... charges) {
        int n = charges.length;
        List<String> players = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            players.add("p" + (i + 1));
        }
        double[] values = new double[1 << n];
        for (int mask = 1; mask < values.length; mask++) {
            for (int i = 0; i < n; i++) {
                if ((mask & (1 << i)) != 0) {
                    values[mask] = Math.max(values[mask], charges[i]);
                }
            }
        }
        return new TableGame(GameKind.COST, players, values);
    }

    /** The bankruptcy game v(S) = max(0, E − Σ_{j∉S} d_j). */
    static TableGame bankruptcy(double estate, double... claims) {
        int n = claims.length;
        List<String> players = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            players.add("d" + (i + 1));
        }
        double[] values = new double[1 << n];
        for (int mask = 1; mask < values.length; mask++) {
            double outside = 0;
            for (int i = 0; i < n; i++) {
                if ((mask & (1 << i)) == 0) {
                    outside += claims[i];
                }
            }
            values[mask] = Math.max(0, estate - outside);
        }
        return new TableGame(GameKind.PROFIT, players, values);
    }
}
