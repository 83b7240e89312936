package space.consortium.partners;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A space agency or other organisation that takes part in projects.
 *
 * @param id                slug, e.g. {@code esa}
 * @param kind              one of {@link PartnerRequest#KINDS}
 * @param countryOrMembers  ISO 3166-1 alpha-2 code, or a member-group label for intergovernmental bodies
 * @param budgetUsdMillions annual budget in millions of US dollars, nominal, in {@code budgetYear}
 * @param version           optimistic-locking version; send it back with an update
 */
public record Partner(String id, String name, String kind, @Nullable String countryOrMembers, @Nullable Integer founded,
                      @Nullable BigDecimal budgetUsdMillions, @Nullable Integer budgetYear, String sourceUrl,
                      long version) {
}
