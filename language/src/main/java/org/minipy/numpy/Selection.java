package org.minipy.numpy;

import org.minipy.runtime.Errors;
import org.minipy.runtime.Iteration;

/**
 * Functions that pick elements from several arrays: {@code np.where(cond, x, y)}, {@code np.maximum} and
 * {@code np.minimum} (elementwise, broadcasting, NaN wins as in numpy), and {@code np.concatenate} along an axis.
 */
final class Selection {
    private Selection() {
    }

    static Object where(Object cond, Object x, Object y) {
        NDArray c = Convert.asArray(cond);
        NDArray a = Convert.asArray(x);
        NDArray b = Convert.asArray(y);
        int[] shape = Elementwise.broadcastShapes(c.shape, a.shape);
        int[] full = shape == null ? null : Elementwise.broadcastShapes(shape, b.shape);
        if (full == null) {
            throw Errors.valueError("operands could not be broadcast together with shapes %s %s %s ", Convert.shapeCompact(c.shape),
                            Convert.shapeCompact(a.shape), Convert.shapeCompact(b.shape));
        }
        DType type = DType.promote(a.dtype, b.dtype);
        int n = NDArray.sizeOf(full);
        NDArray cb = Elementwise.broadcastTo(c, full);
        NDArray ab = Elementwise.broadcastTo(a, full);
        NDArray bb = Elementwise.broadcastTo(b, full);
        Object out = Compute.run(n, () -> {
            boolean[] m = cb.bools();
            Object xs = ab.elements(type);
            Object ys = bb.elements(type);
            Object o = type.allocate(n);
            for (int i = 0; i < n; i++) {
                System.arraycopy(m[i] ? xs : ys, i, o, i, 1);
            }
            return o;
        });
        return new NDArray(type, out, full);
    }

    static Object extremum(Object x, Object y, boolean max) {
        NDArray a = Convert.asArray(x);
        NDArray b = Convert.asArray(y);
        int[] shape = Elementwise.broadcastShapes(a.shape, b.shape);
        if (shape == null) {
            throw Elementwise.broadcastError(a.shape, b.shape);
        }
        DType type = DType.promote(a.dtype, b.dtype);
        int n = NDArray.sizeOf(shape);
        NDArray ab = Elementwise.broadcastTo(a, shape);
        NDArray bb = Elementwise.broadcastTo(b, shape);
        Object out = Compute.run(n, () -> {
            if (type == DType.FLOAT64) {
                double[] p = ab.doubles();
                double[] q = bb.doubles();
                double[] o = new double[n];
                for (int i = 0; i < n; i++) {
                    o[i] = Double.isNaN(p[i]) || Double.isNaN(q[i]) ? Double.NaN : max ? Math.max(p[i], q[i]) : Math.min(p[i], q[i]);
                }
                return o;
            }
            long[] p = ab.longs();
            long[] q = bb.longs();
            long[] o = new long[n];
            for (int i = 0; i < n; i++) {
                o[i] = max ? Math.max(p[i], q[i]) : Math.min(p[i], q[i]);
            }
            return type == DType.BOOL ? new NDArray(DType.INT64, o, shape).bools() : o;
        });
        NDArray r = new NDArray(type, out, shape);
        return shape.length == 0 ? r.item(0) : r;
    }

    static Object concatenate(Object seq, Object axisArg) {
        Object[] items = Iteration.toArray(seq);
        if (items.length == 0) {
            throw Errors.valueError("need at least one array to concatenate");
        }
        NDArray[] arrays = new NDArray[items.length];
        DType type = null;
        for (int i = 0; i < items.length; i++) {
            arrays[i] = Convert.asArray(items[i]);
            if (arrays[i].ndim() == 0) {
                throw Errors.valueError("zero-dimensional arrays cannot be concatenated");
            }
            type = type == null ? arrays[i].dtype : DType.promote(type, arrays[i].dtype);
        }
        int nd = arrays[0].ndim();
        int axis = Convert.axis(axisArg, nd);
        int[] shape = arrays[0].shape.clone();
        shape[axis] = 0;
        for (int i = 0; i < arrays.length; i++) {
            NDArray a = arrays[i];
            if (a.ndim() != nd) {
                throw Errors.valueError("all the input array dimensions except for the concatenation axis must match exactly, but along dimension 0, the array at index 0 has %d dimension(s) and the array at index %d has %d dimension(s)",
                                nd, i, a.ndim());
            }
            for (int d = 0; d < nd; d++) {
                if (d != axis && a.shape[d] != shape[d]) {
                    throw Errors.valueError("all the input array dimensions except for the concatenation axis must match exactly, but along dimension %d, the array at index 0 has size %d and the array at index %d has size %d",
                                    d, shape[d], i, a.shape[d]);
                }
            }
            shape[axis] += a.shape[axis];
        }
        NDArray out = NDArray.zeros(type, shape);
        int start = 0;
        for (NDArray a : arrays) {
            Object[] key = new Object[nd];
            for (int d = 0; d < nd; d++) {
                key[d] = d == axis ? new org.minipy.runtime.PSlice((long) start, (long) (start + a.shape[axis]), org.minipy.runtime.PNone.NONE)
                                : new org.minipy.runtime.PSlice(org.minipy.runtime.PNone.NONE, org.minipy.runtime.PNone.NONE, org.minipy.runtime.PNone.NONE);
            }
            Indexing.assign(Indexing.basic(out, new org.minipy.runtime.PTuple(key)), a);
            start += a.shape[axis];
        }
        return out;
    }
}
