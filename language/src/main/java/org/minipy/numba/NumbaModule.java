package org.minipy.numba;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import org.minipy.gil.GilControl;
import org.minipy.gil.GilThread;
import org.minipy.runtime.Calls;
import org.minipy.runtime.Errors;
import org.minipy.runtime.PBuiltinFunction;
import org.minipy.runtime.PDict;
import org.minipy.runtime.PFunction;
import org.minipy.runtime.PModule;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PythonClass;
import org.minipy.runtime.PythonContext;

/**
 * The builtin module {@code _numba}, the Java half of MiniPy's {@code numba} (whose Python half, the library package
 * {@code numba}, holds the decorators and {@code CPUDispatcher}). Two functions:
 * <ul>
 * <li>{@code check(py_func, args, dispatcher_class)}: at a compiled function's first call, runs
 * {@link NopythonChecker} over the function's syntax tree (kept on its code object) and the first call's arguments;
 * answers None, or {@code (error class name, message)} for the dispatcher to raise as numba does;</li>
 * <li>{@code call_nogil(py_func, args, kwargs)}: runs an accepted function with the GIL released
 * ({@link GilControl#enterReleasedNative}), taking it back before returning or propagating an exception;</li>
 * <li>{@code call_held(py_func, args, kwargs)}: runs it holding the GIL for the whole call
 * ({@link GilControl#enterHeldNative}), as numba's code without {@code nogil} does.</li>
 * </ul>
 */
public final class NumbaModule {
    private NumbaModule() {
    }

    @TruffleBoundary
    public static PModule create() {
        PModule m = new PModule("_numba");
        PBuiltinFunction check = PBuiltinFunction.create("check(py_func, args, dispatcher_class, /)", a -> check(a[0], a[1], a[2]));
        check.setQualifiedName("_numba.check");
        m.setGlobal("check", check);
        PBuiltinFunction call = PBuiltinFunction.create("call_nogil(py_func, args, kwargs, /)", a -> callNogil(a[0], (PTuple) a[1], (PDict) a[2]));
        call.setQualifiedName("_numba.call_nogil");
        m.setGlobal("call_nogil", call);
        PBuiltinFunction held = PBuiltinFunction.create("call_held(py_func, args, kwargs, /)", a -> callHeld(a[0], (PTuple) a[1], (PDict) a[2]));
        held.setQualifiedName("_numba.call_held");
        m.setGlobal("call_held", held);
        return m;
    }

    @TruffleBoundary
    static Object check(Object pyFunc, Object args, Object dispatcherClass) {
        if (!(pyFunc instanceof PFunction function) || function.getCode().getDefinition() == null) {
            throw Errors.typeError("numba can only compile functions defined with 'def', not '%s'", org.minipy.runtime.TypeOf.nameOf(pyFunc));
        }
        Object[] firstArgs = args instanceof PTuple t ? t.getItems() : null;
        Refusal refusal = new NopythonChecker(function, new GlobalValues((PythonClass) dispatcherClass)).check(firstArgs);
        if (refusal == null) {
            return PNone.NONE;
        }
        return new PTuple(new Object[]{refusal.errorClass(), refusal.message(function.getCode())});
    }

    /** Runs {@code py_func(*args, **kwargs)} with the GIL released (already released: just runs it). */
    @TruffleBoundary
    static Object callNogil(Object pyFunc, PTuple args, PDict kwargs) {
        GilControl control = PythonContext.get().getGilControl();
        GilThread t = control.current();
        boolean released = control.enterReleasedNative(t);
        try {
            return call(pyFunc, args, kwargs);
        } finally {
            if (released) {
                control.exitReleasedNative(null, t);
            }
        }
    }

    /** Runs {@code py_func(*args, **kwargs)} holding the GIL throughout, as numba's compiled code does without nogil. */
    @TruffleBoundary
    static Object callHeld(Object pyFunc, PTuple args, PDict kwargs) {
        GilControl control = PythonContext.get().getGilControl();
        GilThread t = control.current();
        boolean held = control.enterHeldNative(t);
        try {
            return call(pyFunc, args, kwargs);
        } finally {
            if (held) {
                control.exitHeldNative(null, t);
            }
        }
    }

    private static Object call(Object pyFunc, PTuple args, PDict kwargs) {
        if (kwargs.size() == 0) {
            return Calls.call(pyFunc, args.getItems());
        }
        String[] names = new String[kwargs.size()];
        Object[] values = new Object[names.length];
        int i = 0;
        for (PDict.Entry e : kwargs.entries()) {
            names[i] = (String) e.key;
            values[i++] = e.value;
        }
        return Calls.call(pyFunc, args.getItems(), names, values);
    }
}
