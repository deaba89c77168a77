package org.minipy.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * {@code round(number, ndigits=None)} and the {@code __round__} methods of int and float, with CPython's results:
 * ties go to the even neighbour, and a float is rounded on its exact binary value, so {@code round(2.675, 2)} is
 * {@code 2.67} (2.675 is really 2.67499999...) and {@code round(0.5)} is {@code 0}.
 */
public final class Rounding {
    private Rounding() {
    }

    /** The {@code round} builtin: {@code ndigits} is None (or {@link PBuiltinFunction#MISSING}) or an integer. */
    @TruffleBoundary
    public static Object round(Object number, Object ndigits) {
        boolean noDigits = ndigits == PNone.NONE || ndigits == PBuiltinFunction.MISSING;
        if (number instanceof Double d) {
            return noDigits ? roundFloat(d) : roundFloat(d, digitsArgument(ndigits));
        } else if (IntOps.isInt(number)) {
            return noDigits ? intValue(number) : roundInt(number, ndigits);
        }
        PythonClass cls = TypeOf.classOf(number);
        Object m = Attributes.lookupUserSpecial(cls, "__round__");
        if (m == null) {
            throw Errors.typeError("type %s doesn't define __round__ method", cls.getName());
        }
        return Calls.call(m, noDigits ? new Object[]{number} : new Object[]{number, ndigits});
    }

    /** {@code round(x)} for a float: the nearest int, ties to even. */
    @TruffleBoundary
    public static Object roundFloat(double x) {
        return FloatOps.toInt(Math.rint(x));
    }

    /** {@code round(x, ndigits)} for a float: a float, correctly rounded to {@code ndigits} decimal places. */
    @TruffleBoundary
    public static double roundFloat(double x, long ndigits) {
        if (!Double.isFinite(x)) {
            return x;
        }
        // Beyond these bounds every double rounds to itself / to zero (CPython's NDIGITS_MAX and NDIGITS_MIN).
        if (ndigits > 323) {
            return x;
        } else if (ndigits < -308) {
            return 0.0 * x;
        }
        if (x == 0.0) {
            return x;
        }
        double r = new BigDecimal(x).setScale((int) ndigits, RoundingMode.HALF_EVEN).doubleValue();
        if (Double.isInfinite(r)) {
            throw Errors.overflowError("rounded value too large to represent");
        }
        return Math.copySign(r, x);
    }

    /** {@code round(n, ndigits)} for an int: itself for {@code ndigits >= 0}, else to a multiple of 10**-ndigits. */
    @TruffleBoundary
    public static Object roundInt(Object n, Object ndigits) {
        BigInteger digits = IntOps.toBig(indexOf(ndigits));
        if (digits.signum() >= 0) {
            return intValue(n);
        }
        if (digits.negate().compareTo(BigInteger.valueOf(100000)) > 0) {
            return 0L;
        }
        BigInteger pow = BigInteger.TEN.pow(digits.negate().intValue());
        BigInteger value = IntOps.toBig(n);
        // Python's floor divmod, then round half to even.
        BigInteger[] qr = value.divideAndRemainder(pow);
        BigInteger q = qr[0];
        BigInteger r = qr[1];
        if (r.signum() < 0) {
            q = q.subtract(BigInteger.ONE);
            r = r.add(pow);
        }
        int cmp = r.shiftLeft(1).compareTo(pow);
        if (cmp > 0 || (cmp == 0 && q.testBit(0))) {
            q = q.add(BigInteger.ONE);
        }
        return IntOps.normalize(q.multiply(pow));
    }

    /** An int result from an int or bool: {@code round(True)} is {@code 1}. */
    private static Object intValue(Object n) {
        if (n instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        return n;
    }

    private static long digitsArgument(Object ndigits) {
        Object i = indexOf(ndigits);
        if (i instanceof BigInteger big) {
            return big.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        return (Long) i;
    }

    /** The integer value of an {@code ndigits} argument (ints, bools, {@code __index__}); TypeError otherwise. */
    private static Object indexOf(Object v) {
        if (v instanceof Boolean b) {
            return b ? 1L : 0L;
        } else if (v instanceof Long || v instanceof BigInteger) {
            return v;
        }
        Object m = Attributes.lookupUserSpecial(TypeOf.classOf(v), "__index__");
        if (m == null) {
            throw Errors.typeError("'%s' object cannot be interpreted as an integer", TypeOf.nameOf(v));
        }
        return indexOf(Calls.call(m, new Object[]{v}));
    }
}
