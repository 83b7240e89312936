package space.consortium.costshare.engine;

/** A ledger input breaks a rule (shares not adding up to 100, a negative amount); names the field and says what to do. */
public class InvalidLedger extends RuntimeException {

    private final String field;

    public InvalidLedger(String field, String message) {
        super(message);
        this.field = field;
    }

    /** Where the problem is, e.g. {@code shares} or {@code periods[1].cost}. */
    public String field() {
        return field;
    }
}
