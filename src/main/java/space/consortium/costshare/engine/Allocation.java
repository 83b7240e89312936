package space.consortium.costshare.engine;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a rule gives each player: a cost share (cost game) or a payoff (profit game), in player order, in the
 * game's unit; unrounded.
 *
 * @param method          the rule's name, e.g. {@code shapley}
 * @param shares          one value per player, in player order
 * @param halfWidth95     for sampled rules, the half-width of each player's 95 % confidence interval; else null
 * @param note            what the caller should know (e.g. "closed form for airport games"), or null
 */
public record Allocation(String method, double[] shares, double @Nullable [] halfWidth95, @Nullable String note) {

    public Allocation {
        shares = shares.clone();
        halfWidth95 = halfWidth95 == null ? null : halfWidth95.clone();
    }

    public Allocation(String method, double[] shares) {
        this(method, shares, null, null);
    }

    public double share(int player) {
        return shares[player];
    }

    @Override
    public double[] shares() {
        return shares.clone();
    }

    public double total() {
        return Arrays.stream(shares).sum();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Allocation a && method.equals(a.method) && Arrays.equals(shares, a.shares)
                && Arrays.equals(halfWidth95, a.halfWidth95) && java.util.Objects.equals(note, a.note);
    }

    @Override
    public int hashCode() {
        return 31 * method.hashCode() + Arrays.hashCode(shares);
    }

    @Override
    public String toString() {
        return method + List.of(Arrays.stream(shares).boxed().toArray());
    }
}
