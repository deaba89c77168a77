package org.minipy.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.Truffle;

/**
 * A Python class: builtin ({@code int}, {@code list}, {@code ValueError}) or defined by a {@code class} statement.
 *
 * <p>Attributes live in a name-keyed map; lookups walk the method resolution order ({@link #getMro()}, computed with
 * C3 linearisation as CPython does). Compiled code caches lookups under {@link #getStableAssumption()}, which is
 * invalidated whenever this class or one of its bases changes an attribute, so an unchanged class costs nothing.
 *
 * <p>{@link #getLayout()} says which Java object an instance is (a plain {@link PythonObject}, or a list, dict,
 * exception ... for subclasses of those builtins); it is inherited from the bases.
 */
public final class PythonClass implements HasPythonClass {
    /** Which Java class holds the instances of a class; decides how {@code __new__} allocates. */
    public enum Layout {
        OBJECT, EXCEPTION, LIST, DICT, SET, TUPLE, NONE
    }

    private String name;
    private String qualname;
    /** See {@link #getTypeName()}; null when it is the name. */
    private String typeName;
    private final PythonClass[] bases;
    @CompilationFinal(dimensions = 1) private PythonClass[] mro;
    private final Map<String, Object> attributes = new ConcurrentHashMap<>();
    /** The keys of {@link #attributes} in definition order (the map itself has none). */
    private final java.util.ArrayList<String> definitionOrder = new java.util.ArrayList<>();
    /**
     * What {@link #lookup} found for each name ({@link #NOT_FOUND} for a miss): the generic paths (a method of a dict
     * subclass, {@code __setitem__} checks, dunder probes) look the same names up again and again, each a walk along
     * the MRO. Replaced by an empty map whenever this class or a base changes (a lookup racing with that change puts
     * its result into the old map).
     */
    private volatile Map<String, Object> lookupCache = new ConcurrentHashMap<>();
    private static final Object NOT_FOUND = new Object();
    private final boolean builtin;
    private final Layout layout;
    private final List<PythonClass> subclasses = new ArrayList<>();
    private volatile Assumption stable;
    private PythonClass metaclass;
    /** The instance attributes allowed by {@code __slots__} along the MRO; null when instances have a dict. */
    private java.util.Set<String> slots;
    private String[] instanceSlots;
    private int instanceSlotsAt = Integer.MAX_VALUE;

    public PythonClass(String name, PythonClass[] bases, boolean builtin, Layout layout) {
        this.name = name;
        this.qualname = name;
        this.bases = bases;
        this.builtin = builtin;
        this.layout = layout;
        this.stable = Truffle.getRuntime().createAssumption(name + " unchanged");
        for (PythonClass base : bases) {
            synchronized (base.subclasses) {
                base.subclasses.add(this);
            }
        }
        this.mro = MroCalculator.computeC3(this);
    }

    public String getName() {
        return name;
    }

    public String getQualname() {
        return qualname;
    }

    /**
     * What CPython's error messages call an instance's type (its tp_name): the name, except for the types CPython
     * writes in C under a module, {@code 'collections.deque' object has no attribute 'x'}.
     */
    public String getMessageName() {
        return messageName != null ? messageName : name;
    }

    public void setMessageName(String messageName) {
        this.messageName = messageName;
    }

    private String messageName;

    /** {@code cls.__name__ = ...} (a class factory renaming what it made). */
    public void setName(String name) {
        this.name = name;
    }

    public void setQualname(String qualname) {
        this.qualname = qualname;
    }

    public PythonClass[] getBases() {
        return bases;
    }

    public PythonClass[] getMro() {
        return mro;
    }

    public boolean isBuiltin() {
        return builtin;
    }

    public Layout getLayout() {
        return layout;
    }

    public Assumption getStableAssumption() {
        return stable;
    }

    public PythonClass getMetaclass() {
        return metaclass;
    }

    public void setMetaclass(PythonClass metaclass) {
        this.metaclass = metaclass;
    }

    public java.util.Set<String> getSlots() {
        return slots;
    }

    public void setSlots(java.util.Set<String> slots) {
        this.slots = slots;
    }

    /** Whether an instance may store {@code name} itself: it has a dict, or {@code __slots__} names it. */
    @TruffleBoundary
    public boolean allowsInstanceAttribute(String name) {
        return slots == null || slots.contains(name);
    }

    @Override
    public PythonClass getPythonClass() {
        return metaclass != null ? metaclass : BuiltinTypes.TYPE;
    }

    /** The attribute defined on this very class (not inherited), or null. */
    @TruffleBoundary
    public Object getOwnAttribute(String key) {
        return attributes.get(key);
    }

    public Map<String, Object> getOwnAttributes() {
        return attributes;
    }

    /** The own attributes in the order they were first defined (a class body's order), as {@code __dict__} shows them. */
    @TruffleBoundary
    public PDict ownAttributesInOrder() {
        PDict d = new PDict();
        synchronized (definitionOrder) {
            for (int i = 0; i < definitionOrder.size(); i++) {
                if (i == instanceSlotsAt) {
                    addInstanceSlots(d);
                }
                String key = definitionOrder.get(i);
                Object v = attributes.get(key);
                if (v != null) {
                    d.put(key, v);
                }
            }
            if (instanceSlotsAt >= definitionOrder.size()) {
                addInstanceSlots(d);
            }
        }
        return d;
    }

    private void addInstanceSlots(PDict d) {
        if (instanceSlots != null) {
            for (String name : instanceSlots) {
                d.put(name, new Descriptors.PInstanceSlot(name, this));
            }
        }
    }

    /**
     * The {@code __dict__}/{@code __weakref__} entries CPython adds to a new class's dict, and where among its own
     * attributes (after the class body's); see {@link Descriptors.PInstanceSlot}.
     */
    public void setInstanceSlots(String[] names, int at) {
        this.instanceSlots = names.length == 0 ? null : names;
        this.instanceSlotsAt = at;
    }

    public int getDefinedCount() {
        synchronized (definitionOrder) {
            return definitionOrder.size();
        }
    }

    private void put(String key, Object value) {
        if (attributes.put(key, value) == null) {
            synchronized (definitionOrder) {
                definitionOrder.add(key);
            }
        }
    }

    /** Defines an attribute while a builtin class is being set up; never invalidates (nothing is cached yet). */
    public void define(String key, Object value) {
        put(key, value);
        forgetLookups();
    }

    @TruffleBoundary
    public void setAttribute(String key, Object value) {
        put(key, value);
        invalidate();
    }

    @TruffleBoundary
    public boolean deleteAttribute(String key) {
        boolean removed = attributes.remove(key) != null;
        if (removed) {
            synchronized (definitionOrder) {
                definitionOrder.remove(key);
            }
        }
        invalidate();
        return removed;
    }

    /** Looks a name up along the MRO; null when no class in it defines the name. */
    @TruffleBoundary
    public Object lookup(String key) {
        Map<String, Object> cache = lookupCache;
        Object cached = cache.get(key);
        if (cached != null) {
            return cached == NOT_FOUND ? null : cached;
        }
        Object found = null;
        for (PythonClass cls : mro) {
            Object value = cls.attributes.get(key);
            if (value != null) {
                found = value;
                break;
            }
        }
        cache.put(key, found == null ? NOT_FOUND : found);
        return found;
    }

    /** Empties the lookup caches of this class and of every class deriving from it. */
    private void forgetLookups() {
        if (!lookupCache.isEmpty()) {
            lookupCache = new ConcurrentHashMap<>();
        }
        for (PythonClass child : getSubclasses()) {
            child.forgetLookups();
        }
    }

    /** Whether this class is {@code other} or derives from it. */
    public boolean isSubclassOf(PythonClass other) {
        if (this == other) {
            return true;
        }
        for (PythonClass cls : mro) {
            if (cls == other) {
                return true;
            }
        }
        return false;
    }

    /** The classes that name this one as a direct base, in creation order ({@code type.__subclasses__()}). */
    @TruffleBoundary
    public PythonClass[] getSubclasses() {
        synchronized (subclasses) {
            return subclasses.toArray(new PythonClass[0]);
        }
    }

    private void invalidate() {
        lookupCache = new ConcurrentHashMap<>();
        Assumption old = stable;
        stable = Truffle.getRuntime().createAssumption(name + " unchanged");
        old.invalidate();
        List<PythonClass> children;
        synchronized (subclasses) {
            children = new ArrayList<>(subclasses);
        }
        for (PythonClass child : children) {
            child.invalidate();
        }
    }

    @Override
    public String toString() {
        return "<class '" + name + "'>";
    }
}
