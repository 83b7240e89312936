package space.consortium.relay.engine;

/**
 * A relay orbiter.
 *
 * @param id       short identifier, e.g. {@code mro}
 * @param owner    the owning partner (agency) id, e.g. {@code nasa}
 * @param elements its orbit
 * @param radio    its relay radio
 */
public record Orbiter(String id, String owner, OrbitElements elements, Radio radio) {
}
