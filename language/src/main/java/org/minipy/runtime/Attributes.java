package org.minipy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.object.DynamicObjectLibrary;

import org.minipy.runtime.Descriptors.GetSet;
import org.minipy.runtime.Descriptors.PClassMethod;
import org.minipy.runtime.Descriptors.PMember;
import org.minipy.runtime.Descriptors.PProperty;
import org.minipy.runtime.Descriptors.PStaticMethod;

/**
 * Attribute access, CPython's {@code object.__getattribute__} / {@code type.__getattribute__} / module lookup:
 * data descriptors on the class win over the instance's own attributes, which win over other class attributes
 * (functions become bound methods); {@code __getattr__} is the last resort. This is the generic path; bytecode
 * operations cache its results where they can.
 */
public final class Attributes {
    private Attributes() {
    }

    private static final DynamicObjectLibrary OBJECTS = DynamicObjectLibrary.getUncached();

    /**
     * Where an instance keeps its {@code __dict__} once a program has asked for it ({@link #instanceDict}): from then
     * on its attributes live in that dict, so writes through {@code obj.x} and {@code vars(obj)["x"]} see each other.
     */
    public static final Object DICT_KEY = new Object();
    /** The attribute name that exposes {@link #DICT_KEY}'s dict. */
    public static final String DICT_NAME = "__dict__";

    @TruffleBoundary
    public static Object getAttribute(Object obj, String name) {
        Object value = find(obj, name);
        if (value == null) {
            throw noAttribute(obj, name);
        }
        return value;
    }

    /** Like {@link #getAttribute} but null instead of AttributeError (hasattr, getattr with a default). */
    @TruffleBoundary
    public static Object lookupAttribute(Object obj, String name) {
        try {
            return find(obj, name);
        } catch (PException e) {
            if (e.matches(BuiltinTypes.ATTRIBUTE_ERROR)) {
                return null;
            }
            throw e;
        }
    }

    /**
     * The attribute, or null when there is none; {@code __getattr__} runs when the generic lookup finds nothing or
     * raises AttributeError (from a property, say), and what it raises propagates.
     */
    private static Object find(Object obj, String name) {
        if (obj instanceof PModule module) {
            return findInModule(module, name);
        }
        PythonClass type = TypeOf.classOf(obj);
        Object getattribute = lookupUserSpecial(type, "__getattribute__");
        Object getattr = type.lookup("__getattr__");
        if (getattr == null) {
            return getattribute == null ? genericGetAttribute(obj, name) : Calls.call(getattribute, new Object[]{obj, name});
        }
        Object value;
        try {
            value = getattribute == null ? genericGetAttribute(obj, name) : Calls.call(getattribute, new Object[]{obj, name});
        } catch (PException e) {
            if (!e.matches(BuiltinTypes.ATTRIBUTE_ERROR)) {
                throw e;
            }
            value = null;
        }
        return value != null ? value : Calls.call(getattr, new Object[]{obj, name});
    }

    /**
     * A module's attribute: its global, else (PEP 562) what the module's own {@code __getattr__} function returns for
     * the name, which lets a module compute or import names on first use; null when neither has it.
     */
    private static Object findInModule(PModule module, String name) {
        Object v = genericGetAttribute(module, name);
        if (v == null) {
            Object hook = module.getGlobal("__getattr__");
            if (hook != null) {
                return Calls.call(hook, new Object[]{name});
            }
        }
        return v;
    }

    /**
     * {@code object.__getattribute__} (and the class, module and super variants) without {@code __getattr__}: data
     * descriptors, then own attributes, then other class attributes; null when there is none. Errors raised by
     * descriptors propagate.
     */
    @TruffleBoundary
    public static Object genericGetAttribute(Object obj, String name) {
        if (obj instanceof PythonClass cls) {
            return classAttribute(cls, name);
        } else if (obj instanceof PSuper sup) {
            return sup.lookup(name);
        } else if (obj instanceof PModule module) {
            Object v = module.getGlobal(name);
            if (v == null && name.equals("__dict__")) {
                return module.toDict();
            }
            return v;
        }
        PythonClass type = TypeOf.classOf(obj);
        Object descriptor = type.lookup(name);
        if (descriptor != null && dataDescriptorReadsFirst(descriptor)) {
            return bind(descriptor, obj, type);
        }
        if (obj instanceof PythonObject po) {
            Object own = getOwn(po, name);
            if (own != null) {
                return own;
            }
        }
        if (descriptor == null && obj instanceof PBoundMethod m) {
            // a bound method reads the other attributes of its function (m.__wrapped__, m.tag)
            return find(m.getFunction(), name);
        }
        return descriptor == null ? null : bind(descriptor, obj, type);
    }

    /** The instance's own attribute (not from its class), or null. */
    @TruffleBoundary
    public static Object getOwn(PythonObject obj, String name) {
        Object own = OBJECTS.getOrDefault(obj, name, null);
        if (own == null && OBJECTS.getOrDefault(obj, DICT_KEY, null) instanceof PDict dict) {
            return dict.get(name);
        }
        return own;
    }

    @TruffleBoundary
    public static void putOwn(PythonObject obj, String name, Object value) {
        if (OBJECTS.getOrDefault(obj, DICT_KEY, null) instanceof PDict dict && !isSlot(obj, name)) {
            dict.put(name, value);
        } else {
            OBJECTS.put(obj, name, value);
        }
    }

    /**
     * The instance's {@code __dict__}: its attributes move into a dict, which stays the live storage. Values of
     * {@code __slots__} names stay in the object's own storage: as in CPython they are not part of the dict.
     */
    @TruffleBoundary
    public static PDict instanceDict(PythonObject obj) {
        if (OBJECTS.getOrDefault(obj, DICT_KEY, null) instanceof PDict dict) {
            return dict;
        }
        PDict dict = new PDict();
        for (Object key : OBJECTS.getKeyArray(obj)) {
            if (!(key instanceof String) || isSlot(obj, key)) {
                continue; // non-str keys are Java-side storage (a struct_time's tm_zone), not attributes
            }
            dict.put(key, OBJECTS.getOrDefault(obj, key, null));
            OBJECTS.removeKey(obj, key);
        }
        OBJECTS.put(obj, DICT_KEY, dict);
        return dict;
    }

    /**
     * Whether a class attribute takes precedence over the instance's own attributes: a property, a builtin getset,
     * or an object of a Python class that defines {@code __set__} or {@code __delete__}. Compiled attribute caches
     * ask this once per site and class, under the class's "unchanged" assumption.
     */
    @TruffleBoundary
    public static boolean isDataDescriptor(Object descriptor) {
        if (descriptor instanceof PProperty p && p.isExact() || descriptor instanceof GetSet) {
            return true;
        }
        PythonClass t = userDescriptorClass(descriptor);
        return t != null && (t.lookup("__set__") != null || t.lookup("__delete__") != null);
    }

    /** The class of a possible descriptor written in Python (an instance of a user class), or null. */
    private static PythonClass userDescriptorClass(Object descriptor) {
        if (descriptor instanceof PythonObject && !(descriptor instanceof PFunction)) {
            PythonClass t = TypeOf.classOf(descriptor);
            return t.isBuiltin() ? null : t;
        }
        return null;
    }

    /** A data descriptor read through an instance: its {@code __get__}, or the descriptor when it has none. */
    private static boolean dataDescriptorReadsFirst(Object descriptor) {
        if (!isDataDescriptor(descriptor)) {
            return false;
        }
        PythonClass t = userDescriptorClass(descriptor);
        return t == null || t.lookup("__get__") != null;
    }

    /** {@code descriptor.__set__(obj, value)} (a property's setter, a getset's, or a Python {@code __set__}). */
    @TruffleBoundary
    static void setThroughDescriptor(Object descriptor, Object obj, String name, Object value, PythonClass type) {
        if (descriptor instanceof PProperty p && p.isExact()) {
            p.set(obj, value);
        } else if (descriptor instanceof GetSet gs) {
            if (gs.setter == null) {
                throw notWritable(gs, name, type);
            }
            gs.setter.accept(obj, value);
        } else {
            Object set = TypeOf.classOf(descriptor).lookup("__set__");
            if (set == null) {
                throw Errors.attributeError("__set__");
            }
            Calls.call(set, new Object[]{descriptor, obj, value});
        }
    }

    /** {@code descriptor.__delete__(obj)}. */
    @TruffleBoundary
    static void deleteThroughDescriptor(Object descriptor, Object obj, String name, PythonClass type) {
        if (descriptor instanceof PProperty p && p.isExact()) {
            p.delete(obj);
        } else if (descriptor instanceof GetSet gs) {
            throw notWritable(gs, name, type);
        } else {
            Object delete = TypeOf.classOf(descriptor).lookup("__delete__");
            if (delete == null) {
                throw Errors.attributeError("__delete__");
            }
            Calls.call(delete, new Object[]{descriptor, obj});
        }
    }

    /** A write to a computed attribute without a setter; CPython names the class that defines it (int for True.real). */
    private static PException notWritable(GetSet gs, String name, PythonClass type) {
        if (gs.readonlyMember) {
            return Errors.attributeError("readonly attribute");
        }
        PythonClass owner = type;
        for (PythonClass k : type.getMro()) {
            if (k.getOwnAttribute(name) == gs) {
                owner = k;
                break;
            }
        }
        return Errors.attributeError("attribute '%s' of '%s' objects is not writable", name, owner.getMessageName());
    }

    /** What a class attribute becomes when read through an instance. */
    @TruffleBoundary
    public static Object bind(Object descriptor, Object obj, PythonClass type) {
        if (descriptor instanceof PFunction || descriptor instanceof PBuiltinFunction) {
            return new PBoundMethod(obj, descriptor);
        } else if (descriptor instanceof PStaticMethod sm) {
            return sm.function;
        } else if (descriptor instanceof PClassMethod cm) {
            return cm.bindTo(type);
        } else if (descriptor instanceof PProperty p && p.isExact()) {
            return p.get(obj);
        } else if (descriptor instanceof GetSet gs) {
            return gs.getter.apply(obj);
        } else if (descriptor instanceof PMember m && type.isSubclassOf(m.owner)) {
            // a set slot is found in the instance's storage before the class is asked: this one is unset
            throw noAttribute(obj, m.name);
        }
        PythonClass descType = TypeOf.classOf(descriptor);
        if (!descType.isBuiltin()) {
            Object get = descType.lookup("__get__");
            if (get != null) {
                return Calls.call(get, new Object[]{descriptor, obj, type});
            }
        }
        return descriptor;
    }

    @TruffleBoundary
    static Object classAttribute(PythonClass cls, String name) {
        // As type.__getattribute__: data descriptors of the metaclass (__name__, __mro__, __dict__ ...) come first.
        Object metaData = cls.getPythonClass().lookup(name);
        if (metaData != null && isDataDescriptor(metaData)) {
            return bind(metaData, cls, cls.getPythonClass());
        }
        Object value = cls.lookup(name);
        if (value != null) {
            if (value instanceof PStaticMethod sm) {
                return sm.function;
            } else if (value instanceof PClassMethod cm) {
                return cm.bindTo(cls);
            } else if (value instanceof PythonObject && !(value instanceof PFunction)) {
                PythonClass descType = TypeOf.classOf(value);
                Object get = descType.isBuiltin() ? null : descType.lookup("__get__");
                if (get != null) {
                    return Calls.call(get, new Object[]{value, PNone.NONE, cls});
                }
            }
            return value;
        }
        Object meta = cls.getPythonClass().lookup(name);
        if (meta != null) {
            return bind(meta, cls, cls.getPythonClass());
        }
        return null;
    }

    @TruffleBoundary
    public static void setAttribute(Object obj, String name, Object value) {
        if (obj instanceof PythonClass cls) {
            Object setattr = cls.getMetaclass() == null ? null : lookupUserSpecial(cls.getMetaclass(), "__setattr__");
            if (setattr != null) {
                Calls.call(setattr, new Object[]{cls, name, value});
                return;
            }
            setClassAttribute(cls, name, value);
            return;
        } else if (obj instanceof PModule module) {
            module.setGlobal(name, value);
            return;
        }
        PythonClass type = TypeOf.classOf(obj);
        if (!type.isBuiltin()) {
            Object setattr = type.lookup("__setattr__");
            if (setattr instanceof PFunction) {
                Calls.call(setattr, new Object[]{obj, name, value});
                return;
            }
        }
        genericSetAttribute(obj, name, value, type);
    }

    /** {@code type.__setattr__}: a data descriptor of a metaclass written in Python, else the class's own attribute. */
    @TruffleBoundary
    public static void setClassAttribute(PythonClass cls, String name, Object value) {
        if (cls.isBuiltin()) {
            throw Errors.typeError("cannot set '%s' attribute of immutable type '%s'", name, cls.getName());
        }
        PythonClass meta = cls.getMetaclass();
        if (meta != null) {
            Object descriptor = meta.lookup(name);
            if (descriptor != null && !(descriptor instanceof GetSet) && isDataDescriptor(descriptor)) {
                setThroughDescriptor(descriptor, cls, name, value, meta);
                return;
            }
        }
        // type's own writable attributes: A.__name__ = "B", A.__qualname__ = ...
        if (BuiltinTypes.TYPE.getOwnAttribute(name) instanceof GetSet gs) {
            if (gs.setter == null) {
                throw notWritable(gs, name, BuiltinTypes.TYPE); // A.__mro__ = ... is no silent class attribute
            }
            gs.setter.accept(cls, value);
            return;
        }
        cls.setAttribute(name, value);
    }

    /** {@code type.__delattr__}. */
    @TruffleBoundary
    public static void deleteClassAttribute(PythonClass cls, String name) {
        PythonClass meta = cls.getMetaclass();
        if (meta != null && !cls.isBuiltin()) {
            Object descriptor = meta.lookup(name);
            if (descriptor != null && !(descriptor instanceof GetSet) && isDataDescriptor(descriptor)) {
                deleteThroughDescriptor(descriptor, cls, name, meta);
                return;
            }
        }
        if (cls.isBuiltin()) {
            throw Errors.typeError("cannot set '%s' attribute of immutable type '%s'", name, cls.getName());
        }
        if (!cls.deleteAttribute(name)) {
            throw Errors.attributeError("type object '%s' has no attribute '%s'", cls.getName(), name);
        }
    }

    /** {@code object.__setattr__}: descriptors with setters, else the instance's own storage. */
    @TruffleBoundary
    public static void genericSetAttribute(Object obj, String name, Object value, PythonClass type) {
        Object descriptor = type.lookup(name);
        if (descriptor != null && isDataDescriptor(descriptor)) {
            setThroughDescriptor(descriptor, obj, name, value, type);
            return;
        }
        // Instances of builtin classes have no attribute storage, except functions (f.__wrapped__ = ...).
        if (obj instanceof PythonObject po && (!type.isBuiltin() || po instanceof PFunction || po instanceof PBaseException)) {
            if (!type.allowsInstanceAttribute(name)) {
                throw Errors.attributeError("'%s' object has no attribute '%s'", type.getMessageName(), name);
            }
            putOwn(po, name, value);
            return;
        }
        if (descriptor != null) {
            throw Errors.attributeError("'%s' object attribute '%s' is read-only", type.getMessageName(), name);
        }
        throw Errors.attributeError("'%s' object has no attribute '%s'", type.getMessageName(), name);
    }

    @TruffleBoundary
    public static void deleteAttribute(Object obj, String name) {
        if (obj instanceof PythonClass cls) {
            Object delattr = cls.getMetaclass() == null ? null : lookupUserSpecial(cls.getMetaclass(), "__delattr__");
            if (delattr != null) {
                Calls.call(delattr, new Object[]{cls, name});
                return;
            }
            deleteClassAttribute(cls, name);
            return;
        } else if (obj instanceof PModule module) {
            if (module.getGlobal(name) == null) {
                throw Errors.attributeError("module '%s' has no attribute '%s'", module.getName(), name);
            }
            module.setGlobal(name, null);
            return;
        }
        PythonClass type = TypeOf.classOf(obj);
        Object delattr = type.isBuiltin() ? null : type.lookup("__delattr__");
        if (delattr instanceof PFunction) {
            Calls.call(delattr, new Object[]{obj, name});
            return;
        }
        genericDeleteAttribute(obj, name, type);
    }

    /** {@code object.__delattr__}: a property's deleter, else the instance's own storage. */
    @TruffleBoundary
    public static void genericDeleteAttribute(Object obj, String name, PythonClass type) {
        Object descriptor = type.lookup(name);
        if (descriptor != null && !(descriptor instanceof GetSet) && isDataDescriptor(descriptor)) {
            deleteThroughDescriptor(descriptor, obj, name, type);
            return;
        }
        if (obj instanceof PythonObject po && removeOwn(po, name)) {
            return;
        }
        if (descriptor instanceof PMember) {
            throw Errors.attributeError("%s", name); // CPython's member_descriptor says just the name
        }
        throw noAttribute(obj, name);
    }

    @TruffleBoundary
    public static PException noAttribute(Object obj, String name) {
        PException e;
        if (obj instanceof PythonClass cls) {
            e = Errors.attributeError("type object '%s' has no attribute '%s'", cls.getName(), name);
        } else if (obj instanceof PModule module) {
            e = Errors.attributeError("module '%s' has no attribute '%s'", module.getName(), name);
        } else {
            e = Errors.attributeError("'%s' object has no attribute '%s'", TypeOf.nameOf(obj), name);
        }
        Errors.withAttribute(e, "name", name);
        return Errors.withAttribute(e, "obj", obj);
    }

    /**
     * A special method defined in Python code somewhere on the class's MRO (a user override), or null when the class
     * only has the builtin behaviour, which callers then run directly in Java.
     */
    @TruffleBoundary
    public static Object lookupUserSpecial(PythonClass cls, String name) {
        if (cls.isBuiltin()) {
            return null;
        }
        Object m = cls.lookup(name);
        if (m == null || m instanceof PBuiltinFunction) {
            return null;
        }
        return m;
    }

    /**
     * A special method that a builtin class implements in Java and the generic protocols have no Java case for
     * (dict views and the like): the protocols fall back to calling it. Never object's own methods, which are the
     * protocols' defaults.
     */
    @TruffleBoundary
    public static Object lookupBuiltinSpecial(PythonClass cls, String name) {
        Object m = cls.lookup(name);
        if (m instanceof PBuiltinFunction && BuiltinTypes.OBJECT.getOwnAttribute(name) != m) {
            return m;
        }
        return null;
    }

    /** Removes the instance's own attribute; returns whether it was there. */
    @TruffleBoundary
    public static boolean removeOwn(PythonObject obj, String name) {
        if (OBJECTS.getOrDefault(obj, DICT_KEY, null) instanceof PDict dict && !isSlot(obj, name)) {
            return dict.remove(name) != null;
        }
        return OBJECTS.removeKey(obj, name);
    }

    /** {@code obj.__dict__ = d}: {@code d} becomes the live storage of the attributes (slot values stay). */
    @TruffleBoundary
    public static void replaceInstanceDict(PythonObject obj, PDict dict) {
        for (Object key : OBJECTS.getKeyArray(obj)) {
            if (!isSlot(obj, key)) {
                OBJECTS.removeKey(obj, key);
            }
        }
        OBJECTS.put(obj, DICT_KEY, dict);
    }

    /** Whether {@code key} names a {@code __slots__} member of the object's class (kept outside its dict). */
    private static boolean isSlot(PythonObject obj, Object key) {
        return key instanceof String name && TypeOf.classOf(obj).lookup(name) instanceof PMember;
    }

    /** The instance attribute names, in insertion order: for vars() and dir(). */
    @TruffleBoundary
    public static Object[] ownKeys(PythonObject obj) {
        if (OBJECTS.getOrDefault(obj, DICT_KEY, null) instanceof PDict dict) {
            PDict.Entry[] entries = dict.entriesSnapshot();
            Object[] keys = new Object[entries.length];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = entries[i].key;
            }
            return keys;
        }
        return OBJECTS.getKeyArray(obj);
    }
}
