package space.consortium.shared;

/**
 * A computation asks for more work than the caller may start: trials × activities, orbiter–lander pairs × time
 * steps, ... Checked before the computation starts. Maps to HTTP 422 naming the field, the quantity, its value and the
 * limit; as an {@link InvalidInput} it is shown by the pages' forms like any other bad field.
 */
public class OverLimit extends InvalidInput {

    private final String quantity;
    private final long value;
    private final long limit;

    public OverLimit(String field, String quantity, long value, long limit, String message) {
        super(field, message);
        this.quantity = quantity;
        this.value = value;
        this.limit = limit;
    }

    /** What was counted, e.g. {@code trials × activities}. */
    public String quantity() {
        return quantity;
    }

    public long value() {
        return value;
    }

    public long limit() {
        return limit;
    }
}
