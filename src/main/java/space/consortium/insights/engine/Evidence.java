package space.consortium.insights.engine;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What claims are checked against: the partner statistics, optionally the network metrics and the Artemis Accords
 * signatures.
 *
 * @param statistics     per-partner statistics, as from {@link PartnerStatistics#compute}
 * @param network        network metrics, or {@code null} if not computed (network claims are then not computable)
 * @param projects       the number of projects in the registry (or in the dated graph)
 * @param accordsSignatures Artemis Accords signatures (country, date), or {@code null} if not loaded
 */
public record Evidence(List<PartnerStatistics> statistics, @Nullable NetworkMetrics network, int projects,
        @Nullable List<DatedEvent> accordsSignatures) {

    public Evidence {
        statistics = List.copyOf(statistics);
        accordsSignatures = accordsSignatures == null ? null : List.copyOf(accordsSignatures);
        if (projects < 0) {
            throw new IllegalArgumentException("a project count is not negative, got " + projects);
        }
    }

    Optional<PartnerStatistics> statisticsOf(String partnerId) {
        return statistics.stream().filter(s -> s.partnerId().equals(partnerId)).findFirst();
    }
}
