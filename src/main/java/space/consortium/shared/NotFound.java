package space.consortium.shared;

/** An entity with the given id does not exist. Maps to HTTP 404. */
public class NotFound extends RuntimeException {

    private final String entity;
    private final String id;

    public NotFound(String entity, Object id) {
        super("No " + entity + " with id '" + id + "'");
        this.entity = entity;
        this.id = String.valueOf(id);
    }

    public String entity() {
        return entity;
    }

    public String id() {
        return id;
    }
}
