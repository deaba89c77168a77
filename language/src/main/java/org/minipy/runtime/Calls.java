package org.minipy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Calling any callable from Java code: functions, builtins, bound methods, classes (instantiation) and objects with
 * {@code __call__}. The bytecode's call operations have their own fast paths for the common cases and come here for
 * the rest.
 */
public final class Calls {
    private Calls() {
    }

    /** A hook the language installs: runs a function's call target (and wraps generators). */
    public interface FunctionInvoker {
        Object invoke(PFunction function, Object[] frameArguments);
    }

    private static volatile FunctionInvoker invoker;

    public static void setFunctionInvoker(FunctionInvoker functionInvoker) {
        invoker = functionInvoker;
    }

    public static Object call(Object callable, Object[] args) {
        return call(callable, args, null, null);
    }

    @TruffleBoundary
    public static Object call(Object callable, Object[] args, String[] kwNames, Object[] kwValues) {
        return call(callable, args, kwNames, kwValues, 0);
    }

    /** {@code hops}: how many {@code __call__} attributes led here (an instance can be its class's __call__). */
    private static Object call(Object callable, Object[] args, String[] kwNames, Object[] kwValues, int hops) {
        if (callable instanceof PFunction f) {
            return invoker.invoke(f, frameArguments(f, args, kwNames, kwValues));
        } else if (callable instanceof PBuiltinFunction b) {
            return b.call(args, kwNames, kwValues);
        } else if (callable instanceof PBoundMethod m) {
            Object[] withSelf = new Object[args.length + 1];
            withSelf[0] = m.getSelf();
            System.arraycopy(args, 0, withSelf, 1, args.length);
            return call(m.getFunction(), withSelf, kwNames, kwValues, hops);
        } else if (callable instanceof PythonClass cls) {
            return Instantiation.callClass(cls, args, kwNames, kwValues);
        } else if (callable instanceof Descriptors.PStaticMethod sm) {
            return call(sm.function, args, kwNames, kwValues); // callable since Python 3.10
        }
        PythonClass type = TypeOf.classOf(callable);
        Object dunderCall = type.lookup("__call__");
        if (dunderCall != null && !type.isBuiltin()) {
            if (hops > PythonContext.get().getRecursionLimit()) {
                throw Errors.raise(BuiltinTypes.RECURSION_ERROR, "maximum recursion depth exceeded while calling a Python object");
            }
            if (!(dunderCall instanceof PFunction || dunderCall instanceof PBuiltinFunction)) {
                // a __call__ that is no function is bound as a descriptor, or called as it is (without self)
                return call(Attributes.bind(dunderCall, callable, type), args, kwNames, kwValues, hops + 1);
            }
            Object[] withSelf = new Object[args.length + 1];
            withSelf[0] = callable;
            System.arraycopy(args, 0, withSelf, 1, args.length);
            return call(dunderCall, withSelf, kwNames, kwValues, hops + 1);
        }
        throw Errors.typeError("'%s' object is not callable", type.getMessageName());
    }

    /** A call with the keyword arguments in a dict of str keys (may be null or empty), as {@code f(*args, **kwargs)}. */
    @TruffleBoundary
    public static Object callWithKeywords(Object callable, Object[] args, PDict kwargs) {
        if (kwargs == null || kwargs.size() == 0) {
            return call(callable, args, null, null);
        }
        PDict.Entry[] entries = kwargs.entriesSnapshot();
        String[] names = new String[entries.length];
        Object[] values = new Object[entries.length];
        for (int i = 0; i < entries.length; i++) {
            names[i] = (String) entries[i].key;
            values[i] = entries[i].value;
        }
        return call(callable, args, names, values);
    }

    /** Binds the arguments to the function's parameters: {@code [function, slot0, slot1, ...]}. */
    @TruffleBoundary
    public static Object[] frameArguments(PFunction f, Object[] args, String[] kwNames, Object[] kwValues) {
        Signature sig = f.getCode().getSignature();
        Object[] slots;
        if (kwNames == null && sig.isSimple() && args.length == sig.getPositionalCount()) {
            slots = args;
        } else {
            slots = ArgumentBinder.bind(sig, f.getDefaults(), f.getKwDefaults(), args, kwNames, kwValues);
        }
        Object[] frameArgs = new Object[slots.length + PythonCode.ARG_FIRST_PARAMETER];
        frameArgs[PythonCode.ARG_FUNCTION] = f;
        System.arraycopy(slots, 0, frameArgs, PythonCode.ARG_FIRST_PARAMETER, slots.length);
        return frameArgs;
    }

    /** Calls {@code obj.name(args)} looking the method up on the class, as the interpreter does for dunders. */
    @TruffleBoundary
    public static Object callMethod(Object obj, String name, Object... args) {
        return call(Attributes.getAttribute(obj, name), args);
    }

    public static boolean isCallable(Object obj) {
        if (obj instanceof PFunction || obj instanceof PBuiltinFunction || obj instanceof PBoundMethod || obj instanceof PythonClass
                        || obj instanceof Descriptors.PStaticMethod) {
            return true;
        }
        PythonClass type = TypeOf.classOf(obj);
        return !type.isBuiltin() && type.lookup("__call__") != null;
    }
}
