package space.consortium.schedule.engine;

/**
 * Correlation matrices: the Cholesky factor of a positive semi-definite one, the smallest eigenvalue (Jacobi), and
 * the nearest correlation matrix by N. Higham's alternating projections with Dykstra's correction ("Computing the
 * nearest correlation matrix — a problem from finance", IMA J. Numer. Anal. 22 (2002) 329–343). O(m³) per sweep;
 * the matrices here are small (one per connected group of correlated variables).
 */
final class CorrelationMatrix {

    private static final double TOLERANCE = 1e-10;

    private CorrelationMatrix() {
    }

    /** The lower Cholesky factor, or null when the matrix is not positive semi-definite. */
    static double[][] cholesky(double[][] m) {
        int n = m.length;
        double[][] l = new double[n][n];
        for (int j = 0; j < n; j++) {
            double d = m[j][j];
            for (int k = 0; k < j; k++) {
                d -= l[j][k] * l[j][k];
            }
            if (d < -TOLERANCE * 100) {
                return null;
            }
            double root = d > TOLERANCE ? Math.sqrt(d) : 0;
            l[j][j] = root;
            for (int i = j + 1; i < n; i++) {
                double s = m[i][j];
                for (int k = 0; k < j; k++) {
                    s -= l[i][k] * l[j][k];
                }
                if (root == 0) {
                    if (Math.abs(s) > 1e-7) {
                        return null;
                    }
                    l[i][j] = 0;
                } else {
                    l[i][j] = s / root;
                }
            }
        }
        return l;
    }

    /** Eigenvalues and eigenvectors (columns of {@code vectors}) of a symmetric matrix, by cyclic Jacobi rotations. */
    static double[] eigen(double[][] matrix, double[][] vectors) {
        int n = matrix.length;
        double[][] a = new double[n][];
        for (int i = 0; i < n; i++) {
            a[i] = matrix[i].clone();
            java.util.Arrays.fill(vectors[i], 0);
            vectors[i][i] = 1;
        }
        for (int sweep = 0; sweep < 100; sweep++) {
            double off = 0;
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    off += a[i][j] * a[i][j];
                }
            }
            if (off < 1e-22) {
                break;
            }
            for (int p = 0; p < n; p++) {
                for (int q = p + 1; q < n; q++) {
                    if (Math.abs(a[p][q]) < 1e-300) {
                        continue;
                    }
                    double theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
                    double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
                    if (theta == 0) {
                        t = 1;
                    }
                    double c = 1 / Math.sqrt(t * t + 1);
                    double s = t * c;
                    for (int k = 0; k < n; k++) {
                        double akp = a[k][p];
                        double akq = a[k][q];
                        a[k][p] = c * akp - s * akq;
                        a[k][q] = s * akp + c * akq;
                    }
                    for (int k = 0; k < n; k++) {
                        double apk = a[p][k];
                        double aqk = a[q][k];
                        a[p][k] = c * apk - s * aqk;
                        a[q][k] = s * apk + c * aqk;
                    }
                    for (int k = 0; k < n; k++) {
                        double vkp = vectors[k][p];
                        double vkq = vectors[k][q];
                        vectors[k][p] = c * vkp - s * vkq;
                        vectors[k][q] = s * vkp + c * vkq;
                    }
                }
            }
        }
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = a[i][i];
        }
        return values;
    }

    static double smallestEigenvalue(double[][] m) {
        double[] values = eigen(m, new double[m.length][m.length]);
        double min = Double.POSITIVE_INFINITY;
        for (double v : values) {
            min = Math.min(min, v);
        }
        return min;
    }

    /** The nearest correlation matrix in the Frobenius norm (Higham 2002, algorithm 3.3, unit weights). */
    static double[][] nearest(double[][] a) {
        int n = a.length;
        double[][] y = copy(a);
        double[][] ds = new double[n][n];
        double[][] vectors = new double[n][n];
        for (int iteration = 0; iteration < 500; iteration++) {
            double[][] r = new double[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    r[i][j] = y[i][j] - ds[i][j];
                }
            }
            double[] values = eigen(r, vectors);
            double[][] x = new double[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    double s = 0;
                    for (int k = 0; k < n; k++) {
                        if (values[k] > 0) {
                            s += vectors[i][k] * values[k] * vectors[j][k];
                        }
                    }
                    x[i][j] = s;
                }
            }
            double change = 0;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    ds[i][j] = x[i][j] - r[i][j];
                    double next = i == j ? 1 : x[i][j];
                    change = Math.max(change, Math.abs(next - y[i][j]));
                    y[i][j] = next;
                }
            }
            if (change < 1e-9) {
                break;
            }
        }
        // a hair towards the identity so that the factorisation sees a valid matrix despite rounding
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j) {
                    y[i][j] *= 1 - 1e-9;
                }
            }
        }
        return y;
    }

    private static double[][] copy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }
}
