package space.consortium.relay;

import org.jspecify.annotations.Nullable;

/**
 * A relay asset of the registry (an orbiter or a lander) as a client creates or replaces it, and as
 * {@code GET /api/relay-assets/{id}} answers it: the body GET gives is accepted by PUT as it is. An orbiter has
 * {@code elements} and {@code radio}; a lander has {@code latDeg}, {@code lonDeg} and optionally {@code altKm},
 * {@code demandMbitPerSol}, {@code priority}. The orbit and site fields are those of a plan file's orbiter or lander
 * ({@link RelayRequest.Orbiter}, {@link RelayRequest.Lander}), checked by the same rules. Every field may be missing
 * here; {@link RelayAssetService} names each problem by its path ({@code elements.e}). Documented in
 * {@code docs/relay.md}.
 *
 * @param id               slug, e.g. {@code tgo}; required to create, cannot change (may be left out on update)
 * @param name             display name, required
 * @param kind             {@code orbiter} or {@code lander}; cannot change
 * @param owner            the partner (agency) that owns or operates it; must exist
 * @param status           {@code active} (default), {@code dormant} or {@code ended}; a default plan uses only active
 *                         assets
 * @param statusSourceUrl  the page that states the status; required when it is not active
 * @param elements         an orbiter's Keplerian elements (Mars-equatorial frame of the IAU pole)
 * @param radio            an orbiter's relay radio: {@code electra}, {@code odyssey} or {@code melacom}
 * @param latDeg           a lander's planetocentric latitude, degrees, -90 to 90
 * @param lonDeg           a lander's east longitude, degrees, -180 to 180
 * @param altKm            a lander's height above the IAU ellipsoid, km, -10 to 25 (default 0)
 * @param demandMbitPerSol a lander's data wanted per sol, Mbit, 0 (no cap, the default) to 100,000
 * @param priority         a lander's weight, 0.01 to 100 (default 1)
 * @param notes            free text, at most 1,000 characters
 * @param sourceUrl        the public page that states the asset's facts, required
 * @param version          the version last read; required on update
 */
public record RelayAssetRequest(@Nullable String id, @Nullable String name, @Nullable String kind,
                                @Nullable String owner, @Nullable String status, @Nullable String statusSourceUrl,
                                RelayRequest.@Nullable Elements elements, @Nullable String radio,
                                @Nullable Double latDeg, @Nullable Double lonDeg, @Nullable Double altKm,
                                @Nullable Double demandMbitPerSol, @Nullable Double priority, @Nullable String notes,
                                @Nullable String sourceUrl, @Nullable Long version) {

    /** The kinds of relay asset. */
    public static final java.util.List<String> KINDS = java.util.List.of("orbiter", "lander");

    /** Whether this is an orbiter. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isOrbiter() {
        return "orbiter".equals(kind);
    }
}
