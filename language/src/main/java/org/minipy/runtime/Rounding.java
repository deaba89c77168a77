package org.minipy.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * {@code round(number, ndigits)} for ints, bools and floats, with CPython's results: halves go to the even neighbour,
 * decided on the exact binary value of the float (so {@code round(2.675, 2)} is {@code 2.67}, because 2.675 is
 * really 2.67499999...). Without {@code ndigits} (or with None) the result is an int; with it, a value of the
 * argument's own type. User classes are handled by the {@code round} builtin through {@code __round__}.
 */
public final class Rounding {
    private Rounding() {
    }

    /** {@code round(number)} when {@code ndigits} is null or None, else {@code round(number, ndigits)}. */
    @TruffleBoundary
    public static Object round(Object number, Object ndigits) {
        boolean noDigits = ndigits == null || ndigits == PNone.NONE || ndigits == PBuiltinFunction.MISSING;
        if (number instanceof Double d) {
            if (noDigits) {
                return roundToInt(d);
            }
            return roundFloat(d, digitsOf(ndigits));
        }
        Object value = number instanceof Boolean b ? (Object) (b ? 1L : 0L) : number;
        if (!IntOps.isInt(value)) {
            throw Errors.typeError("type %s doesn't define __round__ method", TypeOf.nameOf(number));
        }
        if (noDigits) {
            return value;
        }
        return roundInt(value, ndigits);
    }

    /** The ndigits argument as a long; huge ints clamp (they give the same answer as any very large count). */
    private static long digitsOf(Object ndigits) {
        if (ndigits instanceof BigInteger big) {
            return big.signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2;
        }
        if (!IntOps.isInt(ndigits) && Attributes.lookupUserSpecial(TypeOf.classOf(ndigits), "__index__") == null) {
            throw Errors.typeError("'%s' object cannot be interpreted as an integer", TypeOf.nameOf(ndigits));
        }
        return Sequences.asIndex(ndigits, "round");
    }

    /** {@code round(x)}: the nearest int, halves to even. */
    private static Object roundToInt(double d) {
        if (Double.isNaN(d)) {
            throw Errors.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(d)) {
            throw Errors.overflowError("cannot convert float infinity to integer");
        }
        return FloatOps.toInt(Math.rint(d));
    }

    /** {@code round(x, n)}: correctly rounded to n decimal places (n may be negative), as a float. */
    private static double roundFloat(double d, long ndigits) {
        if (Double.isNaN(d) || Double.isInfinite(d) || d == 0.0) {
            return d;
        }
        // A double has at most 1074 digits after the point, and is below 10**309: beyond these, nothing changes.
        if (ndigits > 400) {
            return d;
        }
        if (ndigits < -400) {
            return Math.copySign(0.0, d);
        }
        BigDecimal rounded = new BigDecimal(d).setScale((int) ndigits, RoundingMode.HALF_EVEN);
        double result = rounded.doubleValue();
        if (Double.isInfinite(result)) {
            throw Errors.overflowError("rounded value too large to represent");
        }
        return result == 0.0 ? Math.copySign(0.0, d) : result;
    }

    /** {@code round(i, n)} for an int: unchanged for n >= 0, else to a multiple of 10**-n, halves to even. */
    private static Object roundInt(Object value, Object ndigits) {
        long n = digitsOf(ndigits);
        if (n >= 0) {
            return value;
        }
        if (n < -100000) {
            return 0L;
        }
        BigDecimal rounded = new BigDecimal(IntOps.toBig(value)).setScale((int) n, RoundingMode.HALF_EVEN);
        return IntOps.normalize(rounded.toBigIntegerExact());
    }
}
