/**
 * The Mars relay engine: Mars frames and time (IAU 2009 pole and rotation, Mars24 local solar time), orbit
 * propagation with Orekit run fully offline, visibility windows between orbiters and landers with a link model,
 * and the allocation of passes (CP-SAT with a greedy baseline) with what-if comparisons.
 * Entry types: {@link space.consortium.relay.engine.PassFinder}, {@link space.consortium.relay.engine.PassScheduler},
 * {@link space.consortium.relay.engine.MarsSolarTime}, {@link space.consortium.relay.engine.SlantRange}.
 * Orekit and OR-Tools types stay inside this package.
 */
@NullMarked
package space.consortium.relay.engine;

import org.jspecify.annotations.NullMarked;
