package org.minipy.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Python's {@code set} and {@code frozenset} (told apart by their class).
 *
 * <p>Programs print sets and expect CPython's element order, which is the order of CPython's hash table. So the storage
 * here is the same open-addressing table as CPython's {@code Objects/setobject.c}, driven by the same (numeric and
 * tuple) hash values from {@link Hashing}: a power-of-two table starting at 8 slots; a probe looks at the slot
 * {@code hash & mask} and the 9 slots after it (when they fit), then jumps to {@code (i*5 + 1 + perturb) & mask} with
 * {@code perturb} the hash shifted right by 5 more bits each round; a removed element leaves a "dummy" behind, which
 * an add whose probe passes it reuses (the last one passed before an empty slot); when
 * {@code fill*5 >= mask*3} the table is rebuilt with room for 4 times (2 times above 50000) the live elements, copying
 * in old-table order. Bulk operations ({@link #updateFrom}, {@link #copySet}, and the set algebra in {@link SetOps})
 * follow CPython's code paths too, since they decide the final layout.
 */
public final class PSet extends PythonObject {
    private static final int MIN_SIZE = 8;
    private static final int LINEAR_PROBES = 9;
    private static final int PERTURB_SHIFT = 5;
    /** Marks a slot whose element was removed: probing continues past it, iteration skips it. */
    private static final Object DUMMY = new Object();

    /** The elements by slot: null = never used, {@link #DUMMY} = removed. */
    private Object[] keys = new Object[MIN_SIZE];
    /** The hash of the element in each slot. */
    private long[] hashes = new long[MIN_SIZE];
    private int mask = MIN_SIZE - 1;
    /** Slots that are live or dummy. */
    private int fill;
    /** Live elements. */
    private int used;
    /** Where {@link #pop()} starts looking (CPython's "finger"). */
    private int finger;

    public PSet() {
        super(BuiltinTypes.SET);
    }

    public PSet(PythonClass cls) {
        super(cls);
    }

    public boolean isFrozen() {
        return getPythonClass().isSubclassOf(BuiltinTypes.FROZENSET);
    }

    public int size() {
        return used;
    }

    // ---- the probing core -------------------------------------------------------------------------------------

    /** The slot holding an element equal to {@code key}, or -1. */
    @TruffleBoundary
    private int lookup(Object key, long hash) {
        while (true) {
            Object[] table = keys;
            int m = mask;
            int i = (int) (hash & m);
            long perturb = hash;
            boolean restart = false;
            search: while (true) {
                int probes = (i + LINEAR_PROBES <= m) ? LINEAR_PROBES : 0;
                int j = i;
                while (true) {
                    Object k = table[j];
                    if (k == null) {
                        return -1;
                    }
                    if (k != DUMMY && hashes[j] == hash) {
                        if (k == key || Comparisons.eq(k, key)) {
                            if (table != keys || table[j] != k) {
                                restart = true;
                                break search;
                            }
                            return j;
                        }
                        if (table != keys || table[j] != k) {
                            restart = true;
                            break search;
                        }
                    }
                    if (probes-- == 0) {
                        break;
                    }
                    j++;
                }
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + 1 + perturb) & m);
            }
            if (!restart) {
                return -1;
            }
        }
    }

    /** CPython's {@code set_add_entry}: does nothing when an equal element is present. */
    @TruffleBoundary
    private void addEntry(Object key, long hash) {
        restart: while (true) {
            Object[] table = keys;
            int m = mask;
            int i = (int) (hash & m);
            long perturb = hash;
            int freeSlot = -1;
            while (true) {
                int probes = (i + LINEAR_PROBES <= m) ? LINEAR_PROBES : 0;
                int j = i;
                while (true) {
                    Object k = table[j];
                    if (k == null) {
                        if (freeSlot >= 0) {
                            // The last dummy passed on the way is reused (checked against CPython 3.11); fill does not grow.
                            table[freeSlot] = key;
                            hashes[freeSlot] = hash;
                            used++;
                            return;
                        }
                        table[j] = key;
                        hashes[j] = hash;
                        fill++;
                        used++;
                        if ((long) fill * 5 >= (long) m * 3) {
                            resize(used > 50000 ? used * 2 : used * 4);
                        }
                        return;
                    }
                    if (k != DUMMY && hashes[j] == hash) {
                        if (k == key) {
                            return;
                        }
                        boolean equal = Comparisons.eq(k, key);
                        if (table != keys || table[j] != k) {
                            continue restart;
                        }
                        if (equal) {
                            return;
                        }
                    } else if (k == DUMMY) {
                        freeSlot = j;
                    }
                    if (probes-- == 0) {
                        break;
                    }
                    j++;
                }
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + 1 + perturb) & m);
            }
        }
    }

    /** Puts a key known to be absent into a table without dummies (CPython's {@code set_insert_clean}). */
    private static void insertClean(Object[] table, long[] tableHashes, int m, Object key, long hash) {
        int i = (int) (hash & m);
        long perturb = hash;
        while (true) {
            if (table[i] == null) {
                table[i] = key;
                tableHashes[i] = hash;
                return;
            }
            if (i + LINEAR_PROBES <= m) {
                for (int j = 1; j <= LINEAR_PROBES; j++) {
                    if (table[i + j] == null) {
                        table[i + j] = key;
                        tableHashes[i + j] = hash;
                        return;
                    }
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & m);
        }
    }

    /** Rebuilds the table with the smallest power of two above {@code minUsed}, dropping dummies. */
    private void resize(int minUsed) {
        int newSize = MIN_SIZE;
        while (newSize <= minUsed) {
            newSize <<= 1;
        }
        Object[] oldKeys = keys;
        long[] oldHashes = hashes;
        keys = new Object[newSize];
        hashes = new long[newSize];
        mask = newSize - 1;
        fill = used;
        for (int i = 0; i < oldKeys.length; i++) {
            Object k = oldKeys[i];
            if (k != null && k != DUMMY) {
                insertClean(keys, hashes, mask, k, oldHashes[i]);
            }
        }
    }

    /** Removes an element by slot search; returns whether it was there (CPython's {@code set_discard_entry}). */
    private boolean discardEntry(Object key, long hash) {
        int slot = lookup(key, hash);
        if (slot < 0) {
            return false;
        }
        keys[slot] = DUMMY;
        hashes[slot] = -1;
        used--;
        return true;
    }

    // ---- the public element API -----------------------------------------------------------------------------

    @TruffleBoundary
    public void add(Object element) {
        addEntry(element, Hashing.hash(element));
    }

    @TruffleBoundary
    public boolean contains(Object element) {
        return lookup(element, Hashing.hash(element)) >= 0;
    }

    /** {@code key in s}, where an unhashable set key is looked up as the frozenset of its elements (as in CPython). */
    @TruffleBoundary
    public boolean containsKey(Object key) {
        try {
            return contains(key);
        } catch (PException e) {
            if (key instanceof PSet k && e.matches(BuiltinTypes.TYPE_ERROR)) {
                return contains(create(BuiltinTypes.FROZENSET, k));
            }
            throw e;
        }
    }

    /** Removes the element; returns whether it was there. */
    @TruffleBoundary
    public boolean remove(Object element) {
        return discardEntry(element, Hashing.hash(element));
    }

    @TruffleBoundary
    public void clear() {
        keys = new Object[MIN_SIZE];
        hashes = new long[MIN_SIZE];
        mask = MIN_SIZE - 1;
        fill = 0;
        used = 0;
    }

    /** {@code set.pop()}: the first live slot from the finger on; null when the set is empty. */
    @TruffleBoundary
    public Object pop() {
        if (used == 0) {
            return null;
        }
        int i = finger & mask;
        while (keys[i] == null || keys[i] == DUMMY) {
            i = (i + 1) & mask;
        }
        Object key = keys[i];
        keys[i] = DUMMY;
        hashes[i] = -1;
        used--;
        finger = i + 1;
        return key;
    }

    /** The elements in iteration order (table order), as a fresh list. */
    @TruffleBoundary
    public List<Object> elements() {
        List<Object> out = new ArrayList<>(used);
        for (Object k : keys) {
            if (k != null && k != DUMMY) {
                out.add(k);
            }
        }
        return out;
    }

    /** The elements in iteration order, as a fresh array. */
    @TruffleBoundary
    public Object[] toArray() {
        return elements().toArray();
    }

    /** An iterator that raises CPython's RuntimeError when the set changes size meanwhile. */
    public PIterator iterator() {
        return new SetIterator(this);
    }

    // ---- bulk operations, following CPython's paths ---------------------------------------------------------

    /** CPython's {@code set_merge}: adds every element of another set, in that set's table order. */
    @TruffleBoundary
    public void mergeFrom(PSet other) {
        if (other == this || other.used == 0) {
            return;
        }
        Object[] otherKeys = other.keys;
        long[] otherHashes = other.hashes;
        int otherMask = other.mask;
        if ((long) (fill + other.used) * 5 >= (long) mask * 3) {
            resize((used + other.used) * 2);
        }
        if (fill == 0 && mask == otherMask && other.fill == other.used) {
            for (int i = 0; i <= otherMask; i++) {
                if (otherKeys[i] != null) {
                    keys[i] = otherKeys[i];
                    hashes[i] = otherHashes[i];
                }
            }
            fill = other.fill;
            used = other.used;
            return;
        }
        if (fill == 0) {
            fill = other.used;
            used = other.used;
            for (int i = 0; i <= otherMask; i++) {
                Object k = otherKeys[i];
                if (k != null && k != DUMMY) {
                    insertClean(keys, hashes, mask, k, otherHashes[i]);
                }
            }
            return;
        }
        for (int i = 0; i <= otherMask; i++) {
            Object k = otherKeys[i];
            if (k != null && k != DUMMY) {
                addEntry(k, otherHashes[i]);
            }
        }
    }

    /** CPython's {@code set_update_internal}: a set merges, a dict adds its keys after one resize, else iterate. */
    @TruffleBoundary
    public void updateFrom(Object iterable) {
        if (iterable instanceof PSet other) {
            mergeFrom(other);
            return;
        }
        if (iterable instanceof PDict dict && dict.getPythonClass() == BuiltinTypes.DICT) {
            int n = dict.size();
            if ((long) (fill + n) * 5 >= (long) mask * 3) {
                resize((used + n) * 2);
            }
            for (PDict.Entry e : dict.entriesSnapshot()) {
                add(e.key);
            }
            return;
        }
        Object it = Iteration.getIter(iterable);
        Object e;
        while ((e = Iteration.nextOrNull(it)) != null) {
            add(e);
        }
    }

    /** A new set of class {@code cls} holding the elements of {@code iterable} (CPython's {@code make_new_set}). */
    @TruffleBoundary
    public static PSet create(PythonClass cls, Object iterable) {
        PSet s = new PSet(cls);
        if (iterable != null) {
            s.updateFrom(iterable);
        }
        return s;
    }

    /** A copy with the same class kind ({@code set} or {@code frozenset}): CPython's {@code set_copy}. */
    @TruffleBoundary
    public PSet copySet() {
        PSet s = new PSet(isFrozen() ? BuiltinTypes.FROZENSET : BuiltinTypes.SET);
        s.mergeFrom(this);
        return s;
    }

    /**
     * The set a display of constants builds ({@code {1, 2, 3}}): CPython compiles one of more than two constants into
     * a frozenset constant merged into a new empty set, whose order can differ from that of a set built element by
     * element (as a shorter display, or one with other expressions, is: RuntimeCalls.buildSet).
     */
    @TruffleBoundary
    public static PSet fromConstantDisplay(Object[] items) {
        PSet result = new PSet();
        if (items.length > 2) {
            result.mergeFrom(frozenConstant(items));
        } else {
            for (Object item : items) {
                result.add(item);
            }
        }
        return result;
    }

    /**
     * The frozenset constant CPython's compiler makes of constant elements (for a display, and for
     * {@code x in {1, 2, 3}} and {@code for x in {1, 2, 3}}). The compiler builds it twice: once from the elements, and
     * again from the first one's iteration order when it de-duplicates the code object's constants; the second
     * build's layout is the one programs see.
     */
    @TruffleBoundary
    public static PSet frozenConstant(Object[] items) {
        PSet first = new PSet(BuiltinTypes.FROZENSET);
        for (Object item : items) {
            first.add(item);
        }
        PSet constant = new PSet(BuiltinTypes.FROZENSET);
        for (Object item : first.elements()) {
            constant.add(item);
        }
        return constant;
    }

    /** Removes every element of {@code other} (CPython's {@code set_difference_update_internal}). */
    @TruffleBoundary
    public void differenceUpdate(Object other) {
        if (other == this) {
            clear();
            return;
        }
        if (other instanceof PSet o) {
            PSet source = (o.used >> 3) > used ? SetOps.intersection(this, o) : o;
            Object[] srcKeys = source.keys;
            long[] srcHashes = source.hashes;
            for (int i = 0; i < srcKeys.length; i++) {
                Object k = srcKeys[i];
                if (k != null && k != DUMMY) {
                    discardEntry(k, srcHashes[i]);
                }
            }
        } else {
            Object it = Iteration.getIter(other);
            Object e;
            while ((e = Iteration.nextOrNull(it)) != null) {
                remove(e);
            }
        }
        if (fill - used <= mask / 4) {
            return;
        }
        resize(used > 50000 ? used * 2 : used * 4);
    }

    /** {@code ^=}: CPython's {@code set_symmetric_difference_update}. */
    @TruffleBoundary
    public void symmetricDifferenceUpdate(Object other) {
        if (other == this) {
            clear();
            return;
        }
        if (other instanceof PDict dict && dict.getPythonClass() == BuiltinTypes.DICT) {
            for (PDict.Entry e : dict.entriesSnapshot()) {
                long h = Hashing.hash(e.key);
                if (!discardEntry(e.key, h)) {
                    addEntry(e.key, h);
                }
            }
            return;
        }
        PSet source = other instanceof PSet o ? o : create(BuiltinTypes.SET, other);
        Object[] srcKeys = source.keys.clone();
        long[] srcHashes = source.hashes.clone();
        for (int i = 0; i < srcKeys.length; i++) {
            Object k = srcKeys[i];
            if (k != null && k != DUMMY) {
                if (!discardEntry(k, srcHashes[i])) {
                    addEntry(k, srcHashes[i]);
                }
            }
        }
    }

    /** Adds the elements of {@code source} that {@code filter} contains (or lacks), keeping their hashes. */
    void addFiltered(PSet source, PSet filter, boolean wanted) {
        Object[] srcKeys = source.keys;
        long[] srcHashes = source.hashes;
        for (int i = 0; i < srcKeys.length; i++) {
            Object k = srcKeys[i];
            if (k != null && k != DUMMY && (filter.lookup(k, srcHashes[i]) >= 0) == wanted) {
                addEntry(k, srcHashes[i]);
            }
        }
    }

    /** Gives this set the table of {@code other} and vice versa (CPython's {@code set_swap_bodies}). */
    @TruffleBoundary
    public void swapBodies(PSet other) {
        Object[] k = keys;
        long[] h = hashes;
        int m = mask;
        int f = fill;
        int u = used;
        keys = other.keys;
        hashes = other.hashes;
        mask = other.mask;
        fill = other.fill;
        used = other.used;
        other.keys = k;
        other.hashes = h;
        other.mask = m;
        other.fill = f;
        other.used = u;
    }

    /** CPython's frozenset hash: order-independent, from the shuffled hashes of the elements. */
    @TruffleBoundary
    public long frozenHash() {
        long hash = 0;
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != null && keys[i] != DUMMY) {
                hash ^= shuffleBits(hashes[i]);
            }
        }
        hash ^= ((long) used + 1) * 1927868237L;
        hash ^= (hash >>> 11) ^ (hash >>> 25);
        hash = hash * 69069L + 907133923L;
        if (hash == -1) {
            hash = 590923713L;
        }
        return hash;
    }

    private static long shuffleBits(long h) {
        return ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
    }

    /** For tests: the slot layout (null, DUMMY shown as "<dummy>"). */
    String debugLayout() {
        return Arrays.toString(Arrays.stream(keys).map(k -> k == DUMMY ? "<dummy>" : k).toArray());
    }

    /** Iterates in table order; raises RuntimeError when the set changed size, as CPython does. */
    static final class SetIterator extends PIterator {
        private final PSet set;
        private final int expectedSize;
        private int index;

        SetIterator(PSet set) {
            this.set = set;
            this.expectedSize = set.used;
        }

        @Override
        public PythonClass getPythonClass() {
            return BuiltinTypes.SET_ITERATOR;
        }

        @Override
        public Object nextOrNull() {
            if (set.used != expectedSize) {
                throw Errors.runtimeError("Set changed size during iteration");
            }
            Object[] table = set.keys;
            while (index < table.length) {
                Object k = table[index++];
                if (k != null && k != DUMMY) {
                    return k;
                }
            }
            return null;
        }
    }
}
