package space.consortium.insights;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A claim checked against the registry.
 *
 * @param claim        the stored claim (null for a claim checked without storing it)
 * @param verdict      {@code supported}, {@code contradicted}, {@code imprecise} or {@code not computable}
 * @param computed     the computed number: an integer for counts, a fraction for shares (null when the answer is not
 *                     a number or not computable)
 * @param computedText the computed answer in words (a signature date, a launch year)
 * @param rule         the rule used, in words
 * @param reason       why the claim is not computable
 * @param caveats      what bears on the verdict: coverage, definitions, ranges, the dataset's documented caveats
 * @param sourced      whether the claim names where it was published
 * @param evidence     the rows used, each with a link to its record and its own source
 */
public record ClaimResult(@Nullable StoredClaim claim, String text, String kind, String verdict,
                          @Nullable Number computed, @Nullable String computedText, String rule,
                          @Nullable String reason, List<String> caveats, boolean sourced,
                          List<ClaimEvidence> evidence) {

    public ClaimResult {
        caveats = List.copyOf(caveats);
        evidence = List.copyOf(evidence);
    }

    /** The computed value for a page: integers without decimals, fractions to four places with a percentage. */
    public String computedDisplay() {
        if (computed == null) {
            return computedText == null ? "—" : computedText;
        }
        if (computed instanceof Long l) {
            return String.format(java.util.Locale.ROOT, "%,d", l);
        }
        double d = computed.doubleValue();
        if ("share".equals(kind)) {
            return String.format(java.util.Locale.ROOT, "%.4f (%.1f %%)", d, 100 * d);
        }
        return java.math.BigDecimal.valueOf(d).setScale(4, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros()
                .toPlainString();
    }
}
