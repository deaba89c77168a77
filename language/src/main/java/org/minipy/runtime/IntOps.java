package org.minipy.runtime;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Python integer arithmetic on MiniPy's two representations: {@code long} while the value fits, {@link BigInteger}
 * beyond. Every result goes through {@link #normalize} so a value that fits in a long is always a Long. Division and
 * modulo round toward negative infinity, as Python's do.
 */
public final class IntOps {
    private IntOps() {
    }

    /** A Long when the value fits in 64 bits, else the BigInteger itself. */
    @TruffleBoundary
    public static Object normalize(BigInteger value) {
        if (value.bitLength() < 64) {
            return value.longValue();
        }
        return value;
    }

    /** The digits of {@code |value|} (an int) in {@code radix}; a 64-bit value needs no BigInteger arithmetic. */
    public static String absDigits(Object value, int radix) {
        if (value instanceof Long v && v != Long.MIN_VALUE) {
            return Long.toString(Math.abs(v), radix);
        }
        return toBig(value).abs().toString(radix);
    }

    /** Whether an int (Long, Boolean or BigInteger) is below zero. */
    public static boolean isNegative(Object value) {
        return value instanceof Long v ? v < 0 : value instanceof BigInteger big && big.signum() < 0;
    }

    /**
     * str() of an int in decimal, refused like CPython's beyond sys.get_int_max_str_digits() digits (a guard against
     * quadratic-time conversions that programs may test for).
     */
    @TruffleBoundary
    public static String toDecimalString(Object value) {
        if (value instanceof BigInteger big && big.bitLength() > 3300) {
            int limit = PythonContext.get().getIntMaxStrDigits();
            // bitLength * log10(2) digits, give or take one: only a value near the limit needs the conversion first
            if (limit > 0 && (long) (big.bitLength() * 0.30102999566398) > limit) {
                throw Errors.valueError("Exceeds the limit (%d digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit", limit);
            }
            String s = big.toString();
            if (limit > 0 && s.length() - (big.signum() < 0 ? 1 : 0) > limit) {
                throw Errors.valueError("Exceeds the limit (%d digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit", limit);
            }
            return s;
        }
        return value.toString();
    }

    /** True for Python ints: Long, BigInteger and Boolean (bool is a subclass of int). */
    public static boolean isInt(Object value) {
        return value instanceof Long || value instanceof BigInteger || value instanceof Boolean;
    }

    @TruffleBoundary
    public static BigInteger toBig(Object value) {
        if (value instanceof Long l) {
            return BigInteger.valueOf(l);
        } else if (value instanceof Boolean b) {
            return b ? BigInteger.ONE : BigInteger.ZERO;
        }
        return (BigInteger) value;
    }

    public static Object add(long a, long b) {
        long r = a + b;
        if (((a ^ r) & (b ^ r)) < 0) {
            return addBig(BigInteger.valueOf(a), BigInteger.valueOf(b));
        }
        return r;
    }

    public static Object sub(long a, long b) {
        long r = a - b;
        if (((a ^ b) & (a ^ r)) < 0) {
            return subBig(BigInteger.valueOf(a), BigInteger.valueOf(b));
        }
        return r;
    }

    public static Object mul(long a, long b) {
        long hi = Math.multiplyHigh(a, b);
        long lo = a * b;
        if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
            return lo;
        }
        return mulBig(BigInteger.valueOf(a), BigInteger.valueOf(b));
    }

    @TruffleBoundary
    public static Object addBig(BigInteger a, BigInteger b) {
        return normalize(a.add(b));
    }

    @TruffleBoundary
    public static Object subBig(BigInteger a, BigInteger b) {
        return normalize(a.subtract(b));
    }

    @TruffleBoundary
    public static Object mulBig(BigInteger a, BigInteger b) {
        return normalize(a.multiply(b));
    }

    public static Object floorDiv(long a, long b) {
        if (b == 0) {
            throw Errors.zeroDivisionError("integer division or modulo by zero");
        }
        if (a == Long.MIN_VALUE && b == -1) {
            return BigInteger.valueOf(a).negate();
        }
        return Math.floorDiv(a, b);
    }

    public static long mod(long a, long b) {
        if (b == 0) {
            throw Errors.zeroDivisionError("integer modulo by zero");
        }
        return Math.floorMod(a, b);
    }

    @TruffleBoundary
    public static Object floorDivBig(BigInteger a, BigInteger b) {
        if (b.signum() == 0) {
            throw Errors.zeroDivisionError("integer division or modulo by zero");
        }
        BigInteger[] qr = a.divideAndRemainder(b);
        BigInteger q = qr[0];
        if (qr[1].signum() != 0 && (qr[1].signum() != b.signum())) {
            q = q.subtract(BigInteger.ONE);
        }
        return normalize(q);
    }

    @TruffleBoundary
    public static Object modBig(BigInteger a, BigInteger b) {
        if (b.signum() == 0) {
            throw Errors.zeroDivisionError("integer modulo by zero");
        }
        BigInteger r = a.mod(b.abs());
        if (b.signum() < 0 && r.signum() != 0) {
            r = r.add(b);
        }
        return normalize(r);
    }

    /** {@code a / b} on ints: a float, correctly rounded even for huge operands. */
    @TruffleBoundary
    public static double trueDiv(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            if (y == 0) {
                throw Errors.zeroDivisionError("division by zero");
            }
            if (Math.abs(x) < (1L << 53) && Math.abs(y) < (1L << 53)) {
                return (double) x / (double) y;
            }
        }
        BigInteger x = toBig(a);
        BigInteger y = toBig(b);
        if (y.signum() == 0) {
            throw Errors.zeroDivisionError("division by zero");
        }
        // Correctly rounded, as CPython: a quotient of 55 or 56 bits with a sticky bit for a remainder, which
        // BigInteger.doubleValue() rounds once (half to even); a decimal intermediate would round twice.
        boolean negative = x.signum() * y.signum() < 0;
        BigInteger n = x.abs();
        BigInteger d = y.abs();
        int shift = 55 - (n.bitLength() - d.bitLength());
        if (shift > 0) {
            n = n.shiftLeft(shift);
        } else {
            d = d.shiftLeft(-shift);
        }
        BigInteger[] qr = n.divideAndRemainder(d);
        BigInteger q = qr[1].signum() != 0 ? qr[0].setBit(0) : qr[0];
        double r = Math.scalb(q.doubleValue(), -shift);
        if (negative) {
            r = -r;
        }
        if (Double.isInfinite(r)) {
            throw Errors.overflowError("integer division result too large for a float");
        }
        return r;
    }

    /** {@code a ** b} for {@code b >= 0} by repeated squaring; ArithmeticException when the result needs more than 64 bits. */
    public static long powExact(long a, long b) {
        long result = 1;
        long base = a;
        long exp = b;
        while (exp > 0) {
            if ((exp & 1) != 0) {
                result = Math.multiplyExact(result, base);
            }
            exp >>= 1;
            if (exp > 0) {
                base = Math.multiplyExact(base, base);
            }
        }
        return result;
    }

    /** {@code a ** b} for ints; a negative exponent gives a float. */
    @TruffleBoundary
    public static Object pow(Object a, Object b) {
        BigInteger base = toBig(a);
        BigInteger exp = toBig(b);
        if (exp.signum() < 0) {
            if (base.signum() == 0) {
                throw Errors.zeroDivisionError("0.0 cannot be raised to a negative power");
            }
            return Libm.POW.applyAsDouble(base.doubleValue(), exp.doubleValue());
        }
        if (base.equals(BigInteger.ONE)) {
            return 1L;
        }
        if (base.equals(BigInteger.ZERO)) {
            return exp.signum() == 0 ? 1L : 0L;
        }
        if (base.equals(BigInteger.ONE.negate())) {
            return exp.testBit(0) ? -1L : 1L;
        }
        if (exp.bitLength() > 31) {
            throw Errors.overflowError("exponent too large");
        }
        return normalize(base.pow(exp.intValue()));
    }

    /** {@code pow(a, b, m)}. */
    @TruffleBoundary
    public static Object powMod(Object a, Object b, Object m) {
        BigInteger mod = toBig(m);
        if (mod.signum() == 0) {
            throw Errors.valueError("pow() 3rd argument cannot be 0");
        }
        BigInteger exp = toBig(b);
        BigInteger base = toBig(a);
        BigInteger r;
        if (exp.signum() < 0) {
            r = base.modInverse(mod.abs()).modPow(exp.negate(), mod.abs());
        } else {
            r = base.modPow(exp, mod.abs());
        }
        if (mod.signum() < 0 && r.signum() != 0) {
            r = r.add(mod);
        }
        return normalize(r);
    }

    @TruffleBoundary
    public static Object lshift(Object a, Object b) {
        BigInteger n = toBig(b);
        if (n.signum() < 0) {
            throw Errors.valueError("negative shift count");
        }
        if (a instanceof Long x && n.intValue() < 63 && x == 0) {
            return 0L;
        }
        if (n.bitLength() > 31) {
            throw Errors.overflowError("too many digits in integer");
        }
        return normalize(toBig(a).shiftLeft(n.intValue()));
    }

    @TruffleBoundary
    public static Object rshift(Object a, Object b) {
        BigInteger n = toBig(b);
        if (n.signum() < 0) {
            throw Errors.valueError("negative shift count");
        }
        if (n.bitLength() > 31) {
            return toBig(a).signum() < 0 ? -1L : 0L;
        }
        return normalize(toBig(a).shiftRight(n.intValue()));
    }

    @TruffleBoundary
    public static Object and(Object a, Object b) {
        return normalize(toBig(a).and(toBig(b)));
    }

    @TruffleBoundary
    public static Object or(Object a, Object b) {
        return normalize(toBig(a).or(toBig(b)));
    }

    @TruffleBoundary
    public static Object xor(Object a, Object b) {
        return normalize(toBig(a).xor(toBig(b)));
    }

    @TruffleBoundary
    public static Object negate(Object a) {
        if (a instanceof Long l && l != Long.MIN_VALUE) {
            return -l;
        }
        return normalize(toBig(a).negate());
    }

    @TruffleBoundary
    public static int compare(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return Long.compare(x, y);
        }
        return toBig(a).compareTo(toBig(b));
    }

    /** Converts an int to a double, raising OverflowError as CPython does when it is too large. */
    @TruffleBoundary
    public static double toDouble(Object value) {
        if (value instanceof Long l) {
            return l;
        } else if (value instanceof Boolean b) {
            return b ? 1.0 : 0.0;
        }
        double d = ((BigInteger) value).doubleValue();
        if (Double.isInfinite(d)) {
            throw Errors.overflowError("int too large to convert to float");
        }
        return d;
    }
}
