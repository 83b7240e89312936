package space.consortium.teaming;

import java.time.Instant;
import java.util.List;

/**
 * A partner's proposed participation in a project, saved from a coalition-builder result.
 *
 * @param provides        capabilities it is assigned (and paid) to provide
 * @param backsUp         capabilities it could also provide (redundancy)
 * @param costUsdMillions its assigned cost in millions of US dollars
 * @param objective       the objective(s) of the solve, e.g. {@code min-cost}
 */
public record Proposal(long id, String projectId, String partnerId, List<String> provides, List<String> backsUp,
                       double costUsdMillions, String objective, Instant createdAt) {

    public Proposal {
        provides = List.copyOf(provides);
        backsUp = List.copyOf(backsUp);
    }
}
