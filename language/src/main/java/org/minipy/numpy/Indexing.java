package org.minipy.numpy;

import java.util.ArrayList;
import java.util.List;

import org.minipy.runtime.Errors;
import org.minipy.runtime.IntOps;
import org.minipy.runtime.PList;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PSingleton;
import org.minipy.runtime.PSlice;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.Sequences;

/**
 * {@code a[key]} and {@code a[key] = value}. Basic indexes — ints (negative ones count from the end), slices with
 * steps, tuples of those, {@code ...} and {@code None} — make views that share the buffer; an int for every
 * dimension gives a scalar. Advanced indexes copy: a boolean mask of the array's leading shape selects elements, and
 * an integer array or list picks entries along the first axis. Assignment broadcasts the value to the selection.
 */
final class Indexing {
    private Indexing() {
    }

    /** The buffer position for a key of one int per dimension (the common {@code a[i]}, {@code a[i, j]}), else -1. */
    private static int elementPosition(NDArray a, Object key) {
        if (key instanceof Long i && a.ndim() == 1) {
            return a.offset + normalize(i, a.shape[0], 0) * a.strides[0];
        }
        if (key instanceof PTuple t && t.size() == a.ndim() && a.ndim() > 0) {
            int pos = a.offset;
            for (int d = 0; d < a.ndim(); d++) {
                if (!(t.get(d) instanceof Long i)) {
                    return -1;
                }
                pos += normalize(i, a.shape[d], d) * a.strides[d];
            }
            return pos;
        }
        return -1;
    }

    static Object getItem(NDArray a, Object key) {
        int pos = elementPosition(a, key);
        if (pos >= 0) {
            return a.item(pos);
        }
        NDArray mask = maskOf(key);
        if (mask != null) {
            return maskSelect(a, mask);
        }
        int[] picks = intArrayOf(key);
        if (picks != null) {
            return take(a, picks);
        }
        NDArray v = basic(a, key);
        if (v.ndim() == 0 && !(isBasicEllipsisOnly(key))) {
            return v.item(v.offset);
        }
        return v;
    }

    static void setItem(NDArray a, Object key, Object value) {
        int pos = elementPosition(a, key);
        if (pos >= 0 && Convert.isScalar(value)) {
            Convert.store(a.data, a.dtype, pos, value);
            return;
        }
        NDArray mask = maskOf(key);
        if (mask != null) {
            maskAssign(a, mask, value);
            return;
        }
        int[] picks = intArrayOf(key);
        if (picks != null) {
            for (int i = 0; i < picks.length; i++) {
                picks[i] = normalize(picks[i], a.shape[0], 0);
            }
            NDArray src = value instanceof NDArray || value instanceof PList || value instanceof PTuple ? Convert.asArray(value) : null;
            for (int i = 0; i < picks.length; i++) {
                NDArray row = basic(a, (long) picks[i]);
                Object v = src == null ? value : src.ndim() == 0 ? src.item(src.offset) : src.size == picks.length && src.ndim() == 1 && row.ndim() == 0 ? src.item(src.offset + i * src.strides[0]) : src;
                assign(row, v);
            }
            return;
        }
        assign(basic(a, key), value);
    }

    private static boolean isBasicEllipsisOnly(Object key) {
        return key == PSingleton.ELLIPSIS || (key instanceof PTuple t && t.size() > 0 && t.get(t.size() - 1) == PSingleton.ELLIPSIS);
    }

    /** Writes a scalar or an array (broadcast, cast) into the view {@code target}. */
    static void assign(NDArray target, Object value) {
        if (Convert.isScalar(value)) {
            Object boxed = Elementwise.scalarAs(value, target.dtype);
            Compute.exec(target.size, () -> fill(target, boxed));
            return;
        }
        NDArray src = Convert.asArray(value);
        int[] shape = Elementwise.broadcastShapes(target.shape, src.shape);
        if (shape == null || !java.util.Arrays.equals(shape, target.shape)) {
            throw Errors.valueError("could not broadcast input array from shape %s into shape %s", Convert.shapeCompact(src.shape), Convert.shapeCompact(target.shape));
        }
        NDArray b = Elementwise.broadcastTo(src, target.shape);
        Compute.exec(target.size, () -> {
            Object values = b.elements(target.dtype);
            if (values == target.data) {
                values = new NDArray(target.dtype, values, target.shape).copyAs(target.dtype).data;
            }
            target.writeAll(values);
        });
    }

    static void fill(NDArray t, Object boxed) {
        if (t.isContiguous()) {
            int from = t.offset;
            int to = t.offset + t.size;
            switch (t.dtype) {
                case FLOAT64 -> java.util.Arrays.fill((double[]) t.data, from, to, (Double) boxed);
                case INT64 -> java.util.Arrays.fill((long[]) t.data, from, to, (Long) boxed);
                case BOOL -> java.util.Arrays.fill((boolean[]) t.data, from, to, (Boolean) boxed);
            }
            return;
        }
        int[] pos = new int[t.size];
        t.positions(pos);
        switch (t.dtype) {
            case FLOAT64 -> {
                double v = (Double) boxed;
                double[] d = (double[]) t.data;
                for (int p : pos) {
                    d[p] = v;
                }
            }
            case INT64 -> {
                long v = (Long) boxed;
                long[] d = (long[]) t.data;
                for (int p : pos) {
                    d[p] = v;
                }
            }
            case BOOL -> {
                boolean v = (Boolean) boxed;
                boolean[] d = (boolean[]) t.data;
                for (int p : pos) {
                    d[p] = v;
                }
            }
        }
    }

    // ---- basic indexing: views ---------------------------------------------------------------------------------------

    static NDArray basic(NDArray a, Object key) {
        Object[] items = key instanceof PTuple t ? t.getItems() : new Object[]{key};
        int consumed = 0;
        int ellipses = 0;
        for (Object k : items) {
            if (k == PSingleton.ELLIPSIS) {
                ellipses++;
            } else if (k != PNone.NONE) {
                if (!(k instanceof PSlice) && !IntOps.isInt(k)) {
                    throw badIndex();
                }
                consumed++;
            }
        }
        if (ellipses > 1) {
            throw Errors.indexError("an index can only have a single ellipsis ('...')");
        }
        if (consumed > a.ndim()) {
            throw Errors.indexError("too many indices for array: array is %d-dimensional, but %d were indexed", a.ndim(), consumed);
        }
        List<Integer> shape = new ArrayList<>();
        List<Integer> strides = new ArrayList<>();
        int offset = a.offset;
        int dim = 0;
        for (Object k : items) {
            if (k == PSingleton.ELLIPSIS) {
                int skip = a.ndim() - consumed;
                for (int i = 0; i < skip; i++, dim++) {
                    shape.add(a.shape[dim]);
                    strides.add(a.strides[dim]);
                }
            } else if (k == PNone.NONE) {
                shape.add(1);
                strides.add(0);
            } else if (k instanceof PSlice s) {
                Sequences.SliceBounds b = Sequences.bounds(s, a.shape[dim]);
                offset += b.start() * a.strides[dim];
                shape.add(b.length());
                strides.add(b.step() * a.strides[dim]);
                dim++;
            } else {
                long i = Sequences.asIndex(k, "int");
                offset += normalize(i, a.shape[dim], dim) * a.strides[dim];
                dim++;
            }
        }
        for (; dim < a.ndim(); dim++) {
            shape.add(a.shape[dim]);
            strides.add(a.strides[dim]);
        }
        return a.view(offset, shape.stream().mapToInt(Integer::intValue).toArray(), strides.stream().mapToInt(Integer::intValue).toArray());
    }

    static int normalize(long i, int size, int axis) {
        long j = i < 0 ? i + size : i;
        if (j < 0 || j >= size) {
            throw Errors.indexError("index %d is out of bounds for axis %d with size %d", i, axis, size);
        }
        return (int) j;
    }

    private static RuntimeException badIndex() {
        return Errors.indexError("only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices");
    }

    // ---- advanced indexing: copies -----------------------------------------------------------------------------------

    private static NDArray maskOf(Object key) {
        if (key instanceof NDArray m && m.dtype == DType.BOOL) {
            return m;
        }
        if (key instanceof PList l && l.size() > 0 && allBools(l.toArray())) {
            return Convert.fromObject(l, DType.BOOL);
        }
        return null;
    }

    private static boolean allBools(Object[] items) {
        for (Object o : items) {
            if (!(o instanceof Boolean)) {
                return false;
            }
        }
        return true;
    }

    private static int[] intArrayOf(Object key) {
        if (key instanceof NDArray m && m.dtype == DType.INT64) {
            if (m.ndim() != 1) {
                throw Errors.notImplementedError("MiniPy's numpy supports only 1-D integer index arrays");
            }
            long[] v = m.longs();
            int[] out = new int[v.length];
            for (int i = 0; i < v.length; i++) {
                out[i] = (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, v[i]));
            }
            return out;
        }
        if (key instanceof PList l) {
            Object[] items = l.toArray();
            int[] out = new int[items.length];
            for (int i = 0; i < items.length; i++) {
                if (!IntOps.isInt(items[i])) {
                    throw badIndex();
                }
                out[i] = (int) Sequences.asIndex(items[i], "int");
            }
            return out;
        }
        return null;
    }

    private static NDArray take(NDArray a, int[] picks) {
        if (a.ndim() == 0) {
            throw Errors.indexError("too many indices for array: array is 0-dimensional, but 1 were indexed");
        }
        int[] shape = a.shape.clone();
        shape[0] = picks.length;
        NDArray out = NDArray.zeros(a.dtype, shape);
        int rowSize = out.size / Math.max(picks.length, 1);
        for (int i = 0; i < picks.length; i++) {
            NDArray row = basic(a, (long) normalize(picks[i], a.shape[0], 0));
            System.arraycopy(row.copyAs(a.dtype).data, 0, out.data, i * rowSize, rowSize);
        }
        return out;
    }

    private static void checkMask(NDArray a, NDArray mask) {
        if (mask.ndim() > a.ndim()) {
            throw Errors.indexError("too many indices for array: array is %d-dimensional, but %d were indexed", a.ndim(), mask.ndim());
        }
        for (int d = 0; d < mask.ndim(); d++) {
            if (mask.shape[d] != a.shape[d]) {
                throw Errors.indexError("boolean index did not match indexed array along dimension %d; dimension is %d but corresponding boolean dimension is %d",
                                d, a.shape[d], mask.shape[d]);
            }
        }
    }

    /** {@code a[mask]}: the selected elements (or sub-arrays) in C order, as a new array. */
    private static NDArray maskSelect(NDArray a, NDArray mask) {
        checkMask(a, mask);
        boolean[] m = mask.bools();
        int count = 0;
        for (boolean b : m) {
            count += b ? 1 : 0;
        }
        int inner = 1;
        int[] shape = new int[a.ndim() - mask.ndim() + 1];
        shape[0] = count;
        for (int d = mask.ndim(); d < a.ndim(); d++) {
            shape[d - mask.ndim() + 1] = a.shape[d];
            inner *= a.shape[d];
        }
        int innerSize = inner;
        int n = count;
        Object out = Compute.run(a.size, () -> {
            Object all = a.elements(a.dtype);
            Object o = a.dtype.allocate(n * innerSize);
            int k = 0;
            for (int i = 0; i < m.length; i++) {
                if (m[i]) {
                    System.arraycopy(all, i * innerSize, o, k * innerSize, innerSize);
                    k++;
                }
            }
            return o;
        });
        return new NDArray(a.dtype, out, shape);
    }

    /** {@code a[mask] = value}: a scalar, or one value per selected element. */
    private static void maskAssign(NDArray a, NDArray mask, Object value) {
        checkMask(a, mask);
        if (mask.ndim() != a.ndim()) {
            throw Errors.notImplementedError("MiniPy's numpy assigns through boolean masks of the array's full shape only");
        }
        boolean[] m = mask.bools();
        int count = 0;
        for (boolean b : m) {
            count += b ? 1 : 0;
        }
        Object values;
        if (Convert.isScalar(value)) {
            values = null;
        } else {
            NDArray src = Convert.asArray(value);
            if (src.size == 1) {
                value = src.item(src.offset);
                values = null;
            } else if (src.size != count || src.ndim() != 1) {
                throw Errors.valueError("NumPy boolean array indexing assignment cannot assign %d input values to the %d output values where the mask is true",
                                src.size, count);
            } else {
                values = src.elements(a.dtype);
            }
        }
        Object boxed = values == null ? Elementwise.scalarAs(value, a.dtype) : null;
        Compute.exec(a.size, () -> {
            int[] pos = new int[a.size];
            a.positions(pos);
            int k = 0;
            for (int i = 0; i < m.length; i++) {
                if (m[i]) {
                    if (values == null) {
                        java.lang.reflect.Array.set(a.data, pos[i], boxed);
                    } else {
                        System.arraycopy(values, k, a.data, pos[i], 1);
                    }
                    k++;
                }
            }
        });
    }
}
