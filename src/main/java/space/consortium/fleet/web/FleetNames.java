package space.consortium.fleet.web;

import java.util.Map;

/**
 * Display names of the ids the shipped fleets and the replayed manifest use (vehicles, partners, launchers), so the
 * page shows "Roscosmos" and "Soyuz-2" where the files say {@code roscosmos} and {@code soyuz}. Partner names are the
 * registry's short names (agencies.csv); an id not listed here (a custom fleet's) is shown as it is.
 */
final class FleetNames {

    static final Map<String, String> NAMES = Map.ofEntries(
            // vehicles
            Map.entry("progress", "Progress"), Map.entry("dragon", "Dragon"), Map.entry("cygnus", "Cygnus"),
            Map.entry("htv", "HTV (Kounotori)"), Map.entry("atv", "ATV"),
            // partners: the registry's short names
            Map.entry("roscosmos", "Roscosmos"), Map.entry("nasa", "NASA"), Map.entry("jaxa", "JAXA"),
            Map.entry("esa", "ESA"),
            // launchers
            Map.entry("soyuz", "Soyuz"), Map.entry("falcon9", "Falcon 9"), Map.entry("antares", "Antares"),
            Map.entry("h2b", "H-IIB"), Map.entry("ariane5", "Ariane 5"), Map.entry("atlas5", "Atlas V"));

    private FleetNames() {
    }

    /** The display name of the id, or the id itself when it has none. */
    static String of(String id) {
        return NAMES.getOrDefault(id, id);
    }
}
