/**
 * The fleet resilience computations, plain Java without Spring or I/O: the Monte Carlo ({@link
 * space.consortium.fleet.engine.FleetSimulation}) and the deterministic replay of a flown manifest ({@link
 * space.consortium.fleet.engine.FleetReplay}). Randomness comes in as a seed; results report it.
 */
@NullMarked
package space.consortium.fleet.engine;

import org.jspecify.annotations.NullMarked;
