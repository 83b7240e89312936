package space.consortium.shared;

/** An entity cannot be deleted or created because other rows refer to it or it exists already. Maps to HTTP 409. */
public class InUse extends RuntimeException {

    public InUse(String message) {
        super(message);
    }
}
