package space.consortium.costshare.engine;

/** A game has more players than an exact method can handle; the message names the limit and an alternative. */
public class GameTooLarge extends RuntimeException {

    public GameTooLarge(String method, int players, int limit, String alternative) {
        super("'" + method + "' handles at most " + limit + " players exactly; this game has " + players
                + ". Use '" + alternative + "' instead");
    }
}
