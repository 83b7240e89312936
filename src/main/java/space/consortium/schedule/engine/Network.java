package space.consortium.schedule.engine;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A compiled plan: activities in topological order as flat arrays, links grouped by successor (compressed sparse
 * rows), risks with their target activities, and the correlation groups with their Cholesky factors. Immutable once
 * built; {@link TrialSampler} reads it from any number of threads.
 */
final class Network {

    static final byte FS = 0;
    static final byte SS = 1;

    // activities in topological order
    final int n;
    final String[] ids;
    final int[] owner;
    final String[] partners;
    final Distribution[] duration;
    final Distribution[] fixedCost;
    final Distribution[] rate;
    // the same, as flat arrays for the sampler
    final Quantiles durationQuantiles;
    final Quantiles fixedCostQuantiles;
    final Quantiles rateQuantiles;
    final double[] baseDuration;
    final double[] baseCost;
    // constant inputs need no random number: NaN marks the uncertain ones
    final double[] constDuration;
    final double[] constFixed;
    final double[] constRate;
    // links, grouped by successor (CSR)
    final int[] linkStart;
    final int[] linkPred;
    final LinkType[] linkType;
    final byte[] linkKind;
    final double[] linkLag;
    final boolean[] merge;
    // risks
    final String[] riskIds;
    final double[] riskProbability;
    final Distribution[] riskDelay;
    final Distribution[] riskCost;
    final int[][] riskTargets;
    final int[] riskOwner;
    // correlation: groups of variables (activity * 2 + 0 duration / 1 cost) and their Cholesky factors
    final int[][] groups;
    final double[][][] factors;
    final int[] durationScore;
    final int[] costScore;
    final int scores;
    final int maxGroup;
    final List<String> notes;
    final double deterministicFinish;
    final double deterministicCost;
    final @Nullable Double finishTarget;
    final @Nullable Double costTarget;

    Network(PlanCompiler c) {
        n = c.order.length;
        int[] position = new int[n];
        for (int k = 0; k < n; k++) {
            position[c.order[k]] = k;
        }
        ids = new String[n];
        owner = new int[n];
        duration = new Distribution[n];
        fixedCost = new Distribution[n];
        rate = new Distribution[n];
        baseDuration = new double[n];
        baseCost = new double[n];
        partners = activities(c);
        constDuration = constants(duration);
        constFixed = constants(fixedCost);
        constRate = constants(rate);
        durationQuantiles = new Quantiles(duration);
        fixedCostQuantiles = new Quantiles(fixedCost);
        rateQuantiles = new Quantiles(rate);
        int links = 0;
        for (Activity a : c.activities) {
            links += a.links().size();
        }
        linkStart = new int[n + 1];
        linkPred = new int[links];
        linkType = new LinkType[links];
        linkLag = new double[links];
        linkKind = new byte[links];
        merge = new boolean[n];
        links(c, position);
        int r = c.plan.risks().size();
        riskIds = new String[r];
        riskProbability = new double[r];
        riskDelay = new Distribution[r];
        riskCost = new Distribution[r];
        riskTargets = new int[r][];
        riskOwner = new int[r];
        risks(c, position);
        durationScore = new int[n];
        costScore = new int[n];
        groups = new int[c.groups.size()][];
        factors = new double[c.groups.size()][][];
        scores = correlations(c, position);
        maxGroup = Arrays.stream(groups).mapToInt(g -> g.length).max().orElse(0);
        notes = List.copyOf(c.notes);
        double[] deterministic = deterministic();
        deterministicFinish = deterministic[0];
        deterministicCost = deterministic[1];
        finishTarget = c.plan.finishTargetDays();
        costTarget = c.plan.costTarget();
    }

    /** Fills the activity arrays in topological order; returns the partners in order of first appearance. */
    private String[] activities(PlanCompiler c) {
        Map<String, Integer> partnerIndex = new LinkedHashMap<>();
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
        return partnerIndex.keySet().toArray(String[]::new);
    }

    private void links(PlanCompiler c, int[] position) {
        int l = 0;
        for (int k = 0; k < n; k++) {
            Activity a = c.activities.get(c.order[k]);
            linkStart[k] = l;
            for (Link link : a.links()) {
                linkPred[l] = position[c.index.get(link.predecessor())];
                linkType[l] = link.type();
                linkKind[l] = (byte) link.type().ordinal();
                linkLag[l] = link.lagDays();
                l++;
            }
        }
        linkStart[n] = l;
        for (int k = 0; k < n; k++) {
            merge[k] = linkStart[k + 1] - linkStart[k] >= 2;
        }
    }

    private void risks(PlanCompiler c, int[] position) {
        for (int i = 0; i < riskIds.length; i++) {
            DiscreteRisk e = c.plan.risks().get(i);
            riskIds[i] = e.id();
            riskProbability[i] = e.probability();
            riskDelay[i] = e.delayDays();
            riskCost[i] = e.cost();
            riskTargets[i] = e.affects().stream().mapToInt(id -> position[c.index.get(id)]).toArray();
            riskOwner[i] = owner[riskTargets[i][0]];
        }
    }

    /** Fills the groups, factors and score indices; returns the number of normal scores a trial draws. */
    private int correlations(PlanCompiler c, int[] position) {
        Arrays.fill(durationScore, -1);
        Arrays.fill(costScore, -1);
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
        return s;
    }

    /** The plan with point estimates and no risks: {finish, cost}. */
    private double[] deterministic() {
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
        return new double[] {finish, cost};
    }

    private static double[] constants(Distribution[] distributions) {
        double[] values = new double[distributions.length];
        for (int k = 0; k < values.length; k++) {
            values[k] = distributions[k].isConstant() ? distributions[k].mean() : Double.NaN;
        }
        return values;
    }

    /**
     * The early start of activity {@code k} from its predecessors' early dates (forward pass of the critical path
     * method over FS/SS/FF links with lags), never before day 0.
     *
     * @param driverOut when not null, receives the driving link of {@code k} (-1 when it starts at day 0)
     */
    double start(int k, double[] es, double[] ef, double dur, int @Nullable [] driverOut) {
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
}
