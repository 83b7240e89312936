package space.consortium.relay.engine;

/**
 * A relay radio: the most it returns, and whether it adapts its rate to the link (Electra, Proximity-1) or runs at
 * its set rate.
 */
public enum Radio {
    /** JPL's Electra UHF transceiver (MRO, MAVEN, TGO): Proximity-1, adaptive rate up to 2048 kbit/s. */
    ELECTRA(2048, true),
    /** Mars Odyssey's UHF relay: 256 kbit/s. */
    ODYSSEY(256, false),
    /** Mars Express's Melacom UHF radio: 128 kbit/s. */
    MELACOM(128, false);

    private final int maxRateKbps;
    private final boolean adaptive;

    Radio(int maxRateKbps, boolean adaptive) {
        this.maxRateKbps = maxRateKbps;
        this.adaptive = adaptive;
    }

    /** The highest return-link rate, kbit/s. */
    public int maxRateKbps() {
        return maxRateKbps;
    }

    public boolean adaptive() {
        return adaptive;
    }
}
