package space.consortium.schedule.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a run's trials add up to: percentiles (Hyndman–Fan type 7), S-curves, the probabilities of meeting the
 * targets and both (JCL), criticality, merge bias, JCL frontiers and the tornado by activity, risk and partner; and
 * the estimates the convergence stop compares between blocks.
 */
final class JclSummaries {

    private static final int SCATTER = 1_500;
    private static final int FRONTIER_POINTS = 25;
    private static final double[] FRONTIER_LEVELS = {0.5, 0.7, 0.8};

    private JclSummaries() {
    }

    static double[] estimates(double[] finish, double[] cost, int count) {
        double[] f = Arrays.copyOf(finish, count);
        double[] c = Arrays.copyOf(cost, count);
        Arrays.sort(f);
        Arrays.sort(c);
        return new double[] {mean(f), percentile(f, 0.8), mean(c), percentile(c, 0.8)};
    }

    static boolean settled(double[] before, double[] now, double tolerance) {
        for (int i = 0; i < now.length; i++) {
            double scale = Math.max(Math.abs(now[i]), 1e-12);
            if (Math.abs(now[i] - before[i]) / scale > tolerance) {
                return false;
            }
        }
        return true;
    }

    static JclResult summarise(Network net, long seed, int trials, boolean converged, double[] finish,
                               double[] cost, double[] partnerSlip, double[] partnerGrowth, TrialSampler.Sums sums) {
        double[] sortedFinish = finish.clone();
        double[] sortedCost = cost.clone();
        Arrays.sort(sortedFinish);
        Arrays.sort(sortedCost);
        double tf = net.finishTarget != null ? net.finishTarget : net.deterministicFinish;
        double tc = net.costTarget != null ? net.costTarget : net.deterministicCost;
        int byDate = 0;
        int withinCost = 0;
        int both = 0;
        for (int t = 0; t < trials; t++) {
            boolean onTime = finish[t] <= tf;
            boolean onBudget = cost[t] <= tc;
            byDate += onTime ? 1 : 0;
            withinCost += onBudget ? 1 : 0;
            both += onTime && onBudget ? 1 : 0;
        }
        Map<String, Double> criticality = new LinkedHashMap<>();
        for (int k = 0; k < net.n; k++) {
            criticality.put(net.ids[k], (double) sums.critical[k] / trials);
        }
        List<JclResult.Point> scatter = new ArrayList<>();
        for (int t = 0; t < Math.min(trials, SCATTER); t++) {
            scatter.add(new JclResult.Point(finish[t], cost[t]));
        }
        List<JclResult.MergeBias> mergeBias = new ArrayList<>();
        for (int k = 0; k < net.n; k++) {
            if (net.merge[k]) {
                double latest = 0;
                for (int l = net.linkStart[k]; l < net.linkStart[k + 1]; l++) {
                    latest = Math.max(latest, sums.link[l] / trials);
                }
                double meanStart = sums.start[k] / trials;
                mergeBias.add(new JclResult.MergeBias(net.ids[k], net.linkStart[k + 1] - net.linkStart[k], meanStart,
                        latest, meanStart - latest));
            }
        }
        mergeBias.sort(Comparator.comparingDouble(JclResult.MergeBias::biasDays).reversed());
        return new JclResult(trials, seed, converged, summary(sortedFinish), summary(sortedCost),
                net.deterministicFinish, net.deterministicCost, tf, tc, (double) byDate / trials,
                (double) withinCost / trials, (double) both / trials, criticality, curve(sortedFinish),
                curve(sortedCost), scatter, frontiers(sortedFinish, finish, cost), mergeBias,
                tornado(net, trials, sortedFinish, sortedCost, finish, cost, partnerSlip, partnerGrowth, sums),
                net.notes);
    }

    private static JclResult.Tornado tornado(Network net, int trials, double[] sortedFinish, double[] sortedCost,
                                             double[] finish, double[] cost, double[] partnerSlip,
                                             double[] partnerGrowth, TrialSampler.Sums sums) {
        double mf = sums.ff[0] / trials;
        double sf = Math.sqrt(Math.max(0, sums.ff[1] / trials - mf * mf));
        double mc = sums.cc[0] / trials;
        double sc = Math.sqrt(Math.max(0, sums.cc[1] / trials - mc * mc));
        List<JclResult.Bar> activities = new ArrayList<>();
        for (int k = 0; k < net.n; k++) {
            double md = sums.d[k] / trials;
            double sd = Math.sqrt(Math.max(0, sums.dd[k] / trials - md * md));
            if (sd <= 1e-12 * Math.max(1, Math.abs(md))) {
                continue;
            }
            double rf = sf > 0 ? (sums.df[k] / trials - md * mf) / (sd * sf) : 0;
            double rc = sc > 0 ? (sums.dc[k] / trials - md * mc) / (sd * sc) : 0;
            activities.add(new JclResult.Bar(net.ids[k], rf, rc));
        }
        activities.sort(Comparator.comparingDouble((JclResult.Bar b) -> Math.abs(b.finish())).reversed());
        if (activities.size() > 20) {
            activities = activities.subList(0, 20);
        }
        List<JclResult.Bar> risks = new ArrayList<>();
        for (int i = 0; i < net.riskIds.length; i++) {
            long hit = sums.occurred[i];
            long miss = trials - hit;
            if (hit == 0 || miss == 0) {
                risks.add(new JclResult.Bar(net.riskIds[i], 0, 0));
                continue;
            }
            double finishHit = sums.occurredFinish[i] / hit;
            double finishMiss = (sums.ff[0] - sums.occurredFinish[i]) / miss;
            double costHit = sums.occurredCost[i] / hit;
            double costMiss = (sums.cc[0] - sums.occurredCost[i]) / miss;
            risks.add(new JclResult.Bar(net.riskIds[i], finishHit - finishMiss, costHit - costMiss));
        }
        risks.sort(Comparator.comparingDouble((JclResult.Bar b) -> Math.abs(b.finish()) + Math.abs(b.cost()))
                .reversed());
        double p70f = percentile(sortedFinish, 0.7);
        double p70c = percentile(sortedCost, 0.7);
        int p = net.partners.length;
        double[] slip = new double[p];
        double[] growth = new double[p];
        int lateTrials = 0;
        int dearTrials = 0;
        for (int t = 0; t < trials; t++) {
            if (finish[t] >= p70f) {
                lateTrials++;
                for (int j = 0; j < p; j++) {
                    slip[j] += partnerSlip[t * p + j];
                }
            }
            if (cost[t] >= p70c) {
                dearTrials++;
                for (int j = 0; j < p; j++) {
                    growth[j] += partnerGrowth[t * p + j];
                }
            }
        }
        List<JclResult.Bar> byPartner = new ArrayList<>();
        for (int j = 0; j < p; j++) {
            byPartner.add(new JclResult.Bar(net.partners[j].isEmpty() ? "(no owner)" : net.partners[j],
                    lateTrials > 0 ? slip[j] / lateTrials : 0, dearTrials > 0 ? growth[j] / dearTrials : 0));
        }
        byPartner.sort(Comparator.comparingDouble(JclResult.Bar::finish).reversed());
        return new JclResult.Tornado(activities, risks, byPartner, p70f - net.deterministicFinish,
                p70c - net.deterministicCost);
    }

    /**
     * For each level, the least cost that reaches it at each of 25 finish dates: the ceil(level × trials)-th smallest
     * cost among the trials finished by that date, found by selection over those trials' costs (O(trials) per point
     * instead of a sort), with the total order of {@link Arrays#sort(double[])}, so the same number a sort would give.
     *
     * @param sortedFinish the trials' finish dates, sorted
     */
    private static List<JclResult.Frontier> frontiers(double[] sortedFinish, double[] finish, double[] cost) {
        int trials = finish.length;
        long[] keys = new long[trials];
        List<JclResult.Frontier> result = new ArrayList<>();
        for (double level : FRONTIER_LEVELS) {
            int need = (int) Math.ceil(level * trials - 1e-9);
            double from = percentile(sortedFinish, level);
            double to = percentile(sortedFinish, 0.995);
            List<JclResult.Point> points = new ArrayList<>();
            double lastCost = Double.NaN;
            for (int g = 0; g < FRONTIER_POINTS; g++) {
                double t = from + (to - from) * g / (FRONTIER_POINTS - 1);
                if (upperBound(sortedFinish, t) < need) {
                    continue;
                }
                int k = 0;
                for (int i = 0; i < trials; i++) {
                    if (finish[i] <= t) {
                        keys[k++] = sortable(cost[i]);
                    }
                }
                double c = unsortable(select(keys, k, need - 1));
                if (c != lastCost) {
                    points.add(new JclResult.Point(t, c));
                    lastCost = c;
                }
            }
            result.add(new JclResult.Frontier(level, points));
        }
        return result;
    }

    /** A long that orders as {@link Double#compare} orders the double (-0.0 before 0.0, NaN last). */
    private static long sortable(double v) {
        long bits = Double.doubleToLongBits(v);
        return bits ^ ((bits >> 63) & Long.MAX_VALUE);
    }

    private static double unsortable(long key) {
        return Double.longBitsToDouble(key ^ ((key >> 63) & Long.MAX_VALUE));
    }

    /** The {@code rank}-th smallest (from 0) of {@code keys[0..size)}, which it reorders (Hoare's selection). */
    static long select(long[] keys, int size, int rank) {
        int lo = 0;
        int hi = size - 1;
        while (lo < hi) {
            long pivot = keys[(lo + hi) >>> 1];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (keys[i] < pivot) {
                    i++;
                }
                while (keys[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    long swap = keys[i];
                    keys[i] = keys[j];
                    keys[j] = swap;
                    i++;
                    j--;
                }
            }
            if (rank <= j) {
                hi = j;
            } else if (rank >= i) {
                lo = i;
            } else {
                return keys[rank];
            }
        }
        return keys[rank];
    }

    private static int upperBound(double[] sorted, double value) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static List<JclResult.Point> curve(double[] sorted) {
        List<JclResult.Point> points = new ArrayList<>();
        for (int i = 0; i <= 50; i++) {
            double q = i / 50.0;
            points.add(new JclResult.Point(percentile(sorted, q), q));
        }
        return points;
    }

    private static JclResult.Summary summary(double[] sorted) {
        double mean = mean(sorted);
        double ss = 0;
        for (double x : sorted) {
            ss += (x - mean) * (x - mean);
        }
        double sd = sorted.length > 1 ? Math.sqrt(ss / (sorted.length - 1)) : 0;
        return new JclResult.Summary(mean, sd, sorted[0], percentile(sorted, 0.1), percentile(sorted, 0.2),
                percentile(sorted, 0.3), percentile(sorted, 0.4), percentile(sorted, 0.5), percentile(sorted, 0.6),
                percentile(sorted, 0.7), percentile(sorted, 0.8), percentile(sorted, 0.9), sorted[sorted.length - 1]);
    }

    private static double mean(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s / values.length;
    }

    /** The q-quantile of sorted values, interpolating linearly between order statistics (Hyndman–Fan type 7). */
    static double percentile(double[] sorted, double q) {
        double h = (sorted.length - 1) * q;
        int i = (int) Math.floor(h);
        if (i >= sorted.length - 1) {
            return sorted[sorted.length - 1];
        }
        return sorted[i] + (h - i) * (sorted[i + 1] - sorted[i]);
    }
}
