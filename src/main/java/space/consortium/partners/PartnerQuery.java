package space.consortium.partners;

import org.jspecify.annotations.Nullable;

/**
 * Filters for the partner list; null means no filter.
 *
 * @param kind    exact kind
 * @param country exact country code or member-group label
 * @param text    case-insensitive text found in the id or name
 */
public record PartnerQuery(@Nullable String kind, @Nullable String country, @Nullable String text) {

    public static final PartnerQuery ALL = new PartnerQuery(null, null, null);
}
