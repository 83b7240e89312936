package space.consortium.costshare.engine;

/** A game definition breaks a rule (missing coalition value, unknown player, negative cost); the message says which. */
public class InvalidGame extends RuntimeException {

    private final String field;

    public InvalidGame(String field, String message) {
        super(message);
        this.field = field;
    }

    /** Where the problem is, e.g. {@code values.a+b} or {@code players[2]}. */
    public String field() {
        return field;
    }
}
