package space.consortium.costshare.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A game given by an explicit value for every non-empty coalition, held in an array indexed by coalition mask.
 * Memory: 8·2ⁿ bytes, so at most {@link #MAX_PLAYERS} players.
 */
public final class TableGame implements Game {

    public static final int MAX_PLAYERS = 26;

    private final GameKind kind;
    private final List<String> players;
    private final double[] values;

    /**
     * @param values the value of each coalition, indexed by mask (index 0, the empty coalition, must be 0); length 2ⁿ
     */
    public TableGame(GameKind kind, List<String> players, double[] values) {
        this(kind, players, values, false);
    }

    /** @param owned true when {@code values} is a fresh array nobody else holds, so it need not be copied */
    private TableGame(GameKind kind, List<String> players, double[] values, boolean owned) {
        this.kind = kind;
        this.players = List.copyOf(players);
        checkPlayers(this.players);
        if (players.size() > MAX_PLAYERS) {
            throw new GameTooLarge("explicit values", players.size(), MAX_PLAYERS, "a structured model");
        }
        if (values.length != 1 << players.size()) {
            throw new InvalidGame("values", "expected " + (1 << players.size()) + " coalition values (2^n), got " + values.length);
        }
        if (values[0] != 0) {
            throw new InvalidGame("values", "the empty coalition must have value 0");
        }
        for (int mask = 1; mask < values.length; mask++) {
            if (!Double.isFinite(values[mask])) {
                throw new InvalidGame("values." + label(this.players, mask), "must be a finite number");
            }
        }
        this.values = owned ? values : values.clone();
    }

    /** Evaluates {@code game} on every coalition: O(2ⁿ) evaluations, in parallel. */
    public static TableGame tabulate(Game game) {
        int n = game.size();
        if (n > MAX_PLAYERS) {
            throw new GameTooLarge("tabulation", n, MAX_PLAYERS, "shapley-sampled");
        }
        if (game instanceof TableGame table) {
            return table;
        }
        double[] values = new double[1 << n];
        java.util.stream.IntStream.range(1, values.length).parallel().forEach(mask -> values[mask] = game.value(mask));
        // owned: no second copy of a table that can be 512 MiB (n = 26)
        return new TableGame(game.kind(), game.players(), values, true);
    }

    /**
     * Builds a game from values keyed by member names joined with {@code +} (e.g. {@code "a+b"}), in any order of
     * members; every non-empty coalition must be given exactly once.
     *
     * @throws InvalidGame naming the missing, unknown or repeated coalition
     */
    public static TableGame fromNamedValues(GameKind kind, List<String> players, Map<String, Double> named) {
        checkPlayers(players);
        int n = players.size();
        if (n > MAX_PLAYERS) {
            throw new GameTooLarge("explicit values", n, MAX_PLAYERS, "a structured model");
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(players.get(i), i);
        }
        double[] values = new double[1 << n];
        boolean[] given = new boolean[1 << n];
        for (Map.Entry<String, Double> e : named.entrySet()) {
            int mask = 0;
            for (String member : e.getKey().split("\\+")) {
                Integer i = index.get(member.trim());
                if (i == null) {
                    throw new InvalidGame("values." + e.getKey(), "'" + member.trim() + "' is not a player; players are " + players);
                }
                if ((mask & (1 << i)) != 0) {
                    throw new InvalidGame("values." + e.getKey(), "'" + member.trim() + "' is listed twice in the coalition");
                }
                mask |= 1 << i;
            }
            if (given[mask]) {
                throw new InvalidGame("values." + e.getKey(), "coalition " + label(players, mask) + " is given twice");
            }
            if (e.getValue() == null || !Double.isFinite(e.getValue())) {
                throw new InvalidGame("values." + e.getKey(), "must be a finite number");
            }
            given[mask] = true;
            values[mask] = e.getValue();
        }
        List<String> missing = new ArrayList<>();
        for (int mask = 1; mask < values.length; mask++) {
            if (!given[mask]) {
                missing.add(label(players, mask));
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidGame("values", "missing values for " + missing.size() + " coalition(s): "
                    + String.join(", ", missing.subList(0, Math.min(10, missing.size())))
                    + (missing.size() > 10 ? ", ..." : "") + " (every non-empty coalition needs a value)");
        }
        return new TableGame(kind, players, values);
    }

    /** The members of {@code mask} joined with {@code +}, e.g. {@code a+c}. */
    public static String label(List<String> players, long mask) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < players.size(); i++) {
            if ((mask & (1L << i)) != 0) {
                text.append(text.isEmpty() ? "" : "+").append(players.get(i));
            }
        }
        return text.toString();
    }

    static void checkPlayers(List<String> players) {
        if (players.isEmpty()) {
            throw new InvalidGame("players", "a game needs at least one player");
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < players.size(); i++) {
            String p = players.get(i);
            if (p == null || p.isBlank() || p.contains("+")) {
                throw new InvalidGame("players[" + i + "]", "a player name must be non-blank and must not contain '+'");
            }
            if (!seen.add(p)) {
                throw new InvalidGame("players[" + i + "]", "player '" + p + "' is listed twice");
            }
        }
    }

    @Override
    public GameKind kind() {
        return kind;
    }

    @Override
    public List<String> players() {
        return players;
    }

    @Override
    public double value(long mask) {
        return values[(int) mask];
    }

    /** The value array itself, indexed by mask, for exact methods that sweep it; do not modify. */
    double[] table() {
        return values;
    }
}
