package org.minipy.numpy;

import org.minipy.runtime.Errors;

/**
 * {@code np.dot}, {@code np.matmul} and {@code @}: matrix·matrix, matrix·vector, vector·matrix and vector·vector
 * (1-D operands are promoted to a row or column and the extra dimension is dropped again), with numpy's shape
 * errors. Float products copy the operands into contiguous row-major {@code double[]}s and call the blocked kernel
 * {@code MatMul.multiply} (C = A·B) without the GIL; integer (and bool) products get their own exact {@code long}
 * loop, as numpy's integer matmul is exact too.
 */
final class LinearAlgebra {
    private LinearAlgebra() {
    }

    private static final String SIGNATURE = "(n?,k),(k,m?)->(n?,m?)";

    static Object matmul(Object x, Object y) {
        NDArray a = Convert.asArray(x);
        NDArray b = Convert.asArray(y);
        for (int i = 0; i < 2; i++) {
            NDArray o = i == 0 ? a : b;
            if (o.ndim() == 0) {
                throw Errors.valueError("matmul: Input operand %d does not have enough dimensions (has 0, gufunc core with signature %s requires 1)", i, SIGNATURE);
            }
            if (o.ndim() > 2) {
                throw Errors.notImplementedError("MiniPy's numpy multiplies 1-D and 2-D arrays only (got %d dimensions)", o.ndim());
            }
        }
        int k = a.shape[a.ndim() - 1];
        int kb = b.ndim() == 1 ? b.shape[0] : b.shape[0];
        if (k != kb) {
            throw Errors.valueError("matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature %s (size %d is different from %d)", SIGNATURE, kb, k);
        }
        return product(a, b);
    }

    static Object dot(Object x, Object y) {
        NDArray a = Convert.asArray(x);
        NDArray b = Convert.asArray(y);
        if (a.ndim() == 0 || b.ndim() == 0) {
            return Elementwise.binary(org.minipy.ast.Operator.Binary.MUL, x, y);
        }
        if (a.ndim() > 2 || b.ndim() > 2) {
            throw Errors.notImplementedError("MiniPy's numpy multiplies 1-D and 2-D arrays only");
        }
        int ka = a.shape[a.ndim() - 1];
        int bDim = b.ndim() == 1 ? 0 : b.ndim() - 2;
        int kb = b.shape[bDim];
        if (ka != kb) {
            throw Errors.valueError("shapes %s and %s not aligned: %d (dim %d) != %d (dim %d)", Convert.shapeCompact(a.shape), Convert.shapeCompact(b.shape),
                            ka, a.ndim() - 1, kb, bDim);
        }
        return product(a, b);
    }

    /** The product of compatible 1-D/2-D operands. */
    private static Object product(NDArray a, NDArray b) {
        int m = a.ndim() == 1 ? 1 : a.shape[0];
        int k = a.shape[a.ndim() - 1];
        int n = b.ndim() == 1 ? 1 : b.shape[1];
        DType type = DType.promote(a.dtype, b.dtype) == DType.FLOAT64 ? DType.FLOAT64 : DType.INT64;
        long work = (long) m * k + (long) k * n + (long) m * n;
        Object out = Compute.run(Math.max(work, (long) m * k * n), () -> {
            if (type == DType.FLOAT64) {
                double[] c = new double[m * n];
                multiply(a.doubles(), b.doubles(), c, m, k, n);
                return c;
            }
            long[] c = new long[m * n];
            multiplyLong(a.longs(), b.longs(), c, m, k, n);
            return c;
        });
        int[] shape;
        if (a.ndim() == 2 && b.ndim() == 2) {
            shape = new int[]{m, n};
        } else if (a.ndim() == 2) {
            shape = new int[]{m};
        } else if (b.ndim() == 2) {
            shape = new int[]{n};
        } else {
            return new NDArray(type, out, new int[]{1}).item(0);
        }
        return new NDArray(type, out, shape);
    }

    /** C = A·B for contiguous row-major A (m×k), B (k×n), C (m×n). */
    private static void multiply(double[] a, double[] b, double[] c, int m, int k, int n) {
        MatMul.multiply(a, b, c, m, k, n);
    }

    private static void multiplyLong(long[] a, long[] b, long[] c, int m, int k, int n) {
        for (int i = 0; i < m; i++) {
            for (int p = 0; p < k; p++) {
                long av = a[i * k + p];
                if (av == 0) {
                    continue;
                }
                int bRow = p * n;
                int cRow = i * n;
                for (int j = 0; j < n; j++) {
                    c[cRow + j] += av * b[bRow + j];
                }
            }
        }
    }
}
