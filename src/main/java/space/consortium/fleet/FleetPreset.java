package space.consortium.fleet;

/** A shipped fleet to start from: the ISS fleet of 2015 and one-partner fleets with the same supply. */
public record FleetPreset(String id, String name, String description, FleetRequest fleet) {
}
