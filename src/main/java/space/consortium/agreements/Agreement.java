package space.consortium.agreements;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An agreement and its parties.
 *
 * @param kind     one of {@link AgreementRequest#KINDS}
 * @param signedOn  ISO date the agreement was first signed ({@code YYYY-MM-DD}), if known
 * @param projectId the project the agreement governs, if any
 */
public record Agreement(String id, String kind, String title, @Nullable String signedOn, @Nullable String description,
                        @Nullable String projectId, String sourceUrl, long version, List<Party> parties) {

    public Agreement {
        parties = List.copyOf(parties);
    }

    /**
     * A signatory: a partner, or a country, or both.
     *
     * @param signed ISO date {@code YYYY-MM-DD}, or {@code YYYY-MM} where only the month is published
     */
    public record Party(@Nullable String partnerId, @Nullable String partnerName, @Nullable String countryCode,
                        @Nullable String countryName, @Nullable String signed, String sourceUrl) {
    }
}
