package space.consortium.schedule.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import space.consortium.shared.Checkpoint;

/**
 * Joint cost and schedule confidence by Monte Carlo over a cost-loaded network (NASA Cost Estimating Handbook v4.0,
 * appendix J). Each trial samples every duration and cost (correlated groups through a Gaussian copula, which keeps
 * every marginal and so every mean), draws each risk event (Bernoulli), runs the forward pass of the critical path
 * method over FS/SS/FF links with lags, and traces the critical path back from the last finish.
 *
 * <p>Cost per trial: O(activities + links + risk targets + Σ m² over correlated groups of size m). Trials are cut
 * into fixed chunks of {@value #CHUNK}; trial {@code t} draws from its own SplitMix64 stream derived from (seed, t)
 * and the chunks' sums are added in chunk order, so results are bit-identical for any thread count.
 *
 * <p>{@link #prepare(Plan)} validates and compiles the plan (throws {@link InvalidPlan}); {@link #run} may then be
 * called any number of times.
 */
public final class JclMonteCarlo {

    static final int CHUNK = 250;
    /** Trials between two calls of the checkpoint (a tenth of a second at 20,000 activities). */
    static final int CHECK_EVERY = 50;
    private static final byte FS = 0;
    private static final byte SS = 1;
    private static final int SCATTER = 1_500;
    private static final int FRONTIER_POINTS = 25;
    private static final double[] FRONTIER_LEVELS = {0.5, 0.7, 0.8};

    // activities in topological order
    private final int n;
    private final String[] ids;
    private final int[] owner;
    private final String[] partners;
    private final Distribution[] duration;
    private final Distribution[] fixedCost;
    private final Distribution[] rate;
    private final double[] baseDuration;
    private final double[] baseCost;
    // constant inputs need no random number: NaN marks the uncertain ones
    private final double[] constDuration;
    private final double[] constFixed;
    private final double[] constRate;
    // links, grouped by successor (CSR)
    private final int[] linkStart;
    private final int[] linkPred;
    private final LinkType[] linkType;
    private final byte[] linkKind;
    private final double[] linkLag;
    private final boolean[] merge;
    // risks
    private final String[] riskIds;
    private final double[] riskProbability;
    private final Distribution[] riskDelay;
    private final Distribution[] riskCost;
    private final int[][] riskTargets;
    private final int[] riskOwner;
    // correlation: groups of variables (activity * 2 + 0 duration / 1 cost) and their Cholesky factors
    private final int[][] groups;
    private final double[][][] factors;
    private final int[] durationScore;
    private final int[] costScore;
    private final int scores;
    private final List<String> notes;
    private final double deterministicFinish;
    private final double deterministicCost;
    private final Double finishTarget;
    private final Double costTarget;

    private JclMonteCarlo(Compiler c) {
        n = c.order.length;
        ids = new String[n];
        owner = new int[n];
        duration = new Distribution[n];
        fixedCost = new Distribution[n];
        rate = new Distribution[n];
        baseDuration = new double[n];
        baseCost = new double[n];
        Map<String, Integer> partnerIndex = new LinkedHashMap<>();
        int[] position = new int[n];
        for (int k = 0; k < n; k++) {
            position[c.order[k]] = k;
        }
        for (int k = 0; k < n; k++) {
            Activity a = c.activities.get(c.order[k]);
            ids[k] = a.id();
            owner[k] = partnerIndex.computeIfAbsent(a.owner(), o -> partnerIndex.size());
            duration[k] = a.durationDays();
            fixedCost[k] = a.fixedCost();
            rate[k] = a.ratePerDay();
            baseDuration[k] = Math.max(0, a.durationDays().pointEstimate());
            baseCost[k] = a.fixedCost().pointEstimate() + a.ratePerDay().pointEstimate() * baseDuration[k];
        }
        partners = partnerIndex.keySet().toArray(String[]::new);
        constDuration = constants(duration);
        constFixed = constants(fixedCost);
        constRate = constants(rate);
        linkStart = new int[n + 1];
        List<int[]> links = new ArrayList<>();
        List<Link> linkData = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            Activity a = c.activities.get(c.order[k]);
            linkStart[k] = links.size();
            for (Link l : a.links()) {
                links.add(new int[] {position[c.index.get(l.predecessor())]});
                linkData.add(l);
            }
        }
        linkStart[n] = links.size();
        linkPred = new int[links.size()];
        linkType = new LinkType[links.size()];
        linkLag = new double[links.size()];
        linkKind = new byte[links.size()];
        for (int l = 0; l < links.size(); l++) {
            linkPred[l] = links.get(l)[0];
            linkType[l] = linkData.get(l).type();
            linkKind[l] = (byte) linkType[l].ordinal();
            linkLag[l] = linkData.get(l).lagDays();
        }
        merge = new boolean[n];
        for (int k = 0; k < n; k++) {
            merge[k] = linkStart[k + 1] - linkStart[k] >= 2;
        }
        int r = c.plan.risks().size();
        riskIds = new String[r];
        riskProbability = new double[r];
        riskDelay = new Distribution[r];
        riskCost = new Distribution[r];
        riskTargets = new int[r][];
        riskOwner = new int[r];
        for (int i = 0; i < r; i++) {
            RiskEvent e = c.plan.risks().get(i);
            riskIds[i] = e.id();
            riskProbability[i] = e.probability();
            riskDelay[i] = e.delayDays();
            riskCost[i] = e.cost();
            riskTargets[i] = e.affects().stream().mapToInt(id -> position[c.index.get(id)]).toArray();
            riskOwner[i] = owner[riskTargets[i][0]];
        }
        durationScore = new int[n];
        costScore = new int[n];
        Arrays.fill(durationScore, -1);
        Arrays.fill(costScore, -1);
        groups = new int[c.groups.size()][];
        factors = new double[c.groups.size()][][];
        int s = 0;
        for (int g = 0; g < groups.length; g++) {
            int[] vars = c.groups.get(g).stream().mapToInt(v -> position[v / 2] * 2 + v % 2).toArray();
            groups[g] = vars;
            factors[g] = c.factors.get(g);
            for (int v : vars) {
                if (v % 2 == 0) {
                    durationScore[v / 2] = s++;
                } else {
                    costScore[v / 2] = s++;
                }
            }
        }
        scores = s;
        notes = List.copyOf(c.notes);
        // deterministic plan: point estimates, no risks
        double[] es = new double[n];
        double[] ef = new double[n];
        double finish = 0;
        double cost = 0;
        for (int k = 0; k < n; k++) {
            es[k] = start(k, es, ef, baseDuration[k], null);
            ef[k] = es[k] + baseDuration[k];
            finish = Math.max(finish, ef[k]);
            cost += baseCost[k];
        }
        deterministicFinish = finish;
        deterministicCost = cost;
        finishTarget = c.plan.finishTargetDays();
        costTarget = c.plan.costTarget();
    }

    private static double[] constants(Distribution[] distributions) {
        double[] values = new double[distributions.length];
        for (int k = 0; k < values.length; k++) {
            values[k] = distributions[k].isConstant() ? distributions[k].mean() : Double.NaN;
        }
        return values;
    }

    /**
     * Validates and compiles a plan.
     *
     * @throws InvalidPlan naming every problem: duplicate or unknown ids, cycles (with the activities on the cycle),
     *                     negative durations, probabilities outside [0, 1], correlations outside [-1, 1] or a matrix
     *                     that is not positive semi-definite (unless the plan asks for repair)
     */
    public static JclMonteCarlo prepare(Plan plan) {
        return new JclMonteCarlo(new Compiler(plan));
    }

    /** The deterministic finish (days): point estimates, no risks. */
    public double deterministicFinish() {
        return deterministicFinish;
    }

    /** Runs the simulation; {@code progress} receives the number of trials done after each block. */
    public JclResult run(RunSettings settings, IntConsumer progress) {
        return run(settings, progress, Checkpoint.NONE);
    }

    /**
     * Runs the simulation; {@code progress} receives the number of trials done after each block, and
     * {@code checkpoint} is called every {@value #CHECK_EVERY} trials (with the trial index) and after each block.
     *
     * @throws space.consortium.shared.Cancelled from the checkpoint, when the run must stop
     */
    public JclResult run(RunSettings settings, IntConsumer progress, Checkpoint checkpoint) {
        int max = settings.trials();
        int block = Math.max(2_000, ((max / 50 + CHUNK - 1) / CHUNK) * CHUNK);
        double[] finish = new double[max];
        double[] cost = new double[max];
        int p = partners.length;
        double[] partnerSlip = new double[max * p];
        double[] partnerGrowth = new double[max * p];
        Sums total = new Sums(n, linkPred.length, riskIds.length);
        ExecutorService pool = settings.threads() > 1 ? Executors.newFixedThreadPool(settings.threads()) : null;
        int done = 0;
        boolean converged = false;
        double[] previous = null;
        try {
            while (done < max) {
                int end = Math.min(max, done + block);
                List<Future<Sums>> futures = new ArrayList<>();
                List<Sums> results = new ArrayList<>();
                for (int from = done; from < end; from += CHUNK) {
                    int f = from;
                    int to = Math.min(end, from + CHUNK);
                    if (pool == null) {
                        results.add(chunk(settings.seed(), f, to, finish, cost, partnerSlip, partnerGrowth,
                                checkpoint));
                    } else {
                        futures.add(pool.submit(() -> chunk(settings.seed(), f, to, finish, cost, partnerSlip,
                                partnerGrowth, checkpoint)));
                    }
                }
                for (Future<Sums> future : futures) {
                    results.add(future.get());
                }
                results.forEach(total::add);
                done = end;
                progress.accept(done);
                checkpoint.reached(done);
                if (settings.convergence() > 0 && done < max) {
                    double[] now = estimates(finish, cost, done);
                    if (previous != null && settled(previous, now, settings.convergence())) {
                        converged = true;
                        break;
                    }
                    previous = now;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("simulation interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        return summarise(settings.seed(), done, converged, Arrays.copyOf(finish, done), Arrays.copyOf(cost, done),
                partnerSlip, partnerGrowth, total);
    }

    private static double[] estimates(double[] finish, double[] cost, int count) {
        double[] f = Arrays.copyOf(finish, count);
        double[] c = Arrays.copyOf(cost, count);
        Arrays.sort(f);
        Arrays.sort(c);
        return new double[] {mean(f), percentile(f, 0.8), mean(c), percentile(c, 0.8)};
    }

    private static boolean settled(double[] before, double[] now, double tolerance) {
        for (int i = 0; i < now.length; i++) {
            double scale = Math.max(Math.abs(now[i]), 1e-12);
            if (Math.abs(now[i] - before[i]) / scale > tolerance) {
                return false;
            }
        }
        return true;
    }

    /** Per-chunk sums, added in chunk order. */
    private static final class Sums {
        final long[] critical;
        final double[] d;
        final double[] dd;
        final double[] df;
        final double[] dc;
        final double[] ff = new double[3]; // Σf', Σf'², Σc' ... (f' = finish − deterministic, c' likewise)
        final double[] cc = new double[2];
        final double[] start;
        final double[] link;
        final long[] occurred;
        final double[] occurredFinish;
        final double[] occurredCost;

        Sums(int n, int links, int risks) {
            critical = new long[n];
            d = new double[n];
            dd = new double[n];
            df = new double[n];
            dc = new double[n];
            start = new double[n];
            link = new double[links];
            occurred = new long[risks];
            occurredFinish = new double[risks];
            occurredCost = new double[risks];
        }

        void add(Sums o) {
            for (int i = 0; i < critical.length; i++) {
                critical[i] += o.critical[i];
                d[i] += o.d[i];
                dd[i] += o.dd[i];
                df[i] += o.df[i];
                dc[i] += o.dc[i];
                start[i] += o.start[i];
            }
            for (int i = 0; i < link.length; i++) {
                link[i] += o.link[i];
            }
            for (int i = 0; i < occurred.length; i++) {
                occurred[i] += o.occurred[i];
                occurredFinish[i] += o.occurredFinish[i];
                occurredCost[i] += o.occurredCost[i];
            }
            for (int i = 0; i < ff.length; i++) {
                ff[i] += o.ff[i];
            }
            for (int i = 0; i < cc.length; i++) {
                cc[i] += o.cc[i];
            }
        }
    }

    private double start(int k, double[] es, double[] ef, double dur, int[] driverOut) {
        double best = Double.NEGATIVE_INFINITY;
        int driver = -1;
        for (int l = linkStart[k]; l < linkStart[k + 1]; l++) {
            int q = linkPred[l];
            byte kind = linkKind[l];
            double v = kind == FS ? ef[q] + linkLag[l] : kind == SS ? es[q] + linkLag[l] : ef[q] + linkLag[l] - dur;
            if (v > best) {
                best = v;
                driver = l;
            }
        }
        if (driverOut != null) {
            driverOut[k] = best >= 0 ? driver : -1;
        }
        return Math.max(best, 0);
    }

    private Sums chunk(long seed, int from, int to, double[] finishOut, double[] costOut, double[] slipOut,
                       double[] growthOut, Checkpoint checkpoint) {
        Sums sums = new Sums(n, linkPred.length, riskIds.length);
        double[] dur = new double[n];
        double[] fixed = new double[n];
        double[] burn = new double[n];
        double[] es = new double[n];
        double[] ef = new double[n];
        int[] driver = new int[n];
        double[] score = new double[scores];
        double[] eps = new double[maxGroup()];
        boolean[] occurred = new boolean[riskIds.length];
        int p = partners.length;
        double[] slip = new double[p];
        double[] growth = new double[p];
        for (int t = from; t < to; t++) {
            if (t % CHECK_EVERY == 0) {
                checkpoint.reached(t);
            }
            SplitMix rng = new SplitMix(seed, t);
            int s = 0;
            for (int g = 0; g < groups.length; g++) {
                double[][] l = factors[g];
                int m = l.length;
                for (int i = 0; i < m; i++) {
                    eps[i] = StandardNormal.quantile(rng.nextOpen());
                }
                for (int i = 0; i < m; i++) {
                    double z = 0;
                    double[] row = l[i];
                    for (int j = 0; j <= i; j++) {
                        z += row[j] * eps[j];
                    }
                    score[s++] = z;
                }
            }
            for (int k = 0; k < n; k++) {
                double x;
                if (durationScore[k] >= 0) {
                    x = duration[k].fromNormalScore(score[durationScore[k]]);
                } else {
                    x = constDuration[k];
                    if (x != x) {
                        x = duration[k].quantile(rng.nextOpen());
                    }
                }
                dur[k] = x > 0 ? x : 0;
            }
            for (int k = 0; k < n; k++) {
                double f;
                if (costScore[k] >= 0) {
                    f = fixedCost[k].fromNormalScore(score[costScore[k]]);
                } else {
                    f = constFixed[k];
                    if (f != f) {
                        f = fixedCost[k].quantile(rng.nextOpen());
                    }
                }
                fixed[k] = f;
                double r = constRate[k];
                burn[k] = r == r ? r : rate[k].quantile(rng.nextOpen());
            }
            double riskCostTotal = 0;
            Arrays.fill(growth, 0);
            for (int i = 0; i < riskIds.length; i++) {
                occurred[i] = rng.nextOpen() < riskProbability[i];
                if (occurred[i]) {
                    if (riskDelay[i] != null) {
                        double delay = Math.max(0, riskDelay[i].quantile(rng.nextOpen()));
                        for (int k : riskTargets[i]) {
                            dur[k] += delay;
                        }
                    }
                    if (riskCost[i] != null) {
                        double c = riskCost[i].quantile(rng.nextOpen());
                        riskCostTotal += c;
                        growth[riskOwner[i]] += c;
                    }
                }
            }
            double finish = 0;
            int last = 0;
            double cost = riskCostTotal;
            for (int k = 0; k < n; k++) {
                es[k] = start(k, es, ef, dur[k], driver);
                ef[k] = es[k] + dur[k];
                if (ef[k] >= finish) {
                    finish = ef[k];
                    last = k;
                }
                double c = fixed[k] + burn[k] * dur[k];
                cost += c;
                growth[owner[k]] += c - baseCost[k];
            }
            // critical path: back from the last finish along the driving links
            Arrays.fill(slip, 0);
            int k = last;
            boolean finishMatters = true;
            while (true) {
                sums.critical[k]++;
                int l = driver[k];
                if (finishMatters && (l < 0 || linkType[l] != LinkType.FF)) {
                    slip[owner[k]] += dur[k] - baseDuration[k];
                }
                if (l < 0) {
                    break;
                }
                finishMatters = linkType[l] != LinkType.SS;
                k = linkPred[l];
            }
            double fd = finish - deterministicFinish;
            double cd = cost - deterministicCost;
            for (int a = 0; a < n; a++) {
                double x = dur[a] - baseDuration[a];
                sums.d[a] += x;
                sums.dd[a] += x * x;
                sums.df[a] += x * fd;
                sums.dc[a] += x * cd;
                if (merge[a]) {
                    sums.start[a] += es[a];
                    for (int l = linkStart[a]; l < linkStart[a + 1]; l++) {
                        int q = linkPred[l];
                        sums.link[l] += switch (linkType[l]) {
                            case FS -> ef[q] + linkLag[l];
                            case SS -> es[q] + linkLag[l];
                            case FF -> ef[q] + linkLag[l] - dur[a];
                        };
                    }
                }
            }
            for (int i = 0; i < riskIds.length; i++) {
                if (occurred[i]) {
                    sums.occurred[i]++;
                    sums.occurredFinish[i] += fd;
                    sums.occurredCost[i] += cd;
                }
            }
            sums.ff[0] += fd;
            sums.ff[1] += fd * fd;
            sums.cc[0] += cd;
            sums.cc[1] += cd * cd;
            finishOut[t] = finish;
            costOut[t] = cost;
            System.arraycopy(slip, 0, slipOut, t * p, p);
            System.arraycopy(growth, 0, growthOut, t * p, p);
        }
        return sums;
    }

    private int maxGroup() {
        int m = 0;
        for (int[] g : groups) {
            m = Math.max(m, g.length);
        }
        return m;
    }

    private JclResult summarise(long seed, int trials, boolean converged, double[] finish, double[] cost,
                                double[] partnerSlip, double[] partnerGrowth, Sums sums) {
        double[] sortedFinish = finish.clone();
        double[] sortedCost = cost.clone();
        Arrays.sort(sortedFinish);
        Arrays.sort(sortedCost);
        double tf = finishTarget != null ? finishTarget : deterministicFinish;
        double tc = costTarget != null ? costTarget : deterministicCost;
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
        for (int k = 0; k < n; k++) {
            criticality.put(ids[k], (double) sums.critical[k] / trials);
        }
        List<JclResult.Point> scatter = new ArrayList<>();
        for (int t = 0; t < Math.min(trials, SCATTER); t++) {
            scatter.add(new JclResult.Point(finish[t], cost[t]));
        }
        List<JclResult.MergeBias> mergeBias = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            if (merge[k]) {
                double latest = 0;
                for (int l = linkStart[k]; l < linkStart[k + 1]; l++) {
                    latest = Math.max(latest, sums.link[l] / trials);
                }
                double meanStart = sums.start[k] / trials;
                mergeBias.add(new JclResult.MergeBias(ids[k], linkStart[k + 1] - linkStart[k], meanStart, latest,
                        meanStart - latest));
            }
        }
        mergeBias.sort(Comparator.comparingDouble(JclResult.MergeBias::biasDays).reversed());
        return new JclResult(trials, seed, converged, summary(sortedFinish), summary(sortedCost),
                deterministicFinish, deterministicCost, tf, tc, (double) byDate / trials,
                (double) withinCost / trials, (double) both / trials, criticality, curve(sortedFinish),
                curve(sortedCost), scatter, frontiers(finish, cost), mergeBias,
                tornado(trials, sortedFinish, sortedCost, finish, cost, partnerSlip, partnerGrowth, sums), notes);
    }

    private JclResult.Tornado tornado(int trials, double[] sortedFinish, double[] sortedCost, double[] finish,
                                      double[] cost, double[] partnerSlip, double[] partnerGrowth, Sums sums) {
        double mf = sums.ff[0] / trials;
        double sf = Math.sqrt(Math.max(0, sums.ff[1] / trials - mf * mf));
        double mc = sums.cc[0] / trials;
        double sc = Math.sqrt(Math.max(0, sums.cc[1] / trials - mc * mc));
        List<JclResult.Bar> activities = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            double md = sums.d[k] / trials;
            double sd = Math.sqrt(Math.max(0, sums.dd[k] / trials - md * md));
            if (sd <= 1e-12 * Math.max(1, Math.abs(md))) {
                continue;
            }
            double rf = sf > 0 ? (sums.df[k] / trials - md * mf) / (sd * sf) : 0;
            double rc = sc > 0 ? (sums.dc[k] / trials - md * mc) / (sd * sc) : 0;
            activities.add(new JclResult.Bar(ids[k], rf, rc));
        }
        activities.sort(Comparator.comparingDouble((JclResult.Bar b) -> Math.abs(b.finish())).reversed());
        if (activities.size() > 20) {
            activities = activities.subList(0, 20);
        }
        List<JclResult.Bar> risks = new ArrayList<>();
        for (int i = 0; i < riskIds.length; i++) {
            long hit = sums.occurred[i];
            long miss = trials - hit;
            if (hit == 0 || miss == 0) {
                risks.add(new JclResult.Bar(riskIds[i], 0, 0));
                continue;
            }
            double finishHit = sums.occurredFinish[i] / hit;
            double finishMiss = (sums.ff[0] - sums.occurredFinish[i]) / miss;
            double costHit = sums.occurredCost[i] / hit;
            double costMiss = (sums.cc[0] - sums.occurredCost[i]) / miss;
            risks.add(new JclResult.Bar(riskIds[i], finishHit - finishMiss, costHit - costMiss));
        }
        risks.sort(Comparator.comparingDouble((JclResult.Bar b) -> Math.abs(b.finish()) + Math.abs(b.cost()))
                .reversed());
        double p70f = percentile(sortedFinish, 0.7);
        double p70c = percentile(sortedCost, 0.7);
        int p = partners.length;
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
            byPartner.add(new JclResult.Bar(partners[j].isEmpty() ? "(no owner)" : partners[j],
                    lateTrials > 0 ? slip[j] / lateTrials : 0, dearTrials > 0 ? growth[j] / dearTrials : 0));
        }
        byPartner.sort(Comparator.comparingDouble(JclResult.Bar::finish).reversed());
        return new JclResult.Tornado(activities, risks, byPartner, p70f - deterministicFinish,
                p70c - deterministicCost);
    }

    private static List<JclResult.Frontier> frontiers(double[] finish, double[] cost) {
        int trials = finish.length;
        Integer[] order = new Integer[trials];
        for (int t = 0; t < trials; t++) {
            order[t] = t;
        }
        Arrays.sort(order, Comparator.comparingDouble(t -> finish[t]));
        double[] byFinish = new double[trials];
        double[] costByFinish = new double[trials];
        for (int i = 0; i < trials; i++) {
            byFinish[i] = finish[order[i]];
            costByFinish[i] = cost[order[i]];
        }
        List<JclResult.Frontier> result = new ArrayList<>();
        for (double level : FRONTIER_LEVELS) {
            int need = (int) Math.ceil(level * trials - 1e-9);
            double from = percentile(byFinish, level);
            double to = percentile(byFinish, 0.995);
            List<JclResult.Point> points = new ArrayList<>();
            double lastCost = Double.NaN;
            for (int g = 0; g < FRONTIER_POINTS; g++) {
                double t = from + (to - from) * g / (FRONTIER_POINTS - 1);
                int k = upperBound(byFinish, t);
                if (k < need) {
                    continue;
                }
                double[] costs = Arrays.copyOf(costByFinish, k);
                Arrays.sort(costs);
                double c = costs[need - 1];
                if (c != lastCost) {
                    points.add(new JclResult.Point(t, c));
                    lastCost = c;
                }
            }
            result.add(new JclResult.Frontier(level, points));
        }
        return result;
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

    /** Validation and compilation: topological order, correlation groups, their factors. */
    private static final class Compiler {
        final Plan plan;
        final List<Activity> activities;
        final Map<String, Integer> index = new HashMap<>();
        int[] order;
        final List<List<Integer>> groups = new ArrayList<>();
        final List<double[][]> factors = new ArrayList<>();
        final List<String> notes = new ArrayList<>();
        final List<InvalidPlan.Problem> problems = new ArrayList<>();

        Compiler(Plan plan) {
            this.plan = plan;
            this.activities = plan.activities();
            if (activities.isEmpty()) {
                fail("activities", "a plan needs at least one activity");
            }
            for (int i = 0; i < activities.size(); i++) {
                Activity a = activities.get(i);
                if (a.id().isBlank()) {
                    problems.add(new InvalidPlan.Problem("activities[" + i + "].id", "must not be blank"));
                } else if (index.putIfAbsent(a.id(), i) != null) {
                    problems.add(new InvalidPlan.Problem("activities[" + i + "].id",
                            "'" + a.id() + "' is used by another activity too"));
                }
                if (a.durationDays().quantile(1e-9) < 0 && a.durationDays().kind() != Distribution.Kind.NORMAL) {
                    problems.add(new InvalidPlan.Problem("activities[" + i + "].duration",
                            "a duration cannot be negative: " + a.durationDays()));
                }
            }
            for (int i = 0; i < activities.size(); i++) {
                List<Link> links = activities.get(i).links();
                for (int j = 0; j < links.size(); j++) {
                    String p = links.get(j).predecessor();
                    String field = "activities[" + i + "].links[" + j + "]";
                    if (!index.containsKey(p)) {
                        problems.add(new InvalidPlan.Problem(field, "unknown predecessor '" + p + "' of '"
                                + activities.get(i).id() + "'"));
                    } else if (p.equals(activities.get(i).id())) {
                        problems.add(new InvalidPlan.Problem(field, "'" + p + "' cannot depend on itself"));
                    } else if (!Double.isFinite(links.get(j).lagDays())) {
                        problems.add(new InvalidPlan.Problem(field, "the lag must be a finite number of days"));
                    }
                }
            }
            checkRisks();
            checkCorrelations();
            if (!problems.isEmpty()) {
                throw new InvalidPlan(problems);
            }
            order();
            if (!problems.isEmpty()) {
                throw new InvalidPlan(problems);
            }
            correlate();
            if (!problems.isEmpty()) {
                throw new InvalidPlan(problems);
            }
        }

        private void fail(String field, String message) {
            throw new InvalidPlan(List.of(new InvalidPlan.Problem(field, message)));
        }

        private void checkRisks() {
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (int i = 0; i < plan.risks().size(); i++) {
                RiskEvent r = plan.risks().get(i);
                String at = "risks[" + i + "]";
                if (r.id().isBlank() || !seen.add(r.id())) {
                    problems.add(new InvalidPlan.Problem(at + ".id", r.id().isBlank() ? "must not be blank"
                            : "'" + r.id() + "' is used by another risk too"));
                }
                if (!(r.probability() >= 0 && r.probability() <= 1)) {
                    problems.add(new InvalidPlan.Problem(at + ".probability",
                            "a probability must lie in [0, 1], not " + r.probability()));
                }
                if (r.affects().isEmpty()) {
                    problems.add(new InvalidPlan.Problem(at + ".affects", "name at least one activity"));
                }
                for (String a : r.affects()) {
                    if (!index.containsKey(a)) {
                        problems.add(new InvalidPlan.Problem(at + ".affects", "unknown activity '" + a + "'"));
                    }
                }
                if (r.delayDays() == null && r.cost() == null) {
                    problems.add(new InvalidPlan.Problem(at, "give a delay, a cost or both"));
                }
                if (r.delayDays() != null && r.delayDays().quantile(1e-9) < 0
                        && r.delayDays().kind() != Distribution.Kind.NORMAL) {
                    problems.add(new InvalidPlan.Problem(at + ".delay", "a delay cannot be negative"));
                }
            }
        }

        private void checkCorrelations() {
            for (int i = 0; i < plan.correlations().size(); i++) {
                Correlation c = plan.correlations().get(i);
                String at = "correlations[" + i + "]";
                if (!(c.rho() >= -1 && c.rho() <= 1)) {
                    problems.add(new InvalidPlan.Problem(at + ".rho", "a correlation must lie in [-1, 1], not "
                            + c.rho()));
                }
                if (new java.util.HashSet<>(c.activities()).size() < 2) {
                    problems.add(new InvalidPlan.Problem(at + ".activities", "name at least two different activities"));
                }
                if (c.activities().size() != new java.util.HashSet<>(c.activities()).size()) {
                    problems.add(new InvalidPlan.Problem(at + ".activities", "an activity is named twice"));
                }
                for (String a : c.activities()) {
                    if (!index.containsKey(a)) {
                        problems.add(new InvalidPlan.Problem(at + ".activities", "unknown activity '" + a + "'"));
                    }
                }
            }
        }

        /** Kahn's algorithm; what is left over contains a cycle, which is named. */
        private void order() {
            int size = activities.size();
            int[] indegree = new int[size];
            List<List<Integer>> successors = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                successors.add(new ArrayList<>());
            }
            for (int i = 0; i < size; i++) {
                for (Link l : activities.get(i).links()) {
                    successors.get(index.get(l.predecessor())).add(i);
                    indegree[i]++;
                }
            }
            ArrayDeque<Integer> ready = new ArrayDeque<>();
            for (int i = 0; i < size; i++) {
                if (indegree[i] == 0) {
                    ready.add(i);
                }
            }
            order = new int[size];
            int k = 0;
            while (!ready.isEmpty()) {
                int i = ready.poll();
                order[k++] = i;
                for (int s : successors.get(i)) {
                    if (--indegree[s] == 0) {
                        ready.add(s);
                    }
                }
            }
            if (k < size) {
                // walk predecessors inside the left-over part until one repeats
                int start = 0;
                while (indegree[start] == 0) {
                    start++;
                }
                List<Integer> path = new ArrayList<>();
                Map<Integer, Integer> seenAt = new HashMap<>();
                int current = start;
                while (!seenAt.containsKey(current)) {
                    seenAt.put(current, path.size());
                    path.add(current);
                    for (Link l : activities.get(current).links()) {
                        int q = index.get(l.predecessor());
                        if (indegree[q] > 0) {
                            current = q;
                            break;
                        }
                    }
                }
                List<Integer> cycle = new ArrayList<>(path.subList(seenAt.get(current), path.size()));
                java.util.Collections.reverse(cycle);
                // name it from the activity listed first in the plan
                java.util.Collections.rotate(cycle, -cycle.indexOf(java.util.Collections.min(cycle)));
                StringBuilder text = new StringBuilder();
                for (int i : cycle) {
                    text.append(activities.get(i).id()).append(" → ");
                }
                text.append(activities.get(cycle.get(0)).id());
                problems.add(new InvalidPlan.Problem("activities", "the links form a cycle: " + text));
            }
        }

        /** Joins overlapping correlation entries into groups, builds each matrix and factorises it. */
        private void correlate() {
            // variables: activity index * 2 + (0 duration, 1 cost); union-find over entries
            Map<Integer, Integer> parent = new LinkedHashMap<>();
            for (Correlation c : plan.correlations()) {
                int first = variable(c, c.activities().get(0));
                parent.putIfAbsent(first, first);
                for (String a : c.activities()) {
                    int v = variable(c, a);
                    parent.putIfAbsent(v, v);
                    union(parent, first, v);
                }
            }
            Map<Integer, List<Integer>> byRoot = new LinkedHashMap<>();
            for (int v : parent.keySet()) {
                byRoot.computeIfAbsent(find(parent, v), r -> new ArrayList<>()).add(v);
            }
            for (List<Integer> vars : byRoot.values()) {
                vars.sort(Integer::compare);
                int m = vars.size();
                double[][] matrix = new double[m][m];
                boolean[][] set = new boolean[m][m];
                for (int i = 0; i < m; i++) {
                    matrix[i][i] = 1;
                }
                for (int e = 0; e < plan.correlations().size(); e++) {
                    Correlation c = plan.correlations().get(e);
                    for (String a : c.activities()) {
                        for (String b : c.activities()) {
                            int i = vars.indexOf(variable(c, a));
                            int j = vars.indexOf(variable(c, b));
                            if (i < 0 || j < 0 || i == j) {
                                continue;
                            }
                            if (set[i][j] && matrix[i][j] != c.rho()) {
                                problems.add(new InvalidPlan.Problem("correlations[" + e + "].rho",
                                        "the pair " + a + "/" + b + " already has correlation " + matrix[i][j]));
                            }
                            matrix[i][j] = c.rho();
                            set[i][j] = true;
                        }
                    }
                }
                // ρ is the correlation of the normal scores of the Gaussian copula; for the usual marginals the
                // Pearson correlation of the samples comes out slightly lower (T3: 0.3 gives sd 8.89, not 8.95)
                double[][] normal = matrix;
                double[][] factor = CorrelationMatrix.cholesky(normal);
                if (factor == null) {
                    double lambda = CorrelationMatrix.smallestEigenvalue(normal);
                    String names = names(vars);
                    if (!plan.repairCorrelations()) {
                        problems.add(new InvalidPlan.Problem("correlations", String.format(java.util.Locale.ROOT,
                                "the correlations among %s are not positive semi-definite (smallest eigenvalue %.4f):"
                                        + " no set of variables can have them; lower some, or ask for repair",
                                names, lambda)));
                        continue;
                    }
                    normal = CorrelationMatrix.nearest(normal);
                    factor = CorrelationMatrix.cholesky(normal);
                    double change = 0;
                    for (int i = 0; i < m; i++) {
                        for (int j = 0; j < m; j++) {
                            change = Math.max(change, Math.abs(normal[i][j] - matrix[i][j]));
                        }
                    }
                    notes.add(String.format(java.util.Locale.ROOT, "The correlations among %s were not positive "
                            + "semi-definite (smallest eigenvalue %.4f); the nearest valid matrix (Higham 2002) was "
                            + "used, changing a correlation by at most %.4f.", names, lambda, change));
                }
                groups.add(vars);
                factors.add(factor);
            }
        }

        private String names(List<Integer> vars) {
            List<String> names = new ArrayList<>();
            for (int v : vars) {
                names.add(activities.get(v / 2).id() + (v % 2 == 1 ? " (cost)" : ""));
            }
            return String.join(", ", names);
        }

        private int variable(Correlation c, String activity) {
            return index.get(activity) * 2 + (c.on() == Correlation.Target.COST ? 1 : 0);
        }

        private static int find(Map<Integer, Integer> parent, int v) {
            while (parent.get(v) != v) {
                v = parent.get(v);
            }
            return v;
        }

        private static void union(Map<Integer, Integer> parent, int a, int b) {
            int ra = find(parent, a);
            int rb = find(parent, b);
            if (ra != rb) {
                parent.put(rb, ra);
            }
        }
    }
}
