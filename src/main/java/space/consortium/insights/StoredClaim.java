package space.consortium.insights;

import java.math.BigDecimal;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A claim as kept in the registry.
 *
 * @param kind           {@code signature}, {@code count}, {@code share}, {@code date} or {@code external}
 * @param subject        what the claim is about (see {@link ClaimRequest})
 * @param statedValue    null for signature and date claims
 * @param sourceUrl      where the claim was published; null for an unsourced claim
 * @param sourceName     where it was published when that has no URL (an article known by its title), or null
 * @param note           a remark shown first among the verdict's caveats, or null
 * @param recordedBy     the user who recorded it (null for shipped claims and claims older than authorship)
 * @param ownerPartnerId the partner it was recorded for: its members may change it (null: only its author and
 *                       administrators may)
 */
public record StoredClaim(long id, String text, String kind, Map<String, Object> subject, String comparator,
                          @Nullable BigDecimal statedValue, BigDecimal tolerance, @Nullable String sourceUrl,
                          @Nullable String sourceName,
                          @Nullable String note, long version, @Nullable String recordedBy,
                          @Nullable String ownerPartnerId) {

    public StoredClaim {
        subject = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(subject));
    }

    /** Whether the claim names where it was published (a URL, or a title such as the article's). */
    @com.fasterxml.jackson.annotation.JsonProperty("sourced")
    public boolean sourced() {
        return sourceUrl != null || sourceName != null;
    }

    /** The subject in words, e.g. "agreement artemis-accords, country JP, on 2020-10-13". */
    public String subjectText() {
        return ClaimSubjects.describe(subject);
    }

    /** What is stated, e.g. "> 0.8", or "" for signature and date claims. */
    public String statedText() {
        return statedValue == null ? "" : comparator + " " + statedValue.stripTrailingZeros().toPlainString()
                + (tolerance.signum() > 0 ? " ± " + tolerance.stripTrailingZeros().toPlainString() : "");
    }
}
