/**
 * Cost sharing: fair allocation of a joint project's cost with the rules of cooperative game theory side by side,
 * a stability (core) check, and the barter ledger of obligations against cash and in-kind credits.
 * Entry point: {@link space.consortium.costshare.CostShareService}; the computation is in {@code engine}.
 */
@NullMarked
package space.consortium.costshare;

import org.jspecify.annotations.NullMarked;
