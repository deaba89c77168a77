package org.minipy.builtins;

import org.minipy.ast.Operator.Compare;
import org.minipy.runtime.BuiltinTypes;
import org.minipy.runtime.Errors;
import org.minipy.runtime.Iteration;
import org.minipy.runtime.PDict;
import org.minipy.runtime.PException;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PSet;
import org.minipy.runtime.PSingleton;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PythonClass;
import org.minipy.runtime.Repr;
import org.minipy.runtime.SetOps;

/**
 * The methods of {@code set} and {@code frozenset}. The element order a program sees comes from {@link PSet}'s
 * CPython-shaped hash table and from {@link SetOps}, which take CPython's code path for every operation; these methods
 * only check arguments and pick the operation.
 */
final class SetMethods {
    private SetMethods() {
    }

    static void install() {
        installShared(BuiltinTypes.SET);
        installShared(BuiltinTypes.FROZENSET);
        installSetOnly();
        installFrozenSetOnly();
    }

    private static PSet self(Object o) {
        return (PSet) o;
    }

    /** The methods both classes have; results keep the kind (set or frozenset) of {@code self}. */
    private static void installShared(PythonClass cls) {
        String n = cls.getName();
        Install.method(cls, "__len__(self)", a -> (long) self(a[0]).size());
        Install.method(cls, "__contains__(self, key)", a -> containsKey(self(a[0]), a[1]));
        Install.method(cls, "__iter__(self)", a -> self(a[0]).iterator());
        Install.method(cls, "__repr__(self)", a -> Repr.builtinRepr(a[0]));
        Install.method(cls, "copy(self)", a -> {
            PSet s = self(a[0]);
            if (s.getPythonClass() == BuiltinTypes.FROZENSET) {
                return s;
            }
            return s.copySet();
        });
        Install.method(cls, "union(self, *others)", a -> {
            PSet s = self(a[0]);
            PSet result = s.copySet();
            for (Object other : ((PTuple) a[1]).getItems()) {
                if (other != s) {
                    result.updateFrom(other);
                }
            }
            return result;
        });
        Install.method(cls, "intersection(self, *others)", a -> {
            PSet result = self(a[0]);
            Object[] others = ((PTuple) a[1]).getItems();
            if (others.length == 0) {
                return result.copySet();
            }
            for (Object other : others) {
                result = SetOps.intersection(result, other);
            }
            return result;
        });
        Install.method(cls, "difference(self, *others)", a -> {
            PSet s = self(a[0]);
            Object[] others = ((PTuple) a[1]).getItems();
            if (others.length == 0) {
                return s.copySet();
            }
            PSet result = SetOps.difference(s, others[0]);
            for (int i = 1; i < others.length; i++) {
                result.differenceUpdate(others[i]);
            }
            return result;
        });
        Install.method(cls, "symmetric_difference(self, other, /)", a -> SetOps.symmetricDifference(self(a[0]), a[1]));
        Install.method(cls, "issubset(self, other, /)", a -> {
            PSet s = self(a[0]);
            PSet other = a[1] instanceof PSet o ? o : PSet.create(BuiltinTypes.SET, a[1]);
            return SetOps.isSubset(s, other);
        });
        Install.method(cls, "issuperset(self, other, /)", a -> {
            PSet s = self(a[0]);
            if (a[1] instanceof PSet o) {
                return SetOps.isSubset(o, s);
            }
            for (Object e : Iteration.toArray(a[1])) {
                if (!s.contains(e)) {
                    return false;
                }
            }
            return true;
        });
        Install.method(cls, "isdisjoint(self, other, /)", a -> {
            PSet s = self(a[0]);
            if (a[1] == s) {
                return s.size() == 0;
            }
            for (Object e : Iteration.toArray(a[1])) {
                if (s.contains(e)) {
                    return false;
                }
            }
            return true;
        });
        Install.method(cls, "__or__(self, other, /)", a -> a[1] instanceof PSet o ? SetOps.union(self(a[0]), o) : PSingleton.NOT_IMPLEMENTED);
        Install.method(cls, "__and__(self, other, /)", a -> a[1] instanceof PSet o ? SetOps.intersection(self(a[0]), o) : PSingleton.NOT_IMPLEMENTED);
        Install.method(cls, "__sub__(self, other, /)", a -> a[1] instanceof PSet o ? SetOps.difference(self(a[0]), o) : PSingleton.NOT_IMPLEMENTED);
        Install.method(cls, "__xor__(self, other, /)", a -> a[1] instanceof PSet o ? SetOps.symmetricDifference(self(a[0]), o) : PSingleton.NOT_IMPLEMENTED);
        Install.method(cls, "__ror__(self, other, /)", a -> a[1] instanceof PSet o ? SetOps.union(o, self(a[0])) : PSingleton.NOT_IMPLEMENTED);
        Install.method(cls, "__rand__(self, other, /)", a -> a[1] instanceof PSet o ? SetOps.intersection(o, self(a[0])) : PSingleton.NOT_IMPLEMENTED);
        Install.method(cls, "__rsub__(self, other, /)", a -> a[1] instanceof PSet o ? SetOps.difference(o, self(a[0])) : PSingleton.NOT_IMPLEMENTED);
        Install.method(cls, "__rxor__(self, other, /)", a -> a[1] instanceof PSet o ? SetOps.symmetricDifference(o, self(a[0])) : PSingleton.NOT_IMPLEMENTED);
        for (Compare op : new Compare[]{Compare.EQ, Compare.NE, Compare.LT, Compare.LE, Compare.GT, Compare.GE}) {
            Install.method(cls, op.dunder + "(self, other, /)",
                            a -> a[1] instanceof PSet o ? SetOps.compare(self(a[0]), o, op) : PSingleton.NOT_IMPLEMENTED);
        }
        if (n.equals("frozenset")) {
            Install.method(cls, "__hash__(self)", a -> self(a[0]).frozenHash());
        } else {
            cls.define("__hash__", PNone.NONE);
        }
    }

    /** {@code x in s}; an unhashable set is looked up as the equal frozenset, as CPython does. */
    static boolean containsKey(PSet s, Object key) {
        return s.containsKey(key);
    }

    private static void installSetOnly() {
        PythonClass cls = BuiltinTypes.SET;
        Install.constructor(cls, "__new__(cls, *args, **kwargs)", a -> {
            PythonClass type = (PythonClass) a[0];
            if (type == BuiltinTypes.SET && ((PDict) a[2]).size() > 0) {
                throw Errors.typeError("set() takes no keyword arguments");
            }
            return new PSet(type);
        });
        Install.method(cls, "__init__(self, *args, **kwargs)", a -> {
            PSet s = self(a[0]);
            Object[] args = ((PTuple) a[1]).getItems();
            if (((PDict) a[2]).size() > 0) {
                throw Errors.typeError("set() takes no keyword arguments");
            }
            if (args.length > 1) {
                throw Errors.typeError("set expected at most 1 argument, got %d", args.length);
            }
            if (s.size() > 0) {
                s.clear();
            }
            if (args.length == 1) {
                s.updateFrom(args[0]);
            }
            return PNone.NONE;
        });
        Install.method(cls, "add(self, elem, /)", a -> {
            self(a[0]).add(a[1]);
            return PNone.NONE;
        });
        Install.method(cls, "remove(self, elem, /)", a -> {
            if (!removeKey(self(a[0]), a[1])) {
                throw Errors.keyError(a[1]);
            }
            return PNone.NONE;
        });
        Install.method(cls, "discard(self, elem, /)", a -> {
            removeKey(self(a[0]), a[1]);
            return PNone.NONE;
        });
        Install.method(cls, "pop(self)", a -> {
            Object v = self(a[0]).pop();
            if (v == null) {
                throw Errors.raise(BuiltinTypes.KEY_ERROR, "pop from an empty set");
            }
            return v;
        });
        Install.method(cls, "clear(self)", a -> {
            self(a[0]).clear();
            return PNone.NONE;
        });
        Install.method(cls, "update(self, *others)", a -> {
            PSet s = self(a[0]);
            for (Object other : ((PTuple) a[1]).getItems()) {
                s.updateFrom(other);
            }
            return PNone.NONE;
        });
        Install.method(cls, "intersection_update(self, *others)", a -> {
            PSet s = self(a[0]);
            PSet result = s;
            for (Object other : ((PTuple) a[1]).getItems()) {
                result = SetOps.intersection(result, other);
            }
            if (result != s) {
                s.swapBodies(result);
            }
            return PNone.NONE;
        });
        Install.method(cls, "difference_update(self, *others)", a -> {
            PSet s = self(a[0]);
            for (Object other : ((PTuple) a[1]).getItems()) {
                s.differenceUpdate(other);
            }
            return PNone.NONE;
        });
        Install.method(cls, "symmetric_difference_update(self, other, /)", a -> {
            self(a[0]).symmetricDifferenceUpdate(a[1]);
            return PNone.NONE;
        });
        Install.method(cls, "__ior__(self, other, /)", a -> {
            if (!(a[1] instanceof PSet)) {
                return PSingleton.NOT_IMPLEMENTED;
            }
            self(a[0]).updateFrom(a[1]);
            return a[0];
        });
        Install.method(cls, "__iand__(self, other, /)", a -> {
            if (!(a[1] instanceof PSet)) {
                return PSingleton.NOT_IMPLEMENTED;
            }
            SetOps.intersectionUpdate(self(a[0]), a[1]);
            return a[0];
        });
        Install.method(cls, "__isub__(self, other, /)", a -> {
            if (!(a[1] instanceof PSet)) {
                return PSingleton.NOT_IMPLEMENTED;
            }
            self(a[0]).differenceUpdate(a[1]);
            return a[0];
        });
        Install.method(cls, "__ixor__(self, other, /)", a -> {
            if (!(a[1] instanceof PSet)) {
                return PSingleton.NOT_IMPLEMENTED;
            }
            self(a[0]).symmetricDifferenceUpdate(a[1]);
            return a[0];
        });
    }

    private static boolean removeKey(PSet s, Object key) {
        try {
            return s.remove(key);
        } catch (PException e) {
            if (key instanceof PSet k && e.matches(BuiltinTypes.TYPE_ERROR)) {
                return s.remove(PSet.create(BuiltinTypes.FROZENSET, k));
            }
            throw e;
        }
    }

    private static void installFrozenSetOnly() {
        PythonClass cls = BuiltinTypes.FROZENSET;
        Install.constructor(cls, "__new__(cls, *args, **kwargs)", a -> {
            PythonClass type = (PythonClass) a[0];
            Object[] args = ((PTuple) a[1]).getItems();
            if (type == BuiltinTypes.FROZENSET && ((PDict) a[2]).size() > 0) {
                throw Errors.typeError("frozenset() takes no keyword arguments");
            }
            if (args.length > 1) {
                throw Errors.typeError("frozenset expected at most 1 argument, got %d", args.length);
            }
            if (args.length == 0) {
                return new PSet(type);
            }
            if (type == BuiltinTypes.FROZENSET && args[0] instanceof PSet s && s.getPythonClass() == BuiltinTypes.FROZENSET) {
                return s;
            }
            return PSet.create(type, args[0]);
        });
    }
}
