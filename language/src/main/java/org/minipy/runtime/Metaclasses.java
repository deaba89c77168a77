package org.minipy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * What a {@code class} statement does around its body, CPython's {@code __build_class__}: picks the metaclass (the
 * {@code metaclass=} keyword, else the type of the first base, then the most derived of the bases' metaclasses, or a
 * "metaclass conflict"), asks it for the namespace ({@code __prepare__}), runs the body in that namespace and calls
 * the metaclass with {@code (name, bases, namespace, **keywords)}. Plain classes (metaclass {@code type}) skip the
 * calls and go straight to {@link ClassFactory}.
 */
public final class Metaclasses {
    private Metaclasses() {
    }

    /**
     * Runs a class statement.
     *
     * @param body the class body as a function of one parameter, the namespace; returns the {@code __class__} cell
     *            or something else when the body has none
     * @param keywords the class statement's keywords (may be null); {@code metaclass} is taken out
     */
    @TruffleBoundary
    public static Object buildClass(String name, PFunction body, Object[] baseItems, PDict keywords) {
        Object meta = keywords == null ? null : keywords.remove("metaclass");
        PDict kw = keywords != null && keywords.size() > 0 ? keywords : null;
        PythonClass[] bases = new PythonClass[baseItems.length];
        for (int i = 0; i < baseItems.length; i++) {
            if (!(baseItems[i] instanceof PythonClass c)) {
                throw Errors.typeError("bases must be types");
            }
            bases[i] = c;
        }
        if (meta == null) {
            meta = bases.length == 0 ? BuiltinTypes.TYPE : bases[0].getPythonClass();
        }
        if (meta instanceof PythonClass m) {
            meta = calculateMeta(m, bases);
        }
        PTuple basesTuple = new PTuple(baseItems.clone());
        Object namespace = prepare(meta, name, basesTuple, kw);
        Object module = body.getGlobals().getGlobal("__name__");
        // As CPython's LOAD_NAME: globals without __name__ (exec with a fresh dict) fall back to builtins.__name__.
        Sequences.setItem(namespace, "__module__", module != null ? module : "builtins");
        Sequences.setItem(namespace, "__qualname__", body.getQualname());
        Object classCell = Calls.call(body, new Object[]{namespace});
        Object cls;
        if (meta == BuiltinTypes.TYPE && namespace instanceof PDict ns) {
            cls = ClassFactory.create(BuiltinTypes.TYPE, name, bases, ns, kw);
        } else {
            cls = callWithKeywords(meta, new Object[]{name, basesTuple, namespace}, kw);
        }
        if (classCell instanceof PCell cell) {
            cell.set(cls);
        }
        return cls;
    }

    /** The namespace the body runs in: {@code meta.__prepare__(name, bases, **kw)}, or a new dict. */
    private static Object prepare(Object meta, String name, PTuple bases, PDict kw) {
        if (meta == BuiltinTypes.TYPE) {
            return new PDict();
        }
        Object prepare = Attributes.lookupAttribute(meta, "__prepare__");
        if (prepare == null) {
            return new PDict();
        }
        Object ns = callWithKeywords(prepare, new Object[]{name, bases}, kw);
        if (!(ns instanceof PDict) && TypeOf.classOf(ns).lookup("__getitem__") == null) {
            String metaName = meta instanceof PythonClass m ? m.getName() : "<metaclass>";
            throw Errors.typeError("%s.__prepare__() must return a mapping, not %s", metaName, TypeOf.nameOf(ns));
        }
        return ns;
    }

    /** Calls {@code callable(*args, **kw)}; {@code kw} may be null. */
    public static Object callWithKeywords(Object callable, Object[] args, PDict kw) {
        if (kw == null || kw.size() == 0) {
            return Calls.call(callable, args);
        }
        PDict.Entry[] entries = kw.entriesSnapshot();
        String[] kwNames = new String[entries.length];
        Object[] kwValues = new Object[entries.length];
        for (int i = 0; i < entries.length; i++) {
            kwNames[i] = (String) entries[i].key;
            kwValues[i] = entries[i].value;
        }
        return Calls.call(callable, args, kwNames, kwValues);
    }

    /**
     * The most derived of {@code meta} and the metaclasses of {@code bases}; a TypeError when one of them is not
     * related to the others.
     */
    @TruffleBoundary
    public static PythonClass calculateMeta(PythonClass meta, PythonClass[] bases) {
        PythonClass winner = meta;
        for (PythonClass base : bases) {
            PythonClass t = base.getPythonClass();
            if (winner.isSubclassOf(t)) {
                continue;
            }
            if (t.isSubclassOf(winner)) {
                winner = t;
                continue;
            }
            throw Errors.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) " +
                            "subclass of the metaclasses of all its bases");
        }
        return winner;
    }
}
