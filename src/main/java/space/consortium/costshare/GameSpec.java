package space.consortium.costshare;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A cooperative game as clients write it (JSON or the CLI's game file): {@code type} {@code cost} or {@code profit},
 * the players' ids, and either {@code values} for every non-empty coalition keyed by member names joined with
 * {@code +} ({@code "a+b"}), or one structured {@code model}.
 */
public record GameSpec(@Nullable String type, @Nullable List<String> players, @Nullable Map<String, Double> values,
                       @Nullable Model model) {

    /** Exactly one of these structured models. */
    public record Model(@Nullable Map<String, Double> airport, @Nullable Elements elements, @Nullable Scale scale,
                        @Nullable Bankruptcy bankruptcy, @Nullable WeightedVoting weightedVoting) {
    }

    /** Each partner needs a set of shared elements; c(S) is the cost of the union of what S needs. */
    public record Elements(@Nullable Map<String, Double> costs, @Nullable Map<String, List<String>> needs) {
    }

    /** Economies of scale: c(S) = fixed + k·(Σ demand)^exponent for non-empty S. */
    public record Scale(@Nullable Double fixed, @Nullable Double k, @Nullable Double exponent,
                        @Nullable Map<String, Double> demand) {
    }

    /** An estate divided among claims: v(S) = max(0, estate − claims of the others). */
    public record Bankruptcy(@Nullable Double estate, @Nullable Map<String, Double> claims) {
    }

    /** A weighted voting game: v(S) = 1 when the weights of S reach the quota. */
    public record WeightedVoting(@Nullable Double quota, @Nullable Map<String, Double> weights) {
    }
}
