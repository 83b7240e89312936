/**
 * The cooperation-insights engine, plain Java without Spring or I/O.
 * <ul>
 *   <li>Input: {@link space.consortium.insights.engine.CooperationData} of
 *       {@link space.consortium.insights.engine.ProjectRecord}, {@link space.consortium.insights.engine.Participation}
 *       and {@link space.consortium.insights.engine.Contribution}.</li>
 *   <li>Network: {@link space.consortium.insights.engine.CooperationGraph#build} (partners joined by shared projects,
 *       optionally as of a year) and {@link space.consortium.insights.engine.NetworkMetrics#compute} (degree, weighted
 *       degree, Brandes betweenness, closeness, clustering coefficient, Louvain communities, strongest
 *       pairs, most connected projects).</li>
 *   <li>Statistics: {@link space.consortium.insights.engine.PartnerStatistics#compute} and
 *       {@link space.consortium.insights.engine.TimeSeries}.</li>
 *   <li>Claims: {@link space.consortium.insights.engine.ClaimCheck#check} gives a
 *       {@link space.consortium.insights.engine.ClaimVerdict}.</li>
 * </ul>
 */
@NullMarked
package space.consortium.insights.engine;

import org.jspecify.annotations.NullMarked;
