package space.consortium.relay.engine;

import java.util.List;
import java.util.Map;

/**
 * The windows found, sorted by start, with the propagator each orbiter was run with and notes for the user.
 */
public record PassSearch(List<Pass> passes, Map<String, PropagatorKind> propagators, List<String> notes) {

    public PassSearch {
        passes = List.copyOf(passes);
        propagators = Map.copyOf(propagators);
        notes = List.copyOf(notes);
    }
}
