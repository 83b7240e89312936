package space.consortium.costshare.engine;

/**
 * A rule that divides the grand coalition's value among the players. Implementations are named after the method
 * and say in their javadoc what they cost and which games they accept.
 */
public interface AllocationRule {

    /** The name used in the API and CLI, e.g. {@code shapley}, {@code nucleolus}. */
    String name();

    /**
     * Allocates {@code game}'s grand-coalition value.
     *
     * @throws GameTooLarge when the game has more players than this rule can handle exactly
     */
    Allocation allocate(Game game);
}
