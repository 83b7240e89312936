package space.consortium.shared;

/**
 * The signed-in user may not make this change (for instance a member of one partner editing another partner's
 * contribution). Maps to HTTP 403. The message says which role the change needs.
 */
public class Forbidden extends RuntimeException {

    public Forbidden(String message) {
        super(message);
    }
}
