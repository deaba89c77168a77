package org.minipy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import org.minipy.ast.Operator.Compare;

/**
 * Set algebra ({@code | & - ^}, their in-place forms and the named methods) and set comparison (equality and the
 * subset orderings). Each operation takes CPython's code path (which operand is iterated, which is probed, when the
 * result starts as a copy), because that decides the hash-table layout and so the order the result prints in.
 */
public final class SetOps {
    private SetOps() {
    }

    /** A new empty set of the builtin kind of {@code like} (a frozenset, or a subclass of it, gives a frozenset). */
    private static PSet newLike(PSet like) {
        return new PSet(like.isFrozen() ? BuiltinTypes.FROZENSET : BuiltinTypes.SET);
    }

    private static boolean isExactDict(Object o) {
        return o instanceof PDict d && d.getPythonClass() == BuiltinTypes.DICT;
    }

    /** {@code a | b}, {@code a.union(b)}: a copy of {@code a} updated with {@code b}. */
    @TruffleBoundary
    public static PSet union(PSet a, Object b) {
        PSet r = a.copySet();
        if (b != a) {
            r.updateFrom(b);
        }
        return r;
    }

    /** {@code a & b}, {@code a.intersection(b)}: iterates the smaller set and probes the larger. */
    @TruffleBoundary
    public static PSet intersection(PSet a, Object b) {
        if (b == a) {
            return a.copySet();
        }
        PSet r = newLike(a);
        if (b instanceof PSet other) {
            PSet big = a;
            PSet small = other;
            if (other.size() > a.size()) {
                big = other;
                small = a;
            }
            r.addFiltered(small, big, true);
            return r;
        }
        Object it = Iteration.getIter(b);
        Object e;
        while ((e = Iteration.nextOrNull(it)) != null) {
            if (a.contains(e)) {
                r.add(e);
            }
        }
        return r;
    }

    /** {@code a - b}, {@code a.difference(b)}. */
    @TruffleBoundary
    public static PSet difference(PSet a, Object b) {
        int otherSize;
        if (b instanceof PSet s) {
            otherSize = s.size();
        } else if (isExactDict(b)) {
            otherSize = ((PDict) b).size();
        } else {
            return copyAndDifference(a, b);
        }
        if ((a.size() >> 2) > otherSize) {
            return copyAndDifference(a, b);
        }
        PSet r = newLike(a);
        if (b instanceof PSet s) {
            r.addFiltered(a, s, false);
        } else {
            PDict d = (PDict) b;
            for (Object e : a.elements()) {
                if (!d.containsKey(e)) {
                    r.add(e);
                }
            }
        }
        return r;
    }

    private static PSet copyAndDifference(PSet a, Object b) {
        PSet r = a.copySet();
        r.differenceUpdate(b);
        return r;
    }

    /** {@code a ^ b}, {@code a.symmetric_difference(b)}: a set made from {@code b}, updated with {@code a}. */
    @TruffleBoundary
    public static PSet symmetricDifference(PSet a, Object b) {
        PSet r = PSet.create(a.isFrozen() ? BuiltinTypes.FROZENSET : BuiltinTypes.SET, b);
        r.symmetricDifferenceUpdate(a);
        return r;
    }

    /** {@code a &= b}, {@code a.intersection_update(b)}: the intersection takes over {@code a}'s body. */
    @TruffleBoundary
    public static void intersectionUpdate(PSet a, Object b) {
        PSet tmp = intersection(a, b);
        a.swapBodies(tmp);
    }

    /** Whether every element of {@code a} is in {@code b}. */
    @TruffleBoundary
    public static boolean isSubset(PSet a, PSet b) {
        if (a.size() > b.size()) {
            return false;
        }
        for (Object e : a.elements()) {
            if (!b.contains(e)) {
                return false;
            }
        }
        return true;
    }

    @TruffleBoundary
    public static Object compare(PSet a, PSet b, Compare op) {
        switch (op) {
            case EQ:
                return a.size() == b.size() && isSubset(a, b);
            case NE:
                return !(a.size() == b.size() && isSubset(a, b));
            case LE:
                return isSubset(a, b);
            case LT:
                return a.size() < b.size() && isSubset(a, b);
            case GE:
                return isSubset(b, a);
            case GT:
                return b.size() < a.size() && isSubset(b, a);
            default:
                return PSingleton.NOT_IMPLEMENTED;
        }
    }
}
