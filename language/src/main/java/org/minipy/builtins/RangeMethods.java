package org.minipy.builtins;

import java.math.BigInteger;

import org.minipy.ast.Operator.Compare;
import org.minipy.runtime.BuiltinTypes;
import org.minipy.runtime.Comparisons;
import org.minipy.runtime.Errors;
import org.minipy.runtime.IntOps;
import org.minipy.runtime.Iteration;
import org.minipy.runtime.PBigRange;
import org.minipy.runtime.PBuiltinFunction;
import org.minipy.runtime.PRange;
import org.minipy.runtime.PSingleton;
import org.minipy.runtime.PSlice;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PythonClass;
import org.minipy.runtime.Repr;
import org.minipy.runtime.Sequences;

/** The methods of {@code range} (both representations, {@link PRange} and {@link PBigRange}) and {@code slice}. */
final class RangeMethods {
    private RangeMethods() {
    }

    private static PRange self(Object o) {
        return (PRange) o;
    }

    /** A bound of {@code range(...)}: an int (Long or BigInteger) through {@code __index__}. */
    private static Object arg(Object o) {
        return BuiltinFunctions.index(o);
    }

    /** start, stop or step of either representation, as a Python int. */
    private static Object bound(Object o, int which) {
        if (o instanceof PBigRange b) {
            return IntOps.normalize(which == 0 ? b.start : which == 1 ? b.stop : b.step);
        }
        PRange r = self(o);
        return which == 0 ? r.start : which == 1 ? r.stop : r.step;
    }

    static void install() {
        PythonClass cls = BuiltinTypes.RANGE;
        Install.constructor(cls, "__new__(cls, *args)", a -> {
            Object[] args = ((PTuple) a[1]).getItems();
            switch (args.length) {
                case 0:
                    throw Errors.typeError("range expected at least 1 argument, got 0");
                case 1:
                    return PBigRange.create(0L, arg(args[0]), 1L);
                case 2:
                    return PBigRange.create(arg(args[0]), arg(args[1]), 1L);
                case 3: {
                    Object start = arg(args[0]);
                    Object stop = arg(args[1]);
                    Object step = arg(args[2]);
                    if (step instanceof Long s && s == 0) {
                        throw Errors.valueError("range() arg 3 must not be zero");
                    }
                    return PBigRange.create(start, stop, step);
                }
                default:
                    throw Errors.typeError("range expected at most 3 arguments, got %d", args.length);
            }
        });
        Install.readonlyMember(cls, "start", o -> bound(o, 0));
        Install.readonlyMember(cls, "stop", o -> bound(o, 1));
        Install.readonlyMember(cls, "step", o -> bound(o, 2));
        Install.method(cls, "__len__(self)", a -> Sequences.length(a[0]));
        Install.method(cls, "__getitem__(self, key, /)", a -> Sequences.getItem(a[0], a[1]));
        Install.method(cls, "__contains__(self, key, /)", a -> Sequences.contains(a[0], a[1]));
        Install.method(cls, "__iter__(self)", a -> Iteration.getIter(a[0]));
        Install.method(cls, "__reversed__(self)", a -> {
            if (a[0] instanceof PBigRange b) {
                BigInteger last = b.start.add(b.length().subtract(BigInteger.ONE).multiply(b.step));
                return Iteration.getIter(PBigRange.create(IntOps.normalize(last), IntOps.normalize(b.start.subtract(b.step)),
                                IntOps.normalize(b.step.negate())));
            }
            PRange r = self(a[0]);
            long n = r.length();
            return new Iteration.RangeIterator(r.start + (n - 1) * r.step, -r.step, n);
        });
        Install.method(cls, "count(self, value, /)", a -> Sequences.contains(a[0], a[1]) ? 1L : 0L);
        Install.method(cls, "index(self, value, /)", a -> {
            if (!IntOps.isInt(a[1])) {
                // anything else is searched for by equality, as any sequence's index()
                Object it = Iteration.getIter(a[0]);
                Object e;
                for (long i = 0; (e = Iteration.nextOrNull(it)) != null; i++) {
                    if (org.minipy.runtime.Comparisons.eq(e, a[1])) {
                        return i;
                    }
                }
                throw Errors.valueError("sequence.index(x): x not in sequence");
            }
            if (!Sequences.contains(a[0], a[1])) {
                throw Errors.valueError("%s is not in range", Repr.repr(a[1]));
            }
            BigInteger start = IntOps.toBig(bound(a[0], 0));
            return IntOps.normalize(IntOps.toBig(a[1]).subtract(start).divide(IntOps.toBig(bound(a[0], 2))));
        });
        for (Compare op : new Compare[]{Compare.EQ, Compare.NE}) {
            Install.method(cls, op.dunder + "(self, value, /)",
                            a -> a[1] instanceof PRange || a[1] instanceof PBigRange ? Comparisons.builtinCompare(a[0], a[1], op)
                                            : PSingleton.NOT_IMPLEMENTED);
        }
        Install.method(cls, "__hash__(self)", a -> {
            BigInteger length = a[0] instanceof PBigRange b ? b.length() : BigInteger.valueOf(self(a[0]).length());
            Object n = IntOps.normalize(length);
            int c = length.compareTo(BigInteger.ONE);
            Object[] key = {n, length.signum() == 0 ? org.minipy.runtime.PNone.NONE : bound(a[0], 0), c <= 0 ? org.minipy.runtime.PNone.NONE : bound(a[0], 2)};
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
        Install.readonlyMember(slice, "start", o -> ((PSlice) o).start);
        Install.readonlyMember(slice, "stop", o -> ((PSlice) o).stop);
        Install.readonlyMember(slice, "step", o -> ((PSlice) o).step);
        Install.method(slice, "indices(self, length, /)", a -> {
            long len = Sequences.asIndex(a[1], "length");
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
