package space.consortium.costshare.engine;

import org.jspecify.annotations.Nullable;

/**
 * The linear span of a growing set of coalition indicator vectors 1_S ∈ ℝⁿ, tested exactly.
 *
 * <p>Implementation note: the vectors are 0/1, so every minor of a matrix of them is an integer bounded by
 * Hadamard's bound for 0/1 matrices, (k+1)^((k+1)/2) / 2^k ≈ 7.3·10⁷ for k = 20. Working modulo the prime
 * p = 2³¹ − 1 &gt; 7.3·10⁷ therefore gives exactly the rank over the rationals, with no tolerance. Each test costs
 * O(n·rank) modular operations.
 */
final class CoalitionSpan {

    private static final long P = 2_147_483_647L;

    private final int n;
    private final long[][] rows;
    private final int[] pivots;
    private int rank;

    CoalitionSpan(int n) {
        this.n = n;
        this.rows = new long[n][];
        this.pivots = new int[n];
    }

    int rank() {
        return rank;
    }

    /** Whether 1_mask is a linear combination of the vectors added so far. */
    boolean contains(long mask) {
        return reduce(mask) == null;
    }

    /** Adds 1_mask; returns true when it was independent of the vectors added so far (the rank grew). */
    boolean add(long mask) {
        long[] v = reduce(mask);
        if (v == null) {
            return false;
        }
        int pivot = 0;
        while (v[pivot] == 0) {
            pivot++;
        }
        long inverse = power(v[pivot], P - 2);
        for (int j = 0; j < n; j++) {
            v[j] = v[j] * inverse % P;
        }
        rows[rank] = v;
        pivots[rank] = pivot;
        rank++;
        return true;
    }

    /** The residual of 1_mask after elimination by the stored rows, or null when it is zero. */
    private long @Nullable [] reduce(long mask) {
        long[] v = new long[n];
        for (int j = 0; j < n; j++) {
            v[j] = (mask >>> j) & 1L;
        }
        for (int k = 0; k < rank; k++) {
            long factor = v[pivots[k]];
            if (factor != 0) {
                long[] row = rows[k];
                for (int j = 0; j < n; j++) {
                    if (row[j] != 0) {
                        v[j] = Math.floorMod(v[j] - factor * row[j] % P, P);
                    }
                }
            }
        }
        for (int j = 0; j < n; j++) {
            if (v[j] != 0) {
                return v;
            }
        }
        return null;
    }

    private static long power(long base, long exponent) {
        long result = 1;
        long b = base % P;
        long e = exponent;
        while (e > 0) {
            if ((e & 1) == 1) {
                result = result * b % P;
            }
            b = b * b % P;
            e >>= 1;
        }
        return result;
    }
}
