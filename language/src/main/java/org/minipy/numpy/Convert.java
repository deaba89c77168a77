package org.minipy.numpy;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.minipy.runtime.Errors;
import org.minipy.runtime.IntOps;
import org.minipy.runtime.Iteration;
import org.minipy.runtime.PList;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PRange;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.Repr;
import org.minipy.runtime.Sequences;
import org.minipy.runtime.TypeOf;

/**
 * Python values into array terms: nested lists/tuples into an {@link NDArray} (numpy's dtype discovery: any float
 * makes float64, else any int makes int64, else bool), scalars into {@code double}/{@code long}/{@code boolean},
 * shape and axis arguments into {@code int}s, with numpy's error messages.
 */
final class Convert {
    private Convert() {
    }

    /** {@code np.asarray(x)}: the array itself, or a new array from a scalar or nested sequence. */
    static NDArray asArray(Object x) {
        if (x instanceof NDArray a) {
            return a;
        }
        return fromObject(x, null);
    }

    /** {@code np.array(x, dtype)}: always a new array. */
    static NDArray fromObject(Object x, DType dtype) {
        if (x instanceof NDArray a) {
            return a.copyAs(dtype == null ? a.dtype : dtype);
        }
        List<Integer> shape = new ArrayList<>();
        discoverShape(x, 0, shape);
        int[] sh = shape.stream().mapToInt(Integer::intValue).toArray();
        List<Object> flat = new ArrayList<>();
        DType[] kind = {null};
        flatten(x, 0, sh, flat, kind);
        DType type = dtype != null ? dtype : kind[0] == null ? DType.FLOAT64 : kind[0];
        NDArray out = NDArray.zeros(type, sh);
        Object buf = out.data;
        for (int i = 0; i < flat.size(); i++) {
            store(buf, type, i, flat.get(i));
        }
        return out;
    }

    private static boolean isSequence(Object x) {
        return x instanceof PList || x instanceof PTuple || x instanceof NDArray || x instanceof PRange;
    }

    private static Object[] items(Object x) {
        if (x instanceof PList l) {
            return l.toArray();
        } else if (x instanceof PTuple t) {
            return t.getItems();
        } else if (x instanceof NDArray a) {
            return ArrayMethods.firstAxisItems(a);
        }
        return Iteration.toArray(x);
    }

    private static void discoverShape(Object x, int depth, List<Integer> shape) {
        if (!isSequence(x)) {
            return;
        }
        Object[] items = items(x);
        shape.add(items.length);
        if (items.length > 0) {
            discoverShape(items[0], depth + 1, shape);
        }
    }

    private static void flatten(Object x, int depth, int[] shape, List<Object> out, DType[] kind) {
        if (depth == shape.length) {
            if (isSequence(x)) {
                throw inhomogeneous(depth, shape);
            }
            DType k = kindOf(x);
            kind[0] = kind[0] == null ? k : DType.promote(kind[0], k);
            out.add(x);
            return;
        }
        if (!isSequence(x)) {
            throw inhomogeneous(depth, shape);
        }
        Object[] items = items(x);
        if (items.length != shape[depth]) {
            throw inhomogeneous(depth, shape);
        }
        for (Object item : items) {
            flatten(item, depth + 1, shape, out, kind);
        }
    }

    private static RuntimeException inhomogeneous(int depth, int[] shape) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < depth; i++) {
            sb.append(shape[i]).append(depth == 1 ? "," : i < depth - 1 ? ", " : "");
        }
        sb.append(")");
        return Errors.valueError("setting an array element with a sequence. The requested array has an inhomogeneous shape after %d dimensions. The detected shape was %s + inhomogeneous part.",
                        depth, sb);
    }

    /** The dtype a Python scalar makes. */
    static DType kindOf(Object x) {
        if (x instanceof Boolean) {
            return DType.BOOL;
        } else if (x instanceof Long || x instanceof BigInteger) {
            return DType.INT64;
        } else if (x instanceof Double) {
            return DType.FLOAT64;
        }
        throw Errors.typeError("MiniPy's numpy holds only float64, int64 and bool elements, not '%s'", TypeOf.nameOf(x));
    }

    static boolean isScalar(Object x) {
        return x instanceof Boolean || x instanceof Long || x instanceof Double || x instanceof BigInteger;
    }

    /** Stores a Python scalar into element {@code i} of a buffer of type {@code type} (numpy's casting). */
    static void store(Object buf, DType type, int i, Object v) {
        switch (type) {
            case FLOAT64 -> ((double[]) buf)[i] = toDouble(v);
            case INT64 -> ((long[]) buf)[i] = toLong(v);
            case BOOL -> ((boolean[]) buf)[i] = org.minipy.runtime.Truth.isTrue(v);
        }
    }

    static double toDouble(Object v) {
        if (v instanceof Double d) {
            return d;
        } else if (v instanceof Long l) {
            return l;
        } else if (v instanceof Boolean b) {
            return b ? 1.0 : 0.0;
        } else if (v instanceof BigInteger b) {
            return b.doubleValue();
        } else if (v instanceof NDArray a && a.size == 1) {
            return toDouble(a.item(a.firstPosition()));
        }
        if (v instanceof String s) {
            try {
                return Double.parseDouble(s.strip());
            } catch (NumberFormatException e) {
                throw Errors.valueError("could not convert string to float: %s", Repr.repr(s));
            }
        }
        if (v instanceof NDArray || v instanceof PList || v instanceof PTuple) {
            throw Errors.valueError("setting an array element with a sequence.");
        }
        return org.minipy.modules.MathModule.toDouble(v);
    }

    static long toLong(Object v) {
        if (v instanceof Long l) {
            return l;
        } else if (v instanceof Double d) {
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                return Long.MIN_VALUE;
            }
            return (long) d.doubleValue();
        } else if (v instanceof Boolean b) {
            return b ? 1L : 0L;
        } else if (v instanceof BigInteger b) {
            if (b.bitLength() > 63) {
                throw Errors.overflowError("Python int too large to convert to C long");
            }
            return b.longValue();
        } else if (v instanceof NDArray a && a.size == 1) {
            return toLong(a.item(a.firstPosition()));
        }
        if (v instanceof NDArray || v instanceof PList || v instanceof PTuple) {
            throw Errors.valueError("setting an array element with a sequence.");
        }
        if (v instanceof String s) {
            try {
                return Long.parseLong(s.strip());
            } catch (NumberFormatException e) {
                throw Errors.valueError("invalid literal for int() with base 10: %s", Repr.repr(s));
            }
        }
        return Sequences.asIndex(v, "int");
    }

    /** A shape argument: an int or a sequence of ints. */
    static int[] shape(Object x) {
        if (x instanceof PTuple || x instanceof PList) {
            Object[] items = items(x);
            int[] s = new int[items.length];
            for (int i = 0; i < s.length; i++) {
                s[i] = dimension(items[i]);
            }
            return s;
        }
        return new int[]{dimension(x)};
    }

    private static int dimension(Object x) {
        if (!IntOps.isInt(x)) {
            throw Errors.typeError("'%s' object cannot be interpreted as an integer", TypeOf.nameOf(x));
        }
        long n = Sequences.asIndex(x, "int");
        if (n < 0) {
            throw Errors.valueError("negative dimensions are not allowed");
        }
        if (n > Integer.MAX_VALUE) {
            throw Errors.valueError("array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.");
        }
        return (int) n;
    }

    /** An axis argument normalised to {@code 0..ndim-1}, or -1 for None. */
    static int axis(Object axis, int ndim) {
        if (axis == null || axis == PNone.NONE || axis == org.minipy.runtime.PBuiltinFunction.MISSING) {
            return -1;
        }
        long a = Sequences.asIndex(axis, "int");
        if (a < -ndim || a >= ndim) {
            throw Errors.raise(NumpyModule.AXIS_ERROR, "axis %d is out of bounds for array of dimension %d", a, ndim);
        }
        return (int) (a < 0 ? a + ndim : a);
    }

    /** numpy's shape text in messages and reprs: {@code (3,)}, {@code (2, 3)}. */
    static String shapeRepr(int[] shape) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) {
            sb.append(i > 0 ? ", " : "").append(shape[i]);
        }
        return sb.append(shape.length == 1 ? ",)" : ")").toString();
    }

    /** The compact shape text of broadcasting errors: {@code (2,3)}, {@code (3,)}. */
    static String shapeCompact(int[] shape) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) {
            sb.append(i > 0 ? "," : "").append(shape[i]);
        }
        return sb.append(shape.length == 1 ? ",)" : ")").toString();
    }

    static PTuple shapeTuple(int[] shape) {
        Object[] items = new Object[shape.length];
        for (int i = 0; i < shape.length; i++) {
            items[i] = (long) shape[i];
        }
        return new PTuple(items);
    }
}
