/**
 * The cost-sharing engine, plain Java without Spring or I/O: transferable-utility games
 * ({@link space.consortium.costshare.engine.Game} and its structured models), allocation rules
 * ({@link space.consortium.costshare.engine.AllocationRule}: Shapley exact, sampled and closed form, Banzhaf,
 * nucleolus and prenucleolus, SCRB, proportional, equal split, equal savings), the core test, and the barter ledger.
 */
@NullMarked
package space.consortium.costshare.engine;

import org.jspecify.annotations.NullMarked;
