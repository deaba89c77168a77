package org.minipy.runtime;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import org.minipy.ast.Operator.Compare;

/**
 * Rich comparison ({@code == != < <= > >=}) with CPython's protocol: the left operand's method, then the right
 * operand's reflected one (first, if the right operand's class derives from the left's), {@code NotImplemented}
 * meaning "try the other", identity as the last word for {@code ==}/{@code !=}, and TypeError for orderings.
 * Builtin values compare in Java: numbers mathematically across int/float/bool, sequences lexicographically.
 */
public final class Comparisons {
    private Comparisons() {
    }

    /** {@code a == b} as a Java boolean (what containers use). */
    @TruffleBoundary
    public static boolean eq(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a instanceof String x && b instanceof String y) {
            return x.equals(y);
        }
        if (a instanceof Long x && b instanceof Long y) {
            return x.longValue() == y.longValue();
        }
        return Truth.isTrue(richCompare(a, b, Compare.EQ));
    }

    @TruffleBoundary
    public static Object richCompare(Object a, Object b, Compare op) {
        PythonClass ca = TypeOf.classOf(a);
        PythonClass cb = TypeOf.classOf(b);
        if (!ca.isBuiltin() || !cb.isBuiltin()) {
            Compare reflected = reflect(op);
            // Unlike the arithmetic operators, a comparison tries a subclass's reflected method first whether or not the
            // subclass overrides it (CPython's do_richcompare), which shows when __ne__ falls back on a subclass's __eq__.
            boolean rightFirst = cb != ca && cb.isSubclassOf(ca);
            if (rightFirst) {
                Object r = callUser(b, cb, reflected, a);
                if (r != PSingleton.NOT_IMPLEMENTED) {
                    return r;
                }
            }
            Object r = callUser(a, ca, op, b);
            if (r != PSingleton.NOT_IMPLEMENTED) {
                return r;
            }
            if (!rightFirst) {
                r = callUser(b, cb, reflected, a);
                if (r != PSingleton.NOT_IMPLEMENTED) {
                    return r;
                }
            }
        }
        Object r = builtinCompare(a, b, op);
        if (r != PSingleton.NOT_IMPLEMENTED) {
            return r;
        }
        r = builtinCompare(b, a, reflect(op));
        if (r != PSingleton.NOT_IMPLEMENTED) {
            return r;
        }
        if (a instanceof JavaOperators || b instanceof JavaOperators) {
            r = JavaOperators.compare(a, b, op);
            if (r != PSingleton.NOT_IMPLEMENTED) {
                return r;
            }
        }
        switch (op) {
            case EQ:
                return a == b;
            case NE:
                return a != b;
            default:
                throw Errors.typeError("'%s' not supported between instances of '%s' and '%s'", op.symbol, ca.getTypeName(), cb.getTypeName());
        }
    }

    private static Object callUser(Object self, PythonClass cls, Compare op, Object other) {
        Object m = Attributes.lookupUserSpecial(cls, op.dunder);
        if (m == null) {
            if (op == Compare.NE) {
                Object eqMethod = Attributes.lookupUserSpecial(cls, "__eq__");
                if (eqMethod != null) {
                    Object r = Calls.call(eqMethod, new Object[]{self, other});
                    return r == PSingleton.NOT_IMPLEMENTED ? r : !Truth.isTrue(r);
                }
            }
            return PSingleton.NOT_IMPLEMENTED;
        }
        return Calls.call(m, new Object[]{self, other});
    }

    public static Compare reflect(Compare op) {
        switch (op) {
            case LT:
                return Compare.GT;
            case LE:
                return Compare.GE;
            case GT:
                return Compare.LT;
            case GE:
                return Compare.LE;
            default:
                return op;
        }
    }

    private static boolean isNumber(Object o) {
        return o instanceof Long || o instanceof Double || o instanceof Boolean || o instanceof BigInteger;
    }

    /** Comparison of two builtin values; NotImplemented when their types do not compare. */
    @TruffleBoundary
    public static Object builtinCompare(Object left, Object right, Compare op) {
        Object a = PSubclassValue.unwrap(left);
        Object b = PSubclassValue.unwrap(right);
        int c;
        if (isNumber(a) && isNumber(b)) {
            if (a instanceof Double x && b instanceof Double y) {
                return compareDoubles(x, y, op);
            } else if (a instanceof Double x) {
                if (Double.isNaN(x)) {
                    return op == Compare.NE;
                }
                c = FloatOps.compareWithInt(x, b);
            } else if (b instanceof Double y) {
                if (Double.isNaN(y)) {
                    return op == Compare.NE;
                }
                c = -FloatOps.compareWithInt(y, a);
            } else {
                c = IntOps.compare(a, b);
            }
            return result(c, op);
        }
        if (a instanceof String x && b instanceof String y) {
            return result(compareStrings(x, y), op);
        }
        if (a instanceof PList x && b instanceof PList y) {
            return compareSequences(x.toArray(), y.toArray(), op);
        }
        if (a instanceof PTuple x && b instanceof PTuple y) {
            return compareSequences(x.getItems(), y.getItems(), op);
        }
        if (a instanceof PSlice x && b instanceof PSlice y) {
            // slices compare as the tuples (start, stop, step), orderings included
            return compareSequences(new Object[]{x.start, x.stop, x.step}, new Object[]{y.start, y.stop, y.step}, op);
        }
        if (a instanceof PMappingProxy p) {
            // A mappingproxy compares as the dict it shows.
            return richCompare(p.getMapping(), b instanceof PMappingProxy q ? q.getMapping() : b, op);
        }
        if (op == Compare.EQ || op == Compare.NE) {
            Boolean eq = null;
            if (a instanceof PDict x && b instanceof PDict y) {
                eq = dictEquals(x, y);
            } else if ((a instanceof PBigRange || b instanceof PBigRange) && (a instanceof PRange || a instanceof PBigRange)
                            && (b instanceof PRange || b instanceof PBigRange)) {
                eq = PBigRange.sameElements(a, b);
            } else if (a instanceof PRange x && b instanceof PRange y) {
                eq = x.length() == y.length() && (x.length() == 0 || (x.start == y.start && (x.length() == 1 || x.step == y.step)));
            } else if (a instanceof PBytes x && b instanceof PBytes y) {
                eq = java.util.Arrays.equals(x.getBytes(), y.getBytes());
            } else if (a instanceof PBoundMethod x && b instanceof PBoundMethod y) {
                eq = x.getFunction() == y.getFunction() && x.getSelf() == y.getSelf();
            }
            if (eq != null) {
                return op == Compare.EQ ? eq : !eq;
            }
        }
        if (a instanceof PSet x && b instanceof PSet y) {
            return SetOps.compare(x, y, op);
        }
        if (a instanceof PDictView) {
            return PDictView.compareAsSets(a, b, op);
        }
        if (a instanceof PBytes x && b instanceof PBytes y) {
            return result(java.util.Arrays.compareUnsigned(x.getBytes(), y.getBytes()), op);
        }
        return PSingleton.NOT_IMPLEMENTED;
    }

    /** Strings compare by code point, which for surrogate-free text equals Java's UTF-16 order. */
    public static int compareStrings(String x, String y) {
        return x.compareTo(y);
    }

    private static Object compareDoubles(double x, double y, Compare op) {
        switch (op) {
            case EQ:
                return x == y;
            case NE:
                return x != y;
            case LT:
                return x < y;
            case LE:
                return x <= y;
            case GT:
                return x > y;
            case GE:
                return x >= y;
            default:
                throw new IllegalArgumentException();
        }
    }

    private static boolean result(int c, Compare op) {
        switch (op) {
            case EQ:
                return c == 0;
            case NE:
                return c != 0;
            case LT:
                return c < 0;
            case LE:
                return c <= 0;
            case GT:
                return c > 0;
            case GE:
                return c >= 0;
            default:
                throw new IllegalArgumentException();
        }
    }

    /** {@code x op y} for two exact tuples (sort keys such as {@code (count, name)}), without the general dispatch. */
    public static Object compareTuples(PTuple x, PTuple y, Compare op) {
        return compareSequences(x.getItems(), y.getItems(), op);
    }

    /**
     * As CPython's tuple and list comparison: the first items that are not equal decide with {@code op}; when one
     * sequence runs out first, it is the smaller. Ints, strs and floats are compared here directly; other items go
     * through Python's {@code ==} and then {@code op}.
     */
    private static Object compareSequences(Object[] x, Object[] y, Compare op) {
        int n = Math.min(x.length, y.length);
        for (int i = 0; i < n; i++) {
            Object p = x[i];
            Object q = y[i];
            int c;
            if (p == q) {
                continue;
            } else if (p instanceof Long u && q instanceof Long v) {
                c = Long.compare(u, v);
            } else if (p instanceof String u && q instanceof String v) {
                c = compareStrings(u, v);
            } else if (p instanceof Double u && q instanceof Double v && !u.isNaN() && !v.isNaN()) {
                c = u < v ? -1 : u > v ? 1 : 0;
            } else if (eq(p, q)) {
                continue;
            } else if (op == Compare.EQ) {
                return false;
            } else if (op == Compare.NE) {
                return true;
            } else {
                return richCompare(p, q, op);
            }
            if (c != 0) {
                return result(c, op);
            }
        }
        return result(Integer.compare(x.length, y.length), op);
    }

    private static boolean dictEquals(PDict x, PDict y) {
        if (x.size() != y.size()) {
            return false;
        }
        for (PDict.Entry e : x.entriesSnapshot()) {
            Object other = y.get(e.key);
            if (other == null || !(other == e.value || eq(e.value, other))) {
                return false;
            }
        }
        return true;
    }
}
