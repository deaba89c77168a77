package org.minipy.runtime;

import org.minipy.ast.Operator.Binary;
import org.minipy.ast.Operator.Compare;
import org.minipy.ast.Operator.Unary;

/**
 * A builtin object written in Java whose operators are not the number/sequence rules the generic protocols know —
 * numpy's arrays, where {@code a + 1}, {@code a < b}, {@code -a} and {@code a += b} work elementwise, truth is
 * ambiguous and {@code str} differs from {@code repr}. {@link Arith}, {@link Comparisons}, {@link Truth} and
 * {@link Repr} ask such objects first, CPython's {@code nb_*}/{@code tp_richcompare} slots in one interface.
 * Every method may return {@link PSingleton#NOT_IMPLEMENTED} to pass the turn.
 */
public interface JavaOperators extends HasPythonClass {
    /** {@code self op other}, or {@code other op self} when {@code reflected}. */
    Object binary(Binary op, Object other, boolean reflected);

    /** {@code self op= other}: updates self and returns it, or NotImplemented for the plain binary operator. */
    Object inplace(Binary op, Object other);

    Object unary(Unary op);

    /** {@code self op other}. */
    Object compare(Compare op, Object other);

    boolean isTrue();

    String str();

    /** The binary operator when at least one operand is a JavaOperators object: the left one first. */
    static Object binary(Binary op, Object a, Object b) {
        Object r = PSingleton.NOT_IMPLEMENTED;
        if (a instanceof JavaOperators j) {
            r = j.binary(op, b, false);
        }
        if (r == PSingleton.NOT_IMPLEMENTED && b instanceof JavaOperators j && b != a) {
            r = j.binary(op, a, true);
        }
        return r;
    }

    static Object compare(Object a, Object b, Compare op) {
        Object r = PSingleton.NOT_IMPLEMENTED;
        if (a instanceof JavaOperators j) {
            r = j.compare(op, b);
        }
        if (r == PSingleton.NOT_IMPLEMENTED && b instanceof JavaOperators j) {
            r = j.compare(Comparisons.reflect(op), a);
        }
        return r;
    }
}
