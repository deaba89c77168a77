package org.minipy.numpy;

/**
 * The matrix-multiplication kernel under numpy's {@code @}, {@code dot} and {@code matmul}: C = A·B for contiguous
 * row-major float64 matrices. It runs on the calling thread alone (like a single-threaded BLAS), touching only the
 * primitive arrays, so callers may run it with the GIL released and threads in the guest program show the effect.
 *
 * <p>Large products go to {@link VectorMatMul}, a cache-blocked kernel with packed panels and a register-blocked
 * micro-kernel written with the JDK's Vector API. Why not a BLAS library: we measured dev.ludovic.netlib {@code blas}
 * 3.0.3 (from Maven Central) in the same JVM, one thread, on this project's machine (2-core Xeon, Sapphire Rapids,
 * AVX-512; shared and loaded, so medians of interleaved runs; GFLOP/s at n = 1000 / 2000):
 * <pre>
 *   this kernel (Vector API)                       50 / 69      (other runs: 55-68 / 52-65)
 *   netlib JNIBLAS -&gt; system OpenBLAS 0.3.21        50 / 96
 *   netlib's Java fallback (its Vector-API dgemm)   19 / 3
 *   numpy 1.24 + OpenBLAS, OPENBLAS_NUM_THREADS=1   70-90 / 69-95
 * </pre>
 * netlib is only fast when the system has OpenBLAS (a package a clean CI machine need not have; Debian's default
 * {@code libblas.so.3} is the slow reference BLAS), its JNI path needs {@code arpack_combined_all} and native access,
 * pins the arrays (blocking the GC) for the whole product, and OpenBLAS would start its own thread pool unless the
 * environment says otherwise, breaking the rule that array work runs on the calling thread alone. Without OpenBLAS its
 * fallback is far slower than this kernel (not cache-blocked: 3 GFLOP/s at n = 2000). This kernel is on par with
 * OpenBLAS at n = 1000 and about 70% of it at n = 2000, with no native code, the same on every machine with the JDK,
 * so MiniPy uses it.
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

    /**
     * The blocked kernel's one-time JIT warm-up (see {@code VectorMatMul.warmUp}) costs about 0.1 s of interpreted
     * vector code, more than a medium product takes in the plain loop; so it happens at the first product of at least
     * this many multiply-adds, or once the plain loop has done this much work in all.
     */
    private static final long WARM_UP_WORTH = 200L * 200 * 200;

    /** Multiply-adds done by the plain loop while the blocked kernel was not warm (racy on purpose: a hint). */
    private static long simpleWork;

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
        long work = (long) m * k * n;
        if (VECTOR && work >= SMALL && (VectorMatMul.isWarm() || work >= WARM_UP_WORTH || simpleWork >= WARM_UP_WORTH)) {
            VectorMatMul.multiply(a, b, c, m, k, n);
        } else {
            if (VECTOR && work >= SMALL) {
                simpleWork += work;
            }
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
