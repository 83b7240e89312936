package space.consortium.shared;

import java.util.List;

/**
 * A computation needs figures the stored tables do not hold (an exchange rate, a price index), so it refuses to run
 * rather than count what it cannot convert as zero. Maps to HTTP 422 listing every missing item.
 */
public class MissingInputs extends RuntimeException {

    private final String what;
    private final List<String> missing;

    /**
     * @param what    what cannot be computed and what to do, e.g. "The ledger cannot be computed; add the figures or
     *                choose another year"
     * @param missing each missing item, e.g. "no EUR→USD rate for 2024; rates exist for 2012–2015, 2017–2023"
     */
    public MissingInputs(String what, List<String> missing) {
        super(what + ": " + String.join("; and ", missing));
        if (missing.isEmpty()) {
            throw new IllegalArgumentException("MissingInputs needs at least one missing item");
        }
        this.what = what;
        this.missing = List.copyOf(missing);
    }

    /** What cannot be computed and what to do, without the items. */
    public String what() {
        return what;
    }

    /** Every missing item, in the order found, each once. */
    public List<String> missing() {
        return missing;
    }
}
