/**
 * Cooperation insights: the "Global cooperation" module — the network of partners who share projects, its
 * centrality and community metrics, per-partner statistics, time series and the check of published claims against
 * the registry. Entry point: {@link space.consortium.insights.InsightsService}. The computation is in {@code engine}: {@link space.consortium.insights.engine.CooperationGraph},
 * {@link space.consortium.insights.engine.NetworkMetrics}, {@link space.consortium.insights.engine.PartnerStatistics},
 * {@link space.consortium.insights.engine.TimeSeries} and {@link space.consortium.insights.engine.ClaimCheck}.
 */
@NullMarked
package space.consortium.insights;

import org.jspecify.annotations.NullMarked;
