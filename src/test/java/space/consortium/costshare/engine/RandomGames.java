package space.consortium.costshare.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Random games for invariant tests; integer values, so that ties (degeneracy) are common. */
final class RandomGames {

    private RandomGames() {
    }

    static List<String> players(int n) {
        List<String> players = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            players.add("p" + i);
        }
        return players;
    }

    /** Any integer values in [0, 4·|S|], with v(N) raised so that imputations exist. */
    static TableGame integer(SplittableRandom random, int n, GameKind kind) {
        double[] values = new double[1 << n];
        for (int mask = 1; mask < values.length; mask++) {
            values[mask] = random.nextInt(4 * Integer.bitCount(mask) + 1);
        }
        int grand = values.length - 1;
        double standAlone = 0;
        for (int i = 0; i < n; i++) {
            standAlone += values[1 << i];
        }
        values[grand] = kind == GameKind.PROFIT ? Math.max(values[grand], standAlone) : Math.min(values[grand], standAlone);
        return new TableGame(kind, players(n), values);
    }

    /** Values in {0, 1, 2} times |S| / 2, rounded: very many ties. */
    static TableGame degenerate(SplittableRandom random, int n) {
        double[] values = new double[1 << n];
        for (int mask = 1; mask < values.length; mask++) {
            values[mask] = random.nextInt(3) * (Integer.bitCount(mask) / 2);
        }
        int grand = values.length - 1;
        values[grand] = Math.max(values[grand], n);
        return new TableGame(GameKind.PROFIT, players(n), values);
    }

    /** A convex profit game: a non-negative integer combination of unanimity games on a few random coalitions. */
    static TableGame convex(SplittableRandom random, int n) {
        int grand = (1 << n) - 1;
        double[] dividends = new double[1 << n];
        for (int k = 0; k < 2 * n; k++) {
            dividends[1 + random.nextInt(grand)] += 1 + random.nextInt(9);
        }
        double[] values = new double[1 << n];
        for (int mask = 1; mask <= grand; mask++) {
            double sum = 0;
            for (int sub = mask; sub > 0; sub = (sub - 1) & mask) {
                sum += dividends[sub];
            }
            values[mask] = sum;
        }
        return new TableGame(GameKind.PROFIT, players(n), values);
    }

    /** The marginal-contribution vector of {@code game} for a random order of the players. */
    static double[] marginalVector(Game game, SplittableRandom random) {
        int n = game.size();
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        double[] x = new double[n];
        long mask = 0;
        for (int player : order) {
            long next = mask | (1L << player);
            x[player] = game.value(next) - game.value(mask);
            mask = next;
        }
        return x;
    }

    /** {@code game} with players relabelled: player i of the result is player perm[i] of {@code game}. */
    static TableGame permuted(TableGame game, int[] perm) {
        int n = game.size();
        double[] values = new double[1 << n];
        for (int mask = 1; mask < values.length; mask++) {
            int original = 0;
            for (int i = 0; i < n; i++) {
                if ((mask & (1 << i)) != 0) {
                    original |= 1 << perm[i];
                }
            }
            values[mask] = game.value(original);
        }
        return new TableGame(game.kind(), players(n), values);
    }
}
