package space.consortium.relay.engine;

/**
 * A lander or rover on the surface.
 *
 * @param id               short identifier, e.g. {@code curiosity}
 * @param owner            the owning partner (agency) id
 * @param latitudeDeg      planetocentric latitude, degrees in [−90, 90]
 * @param longitudeDeg     east longitude, degrees
 * @param heightM          height above the IAU ellipsoid, m
 * @param demandMbitPerSol data it wants returned per sol, Mbit (0 = no cap)
 * @param priority         weight of its data in the allocation (1 = normal)
 */
public record Lander(String id, String owner, double latitudeDeg, double longitudeDeg, double heightM,
                     double demandMbitPerSol, double priority) {
}
