package org.minipy.builtins;

import org.minipy.runtime.BuiltinTypes;
import org.minipy.runtime.Comparisons;
import org.minipy.runtime.Errors;
import org.minipy.runtime.Hashing;
import org.minipy.runtime.Iteration;
import org.minipy.runtime.PBuiltinFunction;
import org.minipy.runtime.PIterator;
import org.minipy.runtime.PSingleton;
import org.minipy.runtime.PSlice;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PythonClass;
import org.minipy.runtime.Repr;
import org.minipy.runtime.Sequences;
import org.minipy.runtime.TypeOf;

/** The methods of {@code tuple}; like list's, they work on the tuple's own items so subclasses can use super(). */
final class TupleMethods {
    private TupleMethods() {
    }

    private static PTuple self(Object o) {
        return (PTuple) o;
    }

    static void install() {
        PythonClass cls = BuiltinTypes.TUPLE;
        Install.constructor(cls, "__new__(cls, iterable=?, /)", a -> {
            PythonClass type = (PythonClass) a[0];
            if (a[1] == PBuiltinFunction.MISSING) {
                return type == BuiltinTypes.TUPLE ? PTuple.EMPTY : new PTuple(type, new Object[0]);
            }
            if (type == BuiltinTypes.TUPLE && a[1] instanceof PTuple t && t.getPythonClass() == BuiltinTypes.TUPLE) {
                return t;
            }
            Object[] items = Iteration.toArray(a[1]);
            return type == BuiltinTypes.TUPLE ? new PTuple(items) : new PTuple(type, items);
        });
        Install.method(cls, "count(self, value, /)", a -> {
            long n = 0;
            for (Object e : self(a[0]).getItems()) {
                if (e == a[1] || Comparisons.eq(e, a[1])) {
                    n++;
                }
            }
            return n;
        });
        Install.method(cls, "index(self, value, start=0, stop=9223372036854775807, /)", a -> {
            Object[] items = self(a[0]).getItems();
            int[] range = ListMethods.clampRange(a[2], a[3], items.length);
            for (int i = range[0]; i < range[1]; i++) {
                if (items[i] == a[1] || Comparisons.eq(items[i], a[1])) {
                    return (long) i;
                }
            }
            throw Errors.valueError("tuple.index(x): x not in tuple");
        });
        Install.method(cls, "__len__(self)", a -> (long) self(a[0]).size());
        Install.method(cls, "__getitem__(self, key, /)", a -> {
            PTuple t = self(a[0]);
            if (a[1] instanceof PSlice s) {
                return new PTuple(Sequences.sliceArray(t.getItems(), t.size(), s));
            }
            return t.get(Sequences.checkIndex(Sequences.asIndex(a[1], "tuple"), t.size(), "tuple"));
        });
        Install.method(cls, "__contains__(self, key, /)", a -> {
            for (Object e : self(a[0]).getItems()) {
                if (e == a[1] || Comparisons.eq(e, a[1])) {
                    return true;
                }
            }
            return false;
        });
        Install.method(cls, "__iter__(self)", a -> new TupleIterator(self(a[0]).getItems()));
        Install.method(cls, "__add__(self, value, /)", a -> {
            if (!(a[1] instanceof PTuple other)) {
                throw Errors.typeError("can only concatenate tuple (not \"%s\") to tuple", TypeOf.nameOf(a[1]));
            }
            Object[] x = self(a[0]).getItems();
            Object[] y = other.getItems();
            Object[] r = new Object[x.length + y.length];
            System.arraycopy(x, 0, r, 0, x.length);
            System.arraycopy(y, 0, r, x.length, y.length);
            return new PTuple(r);
        });
        PBuiltinFunction mul = Install.method(cls, "__mul__(self, value, /)", a -> {
            if (!ListMethods.isIndexable(a[1])) {
                return PSingleton.NOT_IMPLEMENTED;
            }
            PTuple t = self(a[0]);
            long n = Sequences.asIndex(a[1], "tuple");
            if (n == 1 && t.getPythonClass() == BuiltinTypes.TUPLE) {
                return t;
            }
            return new PTuple(ListMethods.repeat(t.getItems(), n));
        });
        cls.define("__rmul__", mul);
        ListMethods.installComparisons(cls, PTuple.class);
        Install.method(cls, "__hash__(self)", a -> Hashing.hashTuple(self(a[0])));
        Install.method(cls, "__repr__(self)", a -> Repr.builtinRepr(a[0]));
    }

    /** Iterates a fixed array. */
    static final class TupleIterator extends PIterator {
        private final Object[] items;
        private int index;

        TupleIterator(Object[] items) {
            this.items = items;
        }

        @Override
        public Object nextOrNull() {
            return index < items.length ? items[index++] : null;
        }
    }
}
