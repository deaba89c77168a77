package org.minipy.numpy;

/**
 * The matrix-multiplication kernel under numpy's {@code @}, {@code dot} and {@code matmul}: C = A·B for contiguous
 * row-major float64 matrices. It runs on the calling thread alone (like a single-threaded BLAS), touching only the
 * primitive arrays, so callers may run it with the GIL released.
 *
 * <p>This first version is the plain i-k-j loop (streams rows of B and C, so it is cache-friendly and auto-vectorised
 * by the JIT); a blocked, vectorised kernel replaces it.
 */
public final class MatMul {
    private MatMul() {
    }

    /**
     * C = A·B. A is m×k, B is k×n, C is m×n, all row-major and contiguous from index 0; C is overwritten.
     */
    public static void multiply(double[] a, double[] b, double[] c, int m, int k, int n) {
        if (m < 0 || k < 0 || n < 0) {
            throw new IllegalArgumentException("negative matrix dimension");
        }
        if ((long) m * k > a.length || (long) k * n > b.length || (long) m * n > c.length) {
            throw new IllegalArgumentException("matrix buffer too small");
        }
        java.util.Arrays.fill(c, 0, m * n, 0.0);
        for (int i = 0; i < m; i++) {
            int ci = i * n;
            for (int p = 0; p < k; p++) {
                double aip = a[i * k + p];
                int bp = p * n;
                for (int j = 0; j < n; j++) {
                    c[ci + j] += aip * b[bp + j];
                }
            }
        }
    }
}
