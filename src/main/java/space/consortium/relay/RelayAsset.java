package space.consortium.relay;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.jspecify.annotations.Nullable;

/**
 * An orbiter or lander of the registry, with its owner and source.
 *
 * @param kind    {@code orbiter} or {@code lander}
 * @param orbiter its orbit and radio, for an orbiter
 * @param lander  its site and demand, for a lander
 */
public record RelayAsset(String id, String name, String kind, String owner, String notes, String sourceUrl,
                         @Nullable OrbiterSpec orbiter, @Nullable LanderSpec lander) {

    @JsonIgnore
    public boolean isOrbiter() {
        return orbiter != null;
    }
}
