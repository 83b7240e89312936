package space.consortium.insights.engine;

/**
 * A count for a decade.
 *
 * @param decade the decade's first year (1990 for 1990–1999)
 */
public record DecadeCount(int decade, int count) {

    public DecadeCount {
        if (Math.floorMod(decade, 10) != 0 || count < 0) {
            throw new IllegalArgumentException("a decade starts on a year ending in 0 and a count is not negative, got "
                    + decade + ", " + count);
        }
    }
}
