package space.consortium.shared;

/**
 * The most work one computation may ask for, for one kind of caller (anonymous, signed in, or the local command line).
 * Each bound is checked before the computation starts; {@link #timeLimitSeconds} stops it while it runs.
 *
 * @param jclTrialActivities    JCL Monte Carlo: trials × activities
 * @param relayPairSteps        relay planning: orbiters × landers × time steps of the period (one step = 20 s)
 * @param shapleyPlayerSamples  sampled Shapley: players × sampled orders
 * @param exactPlayers          exact allocation rules (Shapley, Banzhaf, nucleolus, the core test): players
 * @param solverSeconds         teaming: the CP-SAT solver's time limit, seconds
 * @param fleetEvents           fleet Monte Carlo: trials × flights (Σ over vehicles of horizon ÷ cadence), summed
 *                              over the fleets of a comparison
 * @param timeLimitSeconds      wall-clock time a computation may run, seconds
 */
public record WorkLimits(long jclTrialActivities, long relayPairSteps, long shapleyPlayerSamples, long exactPlayers,
                         long solverSeconds, long fleetEvents, long timeLimitSeconds) {

    /** The defaults for anonymous callers of the open computations. */
    public static final WorkLimits ANONYMOUS = new WorkLimits(200_000_000L, 5_000_000L, 50_000_000L, 20, 20,
            100_000_000L, 30);
    /** The defaults for signed-in users. */
    public static final WorkLimits SIGNED_IN = new WorkLimits(1_000_000_000L, 25_000_000L, 500_000_000L, 26, 120,
            1_000_000_000L, 300);
    /** No bound: the command line, which runs on the user's own machine. */
    public static final WorkLimits NONE = new WorkLimits(Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE,
            Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE);

    public WorkLimits {
        if (jclTrialActivities < 1 || relayPairSteps < 1 || shapleyPlayerSamples < 1 || exactPlayers < 1
                || solverSeconds < 1 || fleetEvents < 1 || timeLimitSeconds < 1) {
            throw new IllegalArgumentException("every work limit must be at least 1: " + this);
        }
    }
}
