package space.consortium.insights;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How a project's partnership grew, read from the agreements that govern it: each agreement in signing order, and
 * each party (a partner or a country) with the first agreement it signed. Its cumulative count is
 * {@link InsightsService#growth(PartnerTimeline)}.
 *
 * @param agreements the project's agreements, oldest first (undated last)
 * @param parties    each party once, at its earliest dated signature, in that order (ties by name)
 */
public record PartnerTimeline(String projectId, String projectName, List<Signing> agreements, List<Joined> parties) {

    public PartnerTimeline {
        agreements = List.copyOf(agreements);
        parties = List.copyOf(parties);
    }

    /** One agreement and the names of its parties. */
    public record Signing(String agreementId, String title, String kind, @Nullable String signedOn,
                          List<String> parties, String sourceUrl) {

        public Signing {
            parties = List.copyOf(parties);
        }
    }

    /** A party at its first signature: the date, and the agreement it signed then. */
    public record Joined(String name, @Nullable String partnerId, @Nullable String countryCode, String firstSigned,
                         String agreementId, String agreementTitle) {
    }
}
