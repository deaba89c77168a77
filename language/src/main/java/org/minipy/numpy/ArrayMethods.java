package org.minipy.numpy;

import org.minipy.runtime.Errors;
import org.minipy.runtime.Iteration;
import org.minipy.runtime.PList;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PythonClass;
import org.minipy.runtime.Sequences;

/**
 * The attributes and methods of {@code numpy.ndarray}: {@code shape ndim size dtype T}, {@code reshape copy astype
 * tolist flatten ravel transpose fill item}, the reductions as methods, and the dunders the generic protocols call
 * ({@code __len__ __iter__ __getitem__ __setitem__ __repr__ __abs__}). Installed on {@link NumpyTypes#NDARRAY}.
 */
final class ArrayMethods {
    private ArrayMethods() {
    }

    private static NDArray self(Object o) {
        return (NDArray) o;
    }

    static void install(PythonClass cls) {
        NumpyTypes.getSet(cls, "shape", o -> Convert.shapeTuple(self(o).shape), null);
        NumpyTypes.getSet(cls, "ndim", o -> (long) self(o).ndim(), null);
        NumpyTypes.getSet(cls, "size", o -> (long) self(o).size, null);
        NumpyTypes.getSet(cls, "dtype", o -> self(o).dtype.object, null);
        NumpyTypes.getSet(cls, "itemsize", o -> self(o).dtype == DType.BOOL ? 1L : 8L, null);
        NumpyTypes.getSet(cls, "T", o -> transpose(self(o)), null);
        NumpyTypes.method(cls, "__len__(self)", a -> {
            NDArray x = self(a[0]);
            if (x.ndim() == 0) {
                throw Errors.typeError("len() of unsized object");
            }
            return (long) x.shape[0];
        });
        NumpyTypes.method(cls, "__iter__(self)", a -> {
            NDArray x = self(a[0]);
            if (x.ndim() == 0) {
                throw Errors.typeError("iteration over a 0-d array");
            }
            return Iteration.listIterator(new PList(firstAxisItems(x)));
        });
        NumpyTypes.method(cls, "__getitem__(self, key, /)", a -> Indexing.getItem(self(a[0]), a[1]));
        NumpyTypes.method(cls, "__setitem__(self, key, value, /)", a -> {
            Indexing.setItem(self(a[0]), a[1], a[2]);
            return PNone.NONE;
        });
        NumpyTypes.method(cls, "__repr__(self)", a -> ArrayPrinter.repr(self(a[0])));
        NumpyTypes.method(cls, "__hash__(self)", a -> {
            throw Errors.typeError("unhashable type: 'numpy.ndarray'");
        });
        NumpyTypes.method(cls, "__str__(self)", a -> ArrayPrinter.str(self(a[0])));
        NumpyTypes.method(cls, "__abs__(self)", a -> Elementwise.ufunc("absolute", a[0]));
        NumpyTypes.method(cls, "__float__(self)", a -> Convert.toDouble(scalarOf(self(a[0]))));
        NumpyTypes.method(cls, "__int__(self)", a -> Convert.toLong(scalarOf(self(a[0]))));
        NumpyTypes.method(cls, "__contains__(self, value, /)", a -> {
            Object eq = Elementwise.compare(org.minipy.ast.Operator.Compare.EQ, self(a[0]), a[1]);
            return eq instanceof NDArray m ? Reductions.reduce(Reductions.Kind.ANY, m, -1, 0) : eq;
        });
        NumpyTypes.method(cls, "reshape(self, *shape, order='C')", a -> reshape(self(a[0]), shapeArgs((PTuple) a[1])));
        NumpyTypes.method(cls, "copy(self, order='C')", a -> self(a[0]).copyAs(self(a[0]).dtype));
        NumpyTypes.method(cls, "astype(self, dtype, /)", a -> self(a[0]).copyAs(DType.of(a[1], DType.FLOAT64)));
        NumpyTypes.method(cls, "tolist(self)", a -> tolist(self(a[0])));
        NumpyTypes.method(cls, "item(self, *args)", a -> scalarOf(self(a[0])));
        NumpyTypes.method(cls, "flatten(self, order='C')", a -> reshape(self(a[0]).copyAs(self(a[0]).dtype), new int[]{self(a[0]).size}));
        NumpyTypes.method(cls, "ravel(self, order='C')", a -> reshape(self(a[0]), new int[]{self(a[0]).size}));
        NumpyTypes.method(cls, "transpose(self, *axes)", a -> transpose(self(a[0])));
        NumpyTypes.method(cls, "fill(self, value, /)", a -> {
            Indexing.assign(self(a[0]), a[1]);
            return PNone.NONE;
        });
        NumpyTypes.method(cls, "dot(self, b, /)", a -> LinearAlgebra.dot(a[0], a[1]));
        NumpyTypes.method(cls, "sort(self, axis=-1)", a -> {
            NDArray x = self(a[0]);
            Indexing.assign(x, ArrayFunctions.sort(x, a[1]));
            return PNone.NONE;
        });
        NumpyTypes.method(cls, "diagonal(self, offset=0)", a -> diagonal(self(a[0]), Convert.toLong(a[1])));
        NumpyTypes.method(cls, "trace(self, offset=0)", a -> Reductions.reduce(Reductions.Kind.SUM, diagonal(self(a[0]), Convert.toLong(a[1])), -1, 0));
        for (Reductions.Kind k : Reductions.Kind.values()) {
            String name = k.name().toLowerCase();
            NumpyTypes.method(cls, name + REDUCTION_PARAMETERS.replace("(a, ", "(self, "), a -> reduce(k, a[0], a[1], a[2], a[4], a[5]));
        }
        NumpyTypes.method(cls, "round(self, decimals=0)", a -> ArrayFunctions.round(a[0], Convert.toLong(a[1])));
        NumpyTypes.method(cls, "cumsum(self, axis=None)", a -> ArrayFunctions.cumsum(a[0], a[1]));
    }

    /** The parameters of the reductions, as functions (methods add self). */
    static final String REDUCTION_PARAMETERS = "(a, axis=None, dtype=None, out=None, *, ddof=0, keepdims=False)";

    /** {@code np.sum(a, axis, dtype, keepdims=...)} and the method alike. */
    static Object reduce(Reductions.Kind kind, Object x, Object axis, Object dtype, Object ddof, Object keepdims) {
        NDArray a = Convert.asArray(x);
        if (Creation.given(dtype)) {
            a = a.copyAs(DType.of(dtype, a.dtype));
        }
        Object r = reduce(kind, a, axis, ddof);
        if (!org.minipy.runtime.Truth.isTrue(keepdims)) {
            return r;
        }
        int[] shape = new int[Math.max(a.ndim(), 1)];
        java.util.Arrays.fill(shape, 1);
        if (Creation.given(axis)) {
            int ax = Convert.axis(axis, a.ndim());
            for (int d = 0; d < a.ndim(); d++) {
                shape[d] = d == ax ? 1 : a.shape[d];
            }
        }
        return reshape(Convert.asArray(r), shape);
    }

    /** {@code np.sum(a, axis)} and the method alike. */
    static Object reduce(Reductions.Kind kind, Object x, Object axis, Object ddof) {
        NDArray a = Convert.asArray(x);
        if ((kind == Reductions.Kind.ARGMAX || kind == Reductions.Kind.ARGMIN) && a.ndim() == 0) {
            return 0L;
        }
        if (a.ndim() == 0) {
            a = new NDArray(a.dtype, a.elements(a.dtype), new int[]{1});
        }
        return Reductions.reduce(kind, a, Convert.axis(axis, a.ndim()), (int) Sequences.asIndex(ddof, "int"));
    }

    private static Object scalarOf(NDArray a) {
        if (a.size != 1) {
            throw Errors.valueError("can only convert an array of size 1 to a Python scalar");
        }
        return a.copyAs(a.dtype).item(0);
    }

    static int[] shapeArgs(PTuple args) {
        if (args.size() == 1 && (args.get(0) instanceof PTuple || args.get(0) instanceof PList)) {
            return shapeWithUnknown(args.get(0));
        }
        return shapeWithUnknown(args);
    }

    private static int[] shapeWithUnknown(Object seq) {
        Object[] items = seq instanceof PTuple t ? t.getItems() : ((PList) seq).toArray();
        int[] s = new int[items.length];
        for (int i = 0; i < s.length; i++) {
            long v = Sequences.asIndex(items[i], "int");
            s[i] = (int) v;
        }
        return s;
    }

    static NDArray reshape(NDArray a, int[] shape) {
        int unknown = -1;
        long known = 1;
        for (int i = 0; i < shape.length; i++) {
            if (shape[i] == -1) {
                if (unknown >= 0) {
                    throw Errors.valueError("can only specify one unknown dimension");
                }
                unknown = i;
            } else if (shape[i] < 0) {
                throw Errors.valueError("negative dimensions not allowed");
            } else {
                known *= shape[i];
            }
        }
        int[] s = shape.clone();
        if (unknown >= 0) {
            if (known == 0 || a.size % known != 0) {
                throw Errors.valueError("cannot reshape array of size %d into shape %s", a.size, reshapeText(shape));
            }
            s[unknown] = (int) (a.size / known);
        }
        if (NDArray.sizeOf(s) != a.size) {
            throw Errors.valueError("cannot reshape array of size %d into shape %s", a.size, reshapeText(shape));
        }
        if (a.isContiguous()) {
            return a.view(a.offset, s, NDArray.cStrides(s));
        }
        NDArray c = a.copyAs(a.dtype);
        return new NDArray(c.dtype, c.data, s);
    }

    /** numpy's text for a requested shape: compact, with -1 shown as {@code newaxis}. */
    private static String reshapeText(int[] shape) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) {
            sb.append(i > 0 ? "," : "").append(shape[i] == -1 ? "newaxis" : Integer.toString(shape[i]));
        }
        return sb.append(shape.length == 1 ? ",)" : ")").toString();
    }

    /** {@code a.diagonal(k)} of a 2-D array: a view along the k-th diagonal (numpy's is read-only; this one is not). */
    static NDArray diagonal(NDArray a, long k) {
        if (a.ndim() != 2) {
            throw Errors.valueError("diag requires an array of at least two dimensions");
        }
        int rows = a.shape[0];
        int cols = a.shape[1];
        int start = k >= 0 ? (int) Math.min(k, cols) * a.strides[1] : (int) Math.min(-k, rows) * a.strides[0];
        int n = (int) Math.max(0, k >= 0 ? Math.min(rows, cols - k) : Math.min(rows + k, cols));
        return a.view(a.offset + start, new int[]{n}, new int[]{a.strides[0] + a.strides[1]});
    }

    static NDArray transpose(NDArray a) {
        int n = a.ndim();
        int[] shape = new int[n];
        int[] strides = new int[n];
        for (int i = 0; i < n; i++) {
            shape[i] = a.shape[n - 1 - i];
            strides[i] = a.strides[n - 1 - i];
        }
        return a.view(a.offset, shape, strides);
    }

    /** The items along the first axis: scalars for a 1-D array, views for more dimensions. */
    static Object[] firstAxisItems(NDArray a) {
        Object[] items = new Object[a.shape[0]];
        for (int i = 0; i < items.length; i++) {
            items[i] = Indexing.getItem(a, (long) i);
        }
        return items;
    }

    static Object tolist(NDArray a) {
        if (a.ndim() == 0) {
            return a.item(a.offset);
        }
        Object[] items = firstAxisItems(a);
        for (int i = 0; i < items.length; i++) {
            if (items[i] instanceof NDArray sub) {
                items[i] = tolist(sub);
            }
        }
        return new PList(items);
    }
}
