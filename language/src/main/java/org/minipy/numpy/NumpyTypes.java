package org.minipy.numpy;

import java.util.function.BiConsumer;
import java.util.function.Function;

import org.minipy.runtime.BuiltinBody;
import org.minipy.runtime.BuiltinTypes;
import org.minipy.runtime.Descriptors;
import org.minipy.runtime.PBuiltinFunction;
import org.minipy.runtime.PythonClass;
import org.minipy.runtime.PythonClass.Layout;

/**
 * The Python classes of the numpy subset: {@code numpy.ndarray}, {@code numpy.dtype}, and the scalar types
 * {@code numpy.float64}, {@code numpy.int64}, {@code numpy.bool_} (callable as converters; the scalars arrays hand out
 * are plain Python floats, ints and bools, which print as numpy's scalars do). Created once per JVM like the
 * builtin classes in {@code runtime/BuiltinTypes}; the methods are installed on first use of the module.
 */
public final class NumpyTypes {
    private NumpyTypes() {
    }

    public static final PythonClass NDARRAY = make("ndarray", BuiltinTypes.OBJECT);
    public static final PythonClass DTYPE = make("dtype", BuiltinTypes.OBJECT);
    public static final PythonClass FLOAT64 = make("float64", BuiltinTypes.FLOAT);
    public static final PythonClass INT64 = make("int64", BuiltinTypes.OBJECT);
    public static final PythonClass BOOL_ = make("bool_", BuiltinTypes.OBJECT);

    private static boolean installed;

    private static PythonClass make(String name, PythonClass base) {
        PythonClass cls = new PythonClass(name, new PythonClass[]{base}, true, Layout.NONE);
        cls.define("__module__", "numpy"); // repr(type) prints <class 'numpy.ndarray'>
        return cls;
    }

    /** Installs the classes' methods (once per JVM; the classes are immutable afterwards). */
    static synchronized void install() {
        if (installed) {
            return;
        }
        ArrayMethods.install(NDARRAY);
        constructor(FLOAT64, "float64(cls, x=0.0, /)", a -> org.minipy.modules.MathModule.toDouble(a[1]));
        constructor(INT64, "int64(cls, x=0, /)", a -> Convert.toLong(a[1]));
        constructor(BOOL_, "bool_(cls, x=False, /)", a -> org.minipy.runtime.Truth.isTrue(a[1]));
        constructor(DTYPE, "dtype(cls, obj, /)", a -> DType.of(a[1], DType.FLOAT64).object);
        method(DTYPE, "__repr__(self)", a -> ((DType.Obj) a[0]).repr());
        method(DTYPE, "__hash__(self)", a -> (long) ((DType.Obj) a[0]).type.name.hashCode());
        getSet(DTYPE, "name", o -> ((DType.Obj) o).type.name, null);
        getSet(DTYPE, "kind", o -> switch (((DType.Obj) o).type) {
            case FLOAT64 -> "f";
            case INT64 -> "i";
            case BOOL -> "b";
        }, null);
        getSet(DTYPE, "itemsize", o -> ((DType.Obj) o).type == DType.BOOL ? 1L : 8L, null);
        installed = true;
    }

    static PBuiltinFunction method(PythonClass cls, String spec, BuiltinBody body) {
        PBuiltinFunction fn = PBuiltinFunction.create(spec, body);
        fn.setQualifiedName(cls.getName() + "." + fn.getName());
        cls.define(fn.getName(), fn);
        return fn;
    }

    static void getSet(PythonClass cls, String name, Function<Object, Object> getter, BiConsumer<Object, Object> setter) {
        cls.define(name, new Descriptors.GetSet(name, getter, setter));
    }

    private static void constructor(PythonClass cls, String spec, BuiltinBody body) {
        PBuiltinFunction fn = PBuiltinFunction.create(spec, body);
        fn.setQualifiedName(cls.getName() + ".__new__");
        cls.define("__new__", new Descriptors.PStaticMethod(fn));
    }
}
