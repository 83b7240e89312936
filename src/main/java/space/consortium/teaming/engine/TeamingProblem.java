package space.consortium.teaming.engine;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A coalition-building problem. The coalition is a set of candidates; each requirement is assigned to one coalition
 * member whose offer meets the minimum maturity, and the coalition holds at least {@code redundancy} members able to
 * provide it (only the assigned provider is paid); per-partner budget caps bound the sum assigned to a partner;
 * required partners are in, excluded ones out, no incompatible pair is complete, the size is at most
 * {@code maxPartners}.
 *
 * @param priorities the objectives, first the most important; later ones break ties of the earlier ones
 */
public record TeamingProblem(List<Requirement> requirements, List<Candidate> candidates, Constraints constraints,
                             List<Objective> priorities) {

    public TeamingProblem {
        requirements = List.copyOf(requirements);
        candidates = List.copyOf(candidates);
        priorities = List.copyOf(priorities);
        if (requirements.isEmpty()) {
            throw new IllegalArgumentException("a problem needs at least one requirement");
        }
        if (priorities.isEmpty() || new HashSet<>(priorities).size() != priorities.size()) {
            throw new IllegalArgumentException("priorities must name each objective at most once, and at least one");
        }
        Set<String> caps = new HashSet<>();
        requirements.forEach(r -> {
            if (!caps.add(r.capability())) {
                throw new IllegalArgumentException("capability " + r.capability() + " is required twice");
            }
        });
        Set<String> ids = new HashSet<>();
        candidates.forEach(c -> {
            if (!ids.add(c.id())) {
                throw new IllegalArgumentException("partner " + c.id() + " is listed twice");
            }
        });
    }

    public TeamingProblem(List<Requirement> requirements, List<Candidate> candidates, Constraints constraints,
                          Objective objective) {
        this(requirements, candidates, constraints, List.of(objective));
    }

    /** True when a requirement counts for {@link Objective#MAX_REDUNDANCY}: it is critical, or none is. */
    boolean counts(Requirement r) {
        return r.critical() || requirements.stream().noneMatch(Requirement::critical);
    }
}
