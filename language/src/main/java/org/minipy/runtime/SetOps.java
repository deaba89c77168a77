package org.minipy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import org.minipy.ast.Operator.Compare;

/** Set algebra ({@code | & - ^}) and set comparison (equality and the subset orderings). */
public final class SetOps {
    private SetOps() {
    }

    /** A new set of the same kind as {@code like} (a frozenset stays frozen). */
    private static PSet newLike(PSet like) {
        return new PSet(like.isFrozen() ? BuiltinTypes.FROZENSET : BuiltinTypes.SET);
    }

    @TruffleBoundary
    public static PSet union(PSet a, PSet b) {
        PSet r = newLike(a);
        for (Object e : a.elements()) {
            r.add(e);
        }
        for (Object e : b.elements()) {
            r.add(e);
        }
        return r;
    }

    @TruffleBoundary
    public static PSet intersection(PSet a, PSet b) {
        PSet r = newLike(a);
        for (Object e : a.elements()) {
            if (b.contains(e)) {
                r.add(e);
            }
        }
        return r;
    }

    @TruffleBoundary
    public static PSet difference(PSet a, PSet b) {
        PSet r = newLike(a);
        for (Object e : a.elements()) {
            if (!b.contains(e)) {
                r.add(e);
            }
        }
        return r;
    }

    @TruffleBoundary
    public static PSet symmetricDifference(PSet a, PSet b) {
        PSet r = newLike(a);
        for (Object e : a.elements()) {
            if (!b.contains(e)) {
                r.add(e);
            }
        }
        for (Object e : b.elements()) {
            if (!a.contains(e)) {
                r.add(e);
            }
        }
        return r;
    }

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
