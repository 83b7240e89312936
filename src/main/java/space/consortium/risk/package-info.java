/**
 * Risk mitigation, the third benefit of working together: a project's risk register with its full history and a
 * tailorable 5 × 5 matrix ({@link space.consortium.risk.RiskService}), exported as discrete events for the schedule
 * and cost simulation, and the fleet resilience simulation of a station resupplied by several partners' vehicles
 * ({@link space.consortium.risk.FleetService}). The computations are in {@code engine}:
 * {@link space.consortium.risk.engine.RiskMatrix}, {@link space.consortium.risk.engine.FleetSimulation} and
 * {@link space.consortium.risk.engine.FleetReplay}.
 */
@NullMarked
package space.consortium.risk;

import org.jspecify.annotations.NullMarked;
