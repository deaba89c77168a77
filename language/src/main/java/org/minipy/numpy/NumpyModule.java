package org.minipy.numpy;

import org.minipy.runtime.BuiltinTypes;
import org.minipy.runtime.PBuiltinFunction;
import org.minipy.runtime.PModule;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PythonClass;
import org.minipy.runtime.PythonClass.Layout;
import org.minipy.runtime.Truth;

/**
 * The {@code numpy} module of SPEC §6 ({@code import numpy as np}): the constructors ({@link Creation}), the ufuncs
 * and reductions as functions, {@code dot}/{@code matmul} ({@link LinearAlgebra}), the dtypes and constants, and
 * {@code np.random} ({@link NumpyRandom}). {@code compiler/ModuleLoader} creates it on first import.
 */
public final class NumpyModule {
    private NumpyModule() {
    }

    /** {@code numpy.AxisError}, both a ValueError and an IndexError as in numpy. */
    static final PythonClass AXIS_ERROR = exception("AxisError", "numpy", BuiltinTypes.VALUE_ERROR, BuiltinTypes.INDEX_ERROR);
    /** What numpy raises for {@code int_array += 0.5}. */
    static final PythonClass UFUNC_TYPE_ERROR = exception("UFuncTypeError", "numpy.core._exceptions", BuiltinTypes.TYPE_ERROR);

    static {
        // numpy shows the subclass as its base (__name__ UFuncTypeError) but tracebacks print the qualified name
        UFUNC_TYPE_ERROR.setQualname("_UFuncOutputCastingError");
    }

    private static PythonClass exception(String name, String module, PythonClass... bases) {
        PythonClass cls = new PythonClass(name, bases, true, Layout.EXCEPTION);
        cls.define("__module__", module);
        return cls;
    }

    public static PModule create() {
        NumpyTypes.install();
        PModule m = new PModule("numpy");
        m.setGlobal("__version__", "1.24.2");
        m.setGlobal("ndarray", NumpyTypes.NDARRAY);
        m.setGlobal("dtype", NumpyTypes.DTYPE);
        m.setGlobal("float64", NumpyTypes.FLOAT64);
        m.setGlobal("int64", NumpyTypes.INT64);
        m.setGlobal("bool_", NumpyTypes.BOOL_);
        m.setGlobal("AxisError", AXIS_ERROR);
        m.setGlobal("pi", Math.PI);
        m.setGlobal("e", Math.E);
        m.setGlobal("inf", Double.POSITIVE_INFINITY);
        m.setGlobal("nan", Double.NaN);
        m.setGlobal("newaxis", org.minipy.runtime.PNone.NONE);

        add(m, "array(object, dtype=None, *, copy=True, ndmin=0)", a -> Creation.array(a[0], a[1], (Long) a[3]));
        add(m, "asarray(a, dtype=None)", a -> Creation.asarray(a[0], a[1]));
        add(m, "zeros(shape, dtype=None)", a -> Creation.full(a[0], 0L, dtypeOr(a[1])));
        add(m, "ones(shape, dtype=None)", a -> Creation.full(a[0], 1L, dtypeOr(a[1])));
        add(m, "empty(shape, dtype=None)", a -> Creation.full(a[0], 0L, dtypeOr(a[1])));
        add(m, "full(shape, fill_value, dtype=None)", a -> Creation.full(a[0], a[1], a[2]));
        add(m, "zeros_like(a, dtype=None)", a -> Creation.like(a[0], 0L, a[1]));
        add(m, "ones_like(a, dtype=None)", a -> Creation.like(a[0], 1L, a[1]));
        add(m, "empty_like(a, dtype=None)", a -> Creation.like(a[0], 0L, a[1]));
        add(m, "full_like(a, fill_value, dtype=None)", a -> Creation.like(a[0], a[1], a[2]));
        add(m, "arange(start, stop=None, step=None, dtype=None)", a -> Creation.arange(a[0], a[1], a[2], a[3]));
        add(m, "linspace(start, stop, num=50, endpoint=True, dtype=None)",
                        a -> Creation.linspace(a[0], a[1], Convert.toLong(a[2]), Truth.isTrue(a[3]), a[4]));
        add(m, "eye(N, M=None, k=0, dtype=None)", a -> Creation.eye(Convert.toLong(a[0]), a[1], Convert.toLong(a[2]), a[3]));
        add(m, "copy(a)", a -> Convert.asArray(a[0]).copyAs(Convert.asArray(a[0]).dtype));
        add(m, "reshape(a, newshape)", a -> ArrayMethods.reshape(Convert.asArray(a[0]), ArrayMethods.shapeArgs(new PTuple(new Object[]{a[1]}))));
        add(m, "transpose(a)", a -> ArrayMethods.transpose(Convert.asArray(a[0])));
        add(m, "shape(a)", a -> Convert.shapeTuple(Convert.asArray(a[0]).shape));
        add(m, "size(a)", a -> (long) Convert.asArray(a[0]).size);
        add(m, "ndim(a)", a -> (long) Convert.asArray(a[0]).ndim());

        for (String name : new String[]{"sqrt", "exp", "log", "sin", "cos", "tan", "floor", "ceil", "absolute", "negative"}) {
            add(m, name + "(x, /)", a -> Elementwise.ufunc(name, a[0]));
        }
        m.setGlobal("abs", m.getGlobal("absolute"));
        binary(m, "add", org.minipy.ast.Operator.Binary.ADD);
        binary(m, "subtract", org.minipy.ast.Operator.Binary.SUB);
        binary(m, "multiply", org.minipy.ast.Operator.Binary.MUL);
        binary(m, "divide", org.minipy.ast.Operator.Binary.TRUEDIV);
        binary(m, "power", org.minipy.ast.Operator.Binary.POW);
        add(m, "maximum(x1, x2, /)", a -> Selection.extremum(a[0], a[1], true));
        add(m, "minimum(x1, x2, /)", a -> Selection.extremum(a[0], a[1], false));
        add(m, "where(condition, x=?, y=?, /)", a -> {
            if (a[1] == PBuiltinFunction.MISSING && a[2] == PBuiltinFunction.MISSING) {
                return ArrayFunctions.nonzero(a[0]);
            }
            if (a[1] == PBuiltinFunction.MISSING || a[2] == PBuiltinFunction.MISSING) {
                throw org.minipy.runtime.Errors.valueError("either both or neither of x and y should be given");
            }
            return Selection.where(a[0], a[1], a[2]);
        });
        add(m, "nonzero(a)", a -> ArrayFunctions.nonzero(a[0]));
        add(m, "sort(a, axis=-1)", a -> ArrayFunctions.sort(a[0], a[1]));
        add(m, "unique(ar)", a -> ArrayFunctions.unique(a[0]));
        add(m, "diagonal(a, offset=0)", a -> ArrayMethods.diagonal(Convert.asArray(a[0]), Convert.toLong(a[1])));
        add(m, "trace(a, offset=0)", a -> Reductions.reduce(Reductions.Kind.SUM, ArrayMethods.diagonal(Convert.asArray(a[0]), Convert.toLong(a[1])), -1, 0));
        add(m, "diag(v, k=0)", a -> ArrayFunctions.diag(Convert.asArray(a[0]), Convert.toLong(a[1])));
        add(m, "concatenate(arrays, axis=0)", a -> Selection.concatenate(a[0], a[1]));

        for (Reductions.Kind k : Reductions.Kind.values()) {
            String name = k.name().toLowerCase();
            add(m, name + ArrayMethods.REDUCTION_PARAMETERS, a -> ArrayMethods.reduce(k, a[0], a[1], a[2], a[4], a[5]));
        }
        add(m, "round(a, decimals=0)", a -> ArrayFunctions.round(a[0], Convert.toLong(a[1])));
        m.setGlobal("around", m.getGlobal("round"));
        add(m, "cumsum(a, axis=None)", a -> ArrayFunctions.cumsum(a[0], a[1]));
        add(m, "isclose(a, b, rtol=0.00001, atol=0.00000001)",
                        a -> ArrayFunctions.isclose(a[0], a[1], Convert.toDouble(a[2]), Convert.toDouble(a[3])));
        add(m, "allclose(a, b, rtol=0.00001, atol=0.00000001)",
                        a -> ArrayFunctions.allclose(a[0], a[1], Convert.toDouble(a[2]), Convert.toDouble(a[3])));
        add(m, "array_equal(a1, a2)", a -> ArrayFunctions.arrayEqual(a[0], a[1]));
        add(m, "count_nonzero(a)", a -> ArrayFunctions.countNonzero(a[0]));
        add(m, "vstack(tup)", a -> ArrayFunctions.vstack(a[0]));
        add(m, "hstack(tup)", a -> ArrayFunctions.hstack(a[0]));
        m.setGlobal("amin", m.getGlobal("min"));
        m.setGlobal("amax", m.getGlobal("max"));
        add(m, "dot(a, b, /)", a -> LinearAlgebra.dot(a[0], a[1]));
        add(m, "matmul(x1, x2, /)", a -> LinearAlgebra.matmul(a[0], a[1]));
        m.setGlobal("random", NumpyRandom.create());
        add(m, "set_printoptions(precision=None, threshold=None, edgeitems=None, linewidth=None, suppress=None, nanstr=None, infstr=None, formatter=None, sign=None, floatmode=None, *, legacy=None)",
                        a -> {
                            ArrayPrinter.setOptions(a);
                            return org.minipy.runtime.PNone.NONE;
                        });
        add(m, "get_printoptions()", a -> ArrayPrinter.optionsDict());
        return m;
    }

    private static Object dtypeOr(Object d) {
        return Creation.given(d) ? d : DType.FLOAT64.object;
    }

    private static void binary(PModule m, String name, org.minipy.ast.Operator.Binary op) {
        add(m, name + "(x1, x2, /)", a -> {
            Object r = Elementwise.binary(op, a[0], a[1]);
            if (r == org.minipy.runtime.PSingleton.NOT_IMPLEMENTED) {
                throw org.minipy.runtime.Errors.typeError("ufunc '%s' not supported for the input types", name);
            }
            return r;
        });
    }

    private static void add(PModule m, String spec, org.minipy.runtime.BuiltinBody body) {
        PBuiltinFunction fn = PBuiltinFunction.create(spec, body);
        fn.setQualifiedName("numpy." + fn.getName());
        m.setGlobal(fn.getName(), fn);
    }
}
