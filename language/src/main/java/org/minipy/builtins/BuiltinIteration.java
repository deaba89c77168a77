package org.minipy.builtins;

import java.math.BigInteger;

import org.minipy.ast.Operator.Binary;
import org.minipy.ast.Operator.Compare;
import org.minipy.runtime.Arith;
import org.minipy.runtime.Attributes;
import org.minipy.runtime.BuiltinBody;
import org.minipy.runtime.BuiltinTypes;
import org.minipy.runtime.Calls;
import org.minipy.runtime.Comparisons;
import org.minipy.runtime.Errors;
import org.minipy.runtime.IntOps;
import org.minipy.runtime.Iteration;
import org.minipy.runtime.PBuiltinFunction;
import org.minipy.runtime.PBytes;
import org.minipy.runtime.PDict;
import org.minipy.runtime.PException;
import org.minipy.runtime.PIterator;
import org.minipy.runtime.PList;
import org.minipy.runtime.PModule;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PRange;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PythonClass;
import org.minipy.runtime.Sequences;
import org.minipy.runtime.Sorting;
import org.minipy.runtime.Truth;
import org.minipy.runtime.TypeOf;

/**
 * The builtins that consume or produce iterators. {@code enumerate zip map filter reversed} are classes, as in
 * CPython, whose instances are lazy Java iterators ({@link PIterator} subclasses): each step pulls only what it
 * needs from the underlying iterators. Also {@code iter} (including the callable-and-sentinel form), {@code next},
 * {@code sorted}, {@code min}, {@code max}, {@code sum}, {@code any}, {@code all}.
 */
public final class BuiltinIteration {
    private BuiltinIteration() {
    }

    static final PythonClass ENUMERATE = BuiltinFunctions.hiddenClass("enumerate");
    static final PythonClass ZIP = BuiltinFunctions.hiddenClass("zip");
    static final PythonClass MAP = BuiltinFunctions.hiddenClass("map");
    static final PythonClass FILTER = BuiltinFunctions.hiddenClass("filter");
    static final PythonClass REVERSED = BuiltinFunctions.hiddenClass("reversed");
    static final PythonClass LIST_REVERSE_ITERATOR = BuiltinFunctions.hiddenClass("list_reverseiterator");
    static final PythonClass CALLABLE_ITERATOR = BuiltinFunctions.hiddenClass("callable_iterator");
    static final PythonClass DICT_REVERSE_KEY_ITERATOR = BuiltinFunctions.hiddenClass("dict_reversekeyiterator");
    static final PythonClass DICT_REVERSE_VALUE_ITERATOR = BuiltinFunctions.hiddenClass("dict_reversevalueiterator");
    static final PythonClass DICT_REVERSE_ITEM_ITERATOR = BuiltinFunctions.hiddenClass("dict_reverseitemiterator");

    /** An iterator made by one of these builtins; knows its Python class. */
    abstract static class BuiltinIterator extends PIterator {
        private final PythonClass cls;

        BuiltinIterator(PythonClass cls) {
            this.cls = cls;
        }

        @Override
        public final PythonClass getPythonClass() {
            return cls;
        }
    }

    static void installClasses() {
        Install.constructor(ENUMERATE, "enumerate(cls, iterable, start=0)",
                        a -> {
                            Object start = BuiltinFunctions.index(a[2]); // converted before the iterable is asked
                            return new Enumerate((PythonClass) a[0], Iteration.getIter(a[1]), start);
                        });
        Install.constructor(ZIP, "zip(cls, *iterables, strict=False)", a -> {
            Object[] iterables = ((PTuple) a[1]).getItems();
            Object[] iterators = new Object[iterables.length];
            for (int i = 0; i < iterables.length; i++) {
                iterators[i] = Iteration.getIter(iterables[i]);
            }
            return new Zip((PythonClass) a[0], iterators, Truth.isTrue(a[2]));
        });
        Install.constructor(MAP, "map(cls, *args)", a -> {
            Object[] args = ((PTuple) a[1]).getItems();
            if (args.length < 2) {
                throw Errors.typeError("map() must have at least two arguments.");
            }
            Object[] iterables = java.util.Arrays.copyOfRange(args, 1, args.length);
            Object[] iterators = new Object[iterables.length];
            for (int i = 0; i < iterables.length; i++) {
                iterators[i] = Iteration.getIter(iterables[i]);
            }
            return new MapIterator((PythonClass) a[0], args[0], iterators);
        });
        Install.constructor(FILTER, "filter(cls, *args)", a -> {
            Object[] args = ((PTuple) a[1]).getItems();
            if (args.length != 2) {
                throw Errors.typeError("filter expected 2 arguments, got %d", args.length);
            }
            return new FilterIterator((PythonClass) a[0], args[0], Iteration.getIter(args[1]));
        });
        Install.constructor(REVERSED, "reversed(cls, sequence, /)", a -> reversed(a[1]));
        for (PythonClass cls : new PythonClass[]{ENUMERATE, ZIP, MAP, FILTER, REVERSED, LIST_REVERSE_ITERATOR, CALLABLE_ITERATOR, DICT_REVERSE_KEY_ITERATOR,
                        DICT_REVERSE_VALUE_ITERATOR, DICT_REVERSE_ITEM_ITERATOR}) {
            Install.method(cls, "__iter__(self)", a -> a[0]);
            Install.method(cls, "__next__(self)", a -> Iteration.next(a[0]));
        }
        for (PythonClass cls : BuiltinTypes.ITERATORS) {
            Install.method(cls, "__iter__(self)", a -> a[0]);
            Install.method(cls, "__next__(self)", a -> Iteration.next(a[0]));
        }
    }

    static void install(PModule builtins) {
        builtins.setGlobal("enumerate", ENUMERATE);
        builtins.setGlobal("zip", ZIP);
        builtins.setGlobal("map", MAP);
        builtins.setGlobal("filter", FILTER);
        builtins.setGlobal("reversed", REVERSED);
        BuiltinFunctions.add(builtins, PBuiltinFunction.create("iter(obj, sentinel=?, /)", a -> {
            if (a[1] == PBuiltinFunction.MISSING) {
                return Iteration.getIter(a[0]);
            }
            if (!Calls.isCallable(a[0])) {
                throw Errors.typeError("iter(v, w): v must be callable");
            }
            return new CallableIterator(a[0], a[1]);
        }));
        BuiltinFunctions.add(builtins, PBuiltinFunction.create("next(iterator, default=?, /)", a -> {
            if (a[1] == PBuiltinFunction.MISSING) {
                return Iteration.next(a[0]);
            }
            Object v = Iteration.nextOrNull(a[0]);
            return v == null ? a[1] : v;
        }));
        BuiltinFunctions.add(builtins, PBuiltinFunction.create("sorted(*args, key=None, reverse=False)", a -> {
            Object[] args = ((PTuple) a[0]).getItems();
            if (args.length != 1) {
                throw Errors.typeError("sorted expected 1 argument, got %d", args.length);
            }
            Object[] items = Iteration.toArray(args[0]);
            // reverse is an int flag in CPython: None or a float is a TypeError, not false
            boolean reverse = a[2] instanceof Boolean b ? b : org.minipy.runtime.Sequences.asIndex(a[2], "flag") != 0;
            Sorting.sort(items, a[1], reverse);
            return new PList(items);
        }));
        BuiltinFunctions.add(builtins, PBuiltinFunction.create("min(*args, key=None, default=?)", MethodIntrinsics.MIN));
        BuiltinFunctions.add(builtins, PBuiltinFunction.create("max(*args, key=None, default=?)", MethodIntrinsics.MAX));
        BuiltinFunctions.add(builtins, PBuiltinFunction.create("sum(iterable, /, start=0)", SUM));
        BuiltinFunctions.add(builtins, PBuiltinFunction.create("any(iterable, /)", a -> {
            Object it = Iteration.getIter(a[0]);
            Object e;
            while ((e = Iteration.nextOrNull(it)) != null) {
                if (Truth.isTrue(e)) {
                    return true;
                }
            }
            return false;
        }));
        BuiltinFunctions.add(builtins, PBuiltinFunction.create("all(iterable, /)", a -> {
            Object it = Iteration.getIter(a[0]);
            Object e;
            while ((e = Iteration.nextOrNull(it)) != null) {
                if (!Truth.isTrue(e)) {
                    return false;
                }
            }
            return true;
        }));
    }

    /** min() and max(): one iterable or several arguments; {@code op} is LT for min, GT for max (as in CPython). */
    static Object minMax(String name, Object[] a, Compare op) {
        Object[] args = ((PTuple) a[0]).getItems();
        Object key = a[1];
        Object dflt = a[2];
        if (args.length == 0) {
            throw Errors.typeError("%s expected at least 1 argument, got 0", name);
        }
        if (args.length > 1 && dflt != PBuiltinFunction.MISSING) {
            throw Errors.typeError("Cannot specify a default for %s() with multiple positional arguments", name);
        }
        Object it = Iteration.getIter(args.length == 1 ? args[0] : new PTuple(args));
        Object best = null;
        Object bestKey = null;
        Object item;
        while ((item = Iteration.nextOrNull(it)) != null) {
            Object k = key == PNone.NONE ? item : Calls.call(key, new Object[]{item});
            if (best == null || Truth.isTrue(Comparisons.richCompare(k, bestKey, op))) {
                best = item;
                bestKey = k;
            }
        }
        if (best == null) {
            if (dflt != PBuiltinFunction.MISSING) {
                return dflt;
            }
            throw Errors.valueError("%s() arg is an empty sequence", name);
        }
        return best;
    }

    /** The body of {@code sum}: call sites recognise it to run {@code sum(generator)} in compiled code (CallNode). */
    public static final BuiltinBody SUM = a -> sum(a[0], a[1]);

    /** sum(): left to right from {@code start}; ints and floats are added in Java, anything else with {@code +}. */
    private static Object sum(Object iterable, Object start) {
        Object it = Iteration.getIter(iterable);
        if (start instanceof String) {
            throw Errors.typeError("sum() can't sum strings [use ''.join(seq) instead]");
        } else if (start instanceof PBytes) {
            throw Errors.typeError("sum() can't sum bytes [use b''.join(seq) instead]");
        } else if (TypeOf.classOf(start) == BuiltinTypes.BYTEARRAY) {
            throw Errors.typeError("sum() can't sum bytearray [use b''.join(seq) instead]");
        }
        Object result = start;
        Object item;
        while ((item = Iteration.nextOrNull(it)) != null) {
            if (result instanceof Long x && item instanceof Long y) {
                result = IntOps.add(x, y);
            } else if (result instanceof Double x && item instanceof Double y) {
                result = x + y;
            } else {
                result = Arith.binary(Binary.ADD, result, item);
            }
        }
        return result;
    }

    /** reversed(seq): {@code __reversed__}, builtin sequences directly, else {@code __len__} and {@code __getitem__}. */
    static Object reversed(Object seq) {
        PythonClass cls = TypeOf.classOf(seq);
        Object method = cls.lookup("__reversed__");
        if (method == PNone.NONE) {
            throw Errors.typeError("'%s' object is not reversible", cls.getName());
        }
        if (method != null) {
            return Calls.call(method, new Object[]{seq});
        }
        boolean userSequence = Attributes.lookupUserSpecial(cls, "__getitem__") != null;
        if (!userSequence) {
            if (seq instanceof PList list) {
                return new ListReverseIterator(list);
            } else if (seq instanceof PDict dict) {
                return new DictReverseIterator(dict);
            } else if (seq instanceof PRange r) {
                long n = r.length();
                return new Iteration.RangeIterator(r.get(n - 1), -r.step, n);
            }
        }
        boolean sequence = userSequence || seq instanceof PTuple || seq instanceof String || seq instanceof PBytes || seq instanceof PList;
        if (!sequence || seq instanceof PDict) {
            throw Errors.typeError("'%s' object is not reversible", cls.getName());
        }
        return new SequenceReverseIterator(seq, Sequences.length(seq));
    }

    /** enumerate(iterable, start): pairs (count, item); the count becomes a big int when it outgrows 64 bits. */
    static final class Enumerate extends BuiltinIterator {
        private final Object iterator;
        private Object count;

        Enumerate(PythonClass cls, Object iterator, Object start) {
            super(cls);
            this.iterator = iterator;
            this.count = start;
        }

        @Override
        public Object nextOrNull() {
            Object v = Iteration.nextOrNull(iterator);
            if (v == null) {
                return null;
            }
            Object c = count;
            count = c instanceof Long l ? IntOps.add(l, 1L) : IntOps.addBig((BigInteger) c, BigInteger.ONE);
            return new PTuple(new Object[]{c, v});
        }
    }

    /** zip(*iterables, strict=False): stops at the shortest; with strict, unequal lengths raise ValueError. */
    static final class Zip extends BuiltinIterator {
        private final Object[] iterators;
        private final boolean strict;
        private boolean done;

        Zip(PythonClass cls, Object[] iterators, boolean strict) {
            super(cls);
            this.iterators = iterators;
            this.strict = strict;
        }

        @Override
        public Object nextOrNull() {
            if (done || iterators.length == 0) {
                return null;
            }
            Object[] items = new Object[iterators.length];
            for (int i = 0; i < iterators.length; i++) {
                Object v = Iteration.nextOrNull(iterators[i]);
                if (v == null) {
                    done = true;
                    if (strict) {
                        checkStrict(i);
                    }
                    return null;
                }
                items[i] = v;
            }
            return new PTuple(items);
        }

        /** Argument {@code i} ran out: an error unless every other one ends here too (CPython's messages). */
        private void checkStrict(int i) {
            if (i > 0) {
                throw Errors.valueError("zip() argument %d is shorter than argument%s%d", i + 1, i == 1 ? " " : "s 1-", i);
            }
            for (int j = 1; j < iterators.length; j++) {
                if (Iteration.nextOrNull(iterators[j]) != null) {
                    throw Errors.valueError("zip() argument %d is longer than argument%s%d", j + 1, j == 1 ? " " : "s 1-", j);
                }
            }
        }
    }

    /** map(func, *iterables): func applied to one item of each, until the shortest ends. */
    static final class MapIterator extends BuiltinIterator {
        private final Object function;
        private final Object[] iterators;

        MapIterator(PythonClass cls, Object function, Object[] iterators) {
            super(cls);
            this.function = function;
            this.iterators = iterators;
        }

        @Override
        public Object nextOrNull() {
            Object[] args = new Object[iterators.length];
            for (int i = 0; i < iterators.length; i++) {
                Object v = Iteration.nextOrNull(iterators[i]);
                if (v == null) {
                    return null;
                }
                args[i] = v;
            }
            return Calls.call(function, args);
        }
    }

    /** filter(function, iterable); a None function keeps the true items. */
    static final class FilterIterator extends BuiltinIterator {
        private final Object function;
        private final Object iterator;

        FilterIterator(PythonClass cls, Object function, Object iterator) {
            super(cls);
            this.function = function;
            this.iterator = iterator;
        }

        @Override
        public Object nextOrNull() {
            Object v;
            while ((v = Iteration.nextOrNull(iterator)) != null) {
                Object test = function == PNone.NONE ? v : Calls.call(function, new Object[]{v});
                if (Truth.isTrue(test)) {
                    return v;
                }
            }
            return null;
        }
    }

    /** reversed(list): reads the live list from the end, stopping if it shrank below the position (as CPython). */
    static final class ListReverseIterator extends BuiltinIterator {
        private final PList list;
        private int index;

        ListReverseIterator(PList list) {
            super(LIST_REVERSE_ITERATOR);
            this.list = list;
            this.index = list.size() - 1;
        }

        @Override
        public Object nextOrNull() {
            if (index >= 0 && index < list.size()) {
                return list.get(index--);
            }
            index = -1;
            return null;
        }
    }

    /** reversed(dict): the keys from last inserted to first; RuntimeError if the dict changes size meanwhile. */
    static final class DictReverseIterator extends BuiltinIterator {
        private final PDict dict;
        private final PDict.Entry[] entries;
        private int index;

        DictReverseIterator(PDict dict) {
            super(DICT_REVERSE_KEY_ITERATOR);
            this.dict = dict;
            this.entries = dict.entriesSnapshot();
            this.index = entries.length - 1;
        }

        @Override
        public Object nextOrNull() {
            if (index < 0) {
                return null;
            }
            if (dict.size() != entries.length) {
                index = -1;
                throw Errors.runtimeError("dictionary changed size during iteration");
            }
            return entries[index--].key;
        }
    }

    /** reversed() through the sequence protocol: items len-1 down to 0 with {@code __getitem__}. */
    static final class SequenceReverseIterator extends BuiltinIterator {
        private final Object sequence;
        private long index;

        SequenceReverseIterator(Object sequence, long length) {
            super(REVERSED);
            this.sequence = sequence;
            this.index = length - 1;
        }

        @Override
        public Object nextOrNull() {
            if (index < 0) {
                return null;
            }
            try {
                return Sequences.getItem(sequence, index--);
            } catch (PException e) {
                if (e.matches(BuiltinTypes.INDEX_ERROR) || e.matches(BuiltinTypes.STOP_ITERATION)) {
                    index = -1;
                    return null;
                }
                throw e;
            }
        }
    }

    /** iter(callable, sentinel): calls until the result equals the sentinel (or StopIteration is raised). */
    static final class CallableIterator extends BuiltinIterator {
        private final Object callable;
        private final Object sentinel;
        private boolean done;

        CallableIterator(Object callable, Object sentinel) {
            super(CALLABLE_ITERATOR);
            this.callable = callable;
            this.sentinel = sentinel;
        }

        @Override
        public Object nextOrNull() {
            if (done) {
                return null;
            }
            Object v;
            try {
                v = Calls.call(callable, new Object[0]);
            } catch (PException e) {
                if (e.matches(BuiltinTypes.STOP_ITERATION)) {
                    done = true;
                    return null;
                }
                throw e;
            }
            if (v == sentinel || Comparisons.eq(v, sentinel)) {
                done = true;
                return null;
            }
            return v;
        }
    }
}
