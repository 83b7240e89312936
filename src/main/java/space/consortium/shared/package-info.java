/**
 * Types every module shares: the failures that map to HTTP statuses ({@link space.consortium.shared.NotFound},
 * {@link space.consortium.shared.StaleVersion}, {@link space.consortium.shared.InvalidInput},
 * {@link space.consortium.shared.InUse}, {@link space.consortium.shared.AlreadyExists},
 * {@link space.consortium.shared.MissingInputs}), the guard of a write under a unique key
 * ({@link space.consortium.shared.UniqueKey}), the one rule on storable text ({@link space.consortium.shared.TextHygiene}),
 * the page of a paginated list ({@link space.consortium.shared.PageResult})
 * and money ({@link space.consortium.shared.Money}); for pages, the data of a chart ({@link space.consortium.shared.Chart})
 * and the links of a filtered list ({@link space.consortium.shared.PageLinks}). Computations started from the web run
 * through {@link space.consortium.shared.Computations}: the caller's {@link space.consortium.shared.Work} (limits from
 * {@link space.consortium.shared.ComputationSettings}, refused with {@link space.consortium.shared.OverLimit}), a
 * bounded pool ({@link space.consortium.shared.Busy}) and the engines' one hook,
 * {@link space.consortium.shared.Checkpoint}, which stops them with {@link space.consortium.shared.Cancelled}.
 */
@NullMarked
package space.consortium.shared;

import org.jspecify.annotations.NullMarked;
