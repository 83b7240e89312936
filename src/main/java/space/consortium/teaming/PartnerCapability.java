package space.consortium.teaming;

import org.jspecify.annotations.Nullable;

/**
 * What a partner can provide.
 *
 * @param maturity         {@code 1}–{@code 9} (TRL) or {@code flight-proven}
 * @param trl              the maturity as a number, flight proven = 9
 * @param evidence         the projects and contributions that demonstrate it
 * @param costUsdMillions  the partner's estimate per unit, in millions of US dollars; null: the catalogue's applies
 */
public record PartnerCapability(long id, String partnerId, String capabilityId, String maturity, int trl,
                                @Nullable String evidence, @Nullable Double costUsdMillions, String sourceUrl,
                                long version) {
}
