package org.minipy.compiler;

import java.math.BigInteger;

import org.minipy.ast.Expr;
import org.minipy.ast.Operator;

/*
 * Which integer expressions CPython 3.11's AST optimizer folds into constants. It matters only where folding is
 * visible: a set display of more than two constants is built through a frozenset constant, so {2**61, -1, 10**20}
 * prints in another order than a set built element by element. The size guards are CPython's (results of at most
 * 128 bits for *, ** and <<); an operation that would raise is not folded.
 */
final class ConstantFolding {
    private static final int MAX_INT_BITS = 128;

    private ConstantFolding() {
    }

    /** Whether CPython folds this arithmetic on constants into one constant. */
    static boolean folds(Expr e) {
        if (e instanceof Expr.BinOp b && b.op() == Operator.Binary.TRUEDIV) {
            BigInteger divisor = intValue(b.right());
            return intValue(b.left()) != null && divisor != null && divisor.signum() != 0;
        }
        if (e instanceof Expr.BinOp b && b.op() == Operator.Binary.POW) {
            BigInteger base = intValue(b.left());
            BigInteger exp = intValue(b.right());
            if (base != null && exp != null && exp.signum() < 0) {
                return base.signum() != 0;      // a float result
            }
        }
        return intValue(e) != null;
    }

    /** The folded value of an integer expression, or null when CPython leaves it to run time. */
    static BigInteger intValue(Expr e) {
        return switch (e) {
            case Expr.Constant c -> constantInt(c.value());
            case Expr.UnaryOp u -> unary(u);
            case Expr.BinOp b -> binary(b);
            default -> null;
        };
    }

    private static BigInteger constantInt(Object v) {
        if (v instanceof Boolean bool) {
            return bool ? BigInteger.ONE : BigInteger.ZERO;
        }
        if (v instanceof Long || v instanceof Integer) {
            return BigInteger.valueOf(((Number) v).longValue());
        }
        return v instanceof BigInteger big ? big : null;
    }

    private static BigInteger unary(Expr.UnaryOp u) {
        BigInteger v = intValue(u.operand());
        if (v == null) {
            return null;
        }
        return switch (u.op()) {
            case NEG -> v.negate();
            case POS -> v;
            case INVERT -> v.not();
            case NOT -> null;
        };
    }

    private static BigInteger binary(Expr.BinOp b) {
        BigInteger x = intValue(b.left());
        BigInteger y = x == null ? null : intValue(b.right());
        if (y == null) {
            return null;
        }
        return switch (b.op()) {
            case ADD -> x.add(y);
            case SUB -> x.subtract(y);
            case BITOR -> x.or(y);
            case BITXOR -> x.xor(y);
            case BITAND -> x.and(y);
            case MUL -> x.signum() != 0 && y.signum() != 0 && bits(x) + bits(y) > MAX_INT_BITS ? null : x.multiply(y);
            case POW -> power(x, y);
            case LSHIFT -> lshift(x, y);
            case RSHIFT -> y.signum() < 0 ? null : x.shiftRight(y.min(BigInteger.valueOf(Integer.MAX_VALUE)).intValue());
            case FLOORDIV -> y.signum() == 0 ? null : floorDiv(x, y);
            case MOD -> y.signum() == 0 ? null : x.subtract(floorDiv(x, y).multiply(y));
            case TRUEDIV, MATMUL -> null;
        };
    }

    private static BigInteger power(BigInteger x, BigInteger y) {
        if (y.signum() < 0) {
            return null;                        // a float
        }
        if (x.signum() == 0) {
            return y.signum() == 0 ? BigInteger.ONE : BigInteger.ZERO;
        }
        if (y.signum() > 0 && bits(x) > MAX_INT_BITS / y.min(BigInteger.valueOf(MAX_INT_BITS + 1)).intValue()) {
            return null;
        }
        return x.pow(y.intValueExact());
    }

    private static BigInteger lshift(BigInteger x, BigInteger y) {
        if (y.signum() < 0) {
            return null;
        }
        if (x.signum() != 0 && (y.compareTo(BigInteger.valueOf(MAX_INT_BITS)) > 0 || bits(x) > MAX_INT_BITS - y.intValue())) {
            return null;
        }
        return x.shiftLeft(y.intValue());
    }

    private static BigInteger floorDiv(BigInteger x, BigInteger y) {
        BigInteger[] qr = x.divideAndRemainder(y);
        return qr[1].signum() != 0 && qr[1].signum() != y.signum() ? qr[0].subtract(BigInteger.ONE) : qr[0];
    }

    private static int bits(BigInteger v) {
        return v.abs().bitLength();
    }
}
