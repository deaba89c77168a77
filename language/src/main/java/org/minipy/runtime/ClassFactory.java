package org.minipy.runtime;

import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import org.minipy.runtime.Descriptors.PClassMethod;
import org.minipy.runtime.Descriptors.PStaticMethod;
import org.minipy.runtime.PythonClass.Layout;

/**
 * Creates classes: the {@code class} statement ({@link #buildClass}: metaclass, {@code __prepare__}, body, the
 * metaclass call) and {@code type(name, bases, namespace)} / {@code type.__new__} ({@link #create}).
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

    /** Whether the class body ran in a module of MiniPy's library (whose files are named {@code <minipy>/...}). */
    private static boolean definedByLibrary(PDict namespace) {
        return namespace.get("__module__") instanceof String module && PythonContext.get().getModules().get(module) instanceof PModule m &&
                        m.getGlobal("__file__") instanceof String file && file.startsWith("<minipy>/");
    }

    private static boolean definesAnything(PDict namespace) {
        for (PDict.Entry e : namespace.entriesSnapshot()) {
            if (!(e.key instanceof String k) || !(k.equals("__module__") || k.equals("__qualname__") || k.equals("__doc__"))) {
                return true;
            }
        }
        return false;
    }

    private static final PythonClass[] UNSUBCLASSABLE_DESCRIPTORS = {BuiltinTypes.STATICMETHOD, BuiltinTypes.CLASSMETHOD};

    public static PythonClass create(String name, PythonClass[] bases, PDict namespace) {
        return create(BuiltinTypes.TYPE, name, bases, namespace, null);
    }

    /** The classes of MiniPy's Python-written modules that CPython writes in C: their messages name the module. */
    private static final java.util.Map<String, String> C_TYPES = cTypes();

    private static java.util.Map<String, String> cTypes() {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        for (String name : new String[]{"collections.deque", "collections.defaultdict", "collections.OrderedDict", "itertools.count",
                        "itertools.repeat", "itertools.cycle", "itertools.accumulate", "itertools.chain", "itertools.compress",
                        "itertools.dropwhile", "itertools.filterfalse", "itertools.groupby", "itertools._grouper", "itertools.islice",
                        "itertools.starmap", "itertools.takewhile", "itertools._tee", "itertools.zip_longest", "itertools.product",
                        "itertools.permutations", "itertools.combinations", "itertools.combinations_with_replacement", "itertools.pairwise",
                        "functools.partial", "functools.KeyWrapper", "operator.itemgetter", "operator.attrgetter", "operator.methodcaller"}) {
            names.put(name, name);
        }
        names.put("io.StringIO", "_io.StringIO");
        names.put("io.BytesIO", "_io.BytesIO");
        return java.util.Map.copyOf(names);
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
        PythonClass winner = calculateMetaclass(meta, bases);
        PythonClass[] actualBases = bases.length == 0 ? new PythonClass[]{BuiltinTypes.OBJECT} : bases;
        for (PythonClass base : actualBases) {
            for (PythonClass f : FINAL) {
                if (base == f) {
                    throw Errors.typeError("type '%s' is not an acceptable base type", base.getName());
                }
            }
            // Their instances are Java objects that cannot carry a subclass's methods or attributes (property can, see PProperty); the library's
            // own subclasses (abc.abstractproperty ...) only add a class attribute, which is harmless.
            for (PythonClass d : UNSUBCLASSABLE_DESCRIPTORS) {
                if (base.isSubclassOf(d) && !definedByLibrary(namespace)) {
                    throw Errors.notImplementedError("MiniPy does not support subclasses of %s", d.getName());
                }
            }
            // bytes values are PBytes with no room for a subclass (unlike int, float and str, see PSubclassValue): an
            // empty subclass makes plain bytes, but methods or attributes of its own would silently go missing.
            if (base == BuiltinTypes.BYTES && definesAnything(namespace)) {
                throw Errors.notImplementedError("MiniPy does not support subclasses of bytes with methods or attributes");
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
        Object module = namespace.get("__module__");
        if (module instanceof String m && C_TYPES.get(m + "." + name) instanceof String messageName) {
            cls.setMessageName(messageName);
        }
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
        cls.setSlots(slots(cls, namespace.get("__slots__")));
        defineMembers(cls, namespace);
        if (namespace.get("__slots__") == null) {
            cls.setInstanceSlots(instanceSlots(cls), cls.getDefinedCount());
        }
        if (cls.getOwnAttribute("__doc__") == null) {
            cls.define("__doc__", PNone.NONE);
        }
        if (hasEq && !hasHash) {
            cls.define("__hash__", PNone.NONE);
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
     * A {@code class} statement, CPython's {@code __build_class__}: picks the metaclass (the {@code metaclass=}
     * keyword, else the type of the first base, then the most derived of the bases' metaclasses), asks it for the
     * namespace ({@code __prepare__}), runs the body in that namespace and calls the metaclass with
     * {@code (name, bases, namespace, **keywords)}. Plain classes (metaclass {@code type}) skip the calls.
     *
     * @param body the class body as a function of one parameter, the namespace; returns the {@code __class__} cell
     *            or something else when the body has none
     * @param keywords the class statement's keywords (may be null); {@code metaclass} is taken out
     */
    @TruffleBoundary
    public static Object buildClass(String name, PFunction body, Object[] baseItems, PDict keywords) {
        Object meta = keywords == null ? null : keywords.remove("metaclass");
        PDict kw = keywords != null && keywords.size() > 0 ? keywords : null;
        Object[] origBases = baseItems;
        baseItems = resolveMroEntries(baseItems);
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
            meta = calculateMetaclass(m, bases);
        }
        PTuple basesTuple = new PTuple(baseItems.clone());
        Object namespace = prepare(meta, name, basesTuple, kw);
        Object module = body.getGlobals().getGlobal("__name__");
        // As CPython's LOAD_NAME: globals without __name__ (exec with a fresh dict) fall back to builtins.__name__.
        Sequences.setItem(namespace, "__module__", module != null ? module : "builtins");
        Sequences.setItem(namespace, "__qualname__", body.getQualname());
        if (baseItems != origBases) {
            Sequences.setItem(namespace, "__orig_bases__", new PTuple(origBases.clone()));
        }
        Object classCell = Calls.call(body, new Object[]{namespace});
        Object cls;
        if (meta == BuiltinTypes.TYPE && namespace instanceof PDict ns) {
            cls = create(BuiltinTypes.TYPE, name, bases, ns, kw);
        } else {
            cls = Calls.callWithKeywords(meta, new Object[]{name, basesTuple, namespace}, kw);
        }
        if (classCell instanceof PCell cell) {
            cell.set(cls);
        }
        return cls;
    }

    /**
     * PEP 560: a base that is not a class but has {@code __mro_entries__} ({@code Generic[T]}) is replaced by the classes
     * that method returns; the bases as written then become the class's {@code __orig_bases__}. Returns the same array
     * when nothing was replaced.
     */
    private static Object[] resolveMroEntries(Object[] baseItems) {
        java.util.List<Object> out = null;
        PTuple original = null;
        for (int i = 0; i < baseItems.length; i++) {
            Object base = baseItems[i];
            Object entries = base instanceof PythonClass ? null : Attributes.lookupAttribute(base, "__mro_entries__");
            if (entries == null) {
                if (out != null) {
                    out.add(base);
                }
                continue;
            }
            if (out == null) {
                out = new java.util.ArrayList<>(java.util.Arrays.asList(baseItems).subList(0, i));
                original = new PTuple(baseItems.clone());
            }
            Object result = Calls.call(entries, new Object[]{original});
            if (!(result instanceof PTuple t)) {
                throw Errors.typeError("__mro_entries__ must return a tuple");
            }
            out.addAll(java.util.Arrays.asList(t.getItems()));
        }
        return out == null ? baseItems : out.toArray();
    }

    /** The namespace the body runs in: {@code meta.__prepare__(name, bases, **kw)} (any mapping), or a new dict. */
    private static Object prepare(Object meta, String name, PTuple bases, PDict kw) {
        if (meta == BuiltinTypes.TYPE) {
            return new PDict();
        }
        Object prepare = Attributes.lookupAttribute(meta, "__prepare__");
        if (prepare == null) {
            return new PDict();
        }
        Object ns = Calls.callWithKeywords(prepare, new Object[]{name, bases}, kw);
        if (!(ns instanceof PDict) && TypeOf.classOf(ns).lookup("__getitem__") == null) {
            String metaName = meta instanceof PythonClass m ? m.getName() : "<metaclass>";
            throw Errors.typeError("%s.__prepare__() must return a mapping, not %s", metaName, TypeOf.nameOf(ns));
        }
        return ns;
    }

    /**
     * The metaclass a class gets ({@code _PyType_CalculateMetaclass}): the most derived of {@code meta} and the
     * metaclasses of {@code bases}; a TypeError when one of them is not related to the others.
     */
    @TruffleBoundary
    public static PythonClass calculateMetaclass(PythonClass meta, PythonClass[] bases) {
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
     * What CPython adds to a class without {@code __slots__}: {@code __dict__} unless a base's instances have one
     * already, {@code __weakref__} unless they have weak references or are variable-sized (int, tuple, bytes).
     */
    private static String[] instanceSlots(PythonClass cls) {
        boolean dict = true;
        boolean weak = true;
        PythonClass[] mro = cls.getMro();
        for (int i = 1; i < mro.length; i++) {
            PythonClass b = mro[i];
            if (!b.isBuiltin()) {
                if (b.getSlots() == null) {
                    dict = false;
                    weak = false;
                }
            } else if (b == BuiltinTypes.TYPE) {
                dict = false;
                weak = false;
            } else if (b.getLayout() == PythonClass.Layout.EXCEPTION) {
                dict = false;
            } else if (b.getLayout() == PythonClass.Layout.SET || b == BuiltinTypes.INT || b == BuiltinTypes.TUPLE || b == BuiltinTypes.BYTES) {
                weak = false;
            }
        }
        return dict && weak ? new String[]{"__dict__", "__weakref__"} : dict ? new String[]{"__dict__"} : weak ? new String[]{"__weakref__"} : new String[0];
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
            if (base.isBuiltin() && base.getLayout() != PythonClass.Layout.EXCEPTION) {
                continue; // int, str, tuple ... instances have no dict of their own (exceptions do)
            }
            if (base.isBuiltin() || base.getSlots() == null) {
                return null;
            }
            names.addAll(base.getSlots());
        }
        return names;
    }

    /** The class's own {@code __slots__} names as member descriptors ({@code Point.x}); a class variable may not share one. */
    private static void defineMembers(PythonClass cls, PDict namespace) {
        Object declared = namespace.get("__slots__");
        if (declared == null) {
            return;
        }
        java.util.List<String> members = new java.util.ArrayList<>();
        for (Object n : declared instanceof String one ? new Object[]{one} : Iteration.toArray(declared)) {
            String name = mangle(cls.getName(), (String) n);
            if (name.equals("__dict__") || name.equals("__weakref__")) {
                continue;
            }
            if (namespace.containsKey(name)) {
                throw Errors.valueError("%s in __slots__ conflicts with class variable", Repr.repr(name));
            }
            members.add(name);
        }
        // CPython defines the member descriptors in sorted order (what the class's __dict__ shows).
        java.util.Collections.sort(members);
        for (String name : members) {
            cls.define(name, new Descriptors.PMember(name, cls));
        }
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
