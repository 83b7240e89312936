package space.consortium.costshare.engine;

import java.util.Arrays;

/**
 * The Shapley value of an {@link AirportGame} in closed form (Littlechild &amp; Owen 1973): with the requirements
 * sorted, c<sub>1</sub> ≤ … ≤ c<sub>n</sub> and c<sub>0</sub> = 0, each increment c<sub>k</sub> − c<sub>k−1</sub> is
 * shared equally by the n − k + 1 players who need it, so
 * x<sub>i</sub> = Σ<sub>k≤i</sub> (c<sub>k</sub> − c<sub>k−1</sub>)/(n − k + 1). Players with equal requirements
 * get equal shares. Same result as {@link ShapleyExact}, for any number of players.
 *
 * <p>Cost: O(n log n) (the sort), memory O(n).
 *
 * <p>References: [1] S. C. Littlechild, G. Owen, "A simple expression for the Shapley value in a special case",
 * Management Science 20(3), 1973, 370–372.
 */
public final class AirportShapley implements AllocationRule {

    @Override
    public String name() {
        return "shapley";
    }

    /** @throws InvalidGame when {@code game} is not an {@link AirportGame} */
    @Override
    public Allocation allocate(Game game) {
        if (!(game instanceof AirportGame airport)) {
            throw new InvalidGame("model", "the airport closed form needs an airport game; use 'shapley' for other games");
        }
        double[] requirement = airport.requirements();
        int n = requirement.length;
        double[] sorted = requirement.clone();
        Arrays.sort(sorted);
        double[] shareAt = new double[n];
        double share = 0;
        double previous = 0;
        for (int k = 0; k < n; k++) {
            share += (sorted[k] - previous) / (n - k);
            previous = sorted[k];
            shareAt[k] = share;
        }
        double[] shares = new double[n];
        for (int i = 0; i < n; i++) {
            // tied requirements add 0 to the running share, so any position among the ties gives the same share
            shares[i] = shareAt[Arrays.binarySearch(sorted, requirement[i])];
        }
        return new Allocation(name(), shares, null, "closed form for airport games");
    }
}
