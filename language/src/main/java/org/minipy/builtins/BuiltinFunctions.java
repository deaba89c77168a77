package org.minipy.builtins;

import java.math.BigInteger;

import org.minipy.runtime.Attributes;
import org.minipy.runtime.BuiltinBody;
import org.minipy.runtime.BuiltinTypes;
import org.minipy.runtime.Calls;
import org.minipy.runtime.Errors;
import org.minipy.runtime.Formatter;
import org.minipy.runtime.Hashing;
import org.minipy.runtime.Identity;
import org.minipy.runtime.IntOps;
import org.minipy.runtime.PBaseException;
import org.minipy.runtime.PBuiltinFunction;
import org.minipy.runtime.PException;
import org.minipy.runtime.PModule;
import org.minipy.runtime.PSingleton;
import org.minipy.runtime.PSubclassValue;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PythonClass;
import org.minipy.runtime.Repr;
import org.minipy.runtime.Sequences;
import org.minipy.runtime.TypeOf;

/**
 * The functions of the {@code builtins} module. This file has the small general ones ({@code len repr ascii hash id
 * callable format}) and the helpers the others share; the rest are grouped by concern: {@link BuiltinIteration}
 * (enumerate zip map filter reversed sorted min max sum any all iter next), {@link BuiltinIntrospection}
 * (isinstance issubclass getattr setattr hasattr delattr vars dir globals locals), {@link BuiltinNumbers}
 * (abs round divmod pow hex oct bin chr ord) and {@link BuiltinIO} (print input open). The builtin classes
 * ({@code int}, {@code list}, {@code range}, {@code type} ...) are put into the module by {@link Bootstrap}.
 * {@code eval} and {@code exec} belong to the compiler, which adds them.
 */
final class BuiltinFunctions {
    private BuiltinFunctions() {
    }

    /** Fills one interpreter's {@code builtins} module. */
    static void install(PModule builtins) {
        builtins.setGlobal("NotImplemented", PSingleton.NOT_IMPLEMENTED);
        builtins.setGlobal("Ellipsis", PSingleton.ELLIPSIS);
        builtins.setGlobal("__debug__", true); // False under -O: SysModule.install
        add(builtins, PBuiltinFunction.create("len(obj, /)", MethodIntrinsics.LEN));
        add(builtins, PBuiltinFunction.create("repr(obj, /)", a -> Repr.repr(a[0])));
        add(builtins, PBuiltinFunction.create("ascii(obj, /)", a -> Repr.ascii(a[0])));
        add(builtins, PBuiltinFunction.create("hash(obj, /)", a -> Hashing.hash(a[0])));
        add(builtins, PBuiltinFunction.create("id(obj, /)", a -> Identity.id(a[0])));
        add(builtins, PBuiltinFunction.create("callable(obj, /)", a -> Calls.isCallable(a[0])));
        add(builtins, PBuiltinFunction.create("format(value, format_spec='', /)", a -> {
            if (!(a[1] instanceof String spec)) {
                throw Errors.typeError("format() argument 2 must be str, not %s", Errors.argumentTypeName(a[1]));
            }
            return Formatter.format(a[0], spec);
        }));
        // CPython's site module adds these two; unlike sys.exit they raise SystemExit(code), so exit() has args (None,).
        for (String name : new String[]{"exit", "quit"}) {
            add(builtins, PBuiltinFunction.create(name + "(code=None)", a -> {
                throw new PException(new PBaseException(BuiltinTypes.SYSTEM_EXIT, new PTuple(new Object[]{a[0]})), null);
            }));
        }
        // site's interactive help needs pydoc, which MiniPy does not have: say so instead of a NameError
        add(builtins, PBuiltinFunction.create("help(*args, **kwds)", a -> {
            throw Errors.notImplementedError("MiniPy does not support help(): it has no pydoc");
        }));
        BuiltinIteration.install(builtins);
        BuiltinIntrospection.install(builtins);
        BuiltinNumbers.install(builtins);
        BuiltinIO.install(builtins);
    }

    /** Fills in the methods of the builtin classes defined in these files (iterators, files); once per JVM. */
    static void installClasses() {
        BuiltinIteration.installClasses();
        BuiltinIO.installClasses();
    }

    static void add(PModule module, PBuiltinFunction fn) {
        module.setGlobal(fn.getName(), fn);
    }

    /** A new builtin class that the builtins module does not export by name (its objects come from functions). */
    static PythonClass hiddenClass(String name) {
        return new PythonClass(name, new PythonClass[]{BuiltinTypes.OBJECT}, true, PythonClass.Layout.NONE);
    }

    /**
     * An argument that must be an integer ({@code __index__}), as Long or BigInteger; bools become 0/1. Raises
     * {@code TypeError: 'float' object cannot be interpreted as an integer} otherwise.
     */
    static Object index(Object object) {
        Object value = PSubclassValue.unwrapInt(object);
        if (value instanceof Long || value instanceof BigInteger) {
            return value;
        } else if (value instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        Object user = Attributes.lookupUserSpecial(TypeOf.classOf(value), "__index__");
        if (user != null) {
            Object r = Calls.call(user, new Object[]{value});
            if (!IntOps.isInt(r)) {
                throw Errors.typeError("__index__ returned non-int (type %s)", TypeOf.nameOf(r));
            }
            return r instanceof Boolean b ? (Object) (b ? 1L : 0L) : r;
        }
        throw Errors.typeError("'%s' object cannot be interpreted as an integer", TypeOf.nameOf(value));
    }

    /** {@link #index} as a Java long; an int too large raises OverflowError with CPython's message. */
    static long indexAsLong(Object value) {
        Object i = index(value);
        if (i instanceof BigInteger) {
            throw Errors.overflowError("Python int too large to convert to C long");
        }
        return (Long) i;
    }
}
