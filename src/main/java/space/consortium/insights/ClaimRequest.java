package space.consortium.insights;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A published claim to check (and, through {@code POST /api/claims}, to keep). JSON:
 * <pre>{"text": "...", "kind": "signature|count|share|date|external", "sourceUrl": null | "https://...",
 *  "sourceName": null | "title", "subject": {...}, "statedValue": number | null, "tolerance": number | null, "comparator": "=" | ">" | ...}</pre>
 * The subject of each kind is described in the README ("Claims"); an unknown kind or subject field is a 400 naming
 * it. A claim without a source is kept, marked unsourced, and checked.
 *
 * @param sourceName  where the claim was published when that has no URL (an article known by its title)
 * @param id          optional; when given (the body {@code GET /api/claims/{id}} answers is accepted back as it is,
 *                    its author, owner and {@code sourced} ignored) it must be the id of the address
 * @param comparator  one of {@code = >= <= > < ≈} ({@code ~} reads as {@code ≈}); default {@code =}
 * @param statedValue the stated value in the subject's unit (a share is a fraction 0..1); required for count,
 *                    share and external claims, ignored by signature and date claims
 * @param tolerance   absolute; {@code =} and {@code ≈} hold within it (default 0)
 * @param note        a remark shown first among the caveats (what the claim leaves undefined, say); optional
 * @param partnerId   the partner the claim is recorded for (its members may then change it); optional
 */
@JsonIgnoreProperties({"recordedBy", "ownerPartnerId", "sourced"})
public record ClaimRequest(
        @Nullable Long id,
        @NotBlank @Size(max = 1000) String text,
        @NotBlank @Size(max = 20) String kind,
        @Nullable @Size(max = 1000) @Pattern(regexp = "(https?://\\S+)?", message = "must be an http(s) URL") String sourceUrl,
        @Nullable @Size(max = 300) String sourceName,
        @Nullable Map<String, Object> subject,
        @Nullable BigDecimal statedValue,
        @Nullable @DecimalMin(value = "0", message = "must be zero or more") BigDecimal tolerance,
        @Nullable @Size(max = 3) String comparator,
        @Nullable @Size(max = 40) String partnerId,
        @Nullable @Size(max = 1000) String note,
        @Nullable Long version) {

    /** The same claim with another version (for an update). */
    public ClaimRequest withVersion(@Nullable Long newVersion) {
        return new ClaimRequest(id, text, kind, sourceUrl, sourceName, subject, statedValue, tolerance, comparator, partnerId,
                note, newVersion);
    }
}
