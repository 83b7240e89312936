package space.consortium.schedule.engine;

import java.util.List;
import java.util.Objects;

/**
 * One activity of the schedule network. Its cost is the time-independent amount plus the burn rate times its
 * duration (including risk delays): {@code fixedCost + rate × duration}.
 *
 * @param id           unique id
 * @param name         label for people (may equal the id)
 * @param owner        the partner that delivers it (a partner id, or "" when none)
 * @param durationDays duration in days; a milestone has {@code fixed(0)}
 * @param links        dependencies on predecessors
 * @param fixedCost    time-independent cost, in the plan's currency
 * @param ratePerDay   burn rate, in the plan's currency per day
 */
public record Activity(String id, String name, String owner, Distribution durationDays, List<Link> links,
                       Distribution fixedCost, Distribution ratePerDay) {

    private static final Distribution ZERO = Distribution.fixed(0);

    public Activity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(durationDays, "durationDays");
        links = List.copyOf(links);
        Objects.requireNonNull(fixedCost, "fixedCost");
        Objects.requireNonNull(ratePerDay, "ratePerDay");
    }

    /** An activity without cost, after the given predecessors (finish-to-start). */
    public static Activity of(String id, String owner, Distribution durationDays, String... after) {
        return new Activity(id, id, owner, durationDays, java.util.Arrays.stream(after).map(Link::after).toList(),
                ZERO, ZERO);
    }

    /** This activity with the given cost loading. */
    public Activity withCost(Distribution fixed, Distribution rate) {
        return new Activity(id, name, owner, durationDays, links, fixed, rate);
    }

    /** True for a zero-duration activity. */
    public boolean isMilestone() {
        return durationDays.isConstant() && durationDays.mean() == 0;
    }
}
