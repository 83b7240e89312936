/**
 * The cost-sharing module's edges: the JSON APIs for allocations, barter ledgers with their credits, exchange rates
 * and the price index ({@code *ApiController}) and the cost-sharing pages ({@code CostSharingPageController} with its
 * forms). Thin: each handler calls {@link space.consortium.costshare.CostShareService},
 * {@link space.consortium.costshare.LedgerService} or {@link space.consortium.costshare.ConversionTableService}.
 */
@NullMarked
package space.consortium.costshare.web;

import org.jspecify.annotations.NullMarked;
