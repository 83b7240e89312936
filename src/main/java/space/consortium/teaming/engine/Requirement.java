package space.consortium.teaming.engine;

/**
 * A capability a mission needs.
 *
 * @param capability  catalogue id, e.g. {@code robotic-arm}
 * @param minMaturity lowest acceptable maturity, TRL 1–9 (9: flight proven)
 * @param redundancy  how many distinct coalition partners must be able to provide it, at least 1
 * @param quantity    units needed; the provider's cost is paid once per unit, at least 1
 * @param critical    counts towards the {@link Objective#MAX_REDUNDANCY} objective
 */
public record Requirement(String capability, int minMaturity, int redundancy, int quantity, boolean critical) {

    public Requirement {
        if (capability.isBlank()) {
            throw new IllegalArgumentException("a requirement needs a capability id");
        }
        if (minMaturity < 1 || minMaturity > 9) {
            throw new IllegalArgumentException("minMaturity of " + capability + " must be 1–9, not " + minMaturity);
        }
        if (redundancy < 1 || quantity < 1) {
            throw new IllegalArgumentException("redundancy and quantity of " + capability + " must be at least 1");
        }
    }
}
