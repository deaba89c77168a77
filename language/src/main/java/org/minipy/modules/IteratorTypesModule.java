package org.minipy.modules;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import org.minipy.bytecode.PGenerator;
import org.minipy.runtime.Errors;
import org.minipy.runtime.PBuiltinFunction;
import org.minipy.runtime.PModule;
import org.minipy.runtime.PythonClass;
import org.minipy.runtime.TypeOf;

/**
 * {@code _minipy_iter}: lets MiniPy's Python-written {@code itertools} give its iterators CPython's classes
 * ({@code type(chain())} is {@code itertools.chain}) while a generator does the work, so that iterating one costs no
 * Python-level {@code __next__} call.
 */
public final class IteratorTypesModule {
    private IteratorTypesModule() {
    }

    @TruffleBoundary
    public static PModule create() {
        PModule module = new PModule("_minipy_iter");
        PBuiltinFunction retype = PBuiltinFunction.create("retype(generator, cls, /)", a -> retype(a[0], a[1]));
        retype.setQualifiedName("_minipy_iter.retype");
        module.setGlobal("retype", retype);
        return module;
    }

    /** The generator, from now on an instance of {@code cls} (a Python class, whose other methods it then has). */
    private static Object retype(Object generator, Object cls) {
        if (!(generator instanceof PGenerator g) || !(cls instanceof PythonClass c) || c.isBuiltin()) {
            throw Errors.typeError("retype() takes a generator and a Python class, not %s and %s", TypeOf.nameOf(generator), TypeOf.nameOf(cls));
        }
        g.setPythonClass(c);
        return g;
    }
}
