package space.consortium.schedule.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A continuous distribution given by its quantile function, so that a uniform number, or a correlated normal score
 * through Φ (Gaussian copula), turns into a sample with exactly this marginal. Immutable (a PERT builds its quantile
 * table once, at first use, or is given the table of its shape by the compiler).
 *
 * <p>Kinds and parameters as in the plan file: {@code fixed} {value}, {@code uniform} {min, max}, {@code triangular}
 * and {@code pert} {min, mode, max} (Beta-PERT with λ = 4), {@code normal} {mean, sd}, {@code lognormal} {mean, sd} of
 * the variable itself (not of its logarithm).
 */
public final class Distribution {

    /** The kinds, by the names of the plan file. */
    public enum Kind { FIXED, UNIFORM, TRIANGULAR, PERT, NORMAL, LOGNORMAL }

    /** The names of the kinds as written in a plan file. */
    public static final List<String> NAMES = List.of("fixed", "uniform", "triangular", "pert", "normal", "lognormal");

    private final Kind kind;
    private final double a;
    private final double b;
    private final double c;
    // derived: lognormal mu/sigma, triangular split, PERT shape (alpha, beta)
    private final double p;
    private final double q;
    // the PERT quantile table: built at first use, or shared by the compiler with the other PERTs of the same shape
    // (the table depends on the shape alone, so sharing it changes no sample)
    private volatile double @Nullable [] table;

    private Distribution(Kind kind, double a, double b, double c) {
        this.kind = kind;
        this.a = a;
        this.b = b;
        this.c = c;
        double p0 = 0;
        double q0 = 0;
        switch (kind) {
            case TRIANGULAR -> p0 = c > a ? (b - a) / (c - a) : 0;
            case PERT -> {
                if (c > a) {
                    p0 = 1 + 4 * (b - a) / (c - a);
                    q0 = 1 + 4 * (c - b) / (c - a);
                }
            }
            case LOGNORMAL -> {
                q0 = Math.sqrt(Math.log1p((b / a) * (b / a)));
                p0 = Math.log(a) - q0 * q0 / 2;
            }
            default -> {
            }
        }
        this.p = p0;
        this.q = q0;
    }

    public static Distribution fixed(double value) {
        finite("value", value);
        return new Distribution(Kind.FIXED, value, 0, 0);
    }

    public static Distribution uniform(double min, double max) {
        finite("min", min);
        finite("max", max);
        if (min > max) {
            throw new InvalidDistribution("min", "min " + min + " is above max " + max);
        }
        return new Distribution(Kind.UNIFORM, min, max, 0);
    }

    public static Distribution triangular(double min, double mode, double max) {
        checkRange(min, mode, max);
        return new Distribution(Kind.TRIANGULAR, min, mode, max);
    }

    public static Distribution pert(double min, double mode, double max) {
        checkRange(min, mode, max);
        return new Distribution(Kind.PERT, min, mode, max);
    }

    public static Distribution normal(double mean, double sd) {
        finite("mean", mean);
        finite("sd", sd);
        if (sd < 0) {
            throw new InvalidDistribution("sd", "sd " + sd + " is negative");
        }
        return new Distribution(Kind.NORMAL, mean, sd, 0);
    }

    public static Distribution lognormal(double mean, double sd) {
        finite("mean", mean);
        finite("sd", sd);
        if (mean <= 0) {
            throw new InvalidDistribution("mean", "a lognormal variable needs a positive mean, not " + mean);
        }
        if (sd < 0) {
            throw new InvalidDistribution("sd", "sd " + sd + " is negative");
        }
        return new Distribution(Kind.LOGNORMAL, mean, sd, 0);
    }

    private static void finite(String parameter, double value) {
        if (!Double.isFinite(value)) {
            throw new InvalidDistribution(parameter, "must be a finite number");
        }
    }

    private static void checkRange(double min, double mode, double max) {
        finite("min", min);
        finite("mode", mode);
        finite("max", max);
        if (min > max) {
            throw new InvalidDistribution("min", "min " + min + " is above max " + max);
        }
        if (mode < min || mode > max) {
            throw new InvalidDistribution("mode", "mode " + mode + " lies outside [" + min + ", " + max + "]");
        }
    }

    public Kind kind() {
        return kind;
    }

    /** The parameters in the order of the plan file (value; min, max; min, mode, max; mean, sd). */
    public double[] parameters() {
        return switch (kind) {
            case FIXED -> new double[] {a};
            case UNIFORM, NORMAL, LOGNORMAL -> new double[] {a, b};
            case TRIANGULAR, PERT -> new double[] {a, b, c};
        };
    }

    /** True when every sample is the same number. */
    public boolean isConstant() {
        return switch (kind) {
            case FIXED -> true;
            case UNIFORM -> a == b;
            case TRIANGULAR, PERT -> a == c;
            case NORMAL, LOGNORMAL -> b == 0;
        };
    }

    /** The expected value. */
    public double mean() {
        return switch (kind) {
            case FIXED -> a;
            case UNIFORM -> (a + b) / 2;
            case TRIANGULAR -> (a + b + c) / 3;
            case PERT -> (a + 4 * b + c) / 6;
            case NORMAL, LOGNORMAL -> a;
        };
    }

    /** The value of the deterministic plan: the most likely value for triangular and PERT, the mean otherwise. */
    public double pointEstimate() {
        return switch (kind) {
            case TRIANGULAR, PERT -> b;
            default -> mean();
        };
    }

    /** The value below which a share {@code u} of the samples fall, for u in (0, 1). */
    public double quantile(double u) {
        return switch (kind) {
            case FIXED -> a;
            case UNIFORM -> a + u * (b - a);
            case TRIANGULAR -> u < p ? a + Math.sqrt(u * (c - a) * (b - a)) : c - Math.sqrt((1 - u) * (c - a) * (c - b));
            case PERT -> c > a ? a + (c - a) * BetaQuantiles.lookup(pertTable(), u) : a;
            case NORMAL -> a + b * StandardNormal.quantile(u);
            case LOGNORMAL -> Math.exp(p + q * StandardNormal.quantile(u));
        };
    }

    /** The sample whose normal score is {@code z}: the quantile at Φ(z), directly for the normal family. */
    public double fromNormalScore(double z) {
        return switch (kind) {
            case FIXED -> a;
            case NORMAL -> a + b * z;
            case LOGNORMAL -> Math.exp(p + q * z);
            default -> quantile(Math.min(Math.max(StandardNormal.cdf(z), 1e-300), 1 - 0x1.0p-53));
        };
    }

    /**
     * The PERT quantile table (Beta(α, β) quantiles at 4,096 probabilities, see {@link BetaQuantiles}); built at the
     * first call unless {@link #shareTables} gave it one. A race builds it twice, the same numbers both times.
     */
    double[] pertTable() {
        double[] t = table;
        if (t == null) {
            t = BetaQuantiles.table(p, q);
            table = t;
        }
        return t;
    }

    // the parameters and derived values, for the sampler's flat arrays (Quantiles)
    double a() {
        return a;
    }

    double b() {
        return b;
    }

    double c() {
        return c;
    }

    double shapeP() {
        return p;
    }

    double shapeQ() {
        return q;
    }

    /**
     * Builds the PERT tables of these distributions once per shape (α, β) and gives each the table of its shape: a
     * plan's PERTs share few shapes (2,000 activities with whole-day estimates: about 160), and a table costs 16,384
     * density evaluations and 32 kB.
     */
    static void shareTables(Iterable<Distribution> distributions) {
        Map<Shape, double[]> tables = new HashMap<>();
        for (Distribution d : distributions) {
            if (d.kind == Kind.PERT && d.c > d.a && d.table == null) {
                d.table = tables.computeIfAbsent(new Shape(d.p, d.q), s -> BetaQuantiles.table(s.alpha(), s.beta()));
            }
        }
    }

    /** A Beta shape; records compare doubles bit for bit. */
    private record Shape(double alpha, double beta) {
    }

    @Override
    public String toString() {
        String name = NAMES.get(kind.ordinal());
        return switch (kind) {
            case FIXED -> name + "(" + a + ")";
            case UNIFORM, NORMAL, LOGNORMAL -> name + "(" + a + ", " + b + ")";
            case TRIANGULAR, PERT -> name + "(" + a + ", " + b + ", " + c + ")";
        };
    }
}
