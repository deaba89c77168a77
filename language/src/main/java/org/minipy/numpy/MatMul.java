package org.minipy.numpy;

/**
 * The matrix-multiplication kernel under numpy's {@code @}, {@code dot} and {@code matmul}: C = A·B for contiguous
 * row-major float64 matrices. It runs on the calling thread alone (like a single-threaded BLAS), touching only the
 * primitive arrays, so callers may run it with the GIL released and threads in the guest program show the effect.
 *
 * <p>Large products go to {@link VectorMatMul}, a cache-blocked kernel with packed panels and a register-blocked
 * micro-kernel written with the JDK's Vector API. That was measured against a BLAS library from Maven Central
 * (dev.ludovic.netlib {@code blas} 3.0.3) on this project's machine (2-core Xeon, Sapphire Rapids, AVX-512; one thread;
 * see bench/matmul_*.py and the branch's closing note for the numbers): our kernel is about as fast as netlib calling the
 * system OpenBLAS through JNI, and several times faster than netlib's own Java fallback (its Vector-API {@code dgemm} is
 * not cache-blocked and falls to a few GFLOP/s at n = 2000), which is what a clean checkout without OpenBLAS gets. It
 * also needs no native library, no JNI pinning of the arrays, and cannot start OpenBLAS's own thread pool, which would
 * break the one-thread rule. So MiniPy uses its own kernel.
 *
 * <p>The Vector API is an incubator module: the JVM must be started with {@code --add-modules jdk.incubator.vector}
 * (the {@code mpy} script and the test runner do). Without it, and for small products where packing does not pay,
 * the plain i-k-j loop below is used (it streams rows of B and C, and C2 vectorises its inner loop).
 */
public final class MatMul {
    private MatMul() {
    }

    /** Below this many multiply-adds the packing of the blocked kernel costs more than it saves. */
    private static final long SMALL = 24L * 24 * 24;

    /** Whether {@link VectorMatMul} can be used: the incubator module is in the boot layer and vectors are wide enough. */
    private static final boolean VECTOR = vectorAvailable();

    private static boolean vectorAvailable() {
        if (Boolean.getBoolean("minipy.matmul.scalar")) {
            return false;
        }
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
            return false;
        }
        try {
            return VectorMatMul.useful();
        } catch (LinkageError e) {
            return false;
        }
    }

    /** Whether large products use the Vector API kernel (for benchmarks and tests to report). */
    public static boolean isVectorized() {
        return VECTOR;
    }

    /**
     * C = A·B. A is m×k, B is k×n, C is m×n, all row-major and contiguous from index 0; C is overwritten (with zeros
     * when k = 0) and must not share its array with A or B.
     */
    public static void multiply(double[] a, double[] b, double[] c, int m, int k, int n) {
        if (m < 0 || k < 0 || n < 0) {
            throw new IllegalArgumentException("negative matrix dimension");
        }
        if ((long) m * k > a.length || (long) k * n > b.length || (long) m * n > c.length) {
            throw new IllegalArgumentException("matrix buffer too small");
        }
        if (c == a || c == b) {
            throw new IllegalArgumentException("the result must not share its buffer with an operand");
        }
        if (m == 0 || n == 0) {
            return;
        }
        if (k == 0) {
            java.util.Arrays.fill(c, 0, m * n, 0.0);
            return;
        }
        if (VECTOR && (long) m * k * n >= SMALL) {
            VectorMatMul.multiply(a, b, c, m, k, n);
        } else {
            simple(a, b, c, m, k, n);
        }
    }

    /** The i-k-j loop: C row i is the sum over p of A[i,p] times B row p. */
    static void simple(double[] a, double[] b, double[] c, int m, int k, int n) {
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
