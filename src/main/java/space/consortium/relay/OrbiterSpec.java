package space.consortium.relay;

/**
 * An orbiter of a plan.
 *
 * @param id       identifier
 * @param owner    owning partner (agency) id
 * @param elements its orbit
 * @param radio    {@code electra}, {@code odyssey} or {@code melacom}
 */
public record OrbiterSpec(String id, String owner, ElementsSpec elements, String radio) {
}
