package space.consortium.projects;

import org.jspecify.annotations.Nullable;
import space.consortium.shared.Money;

/**
 * What one partner brings to one project.
 *
 * @param kind  one of {@link ContributionRequest#KINDS}
 * @param value the agreed or reported value, where a source states it
 */
public record Contribution(long id, String projectId, String projectName, String partnerId, String partnerName,
                           String kind, String element, @Nullable Money value, String sourceUrl, long version) {
}
