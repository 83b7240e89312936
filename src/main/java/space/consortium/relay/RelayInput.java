package space.consortium.relay;

import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import space.consortium.shared.InvalidInput;
import space.consortium.shared.JsonInput;
import space.consortium.shared.Problems;
import tools.jackson.databind.JsonNode;

/**
 * A relay plan from a JSON body, for every endpoint that takes one ({@code POST /api/relay/plan}, with or without
 * {@code format}, and {@code POST /api/jobs/relay}), with every problem at once: values of the wrong type and unknown
 * fields (read by {@link JsonInput#convert}, which goes past the first) and the plan's checks
 * ({@link RelayService#validate}: required fields, ranges, registry ids, policies), each named by its field path
 * ({@code orbiters[0].elements.e}). A problem the checks find at a path the reading already named (a wrong-typed
 * number is not "required" as well) is left out. Relay assets' bodies are read the same way ({@link #asset}).
 */
public final class RelayInput {

    /** What the whole body must be (also the checks' word for a missing body). */
    static final String EXPECTED = "must be a JSON object with start, end, orbiters and landers";

    private RelayInput() {
    }

    /**
     * The body as a plan request, checked.
     *
     * @param body the body, or null when the request had none
     * @throws InvalidInput naming every problem of the body
     */
    public static RelayRequest read(@Nullable JsonNode body, RelayService relay) {
        Problems reading = new Problems();
        RelayRequest request = JsonInput.body(body, RelayRequest.class, reading, EXPECTED);
        List<InvalidInput.FieldProblem> all = reading.problems();
        try {
            relay.validate(request);
        } catch (InvalidInput e) {
            all = JsonInput.merge(all, e.problems());
        }
        if (!all.isEmpty()) {
            throw new InvalidInput(all);
        }
        return request;
    }

    /**
     * A relay asset's body ({@code POST /api/relay-assets}, {@code PUT /api/relay-assets/{id}}). When the reading
     * finds a problem, it is named with every problem of the asset's rules ({@code rules}: {@link
     * RelayAssetService#problems} or {@link RelayAssetService#updateProblems}) and nothing is written; a body read
     * without one is the service's to check as it writes.
     *
     * @throws InvalidInput naming every problem of the body when its reading found one
     */
    public static RelayAssetRequest asset(@Nullable JsonNode body,
                                          Function<RelayAssetRequest, List<InvalidInput.FieldProblem>> rules) {
        Problems reading = new Problems();
        RelayAssetRequest request = JsonInput.body(body, RelayAssetRequest.class, reading);
        if (!reading.isEmpty()) {
            throw new InvalidInput(JsonInput.merge(reading.problems(), rules.apply(request)));
        }
        return request;
    }
}
