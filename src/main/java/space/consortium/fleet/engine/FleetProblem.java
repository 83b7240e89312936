package space.consortium.fleet.engine;

/** A rule a fleet description breaks: the path of the field (e.g. {@code vehicles[2].cadenceDays}) and what is wrong. */
public record FleetProblem(String field, String message) {
}
