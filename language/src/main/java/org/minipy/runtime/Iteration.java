package org.minipy.runtime;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The iterator protocol: {@code iter(x)} and {@code next(it)}. Builtin containers give Java iterators
 * ({@link PIterator}); user classes take part through {@code __iter__}/{@code __next__}, or through
 * {@code __getitem__} with indices 0, 1, 2... until IndexError (the old sequence protocol).
 */
public final class Iteration {
    private Iteration() {
    }

    /** {@code iter(obj)}: TypeError "'int' object is not iterable" when it has none. */
    @TruffleBoundary
    public static Object getIter(Object obj) {
        Object it = getIterOrNull(obj);
        if (it == null) {
            throw Errors.typeError("'%s' object is not iterable", TypeOf.nameOf(obj));
        }
        return it;
    }

    /** The iterator of obj, or null when its class has no way to iterate (for callers with their own message). */
    @TruffleBoundary
    public static Object getIterOrNull(Object obj) {
        if (obj instanceof PIterator) {
            return obj;
        }
        PythonClass cls = TypeOf.classOf(obj);
        Object user = Attributes.lookupUserSpecial(cls, "__iter__");
        if (user == PNone.NONE) {
            return null; // __iter__ = None: the class says it is not iterable, even with __getitem__
        }
        if (user != null) {
            Object it = Calls.call(user, new Object[]{obj});
            PythonClass itClass = TypeOf.classOf(it);
            if (!(it instanceof PIterator) && itClass.lookup("__next__") == null) {
                throw Errors.typeError("iter() returned non-iterator of type '%s'", itClass.getName());
            }
            return it;
        }
        obj = PSubclassValue.unwrap(obj);
        if (obj instanceof PList l) {
            return listIterator(l);
        } else if (obj instanceof PTuple t) {
            return tupleIterator(t);
        } else if (obj instanceof String s) {
            return new StringIterator(s);
        } else if (obj instanceof PRange r) {
            return rangeIterator(r);
        } else if (obj instanceof PBigRange r) {
            return r.iterator();
        } else if (obj instanceof PDict d) {
            return new DictIterator(d, DictIterator.KEYS);
        } else if (obj instanceof PSet s) {
            return s.iterator();
        } else if (obj instanceof PBytes b) {
            byte[] bytes = b.getBytes();
            Object[] items = new Object[bytes.length];
            for (int i = 0; i < bytes.length; i++) {
                items[i] = (long) (bytes[i] & 0xff);
            }
            return new ArrayIterator(BuiltinTypes.BYTES_ITERATOR, items, null, items.length);
        }
        if (Attributes.lookupUserSpecial(cls, "__getitem__") != null) {
            return new SequenceIterator(obj);
        }
        if (!cls.isBuiltin() && cls.lookup("__next__") != null && cls.lookup("__iter__") != null) {
            return obj;
        }
        Object builtin = Attributes.lookupBuiltinSpecial(cls, "__iter__");
        if (builtin != null) {
            return Calls.call(builtin, new Object[]{obj});
        }
        return null;
    }

    /** The builtin iterator of a list ({@code list.__iter__}), bypassing any user override of {@code __iter__}. */
    public static ArrayIterator listIterator(PList list) {
        return new ArrayIterator(BuiltinTypes.LIST_ITERATOR, null, list, 0);
    }

    /** The builtin iterator of a tuple. */
    public static ArrayIterator tupleIterator(PTuple tuple) {
        return new ArrayIterator(BuiltinTypes.TUPLE_ITERATOR, tuple.getItems(), null, tuple.size());
    }

    /** The iterator of a range with 64-bit bounds. */
    public static RangeIterator rangeIterator(PRange range) {
        return new RangeIterator(range.start, range.step, range.length());
    }

    /** The next element, or null when the iterator is exhausted (StopIteration is absorbed). */
    @TruffleBoundary
    public static Object nextOrNull(Object iterator) {
        if (iterator instanceof PIterator it) {
            return it.nextOrNull();
        }
        PythonClass cls = TypeOf.classOf(iterator);
        Object next = cls.lookup("__next__");
        if (next == null) {
            throw Errors.typeError("'%s' object is not an iterator", cls.getMessageName());
        }
        try {
            return Calls.call(next, new Object[]{iterator});
        } catch (PException e) {
            if (e.matches(BuiltinTypes.STOP_ITERATION)) {
                return null;
            }
            throw e;
        }
    }

    /** {@code next(it)}: raises StopIteration when exhausted. */
    @TruffleBoundary
    public static Object next(Object iterator) {
        if (!(iterator instanceof PIterator)) {
            PythonClass cls = TypeOf.classOf(iterator);
            Object next = cls.lookup("__next__");
            if (next == null) {
                throw Errors.typeError("'%s' object is not an iterator", cls.getMessageName());
            }
            return Calls.call(next, new Object[]{iterator});
        }
        return ((PIterator) iterator).next();
    }

    /** All remaining elements of any iterable, as a fresh array. */
    @TruffleBoundary
    public static Object[] toArray(Object iterable) {
        // A subclass's own __iter__ is called, as CPython does for anything but an exact list or tuple.
        if (iterable instanceof PList l && (l.getPythonClass() == BuiltinTypes.LIST || Attributes.lookupUserSpecial(l.getPythonClass(), "__iter__") == null)) {
            return l.toArray();
        } else if (iterable instanceof PTuple t && t.getPythonClass() == BuiltinTypes.TUPLE) {
            return t.getItems().clone();
        } else if (iterable instanceof PRange r && r.length() > Integer.MAX_VALUE - 16) {
            throw Errors.raiseEmpty(BuiltinTypes.MEMORY_ERROR); // as CPython, at once: it sizes the list from len()
        }
        Object it = getIter(iterable);
        List<Object> out = new ArrayList<>();
        Object e;
        while ((e = nextOrNull(it)) != null) {
            out.add(e);
        }
        return out.toArray();
    }

    /** Iterates a list (live: sees appends, as CPython's does) or a fixed array. */
    public static final class ArrayIterator extends PIterator {
        private final PythonClass cls;
        private final Object[] items;
        private final PList list;
        private final int length;
        private int index;

        ArrayIterator(PythonClass cls, Object[] items, PList list, int length) {
            this.cls = cls;
            this.items = items;
            this.list = list;
            this.length = length;
        }

        @Override
        public PythonClass getPythonClass() {
            return cls;
        }

        @Override
        public Object nextOrNull() {
            if (list != null) {
                if (index < list.size()) {
                    return list.get(index++);
                }
                index = Integer.MAX_VALUE;
                return null;
            }
            return index < length ? items[index++] : null;
        }
    }

    public static final class RangeIterator extends PIterator {
        private long next;
        private final long step;
        private long remaining;

        public RangeIterator(long start, long step, long length) {
            this.next = start;
            this.step = step;
            this.remaining = length;
        }

        @Override
        public PythonClass getPythonClass() {
            return BuiltinTypes.RANGE_ITERATOR;
        }

        @Override
        public Object nextOrNull() {
            if (remaining <= 0) {
                return null;
            }
            remaining--;
            long v = next;
            next += step;
            return v;
        }
    }

    static final class StringIterator extends PIterator {
        private final String s;
        private int index;

        StringIterator(String s) {
            this.s = s;
        }

        @Override
        public PythonClass getPythonClass() {
            return s.chars().allMatch(c -> c < 128) ? BuiltinTypes.STR_ASCII_ITERATOR : BuiltinTypes.STR_ITERATOR;
        }

        @Override
        public Object nextOrNull() {
            if (index >= s.length()) {
                return null;
            }
            char c = s.charAt(index++);
            if (Character.isHighSurrogate(c) && index < s.length() && Character.isLowSurrogate(s.charAt(index))) {
                return s.substring(index - 1, ++index); // an astral character is one element
            }
            return StringIndexing.charString(c);
        }
    }

    /** Iterates a dict's keys, values or items; raises RuntimeError if the dict changes size meanwhile. */
    public static final class DictIterator extends PIterator {
        public static final int KEYS = 0;
        public static final int VALUES = 1;
        public static final int ITEMS = 2;
        private final PDict dict;
        private final PDict.Entry[] entries;
        private final int kind;
        private int index;

        public DictIterator(PDict dict, int kind) {
            this.dict = dict;
            this.entries = dict.entriesSnapshot();
            this.kind = kind;
        }

        @Override
        public PythonClass getPythonClass() {
            return kind == KEYS ? BuiltinTypes.DICT_KEY_ITERATOR : kind == VALUES ? BuiltinTypes.DICT_VALUE_ITERATOR : BuiltinTypes.DICT_ITEM_ITERATOR;
        }

        @Override
        public Object nextOrNull() {
            if (dict.size() != entries.length) {
                index = entries.length;
                throw Errors.runtimeError("dictionary changed size during iteration");
            }
            if (index >= entries.length) {
                return null;
            }
            PDict.Entry e = entries[index++];
            switch (kind) {
                case KEYS:
                    return e.key;
                case VALUES:
                    return e.value;
                default:
                    return new PTuple(new Object[]{e.key, e.value});
            }
        }
    }

    /** The sequence protocol for classes with {@code __getitem__} but no {@code __iter__}. */
    static final class SequenceIterator extends PIterator {
        private final Object sequence;
        private long index;
        private boolean done;

        SequenceIterator(Object sequence) {
            this.sequence = sequence;
        }

        @Override
        public Object nextOrNull() {
            if (done) {
                return null;
            }
            try {
                return Sequences.getItem(sequence, index++);
            } catch (PException e) {
                if (e.matches(BuiltinTypes.INDEX_ERROR) || e.matches(BuiltinTypes.STOP_ITERATION)) {
                    done = true;
                    return null;
                }
                throw e;
            }
        }
    }
}
