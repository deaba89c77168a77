package org.minipy.numba;

import java.math.BigInteger;
import java.util.Set;

import org.minipy.runtime.BuiltinTypes;
import org.minipy.runtime.PBuiltinFunction;
import org.minipy.runtime.PFunction;
import org.minipy.runtime.PModule;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PythonClass;
import org.minipy.runtime.PythonContext;
import org.minipy.runtime.TypeOf;

/**
 * Which run-time values a compiled function may reach (SPEC §6), for {@link NopythonChecker}: the values of the
 * globals it names and of its first call's arguments. numba treats globals as compile-time constants and types
 * arguments; MiniPy accepts what numba can type and the subset supports — numbers, bools, None, numpy arrays, tuples of
 * those, modules, compiled functions (dispatchers), the builtins numba supports, functions of math, cmath, random and
 * numpy, and exception classes (for {@code raise}) — and names anything else as numba does:
 * {@code <class 'function'>}, {@code <class '__main__.C'>}.
 */
final class GlobalValues {
    /** The builtins numba supports in nopython mode (and MiniPy runs the same way inside a compiled function). */
    private static final Set<String> BUILTINS = Set.of("abs", "min", "max", "len", "range", "int", "float", "bool", "round",
                    "print", "pow", "divmod", "sum", "enumerate", "zip", "complex", "tuple", "isinstance", "hash");
    /** Modules whose functions and constants compiled code may use. */
    private static final Set<String> NUMERIC_MODULES = Set.of("math", "cmath", "random", "numpy", "numpy.random", "numpy.linalg", "numba");

    private final PythonClass dispatcherClass;

    GlobalValues(PythonClass dispatcherClass) {
        this.dispatcherClass = dispatcherClass;
    }

    boolean isDispatcher(Object v) {
        return dispatcherClass != null && TypeOf.classOf(v).isSubclassOf(dispatcherClass);
    }

    static boolean isModule(Object v) {
        return v instanceof PModule;
    }

    static boolean isNumber(Object v) {
        return v instanceof Long || v instanceof Integer || v instanceof BigInteger || v instanceof Double || v instanceof Boolean ||
                        TypeOf.classOf(v).getName().equals("complex") || isNumpyScalar(v);
    }

    static boolean isArray(Object v) {
        PythonClass c = TypeOf.classOf(v);
        return c.getName().equals("ndarray") && isNumpyClass(c);
    }

    /** numpy's scalar types (np.float64(1.0) values), if the numpy module defines them as classes. */
    private static boolean isNumpyScalar(Object v) {
        PythonClass c = TypeOf.classOf(v);
        return !c.isBuiltin() && isNumpyClass(c) && !c.getName().equals("ndarray") && (c.getName().startsWith("float") ||
                        c.getName().startsWith("int") || c.getName().startsWith("bool") || c.getName().startsWith("uint"));
    }

    private static boolean isNumpyClass(PythonClass c) {
        return c.getOwnAttribute("__module__") instanceof String m && (m.equals("numpy") || m.startsWith("numpy."));
    }

    /** A value a compiled function may take as an argument: numbers, bools, None, arrays, tuples of those,
     *  compiled functions. Answers null when accepted, else the value's class as numba names it. */
    String argumentRefusal(Object v) {
        if (isNumber(v) || v == PNone.NONE || isArray(v) || isDispatcher(v)) {
            return null;
        }
        if (v instanceof PTuple t) {
            for (Object item : t.getItems()) {
                if (argumentRefusal(item) != null) {
                    return classRepr(v);
                }
            }
            return null;
        }
        return classRepr(v);
    }

    /** A value a compiled function may name as a global; answers null when accepted, else the value's class. */
    String globalRefusal(String name, Object v) {
        if (argumentRefusal(v) == null || isModule(v)) {
            return null;
        }
        for (String builtin : BUILTINS) { // also under another name: numba.prange is range
            if (PythonContext.get().getBuiltins().getGlobal(builtin) == v) {
                return null;
            }
        }
        if (v instanceof PythonClass c) {
            boolean accepted = c == BuiltinTypes.INT || c == BuiltinTypes.FLOAT || c == BuiltinTypes.BOOL ||
                            c.isSubclassOf(BuiltinTypes.BASE_EXCEPTION) || isNumpyClass(c) ||
                            c.getName().equals("complex") && c.isBuiltin();
            return accepted ? null : classRepr(v);
        }
        if (v instanceof PBuiltinFunction || v instanceof PFunction) {
            if (v instanceof PFunction f && NUMERIC_MODULES.contains(f.getGlobals().getName())) {
                return null;
            }
            if (inNumericModule(v)) {
                return null;
            }
        }
        return classRepr(v);
    }

    /** An attribute value of a module a compiled function names ({@code math.sqrt}, {@code np.zeros}). */
    static boolean moduleMemberAccepted(PModule module) {
        return NUMERIC_MODULES.contains(module.getName());
    }

    /** Whether {@code v} is a member of one of the numeric modules loaded ({@code from math import sqrt}). */
    private static boolean inNumericModule(Object v) {
        for (String m : NUMERIC_MODULES) {
            if (PythonContext.get().getModules().get(m) instanceof PModule module) {
                for (org.minipy.runtime.PDict.Entry e : module.toDict().entries()) {
                    if (e.value == v) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** {@code <class 'function'>}, {@code <class '__main__.C'>}: how numba names a type it cannot determine. */
    static String classRepr(Object v) {
        PythonClass c = TypeOf.classOf(v);
        String name = c.getName();
        if (v instanceof PBuiltinFunction) {
            name = "builtin_function_or_method";
        } else if (!c.isBuiltin() && c.getOwnAttribute("__module__") instanceof String m && !m.equals("builtins")) {
            name = m + "." + c.getQualname();
        }
        return "<class '" + name + "'>";
    }
}
