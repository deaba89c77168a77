package org.minipy.numpy;

import org.minipy.ast.Operator.Binary;
import org.minipy.ast.Operator.Compare;
import org.minipy.ast.Operator.Unary;
import org.minipy.runtime.BuiltinTypes;
import org.minipy.runtime.Errors;
import org.minipy.runtime.JavaOperators;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PSingleton;
import org.minipy.runtime.PythonClass;
import org.minipy.runtime.Repr;

/**
 * The three element types an {@link NDArray} holds — float64 ({@code double[]}), int64 ({@code long[]}) and bool
 * ({@code boolean[]}) — in numpy's promotion order, and the {@code numpy.dtype} objects that stand for them
 * ({@code a.dtype}, {@code dtype('float64')}). {@link #of} reads every way a program names a dtype: dtype objects,
 * {@code float int bool}, {@code np.float64 np.int64 np.bool_}, and strings such as {@code 'float64'} or {@code 'i8'}.
 */
public enum DType {
    BOOL("bool"), INT64("int64"), FLOAT64("float64");

    public final String name;
    /** The {@code numpy.dtype} instance for this element type. */
    public final Obj object;

    DType(String name) {
        this.name = name;
        this.object = new Obj(this);
    }

    /** The type both operands are converted to: the later one in promotion order bool < int64 < float64. */
    public static DType promote(DType a, DType b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }

    /** A new zero-filled buffer of {@code n} elements of this type. */
    public Object allocate(int n) {
        return switch (this) {
            case FLOAT64 -> new double[n];
            case INT64 -> new long[n];
            case BOOL -> new boolean[n];
        };
    }

    /** The dtype a program names, or {@code dflt} for None / not given. */
    public static DType of(Object spec, DType dflt) {
        if (spec == null || spec == PNone.NONE || spec == org.minipy.runtime.PBuiltinFunction.MISSING) {
            return dflt;
        }
        if (spec instanceof Obj o) {
            return o.type;
        }
        if (spec instanceof PythonClass c) {
            if (c == BuiltinTypes.FLOAT || c == NumpyTypes.FLOAT64) {
                return FLOAT64;
            } else if (c == BuiltinTypes.INT || c == NumpyTypes.INT64) {
                return INT64;
            } else if (c == BuiltinTypes.BOOL || c == NumpyTypes.BOOL_) {
                return BOOL;
            }
            throw Errors.typeError("MiniPy's numpy supports only the dtypes float64, int64 and bool, not %s", Repr.repr(spec));
        }
        if (spec instanceof String s) {
            switch (s) {
                case "float64", "float", "f8", "d", "double", "f", "<f8":
                    return FLOAT64;
                case "int64", "int", "i8", "l", "q", "i", "<i8", "int_":
                    return INT64;
                case "bool", "?", "b1", "bool_":
                    return BOOL;
                default:
                    throw Errors.typeError("data type '%s' not understood", s);
            }
        }
        throw Errors.typeError("Cannot interpret '%s' as a data type", Repr.repr(spec));
    }

    /** A {@code numpy.dtype} object: {@code dtype('float64')}, printed {@code float64}, equal to its names. */
    public static final class Obj implements JavaOperators {
        public final DType type;

        Obj(DType type) {
            this.type = type;
        }

        @Override
        public PythonClass getPythonClass() {
            return NumpyTypes.DTYPE;
        }

        public String repr() {
            return "dtype('" + type.name + "')";
        }

        @Override
        public String str() {
            return type.name;
        }

        @Override
        public Object binary(Binary op, Object other, boolean reflected) {
            return PSingleton.NOT_IMPLEMENTED;
        }

        @Override
        public Object inplace(Binary op, Object other) {
            return PSingleton.NOT_IMPLEMENTED;
        }

        @Override
        public Object unary(Unary op) {
            throw Errors.typeError("bad operand type for unary %s: 'numpy.dtype[%s]'", op.symbol, type.name);
        }

        @Override
        public Object compare(Compare op, Object other) {
            if (op != Compare.EQ && op != Compare.NE) {
                return PSingleton.NOT_IMPLEMENTED;
            }
            boolean eq;
            try {
                eq = of(other, null) == type;
            } catch (RuntimeException e) {
                eq = false;
            }
            return op == Compare.EQ ? eq : !eq;
        }

        @Override
        public boolean isTrue() {
            return true;
        }
    }
}
