package org.minipy.builtins;

import org.minipy.ast.Operator.Compare;
import org.minipy.runtime.BuiltinTypes;
import org.minipy.runtime.Comparisons;
import org.minipy.runtime.Errors;
import org.minipy.runtime.Iteration;
import org.minipy.runtime.PBuiltinFunction;
import org.minipy.runtime.PRange;
import org.minipy.runtime.PSingleton;
import org.minipy.runtime.PSlice;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PythonClass;
import org.minipy.runtime.Repr;
import org.minipy.runtime.Sequences;
import org.minipy.runtime.TypeOf;

/** The methods of {@code range} (64-bit bounds) and {@code slice}. */
final class RangeMethods {
    private RangeMethods() {
    }

    private static PRange self(Object o) {
        return (PRange) o;
    }

    private static long arg(Object o) {
        if (!ListMethods.isIndexable(o)) {
            throw Errors.typeError("'%s' object cannot be interpreted as an integer", TypeOf.nameOf(o));
        }
        return Sequences.asIndex(o, "range");
    }

    static void install() {
        PythonClass cls = BuiltinTypes.RANGE;
        Install.constructor(cls, "__new__(cls, *args)", a -> {
            Object[] args = ((PTuple) a[1]).getItems();
            switch (args.length) {
                case 0:
                    throw Errors.typeError("range expected at least 1 argument, got 0");
                case 1:
                    return new PRange(0, arg(args[0]), 1);
                case 2:
                    return new PRange(arg(args[0]), arg(args[1]), 1);
                case 3: {
                    long step = arg(args[2]);
                    if (step == 0) {
                        throw Errors.valueError("range() arg 3 must not be zero");
                    }
                    return new PRange(arg(args[0]), arg(args[1]), step);
                }
                default:
                    throw Errors.typeError("range expected at most 3 arguments, got %d", args.length);
            }
        });
        Install.getSet(cls, "start", o -> self(o).start, null);
        Install.getSet(cls, "stop", o -> self(o).stop, null);
        Install.getSet(cls, "step", o -> self(o).step, null);
        Install.method(cls, "__len__(self)", a -> self(a[0]).length());
        Install.method(cls, "__getitem__(self, key, /)", a -> Sequences.getItem(a[0], a[1]));
        Install.method(cls, "__contains__(self, key, /)", a -> Sequences.contains(a[0], a[1]));
        Install.method(cls, "__iter__(self)", a -> Iteration.getIter(a[0]));
        Install.method(cls, "__reversed__(self)", a -> {
            PRange r = self(a[0]);
            long n = r.length();
            return new Iteration.RangeIterator(r.start + (n - 1) * r.step, -r.step, n);
        });
        Install.method(cls, "count(self, value, /)", a -> Sequences.contains(a[0], a[1]) ? 1L : 0L);
        Install.method(cls, "index(self, value, /)", a -> {
            PRange r = self(a[0]);
            if (!(a[1] instanceof Long v) || !Sequences.contains(r, v)) {
                throw Errors.valueError("%s is not in range", Repr.repr(a[1]));
            }
            return (v - r.start) / r.step;
        });
        for (Compare op : new Compare[]{Compare.EQ, Compare.NE}) {
            Install.method(cls, op.dunder + "(self, value, /)",
                            a -> a[1] instanceof PRange ? Comparisons.builtinCompare(a[0], a[1], op) : PSingleton.NOT_IMPLEMENTED);
        }
        Install.method(cls, "__hash__(self)", a -> {
            PRange r = self(a[0]);
            long n = r.length();
            Object[] key = {n, n == 0 ? org.minipy.runtime.PNone.NONE : r.start, n <= 1 ? org.minipy.runtime.PNone.NONE : r.step};
            return org.minipy.runtime.Hashing.hashTuple(new PTuple(key));
        });
        Install.method(cls, "__repr__(self)", a -> Repr.builtinRepr(a[0]));

        PythonClass slice = BuiltinTypes.SLICE;
        Install.constructor(slice, "__new__(cls, start, stop=?, step=?, /)", a -> {
            if (a[2] == PBuiltinFunction.MISSING) {
                return new PSlice(org.minipy.runtime.PNone.NONE, a[1], org.minipy.runtime.PNone.NONE);
            }
            return new PSlice(a[1], a[2], a[3] == PBuiltinFunction.MISSING ? org.minipy.runtime.PNone.NONE : a[3]);
        });
        Install.getSet(slice, "start", o -> ((PSlice) o).start, null);
        Install.getSet(slice, "stop", o -> ((PSlice) o).stop, null);
        Install.getSet(slice, "step", o -> ((PSlice) o).step, null);
        Install.method(slice, "indices(self, length, /)", a -> {
            long len = Sequences.asIndex(a[1], "slice");
            if (len < 0) {
                throw Errors.valueError("length should not be negative");
            }
            Sequences.SliceBounds b = Sequences.bounds((PSlice) a[0], (int) Math.min(len, Integer.MAX_VALUE));
            return new PTuple(new Object[]{(long) b.start(), (long) b.stop(), (long) b.step()});
        });
        for (Compare op : new Compare[]{Compare.EQ, Compare.NE}) {
            Install.method(slice, op.dunder + "(self, value, /)",
                            a -> a[1] instanceof PSlice ? Comparisons.builtinCompare(a[0], a[1], op) : PSingleton.NOT_IMPLEMENTED);
        }
        Install.method(slice, "__repr__(self)", a -> Repr.builtinRepr(a[0]));
        slice.define("__hash__", org.minipy.runtime.PNone.NONE);
    }
}
