package space.consortium.relay;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.jspecify.annotations.Nullable;

/**
 * An orbiter or lander of the registry, with its owner and source.
 *
 * @param kind            {@code orbiter} or {@code lander}
 * @param orbiter         its orbit and radio, for an orbiter
 * @param lander          its site and demand, for a lander
 * @param status          {@code active}, {@code dormant} (silent, not declared lost) or {@code ended}; a default plan
 *                        leaves out the landers that are not active
 * @param statusSourceUrl the page that states the status; null when the registry gives none (then it is active)
 */
public record RelayAsset(String id, String name, String kind, String owner, String notes, String sourceUrl,
                         @Nullable OrbiterSpec orbiter, @Nullable LanderSpec lander, String status,
                         @Nullable String statusSourceUrl) {

    /** The statuses a relay asset may have. */
    public static final java.util.List<String> STATUSES = java.util.List.of("active", "dormant", "ended");

    /** Whether the asset works: a dormant or ended lander sends nothing to relay. */
    @JsonIgnore
    public boolean isActive() {
        return "active".equals(status);
    }

    @JsonIgnore
    public boolean isOrbiter() {
        return orbiter != null;
    }
}
