package space.consortium.teaming.engine;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Political and programmatic limits on the coalition.
 *
 * @param required     partners that must be in (e.g. the lead)
 * @param excluded     partners that must stay out
 * @param incompatible pairs that may not both be in
 * @param maxPartners  largest coalition size; null: no limit
 */
public record Constraints(Set<String> required, Set<String> excluded, List<IncompatiblePair> incompatible,
                          @Nullable Integer maxPartners) {

    public static final Constraints NONE = new Constraints(Set.of(), Set.of(), List.of(), null);

    public Constraints {
        required = Set.copyOf(required);
        excluded = Set.copyOf(excluded);
        incompatible = List.copyOf(incompatible);
        if (maxPartners != null && maxPartners < 1) {
            throw new IllegalArgumentException("maxPartners must be at least 1");
        }
    }
}
