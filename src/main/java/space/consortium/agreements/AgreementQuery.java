package space.consortium.agreements;

import org.jspecify.annotations.Nullable;

/**
 * Filters for the agreement list; null means no filter.
 *
 * @param partner a partner id among the parties
 * @param country an ISO country code among the parties
 * @param project the project the agreement governs
 */
public record AgreementQuery(@Nullable String kind, @Nullable String partner, @Nullable String country,
                             @Nullable String project, @Nullable String text) {
}
