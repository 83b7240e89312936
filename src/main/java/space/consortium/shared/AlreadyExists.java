package space.consortium.shared;

/**
 * A create or update would store a second record with the key of a stored one (a unique rule of the schema). Maps to
 * HTTP 409 naming the stored record, e.g. "A contribution of esa to iss with element 'ATV-5' (launch) exists already:
 * /api/contributions/65".
 */
public class AlreadyExists extends InUse {

    private final String existing;

    /**
     * @param what     the record as a reader names it, e.g. "A partner with id 'esa'"
     * @param existing the API path of the stored record, e.g. "/api/partners/esa"
     * @param advice   what to do instead, e.g. "change that partner"; may be empty
     */
    public AlreadyExists(String what, String existing, String advice) {
        super(what + " exists already: " + existing + (advice.isEmpty() ? "" : "; " + advice));
        this.existing = existing;
    }

    /** The API path of the stored record with the same key. */
    public String existing() {
        return existing;
    }
}
