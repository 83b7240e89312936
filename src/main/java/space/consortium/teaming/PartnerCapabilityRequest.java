package space.consortium.teaming;

import org.jspecify.annotations.Nullable;

/** What a client sends to add or change a partner capability; {@code version} only when changing. */
public record PartnerCapabilityRequest(@Nullable String partnerId, @Nullable String capabilityId,
                                       @Nullable String maturity, @Nullable String evidence,
                                       @Nullable Double costUsdMillions, @Nullable String sourceUrl,
                                       @Nullable Long version) {
}
