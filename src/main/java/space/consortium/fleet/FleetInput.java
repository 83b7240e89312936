package space.consortium.fleet;

import java.util.ArrayList;
import java.util.List;
import space.consortium.shared.InvalidInput;
import space.consortium.shared.JsonInput;
import space.consortium.shared.Problems;
import tools.jackson.databind.JsonNode;

/**
 * A fleet (or fleets to compare) from a JSON body, for the API and the page, with every problem at once: values of
 * the wrong type and unknown fields (read by {@link JsonInput#convert}, which goes past the first), a limit of the
 * caller's own, and the fleet's checks ({@link FleetService#check}), each named by its field path. A problem the
 * checks find at a path the reading already named (a wrong-typed number is not "required" as well) is left out.
 * Public for every endpoint that takes a fleet ({@code /api/fleet/simulate}, the fleet page, {@code /api/jobs/fleet}).
 */
public final class FleetInput {

    private FleetInput() {
    }

    /**
     * One fleet.
     *
     * @param maxTrials most trials the caller runs (the page's limit), checked with the rest
     * @throws InvalidInput naming every problem of the body
     */
    public static FleetRequest one(JsonNode body, FleetService fleets, int maxTrials) {
        Problems reading = new Problems();
        FleetRequest request = JsonInput.body(body, FleetRequest.class, reading);
        if (request.trials() != null && request.trials() > maxTrials) {
            reading.add("trials", "must be at most " + maxTrials + " on this page (the API takes more)");
        }
        List<InvalidInput.FieldProblem> checks = List.of();
        try {
            fleets.check(request);
        } catch (InvalidInput e) {
            checks = e.problems();
        }
        throwIfAny(reading, checks);
        return request;
    }

    /**
     * The fleets of {@code {"fleets": [...]}}.
     *
     * @throws InvalidInput naming every problem of every fleet ({@code fleets[1].vehicles[0].capacityKg})
     */
    public static List<FleetRequest> compared(JsonNode body, FleetService fleets) {
        Problems reading = new Problems();
        List<FleetRequest> requests = new ArrayList<>();
        if (!body.isObject()) {
            reading.add("body", "must be an object {\"fleets\": [...]}");
        } else {
            body.properties().stream().filter(f -> !f.getKey().equals("fleets"))
                    .forEach(f -> reading.add(f.getKey(), "is not a known field; known fields: fleets"));
            JsonNode list = body.path("fleets");
            if (!list.isMissingNode() && !list.isNull() && !list.isArray()) {
                reading.add("fleets", "must be a list of fleets");
            }
            for (int i = 0; list.isArray() && i < list.size(); i++) {
                FleetRequest request = JsonInput.convert(list.get(i), FleetRequest.class, reading.at("fleets", i));
                requests.add(request != null ? request
                        : new FleetRequest(null, null, null, null, null, null, null, null, null, null));
            }
        }
        List<InvalidInput.FieldProblem> checks = List.of();
        if (body.isObject()) {
            try {
                fleets.check(requests);
            } catch (InvalidInput e) {
                checks = e.problems();
            }
        }
        throwIfAny(reading, checks);
        return requests;
    }

    private static void throwIfAny(Problems reading, List<InvalidInput.FieldProblem> checks) {
        List<InvalidInput.FieldProblem> all = JsonInput.merge(reading.problems(), checks);
        if (!all.isEmpty()) {
            throw new InvalidInput(all);
        }
    }
}
