package space.consortium.costshare.engine;

import java.util.List;

/**
 * A transferable-utility game in characteristic-function form. Players are numbered 0..n-1 in the order of
 * {@link #players()}; a coalition is a bit mask with bit i set when player i is a member (so n ≤ 62).
 */
public interface Game {

    /** Cost or profit game. */
    GameKind kind();

    /** Player names (ids), in player-number order; no duplicates. */
    List<String> players();

    /** Number of players. */
    default int size() {
        return players().size();
    }

    /** The value of the coalition {@code mask}: its cost (cost game) or worth (profit game); 0 for the empty coalition. */
    double value(long mask);

    /** The mask of the grand coalition. */
    default long grand() {
        return size() == 64 ? -1L : (1L << size()) - 1;
    }
}
