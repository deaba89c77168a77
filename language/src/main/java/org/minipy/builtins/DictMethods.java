package org.minipy.builtins;

import org.minipy.ast.Operator.Binary;
import org.minipy.ast.Operator.Compare;
import org.minipy.runtime.Arith;
import org.minipy.runtime.PMappingProxy;
import org.minipy.runtime.Attributes;
import org.minipy.runtime.BuiltinTypes;
import org.minipy.runtime.Calls;
import org.minipy.runtime.Comparisons;
import org.minipy.runtime.Errors;
import org.minipy.runtime.Instantiation;
import org.minipy.runtime.Iteration;
import org.minipy.runtime.Iteration.DictIterator;
import org.minipy.runtime.PBuiltinFunction;
import org.minipy.runtime.PDict;
import org.minipy.runtime.PDictView;
import org.minipy.runtime.PException;
import org.minipy.runtime.PIterator;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PSet;
import org.minipy.runtime.PSingleton;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PythonClass;
import org.minipy.runtime.Repr;
import org.minipy.runtime.Sequences;
import org.minipy.runtime.SetOps;

/** The methods of {@code dict} and of its views ({@code dict_keys}, {@code dict_values}, {@code dict_items}). */
final class DictMethods {
    private DictMethods() {
    }

    private static PDict self(Object o) {
        return (PDict) o;
    }

    static void install() {
        PythonClass cls = BuiltinTypes.DICT;
        Install.constructor(cls, "__new__(cls, *args, **kwargs)", a -> Instantiation.allocate((PythonClass) a[0]));
        Install.method(cls, "__init__(self, *args, **kwargs)", a -> {
            update(self(a[0]), ((PTuple) a[1]).getItems(), (PDict) a[2], "dict");
            return PNone.NONE;
        });
        Install.method(cls, "update(self, *args, **kwargs)", a -> {
            update(self(a[0]), ((PTuple) a[1]).getItems(), (PDict) a[2], "update");
            return PNone.NONE;
        });
        Install.method(cls, "get(self, key, default=None, /)", a -> {
            Object v = self(a[0]).get(a[1]);
            return v == null ? a[2] : v;
        });
        Install.method(cls, "setdefault(self, key, default=None, /)", a -> {
            PDict d = self(a[0]);
            Object v = d.get(a[1]);
            if (v == null) {
                d.put(a[1], a[2]);
                return a[2];
            }
            return v;
        });
        Install.method(cls, "pop(self, key, default=?, /)", a -> {
            Object v = self(a[0]).remove(a[1]);
            if (v == null) {
                if (a[2] == PBuiltinFunction.MISSING) {
                    throw Errors.keyError(a[1]);
                }
                return a[2];
            }
            return v;
        });
        Install.method(cls, "popitem(self)", a -> {
            PDict.Entry e = self(a[0]).popLast();
            if (e == null) {
                throw Errors.raise(BuiltinTypes.KEY_ERROR, "popitem(): dictionary is empty");
            }
            return new PTuple(new Object[]{e.key, e.value});
        });
        Install.method(cls, "keys(self)", a -> new PDictView(self(a[0]), DictIterator.KEYS));
        Install.method(cls, "values(self)", a -> new PDictView(self(a[0]), DictIterator.VALUES));
        Install.method(cls, "items(self)", a -> new PDictView(self(a[0]), DictIterator.ITEMS));
        Install.method(cls, "clear(self)", a -> {
            self(a[0]).clear();
            return PNone.NONE;
        });
        Install.method(cls, "copy(self)", a -> copy(self(a[0])));
        Install.classMethod(cls, "fromkeys(cls, iterable, value=None, /)", a -> {
            Object d = Calls.call(a[0], new Object[0]);
            for (Object k : Iteration.toArray(a[1])) {
                if (d instanceof PDict pd && pd.getPythonClass() == BuiltinTypes.DICT) {
                    pd.put(k, a[2]);
                } else {
                    Sequences.setItem(d, k, a[2]);
                }
            }
            return d;
        });
        Install.method(cls, "__getitem__(self, key, /)", a -> {
            PDict d = self(a[0]);
            Object v = d.get(a[1]);
            if (v == null) {
                Object missing = Attributes.lookupUserSpecial(d.getPythonClass(), "__missing__");
                if (missing != null) {
                    return Calls.call(missing, new Object[]{d, a[1]});
                }
                throw Errors.keyError(a[1]);
            }
            return v;
        });
        Install.method(cls, "__setitem__(self, key, value, /)", a -> {
            self(a[0]).put(a[1], a[2]);
            return PNone.NONE;
        });
        Install.method(cls, "__delitem__(self, key, /)", a -> {
            if (self(a[0]).remove(a[1]) == null) {
                throw Errors.keyError(a[1]);
            }
            return PNone.NONE;
        });
        Install.method(cls, "__contains__(self, key, /)", a -> self(a[0]).containsKey(a[1]));
        Install.method(cls, "__len__(self)", a -> (long) self(a[0]).size());
        Install.method(cls, "__iter__(self)", a -> new DictIterator(self(a[0]), DictIterator.KEYS));
        Install.method(cls, "__reversed__(self)", a -> reversedIterator(self(a[0]), DictIterator.KEYS));
        for (Compare op : new Compare[]{Compare.EQ, Compare.NE}) {
            Install.method(cls, op.dunder + "(self, value, /)",
                            a -> a[1] instanceof PDict ? Comparisons.builtinCompare(a[0], a[1], op) : PSingleton.NOT_IMPLEMENTED);
        }
        Install.method(cls, "__or__(self, value, /)", a -> {
            if (!(a[1] instanceof PDict other)) {
                return PSingleton.NOT_IMPLEMENTED;
            }
            PDict r = copy(self(a[0]));
            merge(r, other);
            return r;
        });
        Install.method(cls, "__ror__(self, value, /)", a -> {
            if (!(a[1] instanceof PDict other)) {
                return PSingleton.NOT_IMPLEMENTED;
            }
            PDict r = copy(other);
            merge(r, self(a[0]));
            return r;
        });
        Install.method(cls, "__ior__(self, value, /)", a -> {
            update(self(a[0]), new Object[]{a[1]}, null, "update");
            return a[0];
        });
        Install.method(cls, "__repr__(self)", a -> Repr.builtinRepr(a[0]));
        cls.define("__hash__", PNone.NONE);
        installViews();
        installMappingProxy();
    }

    /** mappingproxy: the dict's reading methods on the wrapped dict; no item assignment. */
    private static void installMappingProxy() {
        PythonClass cls = PMappingProxy.CLASS;
        for (String spec : new String[]{"__getitem__(self, key, /)", "__contains__(self, key, /)", "__iter__(self)", "__len__(self)",
                        "__reversed__(self)", "get(self, key, default=None, /)", "keys(self)", "values(self)", "items(self)", "copy(self)"}) {
            String name = spec.substring(0, spec.indexOf('('));
            Install.method(cls, spec, a -> Calls.callMethod(((PMappingProxy) a[0]).getMapping(), name, java.util.Arrays.copyOfRange(a, 1, a.length)));
        }
        Install.method(cls, "__repr__(self)", a -> "mappingproxy(" + Repr.repr(((PMappingProxy) a[0]).getMapping()) + ")");
        Install.method(cls, "__str__(self)", a -> Repr.str(((PMappingProxy) a[0]).getMapping()));
        Install.method(cls, "__eq__(self, value, /)", a -> Comparisons.eq(((PMappingProxy) a[0]).getMapping(),
                        a[1] instanceof PMappingProxy p ? p.getMapping() : a[1]));
        Install.method(cls, "__ne__(self, value, /)", a -> !Comparisons.eq(((PMappingProxy) a[0]).getMapping(),
                        a[1] instanceof PMappingProxy p ? p.getMapping() : a[1]));
        Install.method(cls, "__or__(self, value, /)", a -> Arith.binary(Binary.BITOR, copy(((PMappingProxy) a[0]).getMapping()),
                        a[1] instanceof PMappingProxy p ? p.getMapping() : a[1]));
        Install.method(cls, "__ror__(self, value, /)", a -> Arith.binary(Binary.BITOR, a[1], copy(((PMappingProxy) a[0]).getMapping())));
        for (PythonClass view : new PythonClass[]{PDictView.KEYS, PDictView.VALUES, PDictView.ITEMS}) {
            Install.getSet(view, "mapping", o -> new PMappingProxy(view(o).getDict()), null);
        }
    }

    /** A plain dict with the same entries (a subclass's copy is a plain dict, as in CPython). */
    static PDict copy(PDict d) {
        PDict r = new PDict();
        merge(r, d);
        return r;
    }

    private static void merge(PDict target, PDict source) {
        if (!source.mergesDirectly()) {
            mergeThroughKeys(target, source);
            return;
        }
        for (PDict.Entry e : source.entriesSnapshot()) {
            target.put(e.key, e.value);
        }
    }

    private static void mergeThroughKeys(PDict target, Object source) {
        for (Object k : Iteration.toArray(Calls.callMethod(source, "keys"))) {
            target.put(k, Sequences.getItem(source, k));
        }
    }

    /**
     * {@code dict(...)} / {@code d.update(...)}: one positional argument (a dict, an object with {@code keys()}, or an
     * iterable of pairs), then the keyword arguments.
     */
    static void update(PDict d, Object[] args, PDict kwargs, String name) {
        if (args.length > 1) {
            throw Errors.typeError("%s expected at most 1 argument, got %d", name, args.length);
        }
        if (args.length == 1) {
            Object arg = args[0];
            if (arg instanceof PDict other && other.mergesDirectly()) {
                merge(d, other);
            } else if (Attributes.lookupAttribute(arg, "keys") != null) {
                mergeThroughKeys(d, arg);
            } else {
                Object it = Iteration.getIter(arg);
                Object item;
                int index = 0;
                while ((item = Iteration.nextOrNull(it)) != null) {
                    Object[] pair;
                    try {
                        pair = Iteration.toArray(item);
                    } catch (PException e) {
                        if (e.matches(BuiltinTypes.TYPE_ERROR)) {
                            throw Errors.typeError("cannot convert dictionary update sequence element #%d to a sequence", index);
                        }
                        throw e;
                    }
                    if (pair.length != 2) {
                        throw Errors.valueError("dictionary update sequence element #%d has length %d; 2 is required", index, pair.length);
                    }
                    d.put(pair[0], pair[1]);
                    index++;
                }
            }
        }
        if (kwargs != null) {
            merge(d, kwargs);
        }
    }

    /** {@code reversed(d)}, {@code reversed(d.keys())} ...: the entries from last to first. */
    static PIterator reversedIterator(PDict d, int kind) {
        PDict.Entry[] entries = d.entriesSnapshot();
        return new PIterator() {
            private int index = entries.length - 1;

            @Override
            public Object nextOrNull() {
                if (d.size() != entries.length) {
                    index = -1;
                    throw Errors.runtimeError("dictionary changed size during iteration");
                }
                if (index < 0) {
                    return null;
                }
                PDict.Entry e = entries[index--];
                return kind == DictIterator.KEYS ? e.key : kind == DictIterator.VALUES ? e.value : new PTuple(new Object[]{e.key, e.value});
            }

            @Override
            public PythonClass getPythonClass() {
                return kind == DictIterator.KEYS ? BuiltinIteration.DICT_REVERSE_KEY_ITERATOR
                                : kind == DictIterator.VALUES ? BuiltinIteration.DICT_REVERSE_VALUE_ITERATOR : BuiltinIteration.DICT_REVERSE_ITEM_ITERATOR;
            }
        };
    }

    private static PDictView view(Object o) {
        return (PDictView) o;
    }

    private static void installViews() {
        for (PythonClass cls : new PythonClass[]{PDictView.KEYS, PDictView.VALUES, PDictView.ITEMS}) {
            Install.method(cls, "__len__(self)", a -> (long) view(a[0]).getDict().size());
            Install.method(cls, "__iter__(self)", a -> new DictIterator(view(a[0]).getDict(), view(a[0]).getKind()));
            Install.method(cls, "__reversed__(self)", a -> reversedIterator(view(a[0]).getDict(), view(a[0]).getKind()));
            Install.method(cls, "__repr__(self)", a -> {
                PDictView v = view(a[0]);
                StringBuilder sb = new StringBuilder(cls.getName()).append("([");
                Object it = new DictIterator(v.getDict(), v.getKind());
                Object e;
                boolean first = true;
                while ((e = Iteration.nextOrNull(it)) != null) {
                    sb.append(first ? "" : ", ").append(Repr.repr(e));
                    first = false;
                }
                return sb.append("])").toString();
            });
        }
        Install.method(PDictView.KEYS, "__contains__(self, key, /)", a -> view(a[0]).getDict().containsKey(a[1]));
        Install.method(PDictView.VALUES, "__contains__(self, key, /)", a -> {
            for (PDict.Entry e : view(a[0]).getDict().entriesSnapshot()) {
                if (e.value == a[1] || Comparisons.eq(e.value, a[1])) {
                    return true;
                }
            }
            return false;
        });
        Install.method(PDictView.ITEMS, "__contains__(self, key, /)", a -> {
            if (!(a[1] instanceof PTuple t) || t.size() != 2) {
                return false;
            }
            Object v = view(a[0]).getDict().get(t.get(0));
            return v != null && (v == t.get(1) || Comparisons.eq(v, t.get(1)));
        });
        for (PythonClass cls : new PythonClass[]{PDictView.KEYS, PDictView.ITEMS}) {
            // Comparable as sets, so unhashable like sets (values views keep identity hashing).
            cls.define("__hash__", PNone.NONE);
            // Set operations: the view as a set, combined with any iterable (CPython's dictviews_* functions).
            Install.method(cls, "__and__(self, other, /)", a -> SetOps.intersection(asSet(a[0]), a[1]));
            Install.method(cls, "__rand__(self, other, /)", a -> SetOps.intersection(asSet(a[0]), a[1]));
            Install.method(cls, "__or__(self, other, /)", a -> SetOps.union(asSet(a[0]), a[1]));
            Install.method(cls, "__ror__(self, other, /)", a -> SetOps.union(asSet(a[0]), a[1]));
            Install.method(cls, "__sub__(self, other, /)", a -> {
                PSet s = asSet(a[0]);
                s.differenceUpdate(a[1]);
                return s;
            });
            Install.method(cls, "__rsub__(self, other, /)", a -> {
                PSet s = PSet.create(BuiltinTypes.SET, a[1]);
                s.differenceUpdate(a[0]);
                return s;
            });
            Install.method(cls, "__xor__(self, other, /)", a -> {
                PSet s = asSet(a[0]);
                s.symmetricDifferenceUpdate(a[1]);
                return s;
            });
            Install.method(cls, "isdisjoint(self, other, /)", a -> {
                PSet s = asSet(a[0]);
                for (Object e : Iteration.toArray(a[1])) {
                    if (s.contains(e)) {
                        return false;
                    }
                }
                return true;
            });
            for (Compare op : new Compare[]{Compare.EQ, Compare.NE, Compare.LT, Compare.LE, Compare.GT, Compare.GE}) {
                Install.method(cls, op.dunder + "(self, other, /)", a -> PDictView.compareAsSets(a[0], a[1], op));
            }
        }
    }

    private static PSet asSet(Object view) {
        return PSet.create(BuiltinTypes.SET, view);
    }
}
