package org.minipy.modules;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import org.minipy.bytecode.PGenerator;
import org.minipy.runtime.CArgumentErrors;
import org.minipy.runtime.Errors;
import org.minipy.runtime.PBuiltinFunction;
import org.minipy.runtime.PFunction;
import org.minipy.runtime.PModule;
import org.minipy.runtime.PythonClass;
import org.minipy.runtime.Signature;
import org.minipy.runtime.TypeOf;

/**
 * {@code _minipy_lib}: what MiniPy's Python-written stand-ins for CPython's C modules need to look like C.
 * {@code retype(generator, cls)} gives {@code itertools}' iterators CPython's classes ({@code type(chain())} is
 * {@code itertools.chain}) while a generator does the work, so that iterating one costs no Python-level
 * {@code __next__} call; {@code c_arguments(kind, name)} decorates a function whose argument errors should read as
 * the C original's (see {@link CArgumentErrors}).
 */
public final class LibrarySupportModule {
    private LibrarySupportModule() {
    }

    @TruffleBoundary
    public static PModule create() {
        PModule module = new PModule("_minipy_lib");
        add(module, PBuiltinFunction.create("retype(generator, cls, /)", a -> retype(a[0], a[1])));
        add(module, PBuiltinFunction.create("c_arguments(kind, name, kwname=None, /)", a -> {
            // kwname: the name in "... takes no keyword arguments" where CPython words it otherwise (_heapq.heappush)
            CArgumentErrors errors = new CArgumentErrors(kind(a[0]), (String) a[1], a[2] instanceof String k ? k : (String) a[1], 0);
            return PBuiltinFunction.create("decorate(function, /)", d -> declare(d[0], errors));
        }));
        return module;
    }

    private static void add(PModule module, PBuiltinFunction fn) {
        fn.setQualifiedName("_minipy_lib." + fn.getName());
        module.setGlobal(fn.getName(), fn);
    }

    /** The generator, from now on an instance of {@code cls} (a Python class, whose other methods it then has). */
    private static Object retype(Object generator, Object cls) {
        if (!(generator instanceof PGenerator g) || !(cls instanceof PythonClass c) || c.isBuiltin()) {
            throw Errors.typeError("retype() takes a generator and a Python class, not %s and %s", TypeOf.nameOf(generator), TypeOf.nameOf(cls));
        }
        g.setPythonClass(c);
        return g;
    }

    private static CArgumentErrors.Kind kind(Object name) {
        return switch ((String) name) {
            case "none" -> CArgumentErrors.Kind.NONE;
            case "one" -> CArgumentErrors.Kind.ONE;
            case "positional" -> CArgumentErrors.Kind.POSITIONAL;
            case "keywords" -> CArgumentErrors.Kind.KEYWORDS;
            case "tuple" -> CArgumentErrors.Kind.TUPLE;
            default -> throw Errors.valueError("unknown argument parser kind %s", name);
        };
    }

    /** A method's self or cls is not counted, as C's messages count only the arguments after it. */
    private static Object declare(Object function, CArgumentErrors errors) {
        if (!(function instanceof PFunction f)) {
            throw Errors.typeError("c_arguments() decorates a function, not %s", TypeOf.nameOf(function));
        }
        Signature sig = f.getCode().getSignature();
        String[] names = sig.getNames();
        boolean method = sig.getPositionalCount() > 0 && (names[0].equals("self") || names[0].equals("cls"));
        sig.setCErrors(new CArgumentErrors(errors.kind(), errors.name(), errors.kwName(), method ? 1 : 0));
        return f;
    }
}
