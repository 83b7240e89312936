package space.consortium.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The {@code consortium.limits.*} properties: the work limits of anonymous and signed-in callers and the size of the
 * computation pool. Every value has a default (see {@link WorkLimits#ANONYMOUS}, {@link WorkLimits#SIGNED_IN}).
 */
@Component
@ConfigurationProperties("consortium.limits")
public class ComputationSettings {

    private final Tier anonymous = new Tier(WorkLimits.ANONYMOUS);
    private final Tier signedIn = new Tier(WorkLimits.SIGNED_IN);
    /** Computations that run at once; 0 means one per processor. */
    private int poolSize;
    /** Computations that may wait for a free slot; beyond them a request gets 429. */
    private int queueSize = 4;
    /** The longest a computation waits for a slot before it gets 429, seconds. */
    private int maxWaitSeconds = 10;
    /** The {@code Retry-After} of a 429, seconds. */
    private int retryAfterSeconds = 5;
    /** How often the connections of running computations are checked, milliseconds. */
    private int disconnectCheckMillis = 250;

    public Tier getAnonymous() {
        return anonymous;
    }

    public Tier getSignedIn() {
        return signedIn;
    }

    public int getPoolSize() {
        return poolSize;
    }

    public void setPoolSize(int poolSize) {
        this.poolSize = poolSize;
    }

    public int getQueueSize() {
        return queueSize;
    }

    public void setQueueSize(int queueSize) {
        this.queueSize = queueSize;
    }

    public int getMaxWaitSeconds() {
        return maxWaitSeconds;
    }

    public void setMaxWaitSeconds(int maxWaitSeconds) {
        this.maxWaitSeconds = maxWaitSeconds;
    }

    public int getRetryAfterSeconds() {
        return retryAfterSeconds;
    }

    public void setRetryAfterSeconds(int retryAfterSeconds) {
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int getDisconnectCheckMillis() {
        return disconnectCheckMillis;
    }

    public void setDisconnectCheckMillis(int disconnectCheckMillis) {
        this.disconnectCheckMillis = disconnectCheckMillis;
    }

    /** The limits of one kind of caller (bound property by property, so that each keeps its default). */
    public static final class Tier {
        private long jclTrialActivities;
        private long relayPairSteps;
        private long shapleyPlayerSamples;
        private long exactPlayers;
        private long solverSeconds;
        private long fleetEvents;
        private long timeLimitSeconds;

        Tier(WorkLimits defaults) {
            jclTrialActivities = defaults.jclTrialActivities();
            relayPairSteps = defaults.relayPairSteps();
            shapleyPlayerSamples = defaults.shapleyPlayerSamples();
            exactPlayers = defaults.exactPlayers();
            solverSeconds = defaults.solverSeconds();
            fleetEvents = defaults.fleetEvents();
            timeLimitSeconds = defaults.timeLimitSeconds();
        }

        public WorkLimits limits() {
            return new WorkLimits(jclTrialActivities, relayPairSteps, shapleyPlayerSamples, exactPlayers,
                    solverSeconds, fleetEvents, timeLimitSeconds);
        }

        public long getJclTrialActivities() {
            return jclTrialActivities;
        }

        public void setJclTrialActivities(long v) {
            jclTrialActivities = v;
        }

        public long getRelayPairSteps() {
            return relayPairSteps;
        }

        public void setRelayPairSteps(long v) {
            relayPairSteps = v;
        }

        public long getShapleyPlayerSamples() {
            return shapleyPlayerSamples;
        }

        public void setShapleyPlayerSamples(long v) {
            shapleyPlayerSamples = v;
        }

        public long getExactPlayers() {
            return exactPlayers;
        }

        public void setExactPlayers(long v) {
            exactPlayers = v;
        }

        public long getSolverSeconds() {
            return solverSeconds;
        }

        public void setSolverSeconds(long v) {
            solverSeconds = v;
        }

        public long getFleetEvents() {
            return fleetEvents;
        }

        public void setFleetEvents(long v) {
            fleetEvents = v;
        }

        public long getTimeLimitSeconds() {
            return timeLimitSeconds;
        }

        public void setTimeLimitSeconds(long v) {
            timeLimitSeconds = v;
        }
    }
}
