package space.consortium.costshare.engine;

import java.util.List;
import java.util.Map;

/**
 * What the structured models (airport, elements, scale, bankruptcy, weighted voting) have in common: a kind, players
 * taken from a map's keys in iteration order, and validation that names the offending field.
 *
 * <p>Coalition masks reach players 0..61 only; a model with more players still works with the rules that take
 * players one at a time ({@link IncrementalGame}), and {@link #grand()} refuses rather than return a wrapped mask.
 */
abstract class StructuredGame implements Game {

    /** The most players a coalition mask can address (Game's contract). */
    static final int MAX_MASK_PLAYERS = 62;

    private final GameKind kind;
    private final List<String> players;

    StructuredGame(GameKind kind, String field, Map<String, ?> byPlayer) {
        if (byPlayer == null || byPlayer.isEmpty()) {
            throw new InvalidGame(field, "a game needs at least one player");
        }
        this.kind = kind;
        this.players = List.copyOf(byPlayer.keySet());
        TableGame.checkPlayers(players);
    }

    @Override
    public final GameKind kind() {
        return kind;
    }

    @Override
    public final List<String> players() {
        return players;
    }

    @Override
    public final int size() {
        return players.size();
    }

    /** @throws GameTooLarge when the game has more than 62 players, so that no mask can hold the grand coalition */
    @Override
    public final long grand() {
        if (size() > MAX_MASK_PLAYERS) {
            throw new GameTooLarge("coalition masks", size(), MAX_MASK_PLAYERS, "shapley-sampled");
        }
        return (1L << size()) - 1;
    }

    /** A finite number ≥ 0, else {@link InvalidGame} naming {@code field}. */
    static double nonNegative(String field, Double value) {
        double x = finite(field, value);
        if (x < 0) {
            throw new InvalidGame(field, "must be zero or more, got " + x);
        }
        return x;
    }

    /** A finite number, else {@link InvalidGame} naming {@code field}. */
    static double finite(String field, Double value) {
        if (value == null || !Double.isFinite(value)) {
            throw new InvalidGame(field, "must be a finite number, got " + value);
        }
        return value;
    }
}
