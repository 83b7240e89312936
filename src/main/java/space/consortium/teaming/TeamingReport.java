package space.consortium.teaming;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The answer to a {@link MissionRequest}. Costs are in millions of US dollars.
 *
 * @param status      {@code optimal}, {@code feasible} (time limit reached, best found), {@code infeasible} or
 *                    {@code unknown} (time limit reached before any coalition was found)
 * @param assignment  capability → the coalition partners able to provide it, the assigned (paid) provider first
 * @param providers   capability → the assigned provider
 * @param bound       best proven bound on the first objective; {@code gap} relative to its value
 * @param explanation when infeasible: why
 * @param greedy      the greedy baseline's coalition, for comparison (null when it found none)
 * @param cost        the coalition's cost; in catalogue mode the sum of the sourced figures only (see the rows'
 *                    {@code costSourced})
 * @param notes       assumptions made, e.g. catalogue cost estimates used or left out
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TeamingReport(String status, List<String> partners, Map<String, List<String>> assignment,
                            Map<String, String> providers, @Nullable Double cost, @Nullable Integer redundancy,
                            List<String> objectives, @Nullable Double bound, @Nullable Double gap,
                            List<Stage> stages, List<ParetoPoint> pareto, @Nullable List<Reason> explanation,
                            @Nullable Boolean explanationMinimal, @Nullable Greedy greedy, List<Row> rows,
                            List<String> notes) {

    /** One lexicographic stage: an objective's value and proven bound. */
    public record Stage(String objective, double value, double bound, boolean optimal, boolean requested) {
    }

    /** The least cost of a coalition of that many partners. */
    public record ParetoPoint(int partners, double cost, int redundancy, boolean optimal, List<String> coalition) {
    }

    /** Why the mission cannot be staffed: kind, subject (capability, partner, pair) and a sentence. */
    public record Reason(String kind, String subject, String message) {
    }

    /** The greedy baseline: its coalition, cost and cost ratio to the solver's (≥ 1 when the solver is optimal). */
    public record Greedy(List<String> partners, double cost, @Nullable Double costRatio) {
    }

    /**
     * One requirement's line of the result table.
     *
     * @param costSourced catalogue mode: whether the cost is a sourced figure (false: the capability's illustrative
     *                    placeholder, counted as 0 and not in the total); null when the request gave the costs
     */
    public record Row(String capability, String provider, int maturity, double cost, List<String> backups,
                      int redundancy, @Nullable Boolean costSourced) {
    }
}
