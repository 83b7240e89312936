package space.consortium.costshare;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A game and what to compute on it (the body of {@code POST /api/allocations}).
 *
 * @param methods  rule names (see {@link CostShareService#METHODS}); empty or null means every rule that applies
 * @param weights  weights for {@code proportional} (player → weight ≥ 0); null means stand-alone values
 * @param samples  permutations for {@code shapley-sampled} (default 100,000)
 * @param seed     random seed for {@code shapley-sampled} (default 1); the result reports the seed used
 * @param decimals decimals of the reported values (0–10, default 6); rounded by largest remainder so they add up
 */
public record AllocationRequest(@Nullable String type, @Nullable List<String> players,
                                @Nullable Map<String, Double> values, GameSpec.@Nullable Model model,
                                @Nullable List<String> methods, @Nullable Map<String, Double> weights,
                                @Nullable Integer samples, @Nullable Long seed, @Nullable Integer decimals) {

    public GameSpec game() {
        return new GameSpec(type, players, values, model);
    }
}
