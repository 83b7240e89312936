/**
 * Cost sharing: fair allocation of a joint project's cost with the rules of cooperative game theory side by side,
 * a stability (core) check, and the barter ledger of obligations against cash and in-kind credits.
 * Entry points: {@link space.consortium.costshare.CostShareService} (allocation),
 * {@link space.consortium.costshare.LedgerService} (the ledger and its agreed credits) and
 * {@link space.consortium.costshare.ConversionTableService} (exchange rates and price index); the computation is in
 * {@code engine}.
 */
@NullMarked
package space.consortium.costshare;

import org.jspecify.annotations.NullMarked;
