package space.consortium.teaming;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * What a client sends to add or change a partner capability; {@code version} only when changing. The body
 * {@code GET /api/teaming/partner-capabilities/{id}} answers is accepted as it is ({@code id} must then match the
 * address; {@code trl}, derived from the maturity, is ignored).
 */
@JsonIgnoreProperties({"trl"})
public record PartnerCapabilityRequest(@Nullable Long id, @Nullable String partnerId, @Nullable String capabilityId,
                                       @Nullable String maturity, @Nullable String evidence,
                                       @Nullable Double costUsdMillions, @Nullable String sourceUrl,
                                       @Nullable Long version) {

    /** The same request without an id (the id of a stored entry comes from the address). */
    public PartnerCapabilityRequest(@Nullable String partnerId, @Nullable String capabilityId,
                                    @Nullable String maturity, @Nullable String evidence,
                                    @Nullable Double costUsdMillions, @Nullable String sourceUrl,
                                    @Nullable Long version) {
        this(null, partnerId, capabilityId, maturity, evidence, costUsdMillions, sourceUrl, version);
    }
}
