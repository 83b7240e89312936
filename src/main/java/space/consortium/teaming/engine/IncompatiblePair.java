package space.consortium.teaming.engine;

/**
 * Two partners that may not both be in the coalition.
 *
 * @param reason why, e.g. the policy that forbids it; shown in explanations
 */
public record IncompatiblePair(String first, String second, String reason) {

    public IncompatiblePair {
        if (first.equals(second)) {
            throw new IllegalArgumentException("an incompatible pair needs two different partners, not " + first + " twice");
        }
    }
}
