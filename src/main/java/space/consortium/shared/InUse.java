package space.consortium.shared;

import org.springframework.dao.DataIntegrityViolationException;

/** An entity cannot be deleted or created because other rows refer to it or it exists already. Maps to HTTP 409. */
public class InUse extends RuntimeException {

    public InUse(String message) {
        super(message);
    }

    public InUse(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Runs a delete and, when a rule of the schema refuses it because other rows still refer to the record (a reference
     * the service's own check does not list, or one stored meanwhile), throws {@code InUse} with {@code reason} instead
     * of the database's error: services answer one exception for "still referenced", and the database's text (table
     * and constraint names) never reaches a user. The caller's transaction is rolled back as for any {@code InUse}.
     *
     * @param reason what refers to the record and what to do, e.g. "Partner 'esa' is still referenced …; remove those first"
     */
    public static void guardDelete(Runnable delete, String reason) {
        try {
            delete.run();
        } catch (DataIntegrityViolationException e) {
            throw new InUse(reason, e);
        }
    }
}
