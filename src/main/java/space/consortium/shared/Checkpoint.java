package space.consortium.shared;

/**
 * The one hook through which a long computation reports progress and learns that it must stop. Engines call
 * {@link #reached} every few thousand units of work (trials, time steps, permutations); the caller's implementation
 * throws {@link Cancelled} when the client has gone or the computation's time is up. Engines stay free of Spring: this
 * is a plain interface, and {@link #NONE} never stops anything (the command line).
 */
@FunctionalInterface
public interface Checkpoint {

    /** Never stops, records nothing. */
    Checkpoint NONE = done -> { };

    /**
     * Reports the work done so far and stops the computation if it must end.
     *
     * @param done units of work done so far (trials, steps, ...), as the engine counts them
     * @throws Cancelled when the computation must stop
     */
    void reached(long done);
}
