package org.minipy.runtime;

import java.math.BigInteger;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Python's {@code dict}: insertion-ordered, keyed by Python equality and hash. Keys are normalised so that Java's
 * map agrees with Python's rules: {@code 1}, {@code 1.0} and {@code True} are one key; strings and ints are used as
 * they are (fast); any other key is wrapped in a {@link DictKey} that hashes and compares the Python way.
 *
 * <p>Raw keys hash the Java way, which is enough while no key can equal a key of another type. A user class with its
 * own {@code __eq__} can ({@code K() == 1}), so the first such key stored or looked up switches the dict for good to
 * {@link #byPythonHash}: every map key becomes a {@link DictKey}, and all of them meet by Python hash and equality.
 */
public final class PDict extends PythonObject {
    /** One entry: the key as the user wrote it (what iteration returns) and its value. */
    public static final class Entry {
        public final Object key;
        public Object value;

        Entry(Object key, Object value) {
            this.key = key;
            this.value = value;
        }
    }

    private final LinkedHashMap<Object, Entry> map = new LinkedHashMap<>();
    /**
     * The str key found last and its entry: {@code d[k] = d.get(k, 0) + 1} and {@code if k in d: d[k] += 1} look the
     * same key up two or three times in a row, and all but the first find it here by identity. (Only strs, which are
     * immutable: another key object could change its hash in between.) Forgotten whenever a key is removed.
     */
    private String lastKey;
    private Entry lastEntry;
    /**
     * What compiled code may assume about the key set, so that it can keep an {@link Entry} and read its value
     * directly (cached global variables, see {@code LoadGlobal}). Two kinds, so that defining a new global does not
     * throw away every compiled function of the module: {@link #noRemovals} holds while no key is removed (a kept
     * entry stays the entry of its key), and {@link #absences} holds one assumption per key known to be missing (a
     * builtin found behind a missing global stays visible). Created on request.
     */
    private com.oracle.truffle.api.Assumption noRemovals;
    /** Every map key is a {@link DictKey} (see the class comment); never switched back. */
    private boolean byPythonHash;
    private java.util.HashMap<Object, com.oracle.truffle.api.Assumption> absences;

    public PDict() {
        super(BuiltinTypes.DICT);
    }

    public PDict(PythonClass cls) {
        super(cls);
    }

    /** Whether this is a plain {@code dict}, not an instance of a subclass (which may override its protocol). */
    public boolean isExact() {
        return getPythonClass() == BuiltinTypes.DICT;
    }

    @TruffleBoundary
    public int size() {
        return map.size();
    }

    @TruffleBoundary
    public Object get(Object key) {
        Entry e = find(key);
        return e == null ? null : e.value;
    }

    private Entry find(Object key) {
        if (key == lastKey && key != null) {
            return lastEntry;
        }
        Entry e = map.get(mapKey(key));
        if (e != null && key instanceof String s) {
            lastKey = s;
            lastEntry = e;
        }
        return e;
    }

    @TruffleBoundary
    public void put(Object key, Object value) {
        if (key == lastKey && key != null) {
            lastEntry.value = value;
            return;
        }
        Object k = mapKey(key);
        Entry e = map.get(k);
        if (e != null) {
            e.value = value;
        } else {
            map.put(k, new Entry(key, value));
            keyAdded(k);
        }
    }

    private void keyAdded(Object normalizedKey) {
        if (absences != null) {
            com.oracle.truffle.api.Assumption absent = absences.remove(normalizedKey);
            if (absent != null) {
                absent.invalidate();
            }
        }
    }

    private void keyRemoved() {
        lastKey = null;
        lastEntry = null;
        if (noRemovals != null) {
            noRemovals.invalidate();
            noRemovals = null;
        }
    }

    /** Valid while no key of this dict is removed: entries got from {@link #getEntry} stay the entries of their keys. */
    @TruffleBoundary
    public com.oracle.truffle.api.Assumption getNoRemovals() {
        if (noRemovals == null) {
            noRemovals = com.oracle.truffle.api.Truffle.getRuntime().createAssumption("dict: no key removed");
        }
        return noRemovals;
    }

    /** Valid while {@code key}, absent now, stays absent. */
    @TruffleBoundary
    public com.oracle.truffle.api.Assumption getAbsent(Object key) {
        Object k = mapKey(key);
        if (absences == null) {
            absences = new java.util.HashMap<>();
        }
        return absences.computeIfAbsent(k, unused -> com.oracle.truffle.api.Truffle.getRuntime().createAssumption("dict: key absent"));
    }

    /** The entry of a key, or null; stays the entry of that key while {@link #getNoRemovals()} holds. */
    @TruffleBoundary
    public Entry getEntry(Object key) {
        return find(key);
    }

    /** Removes the key; returns its value, or null when it was absent. */
    @TruffleBoundary
    public Object remove(Object key) {
        Entry e = map.remove(mapKey(key));
        if (e != null) {
            keyRemoved();
        }
        return e == null ? null : e.value;
    }

    @TruffleBoundary
    public boolean containsKey(Object key) {
        return find(key) != null;
    }

    @TruffleBoundary
    public void clear() {
        map.clear();
        keyRemoved();
    }

    /** The entries in insertion order; a live view, so iterate over a copy when the dict may change. */
    @TruffleBoundary
    public Collection<Entry> entries() {
        return map.values();
    }

    @TruffleBoundary
    public Entry[] entriesSnapshot() {
        return map.values().toArray(new Entry[0]);
    }

    /** Removes and returns the last inserted entry, or null when empty. */
    @TruffleBoundary
    public Entry popLast() {
        Map.Entry<Object, Entry> last = map.pollLastEntry();
        keyRemoved();
        return last == null ? null : last.getValue();
    }

    /** The map key for a Python key in this dict; switches to {@link #byPythonHash} when the key asks for it. */
    private Object mapKey(Object key) {
        if (byPythonHash) {
            return new DictKey(key, Hashing.hash(key));
        }
        Object k = normalize(key);
        if (k instanceof DictKey d && Attributes.lookupUserSpecial(TypeOf.classOf(d.key), "__eq__") != null) {
            switchToPythonHash();
        }
        return k;
    }

    /** Re-keys every entry by Python hash, keeping the entries (compiled code may hold them) and their order. */
    private void switchToPythonHash() {
        byPythonHash = true;
        Entry[] entries = entriesSnapshot();
        map.clear();
        for (Entry e : entries) {
            map.put(new DictKey(e.key, Hashing.hash(e.key)), e);
        }
        if (absences != null) {
            // they were keyed the old way: let compiled code that relied on one look again
            absences.values().forEach(com.oracle.truffle.api.Assumption::invalidate);
            absences = null;
        }
    }

    /** The map key that stands for a Python key; raises TypeError for unhashable keys. */
    static Object normalize(Object key) {
        if (key instanceof String || key instanceof Long) {
            return key;
        } else if (key instanceof Boolean b) {
            return b ? 1L : 0L;
        } else if (key instanceof Double d) {
            double v = d;
            if (v == Math.rint(v) && Math.abs(v) < 9.2e18) {
                return (long) v;
            }
            return d;
        } else if (key instanceof BigInteger) {
            return key;
        } else if (key instanceof PSubclassValue v && Attributes.lookupUserSpecial(v.getPythonClass(), "__hash__") == null
                        && Attributes.lookupUserSpecial(v.getPythonClass(), "__eq__") == null) {
            return normalize(v.getValue()); // hashes and compares as its value: d[Upper("a")] is d["a"]
        }
        return new DictKey(key, Hashing.hash(key));
    }

    /** A key compared by Python {@code ==} and hashed by Python {@code hash()}. */
    static final class DictKey {
        final Object key;
        final long hash;

        DictKey(Object key, long hash) {
            this.key = key;
            this.hash = hash;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(hash);
        }

        /** Java's maps call {@code probe.equals(stored)}; CPython asks the stored key: {@code stored == probe}. */
        @Override
        public boolean equals(Object other) {
            return other instanceof DictKey k && (k.key == key || (k.hash == hash && Comparisons.eq(k.key, key)));
        }
    }

    /**
     * Whether dict(d), d.update, {**d} and f(**d) copy the dict's entries directly: CPython does unless the dict's class
     * overrides __iter__ (then it calls keys() and __getitem__; overriding only those is bypassed).
     */
    public boolean mergesDirectly() {
        PythonClass cls = getPythonClass();
        return cls == BuiltinTypes.DICT || Attributes.lookupUserSpecial(cls, "__iter__") == null;
    }
}
