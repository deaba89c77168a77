package org.minipy.numpy;

import org.minipy.ast.Operator.Binary;
import org.minipy.ast.Operator.Compare;
import org.minipy.ast.Operator.Unary;
import org.minipy.runtime.Errors;
import org.minipy.runtime.PList;
import org.minipy.runtime.PSingleton;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PException;

/**
 * Elementwise operators and ufuncs with numpy's broadcasting and type promotion. An operation first works out the
 * result shape and dtype (raising numpy's errors), then runs {@link Kernels} on primitive buffers — with the GIL
 * released from 500 elements on ({@link Compute}) — and finally wraps the result. Operands that are Python scalars
 * stay scalars (value-based casting: an int64 array plus a Python int stays int64, plus a float becomes float64);
 * array operands broadcast by numpy's rules (align trailing dimensions; a dimension of 1 stretches).
 */
final class Elementwise {
    private Elementwise() {
    }

    /** An operand: an array, or a Python scalar kept as one ({@code array == null}). */
    record Operand(NDArray array, DType type, Object scalar) {
        static Operand of(Object x) {
            if (x instanceof NDArray a) {
                return new Operand(a, a.dtype, null);
            }
            if (Convert.isScalar(x)) {
                return new Operand(null, Convert.kindOf(x), x);
            }
            if (x instanceof PList || x instanceof PTuple || x instanceof org.minipy.runtime.PRange) {
                NDArray a = Convert.fromObject(x, null);
                return new Operand(a, a.dtype, null);
            }
            return null;
        }

        int[] shape() {
            return array == null ? new int[0] : array.shape;
        }
    }

    /** numpy's ufunc name for an operator (used in its error messages). */
    static String ufuncName(Binary op) {
        return switch (op) {
            case ADD -> "add";
            case SUB -> "subtract";
            case MUL -> "multiply";
            case TRUEDIV -> "divide";
            case FLOORDIV -> "floor_divide";
            case MOD -> "remainder";
            case POW -> "power";
            case BITAND -> "bitwise_and";
            case BITOR -> "bitwise_or";
            case BITXOR -> "bitwise_xor";
            case LSHIFT -> "left_shift";
            case RSHIFT -> "right_shift";
            case MATMUL -> "matmul";
        };
    }

    /** The dtype of {@code x op y} for operand types {@code a} and {@code b}. */
    static DType resultType(Binary op, DType a, DType b) {
        DType common = DType.promote(a, b);
        switch (op) {
            case TRUEDIV:
                return DType.FLOAT64;
            case SUB:
                if (common == DType.BOOL) {
                    throw Errors.typeError("numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead.");
                }
                return common;
            case FLOORDIV:
            case MOD:
            case POW:
                return common == DType.BOOL ? DType.INT64 : common;
            case BITAND:
            case BITOR:
            case BITXOR:
            case LSHIFT:
            case RSHIFT:
                if (common == DType.FLOAT64 || ((op == Binary.LSHIFT || op == Binary.RSHIFT) && common == DType.BOOL)) {
                    throw Errors.typeError("ufunc '%s' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''",
                                    ufuncName(op));
                }
                return common;
            default:
                return common;
        }
    }

    /** The broadcast shape of two shapes, or null when they do not broadcast. */
    static int[] broadcastShapes(int[] a, int[] b) {
        int n = Math.max(a.length, b.length);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            int da = i < n - a.length ? 1 : a[i - (n - a.length)];
            int db = i < n - b.length ? 1 : b[i - (n - b.length)];
            if (da != db && da != 1 && db != 1) {
                return null;
            }
            out[i] = da == 1 ? db : da;
        }
        return out;
    }

    /** A view of {@code a} stretched to {@code shape} (stride 0 along broadcast dimensions). */
    static NDArray broadcastTo(NDArray a, int[] shape) {
        if (java.util.Arrays.equals(a.shape, shape)) {
            return a;
        }
        int n = shape.length;
        int[] strides = new int[n];
        for (int i = 0; i < n; i++) {
            int j = i - (n - a.shape.length);
            strides[i] = j < 0 || a.shape[j] == 1 ? 0 : a.strides[j];
        }
        return a.view(a.offset, shape.clone(), strides);
    }

    static PException broadcastError(int[] a, int[] b) {
        return Errors.valueError("operands could not be broadcast together with shapes %s %s ", Convert.shapeCompact(a), Convert.shapeCompact(b));
    }

    static Object binary(Binary op, Object x, Object y) {
        Operand a = Operand.of(x);
        Operand b = Operand.of(y);
        if (a == null || b == null) {
            return PSingleton.NOT_IMPLEMENTED;
        }
        if (op == Binary.MATMUL) {
            return LinearAlgebra.matmul(a.array != null ? a.array : Convert.asArray(x), b.array != null ? b.array : Convert.asArray(y));
        }
        DType result = resultType(op, a.type, b.type);
        DType compute = op == Binary.TRUEDIV ? DType.FLOAT64 : result;
        if (op == Binary.POW && compute == DType.INT64) {
            checkIntPower(b);
        }
        return run(a, b, compute, result, (xs, ys, n, out) -> Kernels.binary(op, compute, xs, ys, n, out));
    }

    static Object compare(Compare op, NDArray self, Object other) {
        Operand a = new Operand(self, self.dtype, null);
        Operand b = Operand.of(other);
        if (b == null) {
            if (op == Compare.EQ || op == Compare.NE) {
                NDArray out = NDArray.zeros(DType.BOOL, self.shape.clone());
                if (op == Compare.NE) {
                    java.util.Arrays.fill((boolean[]) out.data, true);
                }
                return out;
            }
            return PSingleton.NOT_IMPLEMENTED;
        }
        DType compute = DType.promote(a.type, b.type);
        return run(a, b, compute, DType.BOOL, (xs, ys, n, out) -> Kernels.compare(op, compute, xs, ys, n, (boolean[]) out));
    }

    private static void checkIntPower(Operand exponent) {
        boolean negative;
        if (exponent.array == null) {
            negative = Convert.toLong(exponent.scalar) < 0;
        } else {
            negative = false;
            for (long v : exponent.array.longs()) {
                negative |= v < 0;
            }
        }
        if (negative) {
            throw Errors.valueError("Integers to negative integer powers are not allowed.");
        }
    }

    interface Kernel {
        /** Computes {@code n} results into {@code out}; {@code xs}/{@code ys} are a buffer of the compute type, or a
         *  boxed scalar converted to it (Double, Long, Boolean). */
        void run(Object xs, Object ys, int n, Object out);
    }

    /** Broadcasts, converts the operands to {@code compute}, runs the kernel (without the GIL when big). */
    private static Object run(Operand a, Operand b, DType compute, DType result, Kernel kernel) {
        int[] shape = broadcastShapes(a.shape(), b.shape());
        if (shape == null) {
            throw broadcastError(a.shape(), b.shape());
        }
        int n = NDArray.sizeOf(shape);
        Object as = a.array == null ? scalarAs(a.scalar, compute) : null;
        Object bs = b.array == null ? scalarAs(b.scalar, compute) : null;
        NDArray aa = a.array == null ? null : broadcastTo(a.array, shape);
        NDArray ba = b.array == null ? null : broadcastTo(b.array, shape);
        Object out = Compute.run(n, () -> {
            Object xs = aa == null ? as : aa.elements(compute);
            Object ys = ba == null ? bs : ba.elements(compute);
            Object o = result.allocate(n);
            kernel.run(xs, ys, n, o);
            return o;
        });
        NDArray r = new NDArray(result, out, shape);
        if (shape.length == 0) {
            return r.item(0);
        }
        return r;
    }

    static Object scalarAs(Object v, DType type) {
        return switch (type) {
            case FLOAT64 -> Convert.toDouble(v);
            case INT64 -> Convert.toLong(v);
            case BOOL -> org.minipy.runtime.Truth.isTrue(v);
        };
    }

    /** {@code a op= b}: computes into a (numpy's same_kind casting: no float result into an int array). */
    static Object inplace(Binary op, NDArray self, Object other) {
        if (op == Binary.MATMUL) {
            return PSingleton.NOT_IMPLEMENTED;
        }
        Operand b = Operand.of(other);
        if (b == null) {
            return PSingleton.NOT_IMPLEMENTED;
        }
        Operand a = new Operand(self, self.dtype, null);
        DType result = resultType(op, a.type, b.type);
        if (result.ordinal() > self.dtype.ordinal()) {
            throw Errors.raise(NumpyModule.UFUNC_TYPE_ERROR, "Cannot cast ufunc '%s' output from dtype('%s') to dtype('%s') with casting rule 'same_kind'",
                            ufuncName(op), result.name, self.dtype.name);
        }
        int[] shape = broadcastShapes(self.shape, b.shape());
        if (shape == null) {
            // numpy names the output operand too
            throw Errors.valueError("operands could not be broadcast together with shapes %s %s %s ", Convert.shapeCompact(self.shape),
                            Convert.shapeCompact(b.shape()), Convert.shapeCompact(self.shape));
        }
        if (!java.util.Arrays.equals(shape, self.shape)) {
            throw Errors.valueError("non-broadcastable output operand with shape %s doesn't match the broadcast shape %s",
                            Convert.shapeCompact(self.shape), Convert.shapeCompact(shape));
        }
        DType compute = op == Binary.TRUEDIV ? DType.FLOAT64 : result;
        if (op == Binary.POW && compute == DType.INT64) {
            checkIntPower(b);
        }
        int n = self.size;
        Object bs = b.array == null ? scalarAs(b.scalar, compute) : null;
        NDArray ba = b.array == null ? null : broadcastTo(b.array, shape);
        Compute.exec(n, () -> {
            Object xs = self.elements(compute);
            Object ys = ba == null ? bs : ba.elements(compute);
            Object o = result.allocate(n);
            Kernels.binary(op, compute, xs, ys, n, o);
            self.writeAll(result == self.dtype ? o : new NDArray(result, o, shape).elements(self.dtype));
        });
        return self;
    }

    static Object unary(Unary op, NDArray a) {
        switch (op) {
            case NEG:
                if (a.dtype == DType.BOOL) {
                    throw Errors.typeError("The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the logical_not function instead.");
                }
                return map(a, a.dtype, "negative");
            case POS:
                return a.copyAs(a.dtype);
            case INVERT:
                if (a.dtype == DType.FLOAT64) {
                    throw Errors.typeError("ufunc 'invert' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''");
                }
                return map(a, a.dtype, "invert");
            default:
                throw Errors.typeError("bad operand type for unary %s: 'numpy.ndarray'", op.symbol);
        }
    }

    /** A one-argument ufunc ({@code sqrt exp log sin cos abs negative invert}) over an array or a scalar. */
    static Object ufunc(String name, Object x) {
        Operand o = Operand.of(x);
        if (o == null) {
            throw Errors.typeError("ufunc '%s' did not contain a loop with signature matching types", name);
        }
        boolean keepsType = name.equals("absolute") || name.equals("negative") || name.equals("invert");
        DType type = keepsType ? o.type : DType.FLOAT64;
        if (o.array == null) {
            NDArray a = new NDArray(o.type, o.type.allocate(1), new int[0]);
            Convert.store(a.data, o.type, 0, o.scalar);
            return ((NDArray) map(a, type, name)).item(0);
        }
        return map(o.array, type, name);
    }

    private static Object map(NDArray a, DType type, String name) {
        int n = a.size;
        Object out = Compute.run(n, () -> {
            Object xs = a.elements(type);
            Object o = type.allocate(n);
            Kernels.unary(name, type, xs, n, o);
            return o;
        });
        return new NDArray(type, out, a.shape.clone());
    }
}
