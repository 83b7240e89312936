package space.consortium.schedule.engine;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The yardstick of issue 14's "speed" comparison (not a test): a bare sampling and forward-pass loop over the
 * already-compiled network that {@link BigPlanFiles} writes ({@code network.bin}). Per trial it draws the three
 * inputs of every activity (duration, fixed cost, burn rate) from the trial's own SplitMix64 stream with the engine's
 * quantile functions, runs the forward pass over FS/SS/FF links with lags, and keeps the trial's finish and cost;
 * nothing else (no risks, correlation, critical path, sums or summaries). Trials run in chunks of 250 on a pool, as
 * the engine's do. Run cold in its own JVM, with the command's JVM options:
 *
 * <p>{@code java [OPTIONS] -cp target/test-classes:target/classes space.consortium.schedule.engine.JclBareLoop
 * DIR/network.bin [TRIALS [THREADS [durations]]]}: with {@code durations}, only the durations are drawn (one sample per
 * activity, no cost): the barest loop that still gives the finish.
 */
public final class JclBareLoop {

    private static final int CHUNK = 250;

    private final int n;
    private final int[] linkStart;
    private final int[] linkPred;
    private final byte[] linkKind;
    private final double[] linkLag;
    // inputs: activity * 3 + 0 duration, 1 fixed cost, 2 rate
    private final byte[] kind;
    private final double[] a;
    private final double[] b;
    private final double[] c;
    private final double[] p;
    private final double[] q;
    private final double[][] table;

    private JclBareLoop(DataInputStream in) throws IOException {
        n = in.readInt();
        linkStart = new int[n + 1];
        List<int[]> preds = new ArrayList<>();
        List<Byte> kinds = new ArrayList<>();
        List<Double> lags = new ArrayList<>();
        kind = new byte[3 * n];
        a = new double[3 * n];
        b = new double[3 * n];
        c = new double[3 * n];
        p = new double[3 * n];
        q = new double[3 * n];
        int[] tableIndex = new int[3 * n];
        for (int k = 0; k < n; k++) {
            int links = in.readInt();
            linkStart[k + 1] = linkStart[k] + links;
            for (int l = 0; l < links; l++) {
                preds.add(new int[] {in.readInt()});
                kinds.add(in.readByte());
                lags.add(in.readDouble());
            }
            for (int i = 3 * k; i < 3 * k + 3; i++) {
                kind[i] = in.readByte();
                a[i] = in.readDouble();
                b[i] = in.readDouble();
                c[i] = in.readDouble();
                p[i] = in.readDouble();
                q[i] = in.readDouble();
                tableIndex[i] = in.readInt();
            }
        }
        int links = linkStart[n];
        linkPred = new int[links];
        linkKind = new byte[links];
        linkLag = new double[links];
        for (int l = 0; l < links; l++) {
            linkPred[l] = preds.get(l)[0];
            linkKind[l] = kinds.get(l);
            linkLag[l] = lags.get(l);
        }
        double[][] tables = new double[in.readInt()][];
        for (int t = 0; t < tables.length; t++) {
            tables[t] = new double[in.readInt()];
            for (int i = 0; i < tables[t].length; i++) {
                tables[t][i] = in.readDouble();
            }
        }
        table = new double[3 * n][];
        for (int i = 0; i < 3 * n; i++) {
            table[i] = tableIndex[i] >= 0 ? tables[tableIndex[i]] : null;
        }
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        int trials = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
        boolean costs = args.length <= 3 || !args[3].equals("durations");
        JclBareLoop loop;
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(Path.of(args[0]))))) {
            loop = new JclBareLoop(in);
        }
        long read = System.nanoTime();
        double[] finish = new double[trials];
        double[] cost = new double[trials];
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> chunks = new ArrayList<>();
        for (int from = 0; from < trials; from += CHUNK) {
            int f = from;
            int to = Math.min(trials, from + CHUNK);
            chunks.add(pool.submit(() -> loop.run(7, f, to, costs, finish, cost)));
        }
        for (Future<?> chunk : chunks) {
            chunk.get();
        }
        pool.shutdown();
        double meanFinish = 0;
        double meanCost = 0;
        for (int t = 0; t < trials; t++) {
            meanFinish += finish[t] / trials;
            meanCost += cost[t] / trials;
        }
        long end = System.nanoTime();
        System.out.printf("%d trials x %d activities, %s, %d threads: mean finish %.3f days, mean cost %.6e; "
                        + "read %.0f ms, loop %.0f ms%n", trials, loop.n, costs ? "3 inputs each" : "durations only", threads, meanFinish, meanCost,
                (read - start) / 1e6, (end - read) / 1e6);
    }

    private void run(long seed, int from, int to, boolean costs, double[] finish, double[] cost) {
        double[] es = new double[n];
        double[] ef = new double[n];
        for (int t = from; t < to; t++) {
            SplitMix rng = new SplitMix(seed, t);
            double last = 0;
            double total = 0;
            for (int k = 0; k < n; k++) {
                double dur = Math.max(0, sample(3 * k, rng.nextOpen()));
                double fixed = costs ? sample(3 * k + 1, rng.nextOpen()) : 0;
                double rate = costs ? sample(3 * k + 2, rng.nextOpen()) : 0;
                double best = 0;
                for (int l = linkStart[k]; l < linkStart[k + 1]; l++) {
                    int pred = linkPred[l];
                    byte lk = linkKind[l];
                    double v = lk == 0 ? ef[pred] + linkLag[l] : lk == 1 ? es[pred] + linkLag[l]
                            : ef[pred] + linkLag[l] - dur;
                    best = Math.max(best, v);
                }
                es[k] = best;
                ef[k] = best + dur;
                last = Math.max(last, ef[k]);
                total += fixed + rate * dur;
            }
            finish[t] = last;
            cost[t] = total;
        }
    }

    private double sample(int i, double u) {
        return switch (kind[i]) {
            case BigPlanFiles.UNIFORM -> a[i] + u * (b[i] - a[i]);
            case BigPlanFiles.TRIANGULAR -> u < p[i] ? a[i] + Math.sqrt(u * (c[i] - a[i]) * (b[i] - a[i]))
                    : c[i] - Math.sqrt((1 - u) * (c[i] - a[i]) * (c[i] - b[i]));
            case BigPlanFiles.PERT -> a[i] + (c[i] - a[i]) * BetaQuantiles.lookup(table[i], u);
            case BigPlanFiles.NORMAL -> a[i] + b[i] * StandardNormal.quantile(u);
            case BigPlanFiles.LOGNORMAL -> Math.exp(p[i] + q[i] * StandardNormal.quantile(u));
            default -> a[i];
        };
    }
}
