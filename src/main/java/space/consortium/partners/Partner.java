package space.consortium.partners;

import org.jspecify.annotations.Nullable;
import space.consortium.shared.Money;

/**
 * A space agency or other organisation that takes part in projects.
 *
 * @param id               slug, e.g. {@code esa}
 * @param kind             one of {@link PartnerRequest#KINDS}
 * @param countryOrMembers ISO 3166-1 alpha-2 code, or a member-group label for intergovernmental bodies
 * @param budget           annual budget in US dollars (units, not millions), nominal: its price year is the budget's
 *                         year; null when no source states one
 * @param version          optimistic-locking version; send it back with an update
 */
public record Partner(String id, String name, String kind, @Nullable String countryOrMembers, @Nullable Integer founded,
                      @Nullable Money budget, String sourceUrl, long version) {
}
