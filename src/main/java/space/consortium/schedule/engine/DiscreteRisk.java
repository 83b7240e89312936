package space.consortium.schedule.engine;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A discrete risk: it occurs in a trial with the given probability (Bernoulli; the impact is never scaled by the
 * probability). When it occurs, one delay is drawn and added to the duration of every affected activity, and one
 * cost impact is added to the project's cost.
 *
 * @param id          unique id
 * @param name        label for people
 * @param probability chance of occurrence per trial, in [0, 1]
 * @param affects     ids of the affected activities (at least one)
 * @param delayDays   delay in days when it occurs, or null
 * @param cost        cost impact in the plan's currency when it occurs, or null
 */
public record DiscreteRisk(String id, String name, double probability, List<String> affects,
                        @Nullable Distribution delayDays, @Nullable Distribution cost) {

    public DiscreteRisk {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        affects = List.copyOf(affects);
    }
}
