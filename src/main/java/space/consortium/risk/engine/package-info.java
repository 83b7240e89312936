/**
 * The risk computations, plain Java without Spring or I/O: the project risk matrix ({@link
 * space.consortium.risk.engine.RiskMatrix}: scales and zoning as data) and the fleet resilience Monte Carlo ({@link
 * space.consortium.risk.engine.FleetSimulation}) with its deterministic replay of a flown manifest ({@link
 * space.consortium.risk.engine.FleetReplay}). Randomness comes in as a seed; results report it.
 */
@NullMarked
package space.consortium.risk.engine;

import org.jspecify.annotations.NullMarked;
