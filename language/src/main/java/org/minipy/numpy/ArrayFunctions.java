package org.minipy.numpy;

import org.minipy.runtime.Errors;
import org.minipy.runtime.Iteration;
import org.minipy.runtime.PNone;

/**
 * Smaller module functions programs reach for beside SPEC §6's core: {@code round/around} (numpy's scale, round half
 * to even, unscale), {@code cumsum}, {@code isclose allclose array_equal}, {@code count_nonzero}, {@code vstack
 * hstack}. Each is built on the array primitives of the other classes; loops over 500+ elements release the GIL.
 */
final class ArrayFunctions {
    private ArrayFunctions() {
    }

    /** {@code np.round(a, decimals)}: {@code rint(a * 10**d) / 10**d} (for d < 0: divide, round, multiply). */
    static Object round(Object x, long decimals) {
        boolean scalar = Convert.isScalar(x);
        NDArray a = Convert.asArray(x);
        if (a.dtype != DType.FLOAT64) {
            if (decimals >= 0) {
                return scalar ? x : a.copyAs(a.dtype);
            }
            NDArray f = (NDArray) round(a.copyAs(DType.FLOAT64), decimals);
            return f.copyAs(a.dtype);
        }
        double factor = Math.pow(10.0, Math.abs(decimals));
        int n = a.size;
        double[] out = Compute.run(n, () -> {
            double[] v = a.doubles();
            double[] o = new double[n];
            for (int i = 0; i < n; i++) {
                o[i] = decimals >= 0 ? Math.rint(v[i] * factor) / factor : Math.rint(v[i] / factor) * factor;
            }
            return o;
        });
        NDArray r = new NDArray(DType.FLOAT64, out, a.shape.clone());
        return scalar || a.ndim() == 0 ? r.item(0) : r;
    }

    /** {@code np.cumsum(a, axis=None)}: running sums in order (flattened without an axis). */
    static NDArray cumsum(Object x, Object axisArg) {
        NDArray a = Convert.asArray(x);
        DType type = a.dtype == DType.BOOL ? DType.INT64 : a.dtype;
        if (!Creation.given(axisArg)) {
            a = new NDArray(a.dtype, a.elements(a.dtype), new int[]{a.size});
        }
        int axis = Convert.axis(Creation.given(axisArg) ? axisArg : 0L, a.ndim());
        int len = a.shape[axis];
        int inner = 1;
        for (int d = axis + 1; d < a.ndim(); d++) {
            inner *= a.shape[d];
        }
        int outer = len == 0 ? 0 : a.size / len / Math.max(inner, 1);
        NDArray src = a;
        int innerN = inner;
        Object out = Compute.run(a.size, () -> {
            if (type == DType.FLOAT64) {
                double[] v = src.doubles();
                double[] o = new double[v.length];
                for (int p = 0; p < outer; p++) {
                    for (int q = 0; q < innerN; q++) {
                        double s = 0;
                        for (int i = 0; i < len; i++) {
                            int k = (p * len + i) * innerN + q;
                            s = i == 0 ? v[k] : s + v[k];
                            o[k] = s;
                        }
                    }
                }
                return o;
            }
            long[] v = src.longs();
            long[] o = new long[v.length];
            for (int p = 0; p < outer; p++) {
                for (int q = 0; q < innerN; q++) {
                    long s = 0;
                    for (int i = 0; i < len; i++) {
                        int k = (p * len + i) * innerN + q;
                        s += v[k];
                        o[k] = s;
                    }
                }
            }
            return o;
        });
        return new NDArray(type, out, a.shape.clone());
    }

    /** {@code np.isclose(a, b)}: {@code |a - b| <= atol + rtol * |b|}, NaNs unequal. */
    static Object isclose(Object x, Object y, double rtol, double atol) {
        NDArray a = Convert.asArray(x);
        NDArray b = Convert.asArray(y);
        int[] shape = Elementwise.broadcastShapes(a.shape, b.shape);
        if (shape == null) {
            throw Elementwise.broadcastError(a.shape, b.shape);
        }
        int n = NDArray.sizeOf(shape);
        NDArray ab = Elementwise.broadcastTo(a, shape);
        NDArray bb = Elementwise.broadcastTo(b, shape);
        boolean[] out = Compute.run(n, () -> {
            double[] p = ab.doubles();
            double[] q = bb.doubles();
            boolean[] o = new boolean[n];
            for (int i = 0; i < n; i++) {
                o[i] = p[i] == q[i] || Math.abs(p[i] - q[i]) <= atol + rtol * Math.abs(q[i]);
            }
            return o;
        });
        NDArray r = new NDArray(DType.BOOL, out, shape);
        return shape.length == 0 ? r.item(0) : r;
    }

    static boolean allclose(Object x, Object y, double rtol, double atol) {
        Object r = isclose(x, y, rtol, atol);
        return r instanceof NDArray m ? (Boolean) Reductions.reduce(Reductions.Kind.ALL, m, -1, 0) : (Boolean) r;
    }

    static boolean arrayEqual(Object x, Object y) {
        NDArray a = Convert.asArray(x);
        NDArray b = Convert.asArray(y);
        if (!java.util.Arrays.equals(a.shape, b.shape)) {
            return false;
        }
        Object eq = Elementwise.compare(org.minipy.ast.Operator.Compare.EQ, a, b);
        return eq instanceof NDArray m ? (Boolean) Reductions.reduce(Reductions.Kind.ALL, m, -1, 0) : (Boolean) eq;
    }

    /** {@code np.nonzero(a)}: one int64 array of indices per dimension, for the non-zero elements in C order. */
    static org.minipy.runtime.PTuple nonzero(Object x) {
        NDArray a = Convert.asArray(x);
        if (a.ndim() == 0) {
            a = ArrayMethods.reshape(a, new int[]{1});
        }
        boolean[] m = a.bools();
        int count = 0;
        for (boolean b : m) {
            count += b ? 1 : 0;
        }
        int nd = a.ndim();
        long[][] idx = new long[nd][count];
        int k = 0;
        for (int i = 0; i < m.length; i++) {
            if (m[i]) {
                int rest = i;
                for (int d = nd - 1; d >= 0; d--) {
                    idx[d][k] = rest % a.shape[d];
                    rest /= a.shape[d];
                }
                k++;
            }
        }
        Object[] out = new Object[nd];
        for (int d = 0; d < nd; d++) {
            out[d] = new NDArray(DType.INT64, idx[d], new int[]{count});
        }
        return new org.minipy.runtime.PTuple(out);
    }

    /** {@code np.diag}: the k-th diagonal of a 2-D array (a copy), or a square array with a 1-D array on it. */
    static NDArray diag(NDArray v, long k) {
        if (v.ndim() == 2) {
            NDArray d = ArrayMethods.diagonal(v, k);
            return d.copyAs(d.dtype);
        }
        if (v.ndim() != 1) {
            throw Errors.valueError("Input must be 1- or 2-d.");
        }
        int n = v.size + (int) Math.abs(k);
        NDArray out = NDArray.zeros(v.dtype, new int[]{n, n});
        NDArray d = ArrayMethods.diagonal(out, k);
        Indexing.assign(d, v);
        return out;
    }

    /** {@code np.sort(a, axis=-1)}: a sorted copy along the last axis (None: flattened); NaNs go last as in numpy. */
    static NDArray sort(Object x, Object axisArg) {
        NDArray a = Convert.asArray(x);
        if (axisArg == PNone.NONE) {
            a = new NDArray(a.dtype, a.elements(a.dtype), new int[]{a.size});
        }
        if (a.ndim() == 0) {
            throw Errors.raise(NumpyModule.AXIS_ERROR, "axis -1 is out of bounds for array of dimension 0");
        }
        int axis = Convert.axis(axisArg == PNone.NONE ? -1L : axisArg, a.ndim());
        if (axis != a.ndim() - 1) {
            throw Errors.notImplementedError("MiniPy's numpy sorts along the last axis only");
        }
        NDArray out = a.copyAs(a.dtype);
        int len = a.shape[axis];
        int rows = len == 0 ? 0 : out.size / len;
        Compute.exec(out.size, () -> {
            for (int r = 0; r < rows; r++) {
                switch (out.dtype) {
                    case FLOAT64 -> java.util.Arrays.sort((double[]) out.data, r * len, (r + 1) * len);
                    case INT64 -> java.util.Arrays.sort((long[]) out.data, r * len, (r + 1) * len);
                    case BOOL -> {
                        boolean[] d = (boolean[]) out.data;
                        int falses = 0;
                        for (int i = r * len; i < (r + 1) * len; i++) {
                            falses += d[i] ? 0 : 1;
                        }
                        for (int i = r * len; i < (r + 1) * len; i++) {
                            d[i] = i - r * len >= falses;
                        }
                    }
                }
            }
        });
        return out;
    }

    /** {@code np.unique(a)}: the sorted distinct elements, flattened. */
    static NDArray unique(Object x) {
        NDArray s = sort(x, PNone.NONE);
        int n = s.size;
        Object src = s.data;
        Object out = s.dtype.allocate(n);
        int k = 0;
        for (int i = 0; i < n; i++) {
            boolean same = i > 0 && switch (s.dtype) {
                case FLOAT64 -> Double.compare(((double[]) src)[i], ((double[]) src)[i - 1]) == 0;
                case INT64 -> ((long[]) src)[i] == ((long[]) src)[i - 1];
                case BOOL -> ((boolean[]) src)[i] == ((boolean[]) src)[i - 1];
            };
            if (!same) {
                System.arraycopy(src, i, out, k++, 1);
            }
        }
        NDArray r = new NDArray(s.dtype, out, new int[]{n});
        return Indexing.basic(r, new org.minipy.runtime.PSlice(0L, (long) k, PNone.NONE)).copyAs(s.dtype);
    }

    static long countNonzero(Object x) {
        NDArray a = Convert.asArray(x);
        return Compute.run(a.size, () -> Indexing.countTrue(a.bools()));
    }

    /** {@code np.vstack}: 1-D arrays become rows; joined along the first axis. */
    static Object vstack(Object seq) {
        Object[] items = Iteration.toArray(seq);
        Object[] rows = new Object[items.length];
        for (int i = 0; i < items.length; i++) {
            NDArray a = Convert.asArray(items[i]);
            rows[i] = a.ndim() >= 2 ? a : ArrayMethods.reshape(a, new int[]{1, a.size});
        }
        return Selection.concatenate(new org.minipy.runtime.PList(rows), 0L);
    }

    /** {@code np.hstack}: joined along the second axis, or the first for 1-D arrays. */
    static Object hstack(Object seq) {
        Object[] items = Iteration.toArray(seq);
        if (items.length == 0) {
            throw Errors.valueError("need at least one array to concatenate");
        }
        NDArray first = Convert.asArray(items[0]);
        return Selection.concatenate(new org.minipy.runtime.PList(items), first.ndim() <= 1 ? 0L : 1L);
    }

    static boolean isNone(Object o) {
        return o == null || o == PNone.NONE;
    }
}
