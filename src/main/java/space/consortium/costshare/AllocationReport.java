package space.consortium.costshare;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The rules side by side with the stability verdict.
 *
 * @param total       the grand coalition's value v(N) (or c(N)), rounded to {@code decimals}
 * @param allocations method → (player → share), each row adding up exactly to {@code total}
 * @param intervals   for {@code shapley-sampled}: player → half-width of the 95 % confidence interval
 * @param core        core emptiness, least-core value, and per method whether its allocation is in the core
 * @param notes       method → what to know about its result (closed form used, skipped and why)
 */
public record AllocationReport(String type, List<String> players, BigDecimal total, int decimals,
                               Map<String, Map<String, BigDecimal>> allocations,
                               @Nullable Map<String, Double> intervals, @Nullable Long seed,
                               @Nullable Core core, Map<String, String> notes) {

    /**
     * @param nonEmpty  whether the core is non-empty (least-core value ≤ 0)
     * @param leastCore ε* of the least core: the smallest uniform relaxation making the core non-empty
     * @param inCore    method → whether its allocation is in the core
     * @param blocking  method → the most violated coalition when it is not in the core
     * @param bounds    player → [min, max] of its share over the core (absent when the core is empty)
     */
    public record Core(boolean nonEmpty, double leastCore, Map<String, Boolean> inCore,
                       Map<String, Blocking> blocking, @Nullable Map<String, double[]> bounds) {
    }

    /** A coalition that would do better alone, and by how much (its excess). */
    public record Blocking(String coalition, double excess) {
    }
}
