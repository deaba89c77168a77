package org.minipy.builtins;

import org.minipy.ast.Operator.Compare;
import org.minipy.runtime.BuiltinTypes;
import org.minipy.runtime.Comparisons;
import org.minipy.runtime.Errors;
import org.minipy.runtime.Instantiation;
import org.minipy.runtime.Iteration;
import org.minipy.runtime.ListSlicing;
import org.minipy.runtime.PBuiltinFunction;
import org.minipy.runtime.PDict;
import org.minipy.runtime.PList;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PSingleton;
import org.minipy.runtime.PSlice;
import org.minipy.runtime.PSubclassValue;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PythonClass;
import org.minipy.runtime.Repr;
import org.minipy.runtime.Sequences;
import org.minipy.runtime.Sorting;
import org.minipy.runtime.Truth;
import org.minipy.runtime.TypeOf;

/**
 * The methods of {@code list}. Every dunder works on the list's own storage, never through the generic protocols, so
 * that a subclass overriding {@code __getitem__} can still call {@code super().__getitem__(i)} without recursing.
 */
final class ListMethods {
    private ListMethods() {
    }

    private static PList self(Object o) {
        return (PList) o;
    }

    static void install() {
        PythonClass cls = BuiltinTypes.LIST;
        Install.constructor(cls, "__new__(cls, *args, **kwargs)", a -> Instantiation.allocate((PythonClass) a[0]));
        Install.method(cls, "__init__(self, *args, **kwargs)", a -> {
            Object[] args = ((PTuple) a[1]).getItems();
            // as CPython: a subclass with its own __new__ may take keywords, which list.__init__ then ignores
            if (((PDict) a[2]).size() > 0 && org.minipy.runtime.TypeOf.classOf(a[0]).lookup("__new__") == cls.lookup("__new__")) {
                throw Errors.typeError("list() takes no keyword arguments");
            }
            if (args.length > 1) {
                throw Errors.typeError("list expected at most 1 argument, got %d", args.length);
            }
            PList list = self(a[0]);
            list.clear();
            if (args.length == 1) {
                for (Object e : Iteration.toArray(args[0])) {
                    list.append(e);
                }
            }
            return PNone.NONE;
        });
        Install.method(cls, "append(self, object, /)", a -> {
            self(a[0]).append(a[1]);
            return PNone.NONE;
        });
        Install.method(cls, "extend(self, iterable, /)", a -> {
            PList list = self(a[0]);
            for (Object e : Iteration.toArray(a[1])) {
                list.append(e);
            }
            return PNone.NONE;
        });
        Install.method(cls, "insert(self, index, object, /)", a -> {
            PList list = self(a[0]);
            long i = Sequences.asIndex(a[1], "position");
            int n = list.size();
            if (i < 0) {
                i = Math.max(0, i + n);
            }
            list.insert((int) Math.min(i, n), a[2]);
            return PNone.NONE;
        });
        Install.method(cls, "remove(self, value, /)", a -> {
            PList list = self(a[0]);
            int i = find(list, a[1], 0, list.size());
            if (i < 0) {
                throw Errors.valueError("list.remove(x): x not in list");
            }
            list.removeAt(i);
            return PNone.NONE;
        });
        Install.method(cls, "pop(self, index=-1, /)", a -> {
            PList list = self(a[0]);
            if (list.size() == 0) {
                throw Errors.indexError("pop from empty list");
            }
            long i = Sequences.asIndex(a[1], "position");
            long idx = i < 0 ? i + list.size() : i;
            if (idx < 0 || idx >= list.size()) {
                throw Errors.indexError("pop index out of range");
            }
            return list.removeAt((int) idx);
        });
        Install.method(cls, "clear(self)", a -> {
            self(a[0]).clear();
            return PNone.NONE;
        });
        Install.method(cls, "index(self, value, start=0, stop=9223372036854775807, /)", a -> {
            PList list = self(a[0]);
            int[] range = clampRange(a[2], a[3], list.size());
            int i = find(list, a[1], range[0], range[1]);
            if (i < 0) {
                throw Errors.valueError("%s is not in list", Repr.repr(a[1]));
            }
            return (long) i;
        });
        Install.method(cls, "count(self, value, /)", a -> {
            PList list = self(a[0]);
            long n = 0;
            for (int i = 0; i < list.size(); i++) {
                Object e = list.get(i);
                if (e == a[1] || Comparisons.eq(e, a[1])) {
                    n++;
                }
            }
            return n;
        });
        Install.method(cls, "sort(self, *, key=None, reverse=False)", a -> {
            sort(self(a[0]), a[1], Truth.isTrue(a[2]));
            return PNone.NONE;
        });
        Install.method(cls, "reverse(self)", a -> {
            PList list = self(a[0]);
            Object[] items = list.toArray();
            reverseArray(items);
            list.setContents(items, items.length);
            return PNone.NONE;
        });
        Install.method(cls, "copy(self)", a -> new PList(self(a[0]).toArray()));
        Install.method(cls, "__len__(self)", a -> (long) self(a[0]).size());
        Install.method(cls, "__getitem__(self, index, /)", a -> getItem(self(a[0]), a[1]));
        Install.method(cls, "__setitem__(self, index, value, /)", a -> {
            PList list = self(a[0]);
            if (a[1] instanceof PSlice s) {
                ListSlicing.assign(list, s, a[2]);
            } else {
                list.set(Sequences.checkIndex(Sequences.asIndex(a[1], "list"), list.size(), "list assignment"), a[2]);
            }
            return PNone.NONE;
        });
        Install.method(cls, "__delitem__(self, index, /)", a -> {
            PList list = self(a[0]);
            if (a[1] instanceof PSlice s) {
                ListSlicing.delete(list, s);
            } else {
                list.removeAt(Sequences.checkIndex(Sequences.asIndex(a[1], "list"), list.size(), "list assignment"));
            }
            return PNone.NONE;
        });
        Install.method(cls, "__contains__(self, key, /)", a -> find(self(a[0]), a[1], 0, self(a[0]).size()) >= 0);
        Install.method(cls, "__iter__(self)", a -> Iteration.listIterator(self(a[0])));
        Install.method(cls, "__reversed__(self)", a -> new BuiltinIteration.ListReverseIterator(self(a[0])));
        Install.method(cls, "__add__(self, value, /)", a -> {
            if (!(a[1] instanceof PList other)) {
                throw Errors.typeError("can only concatenate list (not \"%s\") to list", TypeOf.nameOf(a[1]));
            }
            Object[] x = self(a[0]).toArray();
            Object[] y = other.toArray();
            Object[] r = new Object[x.length + y.length];
            System.arraycopy(x, 0, r, 0, x.length);
            System.arraycopy(y, 0, r, x.length, y.length);
            return new PList(r);
        });
        Install.method(cls, "__iadd__(self, value, /)", a -> {
            PList list = self(a[0]);
            for (Object e : Iteration.toArray(a[1])) {
                list.append(e);
            }
            return list;
        });
        PBuiltinFunction mul = Install.method(cls, "__mul__(self, value, /)", a -> {
            if (!isIndexable(a[1])) {
                return PSingleton.NOT_IMPLEMENTED;
            }
            return new PList(repeat(self(a[0]).toArray(), Sequences.asIndex(a[1], "list")));
        });
        cls.define("__rmul__", mul);
        Install.method(cls, "__imul__(self, value, /)", a -> {
            if (!isIndexable(a[1])) {
                return PSingleton.NOT_IMPLEMENTED;
            }
            PList list = self(a[0]);
            Object[] r = repeat(list.toArray(), Sequences.asIndex(a[1], "list"));
            list.setContents(r, r.length);
            return list;
        });
        installComparisons(cls, PList.class);
        Install.method(cls, "__repr__(self)", a -> Repr.builtinRepr(a[0]));
        cls.define("__hash__", PNone.NONE);
    }

    /** {@code __eq__ __ne__ __lt__ ...} for a sequence class: NotImplemented unless both are of {@code javaClass}. */
    static void installComparisons(PythonClass cls, Class<?> javaClass) {
        for (Compare op : new Compare[]{Compare.EQ, Compare.NE, Compare.LT, Compare.LE, Compare.GT, Compare.GE}) {
            Install.method(cls, op.dunder + "(self, value, /)", a -> javaClass.isInstance(a[1])
                            ? Comparisons.builtinCompare(a[0], a[1], op) : PSingleton.NOT_IMPLEMENTED);
        }
    }

    static boolean isIndexable(Object object) {
        Object o = PSubclassValue.unwrapInt(object);
        if (o instanceof Long || o instanceof Boolean || o instanceof java.math.BigInteger) {
            return true;
        }
        return org.minipy.runtime.Attributes.lookupUserSpecial(TypeOf.classOf(o), "__index__") != null;
    }

    static Object[] repeat(Object[] items, long n) {
        return Sequences.repeatItems(items, n);
    }

    static Object getItem(PList list, Object index) {
        if (index instanceof PSlice s) {
            return new PList(Sequences.sliceArray(list.getStorage(), list.size(), s));
        }
        return list.get(Sequences.checkIndex(Sequences.asIndex(index, "list"), list.size(), "list"));
    }

    /** The position of the first element equal to {@code value} in {@code [start, stop)}, or -1. */
    static int find(PList list, Object value, int start, int stop) {
        for (int i = start; i < Math.min(stop, list.size()); i++) {
            Object e = list.get(i);
            if (e == value || Comparisons.eq(e, value)) {
                return i;
            }
        }
        return -1;
    }

    /** The {@code start, stop} arguments of {@code index()}: negative counts from the end, then clamped. */
    static int[] clampRange(Object startArg, Object stopArg, int length) {
        long start = Sequences.asIndex(startArg, "index bound");
        long stop = Sequences.asIndex(stopArg, "index bound");
        if (start < 0) {
            start = Math.max(0, start + length);
        }
        if (stop < 0) {
            stop = Math.max(0, stop + length);
        }
        return new int[]{(int) Math.min(start, length), (int) Math.min(stop, length)};
    }

    static void reverseArray(Object[] items) {
        for (int i = 0, j = items.length - 1; i < j; i++, j--) {
            Object t = items[i];
            items[i] = items[j];
            items[j] = t;
        }
    }

    /**
     * {@code list.sort}: the ordering is {@link Sorting#sort} (the same sort as {@code sorted()}); this adds CPython's
     * guard: while the sort runs the list is empty, and if the key function or a comparison changed it, ValueError.
     */
    static void sort(PList list, Object key, boolean reverse) {
        Object[] items = list.toArray();
        list.setContents(new Object[4], 0);
        try {
            Sorting.sort(items, key, reverse);
        } finally {
            boolean modified = list.size() != 0;
            list.setContents(items, items.length);
            if (modified) {
                throw Errors.valueError("list modified during sort");
            }
        }
    }
}
