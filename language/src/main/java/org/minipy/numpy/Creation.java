package org.minipy.numpy;

import org.minipy.runtime.Errors;
import org.minipy.runtime.IntOps;
import org.minipy.runtime.PBuiltinFunction;
import org.minipy.runtime.PNone;

/**
 * The array constructors of the module: {@code array asarray zeros ones empty full *_like arange linspace eye}, with
 * numpy's default dtypes (float64, except {@code arange} of ints and {@code full} of an int) and its arithmetic
 * ({@code arange} and {@code linspace} compute each element the way numpy does, so the printed digits agree). Fills
 * of at least 500 elements run without the GIL.
 */
final class Creation {
    private Creation() {
    }

    static boolean given(Object o) {
        return o != null && o != PNone.NONE && o != PBuiltinFunction.MISSING;
    }

    static NDArray array(Object obj, Object dtype, long ndmin) {
        NDArray a = Convert.fromObject(obj, given(dtype) ? DType.of(dtype, null) : null);
        while (a.ndim() < ndmin) {
            int[] s = new int[a.ndim() + 1];
            s[0] = 1;
            System.arraycopy(a.shape, 0, s, 1, a.ndim());
            a = ArrayMethods.reshape(a, s);
        }
        return a;
    }

    static NDArray asarray(Object obj, Object dtype) {
        NDArray a = Convert.asArray(obj);
        if (given(dtype) && DType.of(dtype, null) != a.dtype) {
            return a.copyAs(DType.of(dtype, null));
        }
        return a;
    }

    /** {@code zeros ones empty full}: a new array of {@code shape} with every element {@code value}. */
    static NDArray full(Object shape, Object value, Object dtype) {
        DType type = given(dtype) ? DType.of(dtype, null) : Convert.kindOf(value);
        NDArray a = NDArray.zeros(type, Convert.shape(shape));
        if (!(value instanceof Long l && l == 0)) {
            Indexing.assign(a, value);
        }
        return a;
    }

    static NDArray like(Object proto, Object value, Object dtype) {
        NDArray p = Convert.asArray(proto);
        DType type = given(dtype) ? DType.of(dtype, null) : p.dtype;
        NDArray a = NDArray.zeros(type, p.shape.clone());
        Indexing.assign(a, value);
        return a;
    }

    static NDArray arange(Object start, Object stop, Object step, Object dtype) {
        if (!given(stop)) {
            stop = start;
            start = 0L;
        }
        if (!given(step)) {
            step = 1L;
        }
        boolean ints = IntOps.isInt(start) && IntOps.isInt(stop) && IntOps.isInt(step);
        DType type = given(dtype) ? DType.of(dtype, null) : ints ? DType.INT64 : DType.FLOAT64;
        double st = Convert.toDouble(start);
        double sp = Convert.toDouble(stop);
        double dl = Convert.toDouble(step);
        if (dl == 0) {
            throw Errors.zeroDivisionError("division by zero");
        }
        double len = Math.ceil((sp - st) / dl);
        if (Double.isNaN(len)) {
            throw Errors.valueError("arange: cannot compute length");
        }
        int n = (int) Math.max(0, Math.min(len, Integer.MAX_VALUE - 8));
        NDArray a = NDArray.zeros(type, new int[]{n});
        if (ints && type == DType.INT64) {
            long s0 = Convert.toLong(start);
            long d = Convert.toLong(step);
            long[] out = (long[]) a.data;
            Compute.exec(n, () -> {
                for (int i = 0; i < n; i++) {
                    out[i] = s0 + i * d;
                }
            });
            return a;
        }
        // numpy fills from the first two values: start, start + delta with delta = (start + step) - start
        double delta = (st + dl) - st;
        double[] vals = new double[n];
        Compute.exec(n, () -> {
            for (int i = 0; i < n; i++) {
                vals[i] = i == 0 ? st : i == 1 ? st + dl : st + i * delta;
            }
        });
        NDArray f = new NDArray(DType.FLOAT64, vals, new int[]{n});
        return type == DType.FLOAT64 ? f : f.copyAs(type);
    }

    static NDArray linspace(Object start, Object stop, long num, boolean endpoint, Object dtype) {
        if (num < 0) {
            throw Errors.valueError("Number of samples, %d, must be non-negative.", num);
        }
        double st = Convert.toDouble(start);
        double sp = Convert.toDouble(stop);
        int n = (int) num;
        long div = endpoint ? n - 1 : n;
        double delta = sp - st;
        double step = delta / div;
        double[] y = new double[n];
        Compute.exec(n, () -> {
            for (int i = 0; i < n; i++) {
                double v = i;
                if (div > 0) {
                    v = step == 0 ? (v / div) * delta : v * step;
                } else {
                    v = v * delta;
                }
                y[i] = v + st;
            }
            if (endpoint && n > 1) {
                y[n - 1] = sp;
            }
        });
        NDArray a = new NDArray(DType.FLOAT64, y, new int[]{n});
        return given(dtype) && DType.of(dtype, null) != DType.FLOAT64 ? a.copyAs(DType.of(dtype, null)) : a;
    }

    static NDArray eye(long rows, Object cols, long k, Object dtype) {
        int n = (int) rows;
        int m = given(cols) ? (int) Convert.toLong(cols) : n;
        if (n < 0 || m < 0) {
            throw Errors.valueError("negative dimensions are not allowed");
        }
        DType type = DType.of(dtype, DType.FLOAT64);
        NDArray a = NDArray.zeros(type, new int[]{n, m});
        for (int i = 0; i < n; i++) {
            long j = i + k;
            if (j >= 0 && j < m) {
                Convert.store(a.data, type, (int) (i * m + j), 1L);
            }
        }
        return a;
    }
}
