package space.consortium.teaming.engine;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A partner that may join the coalition.
 *
 * @param id                    partner id, unique in a problem
 * @param offers                its capabilities, at most one offer per capability
 * @param budgetCapUsdMillions  most it can be assigned in total, in millions of US dollars; null: no cap
 */
public record Candidate(String id, List<Offer> offers, @Nullable Double budgetCapUsdMillions) {

    public Candidate {
        offers = List.copyOf(offers);
        Set<String> seen = new HashSet<>();
        for (Offer o : offers) {
            if (!seen.add(o.capability())) {
                throw new IllegalArgumentException("partner " + id + " offers " + o.capability() + " twice");
            }
        }
        if (budgetCapUsdMillions != null && !(budgetCapUsdMillions >= 0)) {
            throw new IllegalArgumentException("budget cap of " + id + " must be ≥ 0");
        }
    }

    public Candidate(String id, List<Offer> offers) {
        this(id, offers, null);
    }

    /** Its offer for a capability, if any. */
    public Optional<Offer> offer(String capability) {
        return offers.stream().filter(o -> o.capability().equals(capability)).findFirst();
    }
}
