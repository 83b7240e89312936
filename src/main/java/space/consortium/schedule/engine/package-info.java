/**
 * Joint cost and schedule confidence (JCL): a pure Monte Carlo engine over a cost-loaded schedule network with
 * discrete risk events and correlated uncertainties. Entry types: {@link space.consortium.schedule.engine.Plan}
 * (the network), {@link space.consortium.schedule.engine.JclMonteCarlo} (prepares and runs it) and
 * {@link space.consortium.schedule.engine.JclResult}. No Spring, no I/O; the seed comes in and results do not depend
 * on the thread count.
 */
@NullMarked
package space.consortium.schedule.engine;

import org.jspecify.annotations.NullMarked;
