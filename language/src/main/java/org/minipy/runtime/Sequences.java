package org.minipy.runtime;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The container protocol: {@code len(x)}, {@code x[i]}, {@code x[i] = v}, {@code del x[i]}, {@code v in x}, for
 * builtin containers in Java and through {@code __len__ __getitem__ __setitem__ __delitem__ __contains__} for user
 * classes. Index and slice arithmetic (negative indices, clamping, steps) is Python's.
 */
public final class Sequences {
    private Sequences() {
    }

    @TruffleBoundary
    public static long length(Object obj) {
        PythonClass cls = TypeOf.classOf(obj);
        Object user = Attributes.lookupUserSpecial(cls, "__len__");
        if (user != null) {
            Object r = Calls.call(user, new Object[]{obj});
            if (r instanceof Boolean b) {
                return b ? 1 : 0;
            } else if (r instanceof BigInteger big) {
                throw big.signum() < 0 ? Errors.valueError("__len__() should return >= 0")
                                : Errors.overflowError("cannot fit 'int' into an index-sized integer");
            } else if (!(r instanceof Long l)) {
                throw Errors.typeError("'%s' object cannot be interpreted as an integer", TypeOf.nameOf(r));
            } else if (l < 0) {
                throw Errors.valueError("__len__() should return >= 0");
            } else {
                return l;
            }
        }
        obj = PSubclassValue.unwrap(obj);
        if (obj instanceof String s) {
            return StringIndexing.length(s);
        } else if (obj instanceof PList l) {
            return l.size();
        } else if (obj instanceof PTuple t) {
            return t.size();
        } else if (obj instanceof PDict d) {
            return d.size();
        } else if (obj instanceof PSet s) {
            return s.size();
        } else if (obj instanceof PRange r) {
            return r.length();
        } else if (obj instanceof PBigRange r) {
            return r.checkedLength();
        } else if (obj instanceof PBytes b) {
            return b.getBytes().length;
        }
        Object builtin = Attributes.lookupBuiltinSpecial(cls, "__len__");
        if (builtin != null) {
            return (Long) Calls.call(builtin, new Object[]{obj});
        }
        throw Errors.typeError("object of type '%s' has no len()", cls.getMessageName());
    }

    /** The items of a list or tuple {@code n} times over ({@code seq * n}); MemoryError when that is too long. */
    @TruffleBoundary
    public static Object[] repeatItems(Object[] items, long n) {
        if (n <= 0 || items.length == 0) {
            return new Object[0];
        }
        Arith.checkRepeatSize(n, items.length, null);
        Object[] r = new Object[(int) (items.length * n)];
        for (int i = 0; i < n; i++) {
            System.arraycopy(items, 0, r, i * items.length, items.length);
        }
        return r;
    }

    /**
     * An index operand as a long: ints, bools, or objects with {@code __index__}. {@code what} names the use for the
     * TypeError: a subscripted type ({@code "list"}: "list indices must be..."), {@code "slice"}, {@code "sequence"}
     * (a repeat count), or anything else for an int argument ("'str' object cannot be interpreted as an integer").
     */
    @TruffleBoundary
    public static long asIndex(Object object, String what) {
        Object index = PSubclassValue.unwrapInt(object);
        if (index instanceof Long l) {
            return l;
        } else if (index instanceof Boolean b) {
            return b ? 1 : 0;
        } else if (index instanceof BigInteger big) {
            switch (what) {
                case "index bound":
                    // list.index/tuple.index clamp their start and stop like slice bounds
                    return big.signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2;
                case "position", "width":
                    // an int argument (list.insert's index, a width): CPython's PyNumber_AsSsize_t with OverflowError
                    throw Errors.overflowError("Python int too large to convert to C ssize_t");
                case "tabsize", "flag":
                    // a C int argument (expandtabs' tabsize, sorted's reverse flag)
                    throw Errors.overflowError("Python int too large to convert to C int");
                case "sequence":
                    throw Errors.overflowError("cannot fit 'int' into an index-sized integer");
                default:
                    throw Errors.indexError("cannot fit 'int' into an index-sized integer");
            }
        }
        PythonClass cls = TypeOf.classOf(index);
        Object user = Attributes.lookupUserSpecial(cls, "__index__");
        if (user != null) {
            Object r = Calls.call(user, new Object[]{index});
            if (!IntOps.isInt(r)) {
                throw Errors.typeError("__index__ returned non-int (type %s)", TypeOf.nameOf(r));
            }
            return asIndex(r, what);
        }
        switch (what) {
            case "string":
                // str's own wording since CPython 3.11 (bytes, lists and tuples keep "or slices")
                throw Errors.typeError("string indices must be integers, not '%s'", cls.getName());
            case "list", "tuple", "byte", "range":
                throw Errors.typeError("%s indices must be integers or slices, not %s", what, cls.getName());
            case "slice":
                throw Errors.typeError("slice indices must be integers or None or have an __index__ method");
            case "index bound":
                // the start and stop of list.index() and tuple.index()
                throw Errors.typeError("slice indices must be integers or have an __index__ method");
            case "sequence":
                throw Errors.typeError("can't multiply sequence by non-int of type '%s'", cls.getName());
            default:
                // An int argument (a width, a count, a position): what CPython's PyNumber_Index says.
                throw Errors.typeError("'%s' object cannot be interpreted as an integer", cls.getName());
        }
    }

    /** Normalises a possibly negative index against a length; raises IndexError when out of range. */
    public static int checkIndex(long index, int length, String what) {
        long i = index < 0 ? index + length : index;
        if (i < 0 || i >= length) {
            throw Errors.indexError("%s index out of range", what);
        }
        return (int) i;
    }

    /** The start, stop, step and length a slice selects from a sequence of the given length. */
    public record SliceBounds(int start, int stop, int step, int length) {
    }

    /**
     * Where a slice falls in a sequence of {@code length} items, as CPython's {@code PySlice_AdjustIndices}. Int and
     * None parts (the usual case) are read inline, so compiled code keeps the bounds in registers.
     */
    public static SliceBounds bounds(PSlice slice, int length) {
        long step = slice.step == PNone.NONE ? 1 : sliceIndex(slice.step);
        if (step == 0) {
            throw Errors.valueError("slice step cannot be zero");
        }
        long lower = step < 0 ? -1 : 0;
        long upper = step < 0 ? length - 1 : length;
        long start;
        long stop;
        if (slice.start == PNone.NONE) {
            start = step < 0 ? upper : lower;
        } else {
            start = sliceIndex(slice.start);
            start = start < 0 ? Math.max(start + length, lower) : Math.min(start, upper);
        }
        if (slice.stop == PNone.NONE) {
            stop = step < 0 ? lower : upper;
        } else {
            stop = sliceIndex(slice.stop);
            stop = stop < 0 ? Math.max(stop + length, lower) : Math.min(stop, upper);
        }
        long count;
        if (step > 0) {
            count = start < stop ? (stop - start - 1) / step + 1 : 0;
        } else {
            count = stop < start ? (start - stop - 1) / -step + 1 : 0;
        }
        return new SliceBounds((int) start, (int) stop, (int) step, (int) count);
    }

    /** Slice bounds beyond the int range behave as the nearest int bound (no sequence is that long). */
    private static long clampToInt(long v) {
        return Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, v));
    }

    private static long sliceIndex(Object object) {
        if (object instanceof Long v) {
            return clampToInt(v);
        }
        return sliceIndexOfObject(object);
    }

    @TruffleBoundary
    private static long sliceIndexOfObject(Object object) {
        Object o = PSubclassValue.unwrapInt(object);
        if (o instanceof BigInteger b) {
            return b.signum() < 0 ? Integer.MIN_VALUE : Integer.MAX_VALUE;
        }
        if (!(o instanceof Long) && !(o instanceof Boolean) && Attributes.lookupUserSpecial(TypeOf.classOf(o), "__index__") == null) {
            throw Errors.typeError("slice indices must be integers or None or have an __index__ method");
        }
        long v = asIndex(o, "slice");
        return clampToInt(v);
    }

    /** The items of {@code items[slice]} (the first {@code length} of the array count) in a new array. */
    public static Object[] sliceArray(Object[] items, int length, PSlice slice) {
        SliceBounds b = bounds(slice, length);
        if (b.step() == 1) {
            return java.util.Arrays.copyOfRange(items, b.start(), b.start() + b.length());
        }
        Object[] out = new Object[b.length()];
        for (int i = 0, j = b.start(); i < b.length(); i++, j += b.step()) {
            out[i] = items[j];
        }
        return out;
    }

    @TruffleBoundary
    public static Object getItem(Object obj, Object key) {
        PythonClass cls = TypeOf.classOf(obj);
        Object user = Attributes.lookupUserSpecial(cls, "__getitem__");
        if (user != null) {
            return Calls.call(user, new Object[]{obj, key});
        }
        obj = PSubclassValue.unwrap(obj);
        if (obj instanceof PList l) {
            if (key instanceof PSlice s) {
                return new PList(sliceArray(l.getStorage(), l.size(), s));
            }
            return l.get(checkIndex(asIndex(key, "list"), l.size(), "list"));
        } else if (obj instanceof PTuple t) {
            if (key instanceof PSlice s) {
                return new PTuple(sliceArray(t.getItems(), t.size(), s));
            }
            return t.get(checkIndex(asIndex(key, "tuple"), t.size(), "tuple"));
        } else if (obj instanceof PDict d) {
            Object v = d.get(key);
            if (v == null) {
                Object missing = Attributes.lookupUserSpecial(cls, "__missing__");
                if (missing != null) {
                    return Calls.call(missing, new Object[]{obj, key});
                }
                throw Errors.keyError(key);
            }
            return v;
        } else if (obj instanceof String s) {
            return StringIndexing.getItem(s, key);
        } else if (obj instanceof PRange r) {
            if (key instanceof PSlice s) {
                SliceBounds b = bounds(s, (int) r.length());
                // CPython maps the adjusted slice bounds through the range (so range(1, 10)[2:7:2] is range(3, 8, 2)).
                return new PRange(r.get(b.start()), r.get(b.stop()), r.step * b.step());
            }
            if (key instanceof BigInteger) {
                throw Errors.indexError("range object index out of range"); // CPython compares the big index itself
            }
            long i = asIndex(key, "range");
            long len = r.length();
            long idx = i < 0 ? i + len : i;
            if (idx < 0 || idx >= len) {
                throw Errors.indexError("range object index out of range");
            }
            return r.get(idx);
        } else if (obj instanceof PBigRange r) {
            return r.getItem(key);
        } else if (obj instanceof PBytes b) {
            byte[] bytes = b.getBytes();
            if (key instanceof PSlice s) {
                SliceBounds sb = bounds(s, bytes.length);
                byte[] out = new byte[sb.length()];
                for (int i = 0, j = sb.start(); i < sb.length(); i++, j += sb.step()) {
                    out[i] = bytes[j];
                }
                return new PBytes(out);
            }
            long index = asIndex(key, "byte");
            long i = index < 0 ? index + bytes.length : index;
            if (i < 0 || i >= bytes.length) {
                throw Errors.indexError("index out of range");
            }
            return (long) (bytes[(int) i] & 0xff);
        } else if (obj instanceof PythonClass c) {
            if (c.lookup("__class_getitem__") != null) {
                // Bound through the classmethod: cls is the class subscripted, also for a subclass.
                return Calls.call(Attributes.getAttribute(c, "__class_getitem__"), new Object[]{key});
            }
            if (!c.isBuiltin()) {
                throw Errors.typeError("type '%s' is not subscriptable", c.getName());
            }
            // a builtin class without __class_getitem__ stays usable in annotations
            return c;
        }
        Object builtin = Attributes.lookupBuiltinSpecial(cls, "__getitem__");
        if (builtin != null) {
            return Calls.call(builtin, new Object[]{obj, key});
        }
        throw Errors.typeError("'%s' object is not subscriptable", cls.getMessageName());
    }

    @TruffleBoundary
    public static void setItem(Object obj, Object key, Object value) {
        PythonClass cls = TypeOf.classOf(obj);
        Object user = Attributes.lookupUserSpecial(cls, "__setitem__");
        if (user != null) {
            Calls.call(user, new Object[]{obj, key, value});
            return;
        }
        if (obj instanceof PList l) {
            if (key instanceof PSlice s) {
                ListSlicing.assign(l, s, value);
                return;
            }
            l.set(checkIndex(asIndex(key, "list"), l.size(), "list assignment"), value);
            return;
        } else if (obj instanceof PDict d) {
            d.put(key, value);
            return;
        }
        Object builtin = Attributes.lookupBuiltinSpecial(cls, "__setitem__");
        if (builtin != null) {
            Calls.call(builtin, new Object[]{obj, key, value});
            return;
        }
        if (hasSequenceSlots(obj) && isIndexKey(key)) {
            asIndex(key, "item"); // CPython converts the index first: a huge one is an IndexError
        }
        throw Errors.typeError("'%s' object does not support item assignment", cls.getMessageName());
    }

    /**
     * Whether CPython's type for {@code o} fills tp_as_sequence: the builtin sequences and containers, ranges, and every
     * class defined in Python. It decides some wordings: {@code del 'a'[0]} "doesn't support item deletion" but
     * {@code del (1).x[0]} "does not".
     */
    public static boolean hasSequenceSlots(Object o) {
        return o instanceof String || o instanceof PList || o instanceof PTuple || o instanceof PBytes || o instanceof PDict ||
                        o instanceof PSet || o instanceof PRange || o instanceof PBigRange || o instanceof PDictView ||
                        !TypeOf.classOf(o).isBuiltin();
    }

    private static boolean isIndexKey(Object key) {
        return IntOps.isInt(key) || Attributes.lookupUserSpecial(TypeOf.classOf(key), "__index__") != null;
    }

    @TruffleBoundary
    public static void delItem(Object obj, Object key) {
        PythonClass cls = TypeOf.classOf(obj);
        Object user = Attributes.lookupUserSpecial(cls, "__delitem__");
        if (user != null) {
            Calls.call(user, new Object[]{obj, key});
            return;
        }
        if (obj instanceof PList l) {
            if (key instanceof PSlice s) {
                ListSlicing.delete(l, s);
                return;
            }
            l.removeAt(checkIndex(asIndex(key, "list"), l.size(), "list assignment"));
            return;
        } else if (obj instanceof PDict d) {
            if (d.remove(key) == null) {
                throw Errors.keyError(key);
            }
            return;
        }
        if (hasSequenceSlots(obj) && isIndexKey(key)) {
            asIndex(key, "item");
            throw Errors.typeError("'%s' object doesn't support item deletion", cls.getMessageName());
        }
        throw Errors.typeError("'%s' object does not support item deletion", cls.getMessageName());
    }

    @TruffleBoundary
    public static boolean contains(Object container, Object item) {
        PythonClass cls = TypeOf.classOf(container);
        Object user = Attributes.lookupUserSpecial(cls, "__contains__");
        if (user == PNone.NONE) {
            throw Errors.typeError("'%s' object is not a container", cls.getName());
        }
        if (user != null) {
            return Truth.isTrue(Calls.call(user, new Object[]{container, item}));
        }
        container = PSubclassValue.unwrap(container);
        if (container instanceof String s) {
            if (!(PSubclassValue.unwrap(item) instanceof String sub)) {
                throw Errors.typeError("'in <string>' requires string as left operand, not %s", TypeOf.nameOf(item));
            }
            return s.contains(sub);
        } else if (container instanceof PDict d) {
            return d.containsKey(item);
        } else if (container instanceof PSet s) {
            return s.containsKey(item);
        } else if (container instanceof PList l) {
            for (int i = 0; i < l.size(); i++) {
                Object e = l.get(i);
                if (e == item || Comparisons.eq(e, item)) {
                    return true;
                }
            }
            return false;
        } else if (container instanceof PTuple t) {
            for (Object e : t.getItems()) {
                if (e == item || Comparisons.eq(e, item)) {
                    return true;
                }
            }
            return false;
        } else if (container instanceof PRange r) {
            return r.contains(item);
        } else if (container instanceof PBigRange r) {
            return r.contains(item);
        } else if (container instanceof PBytes b && !(item instanceof PBytes)) {
            // A bytes item is a substring search (bytes.__contains__); anything else must be an int in range(256).
            if (!IntOps.isInt(item) && !(item instanceof Boolean) && Attributes.lookupUserSpecial(TypeOf.classOf(item), "__index__") == null) {
                throw Errors.typeError("a bytes-like object is required, not '%s'", TypeOf.nameOf(item));
            }
            long v = item instanceof BigInteger ? -1 : asIndex(item, "bytes");
            if (v < 0 || v > 255) {
                throw Errors.valueError("byte must be in range(0, 256)");
            }
            for (byte x : b.getBytes()) {
                if ((x & 0xff) == v) {
                    return true;
                }
            }
            return false;
        }
        Object builtinContains = Attributes.lookupBuiltinSpecial(cls, "__contains__");
        if (builtinContains != null) {
            return Truth.isTrue(Calls.call(builtinContains, new Object[]{container, item}));
        }
        Object iterMethod = cls.isBuiltin() ? null : cls.lookup("__iter__");
        if (iterMethod == PNone.NONE) {
            throw Errors.typeError("argument of type '%s' is not iterable", cls.getMessageName());
        }
        if (iterMethod != null || container instanceof PIterator || cls.isBuiltin() && isIterable(container)
                        || Attributes.lookupBuiltinSpecial(cls, "__iter__") != null || Attributes.lookupUserSpecial(cls, "__getitem__") != null) {
            Object it = Iteration.getIter(container);
            Object e;
            while ((e = Iteration.nextOrNull(it)) != null) {
                if (e == item || Comparisons.eq(e, item)) {
                    return true;
                }
            }
            return false;
        }
        throw Errors.typeError("argument of type '%s' is not iterable", cls.getMessageName());
    }

    private static boolean isIterable(Object o) {
        return o instanceof PIterator || o instanceof PRange || o instanceof PBigRange;
    }
}
