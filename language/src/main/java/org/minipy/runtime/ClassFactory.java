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
        return create(name, bases, namespace, null);
    }

    /**
     * @param bases the bases as written; empty means {@code (object,)}
     * @param namespace the class body's namespace (string keys become attributes; {@code __qualname__} sets the
     *            qualified name and is not kept, as in CPython)
     * @param kwargs the class statement's keyword arguments other than {@code metaclass}, passed to
     *            {@code __init_subclass__} (may be null)
     */
    @TruffleBoundary
    public static PythonClass create(String name, PythonClass[] bases, PDict namespace, PDict kwargs) {
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
        for (PythonClass base : actualBases) {
            if (base.getMetaclass() != null) {
                cls.setMetaclass(base.getMetaclass());
                break;
            }
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
        cls.setSlots(slots(cls, namespace.get("__slots__")));
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

    /**
     * The metaclass a {@code class} statement uses ({@code _PyType_CalculateMetaclass}): the explicit one or
     * {@code type}, replaced by the most derived metaclass of the bases; metaclasses that are not in a subclass
     * relation conflict.
     */
    @TruffleBoundary
    public static PythonClass calculateMetaclass(PythonClass explicit, Object[] bases) {
        PythonClass winner = explicit != null ? explicit : bases.length == 0 ? BuiltinTypes.TYPE : TypeOf.classOf(bases[0]);
        for (Object base : bases) {
            PythonClass baseMeta = TypeOf.classOf(base);
            if (winner.isSubclassOf(baseMeta)) {
                continue;
            }
            if (baseMeta.isSubclassOf(winner)) {
                winner = baseMeta;
                continue;
            }
            throw Errors.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
        }
        return winner;
    }

    /** The namespace for a class body: {@code meta.__prepare__(name, bases, **kwargs)} when the metaclass has one. */
    @TruffleBoundary
    public static PDict prepare(Object meta, String name, PTuple bases, PDict kwargs) {
        Object prepare = meta instanceof PythonClass m ? Attributes.lookupAttribute(m, "__prepare__") : null;
        if (prepare == null) {
            return new PDict();
        }
        Object ns = Calls.callWithKeywords(prepare, new Object[]{name, bases}, kwargs);
        if (ns instanceof PDict d) {
            return d;
        }
        throw Errors.typeError("%s.__prepare__() must return a mapping, not %s", ((PythonClass) meta).getName(), TypeOf.nameOf(ns));
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

    /**
     * The instance attributes {@code __slots__} allows, with those of the bases; null (a dict, any attribute) when a
     * class of the MRO has no {@code __slots__} or one of them names {@code __dict__}.
     */
    private static java.util.Set<String> slots(PythonClass cls, Object declared) {
        if (declared == null) {
            return null;
        }
        java.util.Set<String> names = new java.util.HashSet<>();
        for (Object n : declared instanceof String one ? new Object[]{one} : Iteration.toArray(declared)) {
            if (!(n instanceof String name)) {
                throw Errors.typeError("__slots__ items must be strings, not '%s'", TypeOf.nameOf(n));
            }
            if (name.equals("__dict__")) {
                return null;
            }
            names.add(mangle(cls.getName(), name));
        }
        for (PythonClass base : cls.getBases()) {
            if (base == BuiltinTypes.OBJECT) {
                continue;
            }
            if (base.isBuiltin() || base.getSlots() == null) {
                return null;
            }
            names.addAll(base.getSlots());
        }
        return names;
    }

    /** A private name ({@code __x}) as the class's code sees it: {@code _Class__x} (the parser's mangling). */
    private static String mangle(String className, String name) {
        if (!name.startsWith("__") || name.endsWith("__")) {
            return name;
        }
        String stripped = className.replaceFirst("^_+", "");
        return stripped.isEmpty() ? name : "_" + stripped + name;
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
            Object[] args = m instanceof PClassMethod ? new Object[]{cls} : new Object[0];
            Calls.callWithKeywords(fn, args, kwargs);
            return;
        }
    }
}
