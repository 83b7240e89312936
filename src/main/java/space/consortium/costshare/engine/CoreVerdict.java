package space.consortium.costshare.engine;

/**
 * The outcome of testing an allocation against the core.
 *
 * <p>The excess of a coalition S is how much better off S would be on its own: x(S) − c(S) in a cost game (its
 * members pay more than their own cost), v(S) − x(S) in a profit game; positive means S blocks x.
 *
 * @param inCore            whether x is efficient and no coalition's excess exceeds the tolerance
 * @param blockingCoalition when not in the core, the mask of the most violated coalition (bit i = player i), or
 *                          the grand coalition when x is not efficient; 0 when in the core
 * @param blockingLabel     its members joined with {@code +}, e.g. {@code a+c}; empty when in the core
 * @param excess            when not in the core, the excess of that coalition (for the grand coalition: the
 *                          overshoot, negative for a shortfall); when in the core, the largest excess of any
 *                          proper coalition (≤ tolerance: how close x is to being blocked), 0 for one player;
 *                          in the game's unit
 */
public record CoreVerdict(boolean inCore, long blockingCoalition, String blockingLabel, double excess) {

    public CoreVerdict {
        if (inCore && (blockingCoalition != 0 || !blockingLabel.isEmpty())) {
            throw new IllegalArgumentException("an allocation in the core has no blocking coalition");
        }
        if (!inCore && blockingCoalition == 0) {
            throw new IllegalArgumentException("an allocation outside the core needs a blocking coalition");
        }
    }
}
