package space.consortium.schedule.engine;

import java.util.Objects;

/**
 * A dependency on a predecessor activity.
 *
 * @param predecessor the predecessor's id
 * @param type        FS, SS or FF
 * @param lagDays     lag in days (negative for a lead)
 */
public record Link(String predecessor, LinkType type, double lagDays) {

    public Link {
        Objects.requireNonNull(predecessor, "predecessor");
        Objects.requireNonNull(type, "type");
    }

    /** A plain finish-to-start link without lag. */
    public static Link after(String predecessor) {
        return new Link(predecessor, LinkType.FS, 0);
    }
}
