package space.consortium.projects;

import org.jspecify.annotations.Nullable;
import space.consortium.shared.Money;

/**
 * A joint (or, for contrast, single-agency) space project.
 *
 * @param status       one of {@link ProjectRequest#STATUSES}, or null when no source established it
 * @param partnerCount how many partners take part (lead, partners and contributors)
 * @param cost         total cost where a source states it
 */
public record Project(String id, String name, @Nullable String destination, @Nullable String status,
                      @Nullable Integer launchYear, String leadPartnerId, String leadPartnerName, int partnerCount,
                      @Nullable Money cost, @Nullable String notes, String sourceUrl, long version) {
}
