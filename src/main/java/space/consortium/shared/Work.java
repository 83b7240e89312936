package space.consortium.shared;

import java.util.Locale;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;

/**
 * What one computation may do: the limits of its caller, the larger limits of a signed-in user (named in the refusal
 * of an anonymous caller) and the {@link Checkpoint} its engine calls while it runs. Services check each bound with
 * {@link #check} before they start the engine.
 *
 * @param limits   the caller's limits
 * @param caller   who the limits are for, as a refusal names them: "anonymous users", "signed-in users"
 * @param signedIn the limits after signing in, when larger (null for a signed-in caller)
 */
public record Work(WorkLimits limits, String caller, @Nullable WorkLimits signedIn, Checkpoint checkpoint) {

    /** No bound and no cancellation: the command line and calls from inside the process. */
    public static final Work UNLIMITED = new Work(WorkLimits.NONE, "the command line", null, Checkpoint.NONE);

    /**
     * Refuses the computation when {@code value} exceeds the caller's limit.
     *
     * @param field    the request field to name (e.g. {@code trials})
     * @param quantity what is counted, e.g. {@code trials × activities}
     * @param value    the count asked for
     * @param limit    which of the limits applies
     * @throws OverLimit naming the quantity, the value and the limit (and the signed-in limit, when larger)
     */
    public void check(String field, String quantity, long value, ToLongFunction<WorkLimits> limit) {
        long max = limit.applyAsLong(limits);
        if (value <= max) {
            return;
        }
        StringBuilder message = new StringBuilder(String.format(Locale.ROOT, "%s = %,d exceeds the limit of %,d for %s",
                quantity, value, max, caller));
        if (signedIn != null && limit.applyAsLong(signedIn) > max) {
            message.append(String.format(Locale.ROOT, "; sign in for %,d", limit.applyAsLong(signedIn)));
        }
        throw new OverLimit(field, quantity, value, max, message.toString());
    }

    /** Reports progress; throws {@link Cancelled} when the computation must stop. */
    public void reached(long done) {
        checkpoint.reached(done);
    }

    /** The product of counts, saturating at {@link Long#MAX_VALUE} instead of overflowing. */
    public static long times(long... counts) {
        long product = 1;
        for (long c : counts) {
            if (c <= 0) {
                return 0;
            }
            product = product > Long.MAX_VALUE / c ? Long.MAX_VALUE : product * c;
        }
        return product;
    }
}
