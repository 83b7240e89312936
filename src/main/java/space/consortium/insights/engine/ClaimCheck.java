package space.consortium.insights.engine;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Checks claims against the registry. Never throws for a claim it cannot check: an unknown metric, a missing or
 * unknown partner, or missing evidence give {@link ClaimVerdict.NotComputable} with the reason.
 */
public final class ClaimCheck {

    /** The metrics a claim can name. Per-partner unless marked global; {@code projects} is both. */
    public static final List<String> METRICS = List.of(
            "projects", "internationalProjects", "internationalShare", "partnersWorkedWith",
            "degree", "weightedDegree", "betweenness", "closeness", "clustering",
            "artemisAccordsSignatories", "partners", "communities");

    private ClaimCheck() {
    }

    /** A computed value and the number of rows it rests on. */
    private record Value(double computed, int rows) {
    }

    /** Checks one claim. */
    public static ClaimVerdict check(Claim claim, Evidence evidence) {
        String metric = claim.metric();
        String partner = claim.partnerId();
        if (!METRICS.contains(metric)) {
            return new ClaimVerdict.NotComputable("unknown metric '" + metric + "'; known metrics: " + METRICS);
        }
        Optional<Value> value;
        String missing;
        if (partner == null) {
            value = global(metric, evidence);
            missing = "metric '" + metric + "' is per partner: name the partner";
            if (metric.equals("artemisAccordsSignatories") && evidence.accordsSignatures() == null) {
                missing = "the Artemis Accords signatures are not loaded";
            } else if (metric.equals("communities") && evidence.network() == null) {
                missing = "the network metrics were not computed";
            }
        } else {
            Optional<PartnerStatistics> stats = evidence.statisticsOf(partner);
            if (stats.isEmpty()) {
                return new ClaimVerdict.NotComputable("unknown partner '" + partner
                        + "': it takes part in no project of the registry (check the identifier)");
            }
            value = perPartner(metric, stats.get(), evidence.network());
            missing = metric.equals("artemisAccordsSignatories") || metric.equals("partners")
                    || metric.equals("communities")
                            ? "metric '" + metric + "' is global: leave the partner out"
                            : "the network metrics were not computed";
        }
        if (value.isEmpty()) {
            return new ClaimVerdict.NotComputable(missing);
        }
        Value v = value.get();
        return claim.comparator().holds(v.computed(), claim.stated(), claim.tolerance())
                ? new ClaimVerdict.Supported(v.computed(), v.rows())
                : new ClaimVerdict.Contradicted(v.computed(), v.rows());
    }

    private static Optional<Value> global(String metric, Evidence evidence) {
        @Nullable List<DatedEvent> signatures = evidence.accordsSignatures();
        @Nullable NetworkMetrics network = evidence.network();
        return switch (metric) {
            case "projects" -> Optional.of(new Value(evidence.projects(), evidence.projects()));
            case "partners" -> Optional.of(new Value(evidence.statistics().size(), evidence.statistics().size()));
            case "artemisAccordsSignatories" -> signatures == null ? Optional.empty() : Optional.of(new Value(
                    signatures.stream().map(DatedEvent::subject).distinct().count(), signatures.size()));
            case "communities" -> network == null ? Optional.empty()
                    : Optional.of(new Value(network.communities(), network.partners().size()));
            default -> Optional.empty();
        };
    }

    private static Optional<Value> perPartner(String metric, PartnerStatistics s, @Nullable NetworkMetrics network) {
        int rows = s.projects();
        Optional<Value> statistic = switch (metric) {
            case "projects" -> Optional.of(new Value(s.projects(), rows));
            case "internationalProjects" -> Optional.of(new Value(s.internationalProjects(), rows));
            case "internationalShare" -> Optional.of(new Value(s.internationalShare(), rows));
            case "partnersWorkedWith" -> Optional.of(new Value(s.partnersWorkedWith(), rows));
            default -> Optional.empty();
        };
        if (statistic.isPresent() || network == null) {
            return statistic;
        }
        return network.of(s.partnerId()).flatMap(m -> switch (metric) {
            case "degree" -> Optional.of(new Value(m.degree(), rows));
            case "weightedDegree" -> Optional.of(new Value(m.weightedDegree(), rows));
            case "betweenness" -> Optional.of(new Value(m.betweenness(), rows));
            case "closeness" -> Optional.of(new Value(m.closeness(), rows));
            case "clustering" -> Optional.of(new Value(m.clustering(), rows));
            default -> Optional.<Value>empty();
        });
    }
}
