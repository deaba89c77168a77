package org.minipy.numpy;

import org.minipy.ast.Operator.Binary;
import org.minipy.ast.Operator.Compare;
import org.minipy.ast.Operator.Unary;
import org.minipy.runtime.JavaOperators;
import org.minipy.runtime.PythonClass;

/**
 * numpy's {@code ndarray}: a primitive buffer ({@code double[]}, {@code long[]} or {@code boolean[]}, see
 * {@link DType}) seen through an offset, a shape and strides (in elements, not bytes). Basic slicing, {@code T} and
 * {@code reshape} make new NDArrays over the same buffer, so views alias as in numpy. This class holds the layout and
 * the primitive-only helpers every operation uses (reading elements in C order, writing through a view); the Python
 * methods are in {@link ArrayMethods}, the operators go to {@link Elementwise}, printing is {@link ArrayPrinter}.
 */
public final class NDArray implements JavaOperators {
    public final DType dtype;
    /** The buffer, shared by every view of it. */
    public final Object data;
    public final int offset;
    public final int[] shape;
    /** Element steps per dimension (0 for a broadcast dimension). */
    public final int[] strides;
    public final int size;

    public NDArray(DType dtype, Object data, int offset, int[] shape, int[] strides) {
        this.dtype = dtype;
        this.data = data;
        this.offset = offset;
        this.shape = shape;
        this.strides = strides;
        this.size = sizeOf(shape);
    }

    /** A C-contiguous array over {@code data} (which has exactly the elements, in C order). */
    public NDArray(DType dtype, Object data, int[] shape) {
        this(dtype, data, 0, shape, cStrides(shape));
    }

    /** A new zero-filled C-contiguous array. */
    public static NDArray zeros(DType dtype, int[] shape) {
        return new NDArray(dtype, dtype.allocate(sizeOf(shape)), shape);
    }

    public static int sizeOf(int[] shape) {
        long n = 1;
        for (int d : shape) {
            n *= d;
        }
        if (n > Integer.MAX_VALUE - 8) {
            throw org.minipy.runtime.Errors.raise(org.minipy.runtime.BuiltinTypes.MEMORY_ERROR, "array is too big for MiniPy's numpy");
        }
        return (int) n;
    }

    public static int[] cStrides(int[] shape) {
        int[] s = new int[shape.length];
        int step = 1;
        for (int i = shape.length - 1; i >= 0; i--) {
            s[i] = step;
            step *= Math.max(shape[i], 1);
        }
        return s;
    }

    public int ndim() {
        return shape.length;
    }

    /** True when the elements are {@code data[offset .. offset+size)} in C order. */
    public boolean isContiguous() {
        int step = 1;
        for (int i = shape.length - 1; i >= 0; i--) {
            if (shape[i] != 1 && strides[i] != step) {
                return false;
            }
            step *= shape[i];
        }
        return true;
    }

    @Override
    public PythonClass getPythonClass() {
        return NumpyTypes.NDARRAY;
    }

    // ---- element access (primitive only) -------------------------------------------------------------------------

    /** The buffer positions of every element in C order (the odometer over shape and strides). */
    public void positions(int[] out) {
        int nd = shape.length;
        if (isContiguous()) {
            for (int i = 0; i < size; i++) {
                out[i] = offset + i;
            }
            return;
        }
        int[] idx = new int[nd];
        int pos = offset;
        for (int i = 0; i < size; i++) {
            out[i] = pos;
            for (int d = nd - 1; d >= 0; d--) {
                pos += strides[d];
                if (++idx[d] < shape[d]) {
                    break;
                }
                pos -= strides[d] * shape[d];
                idx[d] = 0;
            }
        }
    }

    /** The elements in C order as doubles: the buffer itself when it is exactly that, else a copy. Read-only. */
    public double[] doubles() {
        if (dtype == DType.FLOAT64 && offset == 0 && isContiguous() && ((double[]) data).length == size) {
            return (double[]) data;
        }
        double[] out = new double[size];
        if (dtype == DType.FLOAT64 && isContiguous()) {
            System.arraycopy(data, offset, out, 0, size);
            return out;
        }
        int[] pos = new int[size];
        positions(pos);
        switch (dtype) {
            case FLOAT64 -> {
                double[] src = (double[]) data;
                for (int i = 0; i < size; i++) {
                    out[i] = src[pos[i]];
                }
            }
            case INT64 -> {
                long[] src = (long[]) data;
                for (int i = 0; i < size; i++) {
                    out[i] = src[pos[i]];
                }
            }
            case BOOL -> {
                boolean[] src = (boolean[]) data;
                for (int i = 0; i < size; i++) {
                    out[i] = src[pos[i]] ? 1.0 : 0.0;
                }
            }
        }
        return out;
    }

    /** The elements in C order as longs (floats truncated); read-only, possibly the buffer itself. */
    public long[] longs() {
        if (dtype == DType.INT64 && offset == 0 && isContiguous() && ((long[]) data).length == size) {
            return (long[]) data;
        }
        long[] out = new long[size];
        if (dtype == DType.INT64 && isContiguous()) {
            System.arraycopy(data, offset, out, 0, size);
            return out;
        }
        int[] pos = new int[size];
        positions(pos);
        switch (dtype) {
            case FLOAT64 -> {
                double[] src = (double[]) data;
                for (int i = 0; i < size; i++) {
                    out[i] = (long) src[pos[i]];
                }
            }
            case INT64 -> {
                long[] src = (long[]) data;
                for (int i = 0; i < size; i++) {
                    out[i] = src[pos[i]];
                }
            }
            case BOOL -> {
                boolean[] src = (boolean[]) data;
                for (int i = 0; i < size; i++) {
                    out[i] = src[pos[i]] ? 1L : 0L;
                }
            }
        }
        return out;
    }

    /** The elements in C order as booleans (non-zero is true); read-only, possibly the buffer itself. */
    public boolean[] bools() {
        if (dtype == DType.BOOL && offset == 0 && isContiguous() && ((boolean[]) data).length == size) {
            return (boolean[]) data;
        }
        boolean[] out = new boolean[size];
        if (dtype == DType.BOOL && isContiguous()) {
            System.arraycopy(data, offset, out, 0, size);
            return out;
        }
        int[] pos = new int[size];
        positions(pos);
        switch (dtype) {
            case FLOAT64 -> {
                double[] src = (double[]) data;
                for (int i = 0; i < size; i++) {
                    out[i] = src[pos[i]] != 0.0;
                }
            }
            case INT64 -> {
                long[] src = (long[]) data;
                for (int i = 0; i < size; i++) {
                    out[i] = src[pos[i]] != 0;
                }
            }
            case BOOL -> {
                boolean[] src = (boolean[]) data;
                for (int i = 0; i < size; i++) {
                    out[i] = src[pos[i]];
                }
            }
        }
        return out;
    }

    /** The elements in C order converted to {@code type}; read-only, possibly the buffer itself. */
    public Object elements(DType type) {
        return switch (type) {
            case FLOAT64 -> doubles();
            case INT64 -> longs();
            case BOOL -> bools();
        };
    }

    /** A C-contiguous copy of this array converted to {@code type} (never sharing the buffer). */
    public NDArray copyAs(DType type) {
        Object e = elements(type);
        if (e == data) {
            e = switch (type) {
                case FLOAT64 -> ((double[]) e).clone();
                case INT64 -> ((long[]) e).clone();
                case BOOL -> ((boolean[]) e).clone();
            };
        }
        return new NDArray(type, e, shape.clone());
    }

    /** Writes {@code values} (C order, {@code size} elements, of this array's dtype) through this view. */
    public void writeAll(Object values) {
        if (isContiguous()) {
            System.arraycopy(values, 0, data, offset, size);
            return;
        }
        int[] pos = new int[size];
        positions(pos);
        switch (dtype) {
            case FLOAT64 -> {
                double[] dst = (double[]) data;
                double[] src = (double[]) values;
                for (int i = 0; i < size; i++) {
                    dst[pos[i]] = src[i];
                }
            }
            case INT64 -> {
                long[] dst = (long[]) data;
                long[] src = (long[]) values;
                for (int i = 0; i < size; i++) {
                    dst[pos[i]] = src[i];
                }
            }
            case BOOL -> {
                boolean[] dst = (boolean[]) data;
                boolean[] src = (boolean[]) values;
                for (int i = 0; i < size; i++) {
                    dst[pos[i]] = src[i];
                }
            }
        }
    }

    /** The element at buffer position {@code pos} as a Python value (float, int or bool). */
    public Object item(int pos) {
        return switch (dtype) {
            case FLOAT64 -> ((double[]) data)[pos];
            case INT64 -> ((long[]) data)[pos];
            case BOOL -> ((boolean[]) data)[pos];
        };
    }

    /** A view with new shape and strides over the same buffer. */
    public NDArray view(int newOffset, int[] newShape, int[] newStrides) {
        return new NDArray(dtype, data, newOffset, newShape, newStrides);
    }

    // ---- Python operators ------------------------------------------------------------------------------------------

    @Override
    public Object binary(Binary op, Object other, boolean reflected) {
        return reflected ? Elementwise.binary(op, other, this) : Elementwise.binary(op, this, other);
    }

    @Override
    public Object inplace(Binary op, Object other) {
        return Elementwise.inplace(op, this, other);
    }

    @Override
    public Object unary(Unary op) {
        return Elementwise.unary(op, this);
    }

    @Override
    public Object compare(Compare op, Object other) {
        return Elementwise.compare(op, this, other);
    }

    @Override
    public boolean isTrue() {
        if (size == 1) {
            return org.minipy.runtime.Truth.isTrue(item(firstPosition()));
        }
        if (size == 0) {
            return false;
        }
        throw org.minipy.runtime.Errors.valueError("The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()");
    }

    /** Buffer position of the first element in C order. */
    public int firstPosition() {
        return offset;
    }

    @Override
    public String str() {
        return ArrayPrinter.str(this);
    }
}
