package space.consortium.costshare;

import org.jspecify.annotations.Nullable;
import space.consortium.shared.Money;

/**
 * The agreed value of a cash or in-kind delivery, credited to a partner in a project's barter ledger.
 *
 * @param contributionId the registry contribution this value is agreed for (its own value, if any, is then replaced),
 *                       or null for a credit of its own
 * @param value          the agreed value with its currency and price year
 * @param sourceUrl      where the value is published or agreed, if anywhere
 */
public record LedgerCredit(long id, String projectId, @Nullable Long contributionId, String partnerId,
                           String partnerName, String description, Money value, @Nullable String sourceUrl,
                           long version) {
}
