package org.minipy.runtime;

import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import org.minipy.runtime.Descriptors.PClassMethod;
import org.minipy.runtime.Descriptors.PStaticMethod;
import org.minipy.runtime.PythonClass.Layout;

/**
 * Creates a class the way {@code type(name, bases, namespace)} does: what a {@code class} statement runs after its
 * body has filled the namespace, and what the three-argument {@code type()} call runs.
 *
 * <p>In CPython's order: checks the bases (some builtins cannot be subclassed; bases whose instances are different
 * Java objects conflict), picks the instance layout, computes the MRO (C3, in {@link PythonClass}), copies the
 * namespace, applies the implicit decorators ({@code __new__} is a staticmethod, {@code __init_subclass__} and
 * {@code __class_getitem__} are classmethods), makes the class unhashable when it defines {@code __eq__} without
 * {@code __hash__}, calls {@code __set_name__} on the attributes that have it, and finally the parent's
 * {@code __init_subclass__}.
 */
public final class ClassFactory {
    private ClassFactory() {
    }

    /** Builtin classes that CPython does not allow as bases. */
    private static final PythonClass[] FINAL = {BuiltinTypes.BOOL, BuiltinTypes.RANGE, BuiltinTypes.SLICE,
                    BuiltinTypes.NONE_TYPE, BuiltinTypes.NOT_IMPLEMENTED_TYPE, BuiltinTypes.ELLIPSIS_TYPE, BuiltinTypes.FUNCTION,
                    BuiltinTypes.BUILTIN_FUNCTION, BuiltinTypes.METHOD, BuiltinTypes.GENERATOR, BuiltinTypes.COROUTINE,
                    BuiltinTypes.CELL, BuiltinTypes.ITERATOR, BuiltinTypes.MODULE, BuiltinTypes.TRACEBACK};

    public static PythonClass create(String name, PythonClass[] bases, PDict namespace) {
        return create(BuiltinTypes.TYPE, name, bases, namespace, null);
    }

    /**
     * @param meta the metaclass asked for ({@code type}, or the class whose {@code __new__} calls
     *            {@code type.__new__}); the class's metaclass is the most derived of it and the bases' metaclasses
     * @param bases the bases as written; empty means {@code (object,)}
     * @param namespace the class body's namespace (string keys become attributes; {@code __qualname__} sets the
     *            qualified name and is not kept, as in CPython)
     * @param kwargs the class statement's keyword arguments other than {@code metaclass}, passed to
     *            {@code __init_subclass__} (may be null)
     */
    @TruffleBoundary
    public static PythonClass create(PythonClass meta, String name, PythonClass[] bases, PDict namespace, PDict kwargs) {
        PythonClass winner = Metaclasses.calculateMeta(meta, bases);
        PythonClass[] actualBases = bases.length == 0 ? new PythonClass[]{BuiltinTypes.OBJECT} : bases;
        for (PythonClass base : actualBases) {
            for (PythonClass f : FINAL) {
                if (base == f) {
                    throw Errors.typeError("type '%s' is not an acceptable base type", base.getName());
                }
            }
        }
        Layout layout = Layout.OBJECT;
        PythonClass layoutBase = null;
        for (PythonClass base : actualBases) {
            Layout l = base.getLayout();
            if (l == Layout.OBJECT) {
                continue;
            }
            PythonClass solid = solidBase(base);
            if (layoutBase == null) {
                layout = l;
                layoutBase = solid;
            } else if (l != layout || (l == Layout.NONE && solid != layoutBase)) {
                throw Errors.typeError("multiple bases have instance lay-out conflict");
            }
        }
        for (int i = 0; i < actualBases.length; i++) {
            for (int j = i + 1; j < actualBases.length; j++) {
                if (actualBases[i] == actualBases[j]) {
                    throw Errors.typeError("duplicate base class %s", actualBases[i].getName());
                }
            }
        }
        PythonClass cls = new PythonClass(name, actualBases, false, layout);
        if (winner != BuiltinTypes.TYPE) {
            cls.setMetaclass(winner);
        }
        boolean hasEq = false;
        boolean hasHash = false;
        for (PDict.Entry e : namespace.entriesSnapshot()) {
            if (!(e.key instanceof String key)) {
                continue;
            }
            Object value = e.value;
            switch (key) {
                case "__qualname__":
                    if (!(value instanceof String q)) {
                        throw Errors.typeError("type __qualname__ must be a str, not %s", TypeOf.nameOf(value));
                    }
                    cls.setQualname(q);
                    continue;
                case "__new__":
                    if (value instanceof PFunction) {
                        value = new PStaticMethod(value);
                    }
                    break;
                case "__init_subclass__":
                case "__class_getitem__":
                    if (value instanceof PFunction) {
                        value = new PClassMethod(value);
                    }
                    break;
                case "__eq__":
                    hasEq = true;
                    break;
                case "__hash__":
                    hasHash = true;
                    break;
                default:
                    break;
            }
            cls.define(key, value);
        }
        if (hasEq && !hasHash) {
            cls.define("__hash__", PNone.NONE);
        }
        if (cls.getOwnAttribute("__doc__") == null) {
            cls.define("__doc__", PNone.NONE);
        }
        for (Map.Entry<String, Object> e : namespaceOrder(cls, namespace)) {
            Object value = e.getValue();
            Object setName = TypeOf.classOf(value).lookup("__set_name__");
            if (setName != null) {
                Calls.call(setName, new Object[]{value, cls, e.getKey()});
            }
        }
        initSubclass(cls, kwargs);
        return cls;
    }

    /** The attributes in namespace order (the class's own map is unordered). */
    @SuppressWarnings("unchecked")
    private static Map.Entry<String, Object>[] namespaceOrder(PythonClass cls, PDict namespace) {
        java.util.List<Map.Entry<String, Object>> out = new java.util.ArrayList<>();
        for (PDict.Entry e : namespace.entriesSnapshot()) {
            if (e.key instanceof String key && !key.equals("__qualname__")) {
                Object v = cls.getOwnAttribute(key);
                if (v != null) {
                    out.add(Map.entry(key, v));
                }
            }
        }
        return out.toArray(new Map.Entry[0]);
    }

    /** The builtin class that decides the instances' Java representation. */
    private static PythonClass solidBase(PythonClass cls) {
        for (PythonClass c : cls.getMro()) {
            if (c.isBuiltin()) {
                return c;
            }
        }
        return BuiltinTypes.OBJECT;
    }

    /** {@code super(cls, cls).__init_subclass__(**kwargs)}; object's version accepts no keyword arguments. */
    private static void initSubclass(PythonClass cls, PDict kwargs) {
        PythonClass[] mro = cls.getMro();
        for (int i = 1; i < mro.length; i++) {
            Object m = mro[i].getOwnAttribute("__init_subclass__");
            if (m == null) {
                continue;
            }
            Object fn = m instanceof PClassMethod cm ? cm.function : m;
            if (fn instanceof PBuiltinFunction) {
                if (kwargs != null && kwargs.size() > 0) {
                    throw Errors.typeError("%s.__init_subclass__() takes no keyword arguments", cls.getName());
                }
                return;
            }
            String[] names = new String[kwargs == null ? 0 : kwargs.size()];
            Object[] values = new Object[names.length];
            int k = 0;
            if (kwargs != null) {
                for (PDict.Entry e : kwargs.entriesSnapshot()) {
                    names[k] = (String) e.key;
                    values[k++] = e.value;
                }
            }
            Object[] args = m instanceof PClassMethod ? new Object[]{cls} : new Object[0];
            Calls.call(fn, args, names.length == 0 ? null : names, names.length == 0 ? null : values);
            return;
        }
    }
}
