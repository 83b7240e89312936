package space.consortium.schedule.engine;

import java.util.Arrays;
import space.consortium.shared.Checkpoint;

/**
 * Runs one chunk of trials over a compiled {@link Network}: each trial samples every duration and cost (correlated
 * groups through a Gaussian copula), draws each risk event (Bernoulli), runs the forward pass and traces the critical
 * path back from the last finish. Trial {@code t} draws from its own SplitMix64 stream derived from (seed, t), so a
 * trial's outcome does not depend on the chunk or thread it runs in.
 *
 * <p>One sampler per chunk and thread: it owns its scratch arrays and the chunk's {@link Sums}.
 */
final class TrialSampler {

    /** Trials between two calls of the checkpoint (a tenth of a second at 20,000 activities). */
    static final int CHECK_EVERY = 50;

    private final Network net;
    private final Outcomes out;
    final Sums sums;
    // scratch of one trial
    private final double[] dur;
    private final double[] fixed;
    private final double[] burn;
    private final double[] es;
    private final double[] ef;
    private final int[] driver;
    private final double[] score;
    private final double[] eps;
    private final boolean[] occurred;
    private final double[] slip;
    private final double[] growth;
    // the trial's finish, cost and the activity that finishes last
    private double finish;
    private double cost;
    private int last;

    /** Per-trial outcomes of a whole run, written by the chunks at their trials' indices. */
    record Outcomes(double[] finish, double[] cost, double[] partnerSlip, double[] partnerGrowth) {

        static Outcomes of(int trials, int partners) {
            return new Outcomes(new double[trials], new double[trials], new double[trials * partners],
                    new double[trials * partners]);
        }
    }

    TrialSampler(Network net, Outcomes out) {
        this.net = net;
        this.out = out;
        int n = net.n;
        sums = new Sums(n, net.linkPred.length, net.riskIds.length);
        dur = new double[n];
        fixed = new double[n];
        burn = new double[n];
        es = new double[n];
        ef = new double[n];
        driver = new int[n];
        score = new double[net.scores];
        eps = new double[net.maxGroup];
        occurred = new boolean[net.riskIds.length];
        slip = new double[net.partners.length];
        growth = new double[net.partners.length];
    }

    /** Runs trials {@code from} (inclusive) to {@code to} (exclusive) and returns their sums. */
    Sums run(long seed, int from, int to, Checkpoint checkpoint) {
        int p = net.partners.length;
        for (int t = from; t < to; t++) {
            if (t % CHECK_EVERY == 0) {
                checkpoint.reached(t);
            }
            SplitMix rng = new SplitMix(seed, t);
            normalScores(rng);
            durations(rng);
            costs(rng);
            forwardPass(risks(rng));
            criticalPath();
            accumulate(finish - net.deterministicFinish, cost - net.deterministicCost);
            out.finish()[t] = finish;
            out.cost()[t] = cost;
            System.arraycopy(slip, 0, out.partnerSlip(), t * p, p);
            System.arraycopy(growth, 0, out.partnerGrowth(), t * p, p);
        }
        return sums;
    }

    /** The correlated normal scores: independent standard normals times each group's Cholesky factor. */
    private void normalScores(SplitMix rng) {
        int s = 0;
        for (int g = 0; g < net.groups.length; g++) {
            double[][] l = net.factors[g];
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
    }

    private void durations(SplitMix rng) {
        Quantiles quantiles = net.durationQuantiles;
        int[] scoreOf = net.durationScore;
        double[] constant = net.constDuration;
        for (int k = 0; k < dur.length; k++) {
            double x;
            if (scoreOf[k] >= 0) {
                x = quantiles.fromNormalScore(k, score[scoreOf[k]]);
            } else {
                x = constant[k];
                if (x != x) {
                    x = quantiles.quantile(k, rng.nextOpen());
                }
            }
            dur[k] = x > 0 ? x : 0;
        }
    }

    private void costs(SplitMix rng) {
        Quantiles fixedQuantiles = net.fixedCostQuantiles;
        Quantiles rateQuantiles = net.rateQuantiles;
        int[] scoreOf = net.costScore;
        double[] constFixed = net.constFixed;
        double[] constRate = net.constRate;
        for (int k = 0; k < fixed.length; k++) {
            double f;
            if (scoreOf[k] >= 0) {
                f = fixedQuantiles.fromNormalScore(k, score[scoreOf[k]]);
            } else {
                f = constFixed[k];
                if (f != f) {
                    f = fixedQuantiles.quantile(k, rng.nextOpen());
                }
            }
            fixed[k] = f;
            double r = constRate[k];
            burn[k] = r == r ? r : rateQuantiles.quantile(k, rng.nextOpen());
        }
    }

    /** Draws each risk; adds the delays to the durations; returns the risks' total cost (and books it per partner). */
    private double risks(SplitMix rng) {
        double riskCostTotal = 0;
        Arrays.fill(growth, 0);
        for (int i = 0; i < net.riskIds.length; i++) {
            occurred[i] = rng.nextOpen() < net.riskProbability[i];
            if (occurred[i]) {
                if (net.riskDelay[i] != null) {
                    double delay = Math.max(0, net.riskDelay[i].quantile(rng.nextOpen()));
                    for (int k : net.riskTargets[i]) {
                        dur[k] += delay;
                    }
                }
                if (net.riskCost[i] != null) {
                    double c = net.riskCost[i].quantile(rng.nextOpen());
                    riskCostTotal += c;
                    growth[net.riskOwner[i]] += c;
                }
            }
        }
        return riskCostTotal;
    }

    /** Early dates, finish and cost of the trial, and the activity that finishes last. */
    private void forwardPass(double riskCost) {
        finish = 0;
        last = 0;
        cost = riskCost;
        for (int k = 0; k < net.n; k++) {
            es[k] = net.start(k, es, ef, dur[k], driver);
            ef[k] = es[k] + dur[k];
            if (ef[k] >= finish) {
                finish = ef[k];
                last = k;
            }
            double c = fixed[k] + burn[k] * dur[k];
            cost += c;
            growth[net.owner[k]] += c - net.baseCost[k];
        }
    }

    /** Back from the last finish along the driving links: counts criticality and books each partner's slip. */
    private void criticalPath() {
        Arrays.fill(slip, 0);
        int k = last;
        boolean finishMatters = true;
        while (true) {
            sums.critical[k]++;
            int l = driver[k];
            if (finishMatters && (l < 0 || net.linkType[l] != LinkType.FF)) {
                slip[net.owner[k]] += dur[k] - net.baseDuration[k];
            }
            if (l < 0) {
                break;
            }
            finishMatters = net.linkType[l] != LinkType.SS;
            k = net.linkPred[l];
        }
    }

    /** Adds the trial to the sums: fd and cd are its finish and cost minus the deterministic plan's. */
    private void accumulate(double fd, double cd) {
        for (int a = 0; a < net.n; a++) {
            double x = dur[a] - net.baseDuration[a];
            sums.d[a] += x;
            sums.dd[a] += x * x;
            sums.df[a] += x * fd;
            sums.dc[a] += x * cd;
            if (net.merge[a]) {
                sums.start[a] += es[a];
                for (int l = net.linkStart[a]; l < net.linkStart[a + 1]; l++) {
                    int q = net.linkPred[l];
                    byte kind = net.linkKind[l];
                    sums.link[l] += kind == Network.FS ? ef[q] + net.linkLag[l]
                            : kind == Network.SS ? es[q] + net.linkLag[l] : ef[q] + net.linkLag[l] - dur[a];
                }
            }
        }
        for (int i = 0; i < net.riskIds.length; i++) {
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
    }

    /** Per-chunk sums, added in chunk order. */
    static final class Sums {
        final long[] critical;
        final double[] d;
        final double[] dd;
        final double[] df;
        final double[] dc;
        final double[] ff = new double[2]; // Σf', Σf'² (f' = finish − deterministic finish)
        final double[] cc = new double[2]; // Σc', Σc'² (c' = cost − deterministic cost)
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
}
