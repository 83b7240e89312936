package space.consortium.costshare.engine;

/**
 * A game that can be evaluated by adding players one at a time to a running coalition, in O(1) or close to it
 * per player, and for any number of players (no coalition masks). Permutation sampling uses it to get each
 * marginal contribution without re-evaluating the coalition from scratch, and the simple rules use it to get
 * v(N), v({i}) and v(N∖{i}) for games with more than 62 players.
 */
interface IncrementalGame extends Game {

    /** A new, empty coalition; not thread-safe, one per thread. */
    Coalition emptyCoalition();

    /** A coalition being built one player at a time. */
    interface Coalition {

        /**
         * Adds {@code player}, who must not be a member yet, and returns the value of the enlarged coalition.
         */
        double join(int player);
    }
}
