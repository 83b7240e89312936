package space.consortium.relay.engine;

/**
 * Return-link rate versus range for each relay radio. The link margin falls as 1/ρ²; an adaptive radio (Electra)
 * steps down through the Proximity-1 rates (powers of two, 2048 … 8 kbit/s) as the margin shrinks, a fixed-rate
 * radio returns its set rate while the link closes and nothing beyond. A window returns
 * {@code efficiency × ∫ rate dt}: hailing, acquisition, protocol overhead and the part of the window a session does
 * not use.
 *
 * <p>Calibration (docs/relay.md): the reference Electra range is set so that Curiosity, served by MRO and Odyssey
 * at a 10° mask, gets about 500 Mbit/sol, the volume MSL returned on average over its first 200 sols.
 *
 * @param electraFullRateRangeKm range up to which Electra holds 2048 kbit/s, km
 * @param odysseyMaxRangeKm      range up to which Odyssey's 256 kbit/s link closes, km
 * @param melacomMaxRangeKm      range up to which Mars Express's 128 kbit/s link closes, km
 * @param efficiency             fraction of the window's capacity returned, in (0, 1]
 */
public record LinkModel(double electraFullRateRangeKm, double odysseyMaxRangeKm, double melacomMaxRangeKm,
                        double efficiency) {

    /** The calibrated model (see the class comment). */
    public static final LinkModel CALIBRATED = new LinkModel(400, 2500, 8000, 0.43);

    private static final int MIN_ADAPTIVE_KBPS = 8;

    public LinkModel {
        if (!(electraFullRateRangeKm > 0 && odysseyMaxRangeKm > 0 && melacomMaxRangeKm > 0)) {
            throw new IllegalArgumentException("link ranges must be positive");
        }
        if (!(efficiency > 0 && efficiency <= 1)) {
            throw new IllegalArgumentException("efficiency must be in (0, 1]");
        }
    }

    /**
     * The return-link rate of a radio at a range.
     *
     * @param rangeKm lander-to-orbiter distance, km
     * @return kbit/s (0 when the link does not close)
     */
    public double rateKbps(Radio radio, double rangeKm) {
        return switch (radio) {
            case ELECTRA -> adaptive(radio.maxRateKbps() * square(electraFullRateRangeKm / rangeKm), radio);
            case ODYSSEY -> rangeKm <= odysseyMaxRangeKm ? radio.maxRateKbps() : 0;
            case MELACOM -> rangeKm <= melacomMaxRangeKm ? radio.maxRateKbps() : 0;
        };
    }

    private static double adaptive(double capacityKbps, Radio radio) {
        if (capacityKbps >= radio.maxRateKbps()) {
            return radio.maxRateKbps();
        }
        if (capacityKbps < MIN_ADAPTIVE_KBPS) {
            return 0;
        }
        return Integer.highestOneBit((int) capacityKbps);
    }

    private static double square(double x) {
        return x * x;
    }
}
