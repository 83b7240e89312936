/**
 * Fleet resilience: how a station resupplied by several partners' vehicles absorbs failures.
 * {@link space.consortium.fleet.FleetService} takes a {@link space.consortium.fleet.FleetRequest} and answers a
 * {@link space.consortium.fleet.FleetReport} (Monte Carlo) or a {@link space.consortium.fleet.ReplayReport} (a flown
 * manifest replayed). It needs no database, so the {@code fleet} command runs without Spring. The computations are in
 * {@code engine} ({@link space.consortium.fleet.engine.FleetSimulation}, {@link space.consortium.fleet.engine.FleetReplay}).
 */
@NullMarked
@ApplicationModule(displayName = "Fleet resilience")
package space.consortium.fleet;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
