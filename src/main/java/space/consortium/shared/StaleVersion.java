package space.consortium.shared;

/** An update carried a version that is no longer the stored one: someone changed the row first. Maps to HTTP 409. */
public class StaleVersion extends RuntimeException {

    public StaleVersion(String entity, Object id, long givenVersion) {
        super("The " + entity + " '" + id + "' was changed by someone else (your version " + givenVersion
                + " is stale); reload it and apply your change again");
    }
}
