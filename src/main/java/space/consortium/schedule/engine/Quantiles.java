package space.consortium.schedule.engine;

/**
 * The quantile functions of a row of distributions (one per activity, in topological order) as flat arrays, for the
 * sampler's inner loops: the arithmetic of {@link Distribution#quantile} and {@link Distribution#fromNormalScore},
 * operation for operation (so the same samples to the last bit), without a distribution object, an enum switch and
 * its fields to load per sample. PERT tables are the distributions' own (shared per shape by the compiler).
 */
final class Quantiles {

    // Distribution.Kind's ordinals
    private static final byte FIXED = 0;
    private static final byte UNIFORM = 1;
    private static final byte TRIANGULAR = 2;
    private static final byte PERT = 3;
    private static final byte NORMAL = 4;

    private final byte[] kind;
    private final double[] a;
    private final double[] b;
    private final double[] c;
    private final double[] p;
    private final double[] q;
    private final double[][] table;

    Quantiles(Distribution[] distributions) {
        int n = distributions.length;
        kind = new byte[n];
        a = new double[n];
        b = new double[n];
        c = new double[n];
        p = new double[n];
        q = new double[n];
        table = new double[n][];
        for (int i = 0; i < n; i++) {
            Distribution d = distributions[i];
            kind[i] = (byte) d.kind().ordinal();
            a[i] = d.a();
            b[i] = d.b();
            c[i] = d.c();
            p[i] = d.shapeP();
            q[i] = d.shapeQ();
            table[i] = d.kind() == Distribution.Kind.PERT && d.c() > d.a() ? d.pertTable() : null;
        }
    }

    /** {@link Distribution#quantile} of distribution {@code i} at {@code u} in (0, 1). */
    double quantile(int i, double u) {
        double lo = a[i];
        return switch (kind[i]) {
            case FIXED -> lo;
            case UNIFORM -> lo + u * (b[i] - lo);
            case TRIANGULAR -> u < p[i] ? lo + Math.sqrt(u * (c[i] - lo) * (b[i] - lo))
                    : c[i] - Math.sqrt((1 - u) * (c[i] - lo) * (c[i] - b[i]));
            case PERT -> {
                double[] t = table[i];
                yield t != null ? lo + (c[i] - lo) * BetaQuantiles.lookup(t, u) : lo;
            }
            case NORMAL -> lo + b[i] * StandardNormal.quantile(u);
            default -> Math.exp(p[i] + q[i] * StandardNormal.quantile(u));
        };
    }

    /** {@link Distribution#fromNormalScore} of distribution {@code i} at the normal score {@code z}. */
    double fromNormalScore(int i, double z) {
        return switch (kind[i]) {
            case FIXED -> a[i];
            case NORMAL -> a[i] + b[i] * z;
            case UNIFORM, TRIANGULAR, PERT -> quantile(i, Math.min(Math.max(StandardNormal.cdf(z), 1e-300),
                    1 - 0x1.0p-53));
            default -> Math.exp(p[i] + q[i] * z);
        };
    }
}
