package org.minipy.bytecode;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import org.minipy.runtime.Attributes;
import org.minipy.runtime.Calls;
import org.minipy.runtime.Errors;
import org.minipy.runtime.Iteration;
import org.minipy.runtime.PBoundMethod;
import org.minipy.runtime.PBuiltinFunction;
import org.minipy.runtime.PDict;
import org.minipy.runtime.PFunction;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PythonClass;
import org.minipy.runtime.Repr;
import org.minipy.runtime.TypeOf;

/** The runtime side of the call operations: argument lists with keywords, unpacked {@code *args}/{@code **kw}. */
final class CallOperations {
    private CallOperations() {
    }

    @TruffleBoundary
    static Object callKw(String[] kwNames, Object callee, Object[] args) {
        int npos = args.length - kwNames.length;
        Object[] positional = new Object[npos];
        Object[] kwValues = new Object[kwNames.length];
        System.arraycopy(args, 0, positional, 0, npos);
        System.arraycopy(args, npos, kwValues, 0, kwNames.length);
        return Calls.call(callee, positional, kwNames, kwValues);
    }

    @TruffleBoundary
    static Object callEx(Object callee, Object positional, Object keywords) {
        Object[] args = ((PTuple) positional).getItems();
        if (keywords == PNone.NONE) {
            return Calls.call(callee, args, null, null);
        }
        PDict kw = (PDict) keywords;
        PDict.Entry[] entries = kw.entriesSnapshot();
        String[] names = new String[entries.length];
        Object[] values = new Object[entries.length];
        for (int i = 0; i < entries.length; i++) {
            names[i] = keywordName(entries[i].key);
            values[i] = entries[i].value;
        }
        return Calls.call(callee, args, names.length == 0 ? null : names, values);
    }

    /**
     * For {@code receiver.name(...)}: the plain function the class defines under that name when nothing shadows it,
     * so the caller can pass the receiver itself and allocate no bound method; otherwise null.
     */
    @TruffleBoundary
    static Object unboundMethod(Object receiver, String name) {
        if (receiver instanceof org.minipy.runtime.PythonObject po && !(receiver instanceof org.minipy.runtime.PythonClass)) {
            org.minipy.runtime.PythonClass cls = TypeOf.classOf(receiver);
            Object attr = cls.lookup(name);
            if (attr instanceof org.minipy.runtime.PFunction && Attributes.getOwn(po, name) == null &&
                            Attributes.lookupUserSpecial(cls, "__getattribute__") == null) {
                return attr;
            }
        }
        return null;
    }

    @TruffleBoundary
    static Object getAttribute(Object receiver, String name) {
        return Attributes.getAttribute(receiver, name);
    }

    /**
     * {@code f(**mapping)} needs a mapping; a dict is used as it is, another mapping is copied through its
     * {@code keys()}. {@code callee} names the function in the error; null for a dict display ({@code {**m}}).
     */
    @TruffleBoundary
    static PDict toKeywordDict(Object mapping, Object callee) {
        if (mapping instanceof PDict d && d.mergesDirectly()) {
            return d;
        }
        Object keys = Attributes.lookupAttribute(mapping, "keys");
        if (keys == null) {
            if (callee == null) {
                throw Errors.typeError("'%s' object is not a mapping", TypeOf.nameOf(mapping));
            }
            throw Errors.typeError("%s argument after ** must be a mapping, not %s", functionString(callee), TypeOf.nameOf(mapping));
        }
        PDict d = new PDict();
        for (Object k : Iteration.toArray(Calls.call(keys, new Object[0]))) {
            d.put(k, org.minipy.runtime.Sequences.getItem(mapping, k));
        }
        return d;
    }

    /**
     * One {@code **mapping} of a call, added to the keyword arguments collected so far: unlike a dict display, a
     * repeated name is an error ({@code f(x=1, **{'x': 2})}).
     */
    @TruffleBoundary
    static void mergeKeywords(PDict keywords, Object mapping, Object callee) {
        for (PDict.Entry e : toKeywordDict(mapping, callee).entriesSnapshot()) {
            String name = keywordName(e.key);
            if (keywords.containsKey(name)) {
                throw Errors.typeError("%s got multiple values for keyword argument '%s'", functionString(callee), name);
            }
            keywords.put(name, e.value);
        }
    }

    /** A key of a {@code **mapping} as a keyword name: a str, or an instance of a str subclass (as its text). */
    private static String keywordName(Object key) {
        if (key instanceof String s) {
            return s;
        } else if (key instanceof org.minipy.runtime.PSubclassValue v && v.getValue() instanceof String s) {
            return s;
        }
        throw Errors.typeError("keywords must be strings");
    }

    /** How CPython's call errors name a callable ({@code _PyObject_FunctionStr}): {@code __main__.g()}, {@code len()}. */
    @TruffleBoundary
    static String functionString(Object callee) {
        if (callee instanceof PBoundMethod m) {
            return functionString(m.getFunction());
        } else if (callee instanceof PFunction f) {
            String module = f.getGlobals() == null ? null : f.getGlobals().getName();
            return (module == null || module.equals("builtins") ? "" : module + ".") + f.getQualname() + "()";
        } else if (callee instanceof PBuiltinFunction b) {
            return b.getQualifiedName() + "()";
        } else if (callee instanceof PythonClass c) {
            String module = Repr.moduleOf(c);
            return (module == null || module.equals("builtins") ? "" : module + ".") + c.getQualname() + "()";
        }
        return Repr.str(callee); // what has no __qualname__ is named by its str(): "None argument after **"
    }

    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    static org.minipy.runtime.PBuiltinFunction builtinMethodOf(org.minipy.runtime.PythonClass cls, String name) {
        // super, classes and modules resolve attributes their own way; other builtin instances have no own
        // attributes, so the class's method is the answer.
        if (cls.isBuiltin() && cls != org.minipy.runtime.BuiltinTypes.TYPE && cls != org.minipy.runtime.BuiltinTypes.SUPER &&
                        cls != org.minipy.runtime.BuiltinTypes.MODULE &&
                        cls.lookup(name) instanceof org.minipy.runtime.PBuiltinFunction f) {
            return f;
        }
        return null;
    }

    /** {@code receiver.name(args)} by the general rules (the method lookup, then the call). */
    static Object callMethodGeneric(String name, Object receiver, Object[] args, CallNode callNode) {
        Object function = unboundMethod(receiver, name);
        if (function != null) {
            return callNode.execute(function, org.minipy.runtime.Instantiation.prepend(receiver, args));
        }
        return callNode.execute(getAttribute(receiver, name), args);
    }

    /**
     * Whether every instance of {@code cls} has attribute {@code name} as far as a lookup without user code can tell:
     * the class has it, or user hooks ({@code __getattr__}, {@code __getattribute__}) decide at call time.
     */
    @TruffleBoundary
    static boolean classDecides(PythonClass cls, String name) {
        return cls.lookup(name) != null || cls.lookup("__getattr__") != null || Attributes.lookupUserSpecial(cls, "__getattribute__") != null;
    }

    /** See MiniPyRootNode.ProbeMethod: raises obj.name's AttributeError when the attribute is certainly missing. */
    @TruffleBoundary
    static void probeMethod(Object receiver, String name) {
        if (receiver instanceof org.minipy.runtime.PModule m) {
            if (m.getGlobal(name) != null || m.getGlobal("__getattr__") != null) {
                return;
            }
        } else if (classDecides(TypeOf.classOf(receiver), name)) {
            return;
        } else if (receiver instanceof PythonClass c) {
            if (c.lookup(name) != null) {
                return;
            }
        } else if (receiver instanceof org.minipy.runtime.PythonObject po && Attributes.getOwn(po, name) != null) {
            return;
        }
        Attributes.getAttribute(receiver, name);
    }

    /** The function a user class defines (or inherits) under {@code name}, when plain attribute rules apply. */
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    static org.minipy.runtime.PFunction plainMethod(org.minipy.runtime.PythonClass cls, String name) {
        if (AttributeOperations.GetAttr.isPlainForGet(cls, name) && cls.lookup(name) instanceof org.minipy.runtime.PFunction f) {
            return f;
        }
        return null;
    }
}
