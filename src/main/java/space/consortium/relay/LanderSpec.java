package space.consortium.relay;

/**
 * A lander of a plan.
 *
 * @param id               identifier
 * @param owner            owning partner (agency) id
 * @param latDeg           planetocentric latitude, degrees
 * @param lonDeg           east longitude, degrees
 * @param altKm            height above the IAU ellipsoid, km
 * @param demandMbitPerSol data wanted per sol, Mbit (0 = no cap)
 * @param priority         weight of its data (1 = normal)
 */
public record LanderSpec(String id, String owner, double latDeg, double lonDeg, double altKm, double demandMbitPerSol,
                         double priority) {
}
