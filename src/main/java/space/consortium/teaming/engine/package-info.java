/**
 * The coalition builder, plain Java without Spring or I/O: which partners, together, cover a mission's required
 * capabilities at the lowest cost, with enough redundancy, within political constraints.
 * <ul>
 *   <li>Input: {@link space.consortium.teaming.engine.TeamingProblem} (requirements, candidates with their
 *       {@link space.consortium.teaming.engine.Offer}s, {@link space.consortium.teaming.engine.Constraints}, the
 *       objectives in priority order).</li>
 *   <li>Exact solver: {@link space.consortium.teaming.engine.CoalitionCpSat} (OR-Tools CP-SAT, lexicographic stages,
 *       a cost-versus-size Pareto set, a minimal conflicting set of constraint groups when infeasible). OR-Tools
 *       types stay inside this package.</li>
 *   <li>Baseline: {@link space.consortium.teaming.engine.CoalitionGreedy}, a cost-effectiveness greedy.</li>
 *   <li>Outcome: {@link space.consortium.teaming.engine.TeamingResult} ({@code Solved | Infeasible | Unknown}).</li>
 * </ul>
 */
@NullMarked
package space.consortium.teaming.engine;

import org.jspecify.annotations.NullMarked;
