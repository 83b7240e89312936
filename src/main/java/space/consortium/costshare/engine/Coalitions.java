package space.consortium.costshare.engine;

/**
 * The few coalition values the simple rules need, v(N), v({i}) and v(N∖{i}), for a game of any size: through
 * masks up to 62 players, through an {@link IncrementalGame} beyond.
 */
final class Coalitions {

    private Coalitions() {
    }

    /** v(N). */
    static double grand(Game game) {
        if (game.size() <= StructuredGame.MAX_MASK_PLAYERS) {
            return game.value(game.grand());
        }
        return allBut(incremental(game), -1);
    }

    /** v({i}). */
    static double single(Game game, int i) {
        if (game.size() <= StructuredGame.MAX_MASK_PLAYERS) {
            return game.value(1L << i);
        }
        return incremental(game).emptyCoalition().join(i);
    }

    /** v(N∖{i}); O(n) per call beyond 62 players. */
    static double allBut(Game game, int i) {
        if (game.size() <= StructuredGame.MAX_MASK_PLAYERS) {
            return game.value(game.grand() & ~(1L << i));
        }
        return allBut(incremental(game), i);
    }

    private static double allBut(IncrementalGame game, int left) {
        IncrementalGame.Coalition coalition = game.emptyCoalition();
        double value = 0;
        for (int p = 0; p < game.size(); p++) {
            if (p != left) {
                value = coalition.join(p);
            }
        }
        return value;
    }

    private static IncrementalGame incremental(Game game) {
        if (game instanceof IncrementalGame incremental) {
            return incremental;
        }
        throw new GameTooLarge("coalition masks", game.size(), StructuredGame.MAX_MASK_PLAYERS, "a structured model");
    }
}
