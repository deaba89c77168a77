package org.minipy.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Python float semantics that differ from Java's: floor division and modulo rounding toward negative infinity, the
 * errors of {@code pow}, and {@code repr}: the shortest decimal string that reads back as the same double, written
 * in fixed notation when the decimal exponent is in [-4, 16) and in scientific notation ({@code 1e+16}) otherwise.
 */
public final class FloatOps {
    private FloatOps() {
    }

    /** Delegates to {@link DoubleFormat#repr}, which also gets one-digit subnormals ({@code 5e-324}) right. */
    @TruffleBoundary
    public static String repr(double value) {
        return DoubleFormat.repr(value);
    }

    public static double floorDiv(double a, double b) {
        if (b == 0.0) {
            throw Errors.zeroDivisionError("float floor division by zero");
        }
        return divmodFloor(a, b);
    }

    private static double divmodFloor(double a, double b) {
        double mod = a % b;
        double div = (a - mod) / b;
        if (mod != 0.0 && ((b < 0) != (mod < 0))) {
            div -= 1.0;
        }
        if (div != 0.0) {
            double floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0;
            }
            return floordiv;
        }
        return Math.copySign(0.0, a / b);
    }

    public static double mod(double a, double b) {
        if (b == 0.0) {
            throw Errors.zeroDivisionError("float modulo");
        }
        double mod = a % b;
        if (mod != 0.0) {
            if ((b < 0) != (mod < 0)) {
                mod += b;
            }
        } else {
            mod = Math.copySign(0.0, b);
        }
        return mod;
    }

    public static double trueDiv(double a, double b) {
        if (b == 0.0) {
            throw Errors.zeroDivisionError("float division by zero");
        }
        return a / b;
    }

    /** {@code a ** b} for {@code a > 0}: C99's pow (so {@code 1.0 ** nan == 1.0}), OverflowError past the float range. */
    public static double powPositiveBase(double a, double b) {
        if (a == 1.0) {
            return 1.0;
        }
        double r = Libm.POW.applyAsDouble(a, b);
        if (Double.isInfinite(r) && a != Double.POSITIVE_INFINITY && Double.isFinite(b)) {
            throw powOverflow();
        }
        return r;
    }

    /** {@code a ** k} for a non-zero base and an int exponent (converted to float, as CPython does). */
    public static double powIntExponent(double a, long k) {
        // (C's pow, as CPython's float **; a square is its one rounding either way, and the common case in loops)
        double r = k == 2 ? a * a : Libm.POW.applyAsDouble(a, (double) k);
        if (Double.isInfinite(r) && Double.isFinite(a)) {
            throw powOverflow();
        }
        return r;
    }

    @TruffleBoundary
    private static RuntimeException powOverflow() {
        return Errors.overflowError("(34, 'Numerical result out of range')");
    }

    @TruffleBoundary
    public static Object pow(double a, double b) {
        if (a > 0) {
            return powPositiveBase(a, b);
        }
        if (a == -1.0 && Double.isInfinite(b)) {
            return 1.0; // C99's pow; Java's gives NaN
        }
        if (a == 0.0 && b < 0) {
            throw Errors.zeroDivisionError("0.0 cannot be raised to a negative power");
        }
        if (a < 0 && b != Math.rint(b) && Double.isFinite(b)) {
            // CPython returns a complex number here
            throw Errors.notImplementedError("MiniPy does not support complex numbers (a negative number raised to a fractional power)");
        }
        double r = Libm.POW.applyAsDouble(a, b);
        if (Double.isInfinite(r) && Double.isFinite(a) && Double.isFinite(b)) {
            throw powOverflow();
        }
        return r;
    }

    /** {@code int(x)} for a float: truncation toward zero, exact for any magnitude. */
    @TruffleBoundary
    public static Object toInt(double value) {
        if (Double.isNaN(value)) {
            throw Errors.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(value)) {
            throw Errors.overflowError("cannot convert float infinity to integer");
        }
        if (Math.abs(value) < 9.0e18) {
            return (long) value;
        }
        return IntOps.normalize(new BigDecimal(value).toBigInteger());
    }

    /** Exact comparison of a float with an int of any size (Python compares mathematically). */
    @TruffleBoundary
    public static int compareWithInt(double d, Object i) {
        if (Double.isInfinite(d)) {
            return d > 0 ? 1 : -1;
        }
        if (i instanceof Long l && Math.abs(l) < (1L << 53)) {
            return d == (double) l ? 0 : (d < l ? -1 : 1);
        }
        return new BigDecimal(d).compareTo(new BigDecimal(IntOps.toBig(i)));
    }

    public static boolean isIntegral(double d) {
        return d == Math.rint(d) && !Double.isInfinite(d);
    }

    static BigInteger toBigExact(double d) {
        return new BigDecimal(d).toBigInteger();
    }
}
