/**
 * The cost-sharing engine, plain Java without Spring or I/O.
 * <ul>
 *   <li>Games: {@link space.consortium.costshare.engine.Game} with {@link space.consortium.costshare.engine.TableGame}
 *       (explicit values) and the structured models {@link space.consortium.costshare.engine.AirportGame},
 *       {@link space.consortium.costshare.engine.ElementsGame}, {@link space.consortium.costshare.engine.ScaleGame},
 *       {@link space.consortium.costshare.engine.BankruptcyGame} and
 *       {@link space.consortium.costshare.engine.WeightedVotingGame}.</li>
 *   <li>Rules ({@link space.consortium.costshare.engine.AllocationRule}):
 *       {@link space.consortium.costshare.engine.ShapleyExact}, {@link space.consortium.costshare.engine.ShapleySampled},
 *       {@link space.consortium.costshare.engine.AirportShapley}, {@link space.consortium.costshare.engine.BanzhafNormalized},
 *       {@link space.consortium.costshare.engine.Nucleolus} (and prenucleolus), {@link space.consortium.costshare.engine.Scrb},
 *       {@link space.consortium.costshare.engine.Proportional}, {@link space.consortium.costshare.engine.EqualSplit},
 *       {@link space.consortium.costshare.engine.EqualSavings}; rounding by
 *       {@link space.consortium.costshare.engine.LargestRemainder}.</li>
 *   <li>Stability: {@link space.consortium.costshare.engine.Core} (core test, least core, core bounds) and
 *       {@link space.consortium.costshare.engine.Kohlberg} (the nucleolus certificate); LPs are solved with OR-Tools
 *       GLOP, which no public signature exposes.</li>
 *   <li>Barter ledger: {@link space.consortium.costshare.engine.Ledger}, {@link space.consortium.costshare.engine.Settlement}
 *       and {@link space.consortium.costshare.engine.CurrencyConverter}.</li>
 * </ul>
 */
@NullMarked
package space.consortium.costshare.engine;

import org.jspecify.annotations.NullMarked;
