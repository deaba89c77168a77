package org.minipy.builtins;

import org.minipy.runtime.Attributes;
import org.minipy.runtime.BuiltinTypes;
import org.minipy.runtime.Errors;
import org.minipy.runtime.PBoundMethod;
import org.minipy.runtime.PBuiltinFunction;
import org.minipy.runtime.PDict;
import org.minipy.runtime.PFunction;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PythonClass;
import org.minipy.runtime.PythonCode;
import org.minipy.runtime.Repr;
import org.minipy.runtime.Signature;

/**
 * The attributes of functions ({@code __name__ __qualname__ __doc__ __module__ __defaults__ __kwdefaults__},
 * {@code __get__}), of builtin functions, and of bound methods ({@code __self__ __func__}). Other function attributes
 * ({@code __wrapped__}, ...) live in the function's own storage; the compiler stores a docstring as the own
 * attribute {@code __doc__}.
 */
final class FunctionMethods {
    private FunctionMethods() {
    }

    private static PFunction fn(Object o) {
        return (PFunction) o;
    }

    /** The code object's introspection attributes that decorators read ({@code co_varnames[:co_argcount]}, ...). */
    private static void codeAttributes() {
        PythonClass code = BuiltinTypes.CODE;
        Install.getSet(code, "co_name", o -> ((PythonCode) o).getName(), null);
        Install.getSet(code, "co_qualname", o -> ((PythonCode) o).getQualname(), null);
        Install.getSet(code, "co_filename", o -> ((PythonCode) o).getFilename(), null);
        Install.getSet(code, "co_firstlineno", o -> (long) ((PythonCode) o).getDecoratedFirstLine(), null);
        Install.getSet(code, "co_argcount", o -> (long) ((PythonCode) o).getSignature().getPositionalCount(), null);
        Install.getSet(code, "co_posonlyargcount", o -> (long) ((PythonCode) o).getSignature().getPosOnlyCount(), null);
        Install.getSet(code, "co_kwonlyargcount", o -> (long) ((PythonCode) o).getSignature().getKwOnlyCount(), null);
        Install.getSet(code, "co_varnames", o -> new PTuple(java.util.Arrays.copyOf(((PythonCode) o).getVarnames(), ((PythonCode) o).getVarnames().length, Object[].class)), null);
        Install.getSet(code, "co_freevars", o -> new PTuple(java.util.Arrays.copyOf(((PythonCode) o).getFreevars(), ((PythonCode) o).getFreevars().length, Object[].class)), null);
        Install.getSet(code, "co_cellvars", o -> new PTuple(java.util.Arrays.copyOf(((PythonCode) o).getCellvars(), ((PythonCode) o).getCellvars().length, Object[].class)), null);
        Install.getSet(code, "co_nlocals", o -> (long) ((PythonCode) o).getVarnames().length, null);
        Install.method(code, "__repr__(self)", a -> {
            PythonCode c = (PythonCode) a[0];
            return "<code object " + c.getName() + " at " + Repr.address(c) + ", file \"" + c.getFilename() + "\", line " + c.getDecoratedFirstLine() + ">";
        });
    }

    static void install() {
        PythonClass cls = BuiltinTypes.FUNCTION;
        Install.getSet(cls, "__name__", o -> fn(o).getName(), (o, v) -> fn(o).setName(str(v, "__name__")));
        Install.getSet(cls, "__qualname__", o -> fn(o).getQualname(), (o, v) -> fn(o).setQualname(str(v, "__qualname__")));
        Install.getSet(cls, "__doc__", o -> fn(o).getDoc(), (o, v) -> fn(o).setDoc(v));
        Install.getSet(cls, "__module__", o -> fn(o).getModule(), (o, v) -> fn(o).setModule(v));
        Install.getSet(cls, "__defaults__", o -> {
            Object[] d = fn(o).getDefaults();
            return d == null || d.length == 0 ? PNone.NONE : new PTuple(d.clone());
        }, (o, v) -> {
            if (v != PNone.NONE && !(v instanceof PTuple)) {
                throw Errors.typeError("__defaults__ must be set to a tuple object");
            }
            fn(o).setDefaults(v == PNone.NONE ? new Object[0] : ((PTuple) v).getItems().clone());
        });
        Install.getSet(cls, "__kwdefaults__", o -> {
            PFunction f = fn(o);
            Object[] d = f.getKwDefaults();
            if (d == null) {
                return PNone.NONE;
            }
            Signature sig = f.getCode().getSignature();
            PDict r = new PDict();
            for (int i = 0; i < d.length; i++) {
                if (d[i] != null) {
                    r.put(sig.getNames()[sig.getKwOnlyStart() + i], d[i]);
                }
            }
            return r.size() == 0 ? PNone.NONE : r;
        }, null);
        Install.getSet(cls, "__annotations__", o -> fn(o).getAnnotations(), (o, v) -> {
            if (!(v instanceof PDict) && v != PNone.NONE) {
                throw Errors.typeError("__annotations__ must be set to a dict object");
            }
            fn(o).setAnnotations(v == PNone.NONE ? null : v);
        });
        Install.getSet(cls, "__closure__", o -> {
            org.minipy.runtime.PCell[] cells = fn(o).getClosure();
            return cells == null || cells.length == 0 ? PNone.NONE : new PTuple(cells.clone());
        }, null);
        Install.getSet(BuiltinTypes.CELL, "cell_contents", o -> {
            Object v = ((org.minipy.runtime.PCell) o).get();
            if (v == null) {
                throw Errors.valueError("Cell is empty");
            }
            return v;
        }, null);
        Install.getSet(cls, "__code__", o -> fn(o).getCode(), null);
        codeAttributes();
        Install.getSet(cls, "__globals__", o -> fn(o).getGlobals() == null ? PNone.NONE : fn(o).getGlobals().toDict(), null);
        Install.method(cls, "__get__(self, instance, owner=None, /)", a -> a[1] == PNone.NONE ? a[0] : new PBoundMethod(a[1], a[0]));
        Install.method(cls, "__repr__(self)", a -> Repr.builtinRepr(a[0]));
        // f.__call__(...) is f(...), for functions, builtins and bound methods alike.
        for (PythonClass callable : new PythonClass[]{cls, BuiltinTypes.BUILTIN_FUNCTION, BuiltinTypes.METHOD}) {
            Install.method(callable, "__call__(self, /, *args, **kwargs)",
                            a -> org.minipy.runtime.Calls.callWithKeywords(a[0], ((PTuple) a[1]).getItems(), (org.minipy.runtime.PDict) a[2]));
        }

        PythonClass builtin = BuiltinTypes.BUILTIN_FUNCTION;
        Install.getSet(builtin, "__name__", o -> ((PBuiltinFunction) o).getName(), null);
        Install.getSet(builtin, "__qualname__", o -> ((PBuiltinFunction) o).getQualifiedName(), null);
        Install.getSet(builtin, "__doc__", o -> PNone.NONE, null);
        Install.getSet(builtin, "__module__", o -> {
            PBuiltinFunction f = (PBuiltinFunction) o;
            return f.getModule() != null ? f.getModule() : f.getQualifiedName().contains(".") ? PNone.NONE : "builtins";
        }, null);
        Install.method(builtin, "__repr__(self)", a -> Repr.builtinRepr(a[0]));

        PythonClass method = BuiltinTypes.METHOD;
        // types.MethodType(func, obj): the Descriptor HowTo binds functions by hand this way.
        Install.constructor(method, "__new__(cls, function, instance, /)", a -> {
            if (!org.minipy.runtime.Calls.isCallable(a[1])) {
                throw Errors.typeError("first argument must be callable");
            }
            if (a[2] == PNone.NONE) {
                throw Errors.typeError("instance must not be None");
            }
            return new PBoundMethod(a[2], a[1]);
        });
        Install.getSet(method, "__self__", o -> ((PBoundMethod) o).getSelf(), null);
        Install.getSet(method, "__func__", o -> ((PBoundMethod) o).getFunction(), null);
        Install.getSet(method, "__name__", o -> org.minipy.runtime.Attributes.getAttribute(((PBoundMethod) o).getFunction(), "__name__"), null);
        Install.getSet(method, "__qualname__", o -> org.minipy.runtime.Attributes.getAttribute(((PBoundMethod) o).getFunction(), "__qualname__"), null);
        Install.getSet(method, "__doc__", o -> org.minipy.runtime.Attributes.getAttribute(((PBoundMethod) o).getFunction(), "__doc__"), null);
        Install.getSet(method, "__module__", o -> {
            Object v = org.minipy.runtime.Attributes.lookupAttribute(((PBoundMethod) o).getFunction(), "__module__");
            return v == null ? PNone.NONE : v;
        }, null);
        Install.method(method, "__eq__(self, value, /)", a -> a[1] instanceof PBoundMethod m && m.getFunction() == ((PBoundMethod) a[0]).getFunction()
                        && m.getSelf() == ((PBoundMethod) a[0]).getSelf());
        Install.method(method, "__repr__(self)", a -> Repr.builtinRepr(a[0]));
    }

    private static String str(Object v, String what) {
        if (!(v instanceof String s)) {
            throw Errors.typeError("%s must be set to a string object", what);
        }
        return s;
    }
}
