package org.minipy.modules;

import org.minipy.runtime.Libm;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;

import org.minipy.ast.Operator.Binary;
import org.minipy.runtime.Arith;
import org.minipy.runtime.Attributes;
import org.minipy.runtime.Calls;
import org.minipy.runtime.Errors;
import org.minipy.runtime.FloatOps;
import org.minipy.runtime.IntOps;
import org.minipy.runtime.Iteration;
import org.minipy.runtime.PBuiltinFunction;
import org.minipy.runtime.PException;
import org.minipy.runtime.PSubclassValue;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PythonClass;
import org.minipy.runtime.TypeOf;

/**
 * Python's {@code math} module with CPython 3.11's results and error messages ({@code Modules/mathmodule.c}).
 *
 * <p>Error rules, as CPython's {@code math_1}: a NaN result from a non-NaN argument is
 * {@code ValueError: math domain error}; an infinite result from a finite argument is
 * {@code OverflowError: math range error} for functions that can overflow ({@code exp}, {@code cosh}...) and a
 * domain error at a singularity ({@code log(0)}, {@code atanh(1)}).
 *
 * <p>Accuracy: where CPython calls the C library, so does this module ({@link Libm}: acos asin atan atan2 cos sin tan
 * exp exp2 expm1 log log2 log10 log1p pow sinh cosh tanh asinh acosh atanh erf erfc cbrt), so the digits are the
 * same: on 75,000 random arguments against CPython 3.11 on glibc 2.36, no difference (Java's functions, which stand
 * in where the C library cannot be called, differed for up to 18% of atan2's results). Where CPython has code of its
 * own, this module ports it ({@code gamma}, {@code lgamma}, {@code fsum}, {@code hypot}/{@code dist}, {@code log} of
 * huge ints, {@code pow}'s special cases, {@code remainder}, {@code isqrt}, {@code comb}/{@code perm}); the ports of
 * glibc's algorithms here are the fallbacks. Float {@code **} calls the C library's {@code pow} too (runtime.FloatOps):
 * Java's {@code Math.pow} differed in the last digit for about 0.1% of arguments.
 */
public final class MathModule {
    private MathModule() {
    }

    private static final double LN2 = 6.93147180559945286227e-01;

    // The C library's functions, which CPython calls (see Libm), with Java's or a port of glibc's as the fallback.
    private static final DoubleUnaryOperator C_ACOS = Libm.ACOS;
    private static final DoubleUnaryOperator C_ACOSH = Libm.unary("acosh", MathModule::acosh);
    private static final DoubleUnaryOperator C_ASIN = Libm.unary("asin", Math::asin);
    private static final DoubleUnaryOperator C_ASINH = Libm.unary("asinh", MathModule::asinh);
    private static final DoubleUnaryOperator C_ATAN = Libm.unary("atan", Math::atan);
    private static final DoubleUnaryOperator C_ATANH = Libm.unary("atanh", MathModule::atanh);
    private static final DoubleUnaryOperator C_CBRT = Libm.unary("cbrt", MathModule::cbrt);
    private static final DoubleUnaryOperator C_COS = Libm.COS;
    private static final DoubleUnaryOperator C_COSH = Libm.unary("cosh", MathModule::cosh);
    private static final DoubleUnaryOperator C_EXP = Libm.EXP;
    private static final DoubleUnaryOperator C_EXPM1 = Libm.unary("expm1", Math::expm1);
    private static final DoubleUnaryOperator C_SIN = Libm.SIN;
    private static final DoubleUnaryOperator C_SINH = Libm.unary("sinh", MathModule::sinh);
    private static final DoubleUnaryOperator C_TAN = Libm.unary("tan", Math::tan);
    private static final DoubleUnaryOperator C_TANH = Libm.unary("tanh", StrictMath::tanh);
    private static final DoubleUnaryOperator C_ERF = Libm.unary("erf", MathModule::erf);
    private static final DoubleUnaryOperator C_ERFC = Libm.unary("erfc", MathModule::erfc);
    private static final DoubleUnaryOperator C_EXP2 = Libm.unary("exp2", x -> Math.pow(2.0, x));
    private static final DoubleUnaryOperator C_LOG1P = Libm.unary("log1p", x -> x == 0.0 ? x : Math.log1p(x));
    private static final DoubleUnaryOperator C_LOG = Libm.LOG;
    private static final DoubleUnaryOperator C_LOG2 = Libm.unary("log2", MathModule::log2);
    private static final DoubleUnaryOperator C_LOG10 = Libm.unary("log10", StrictMath::log10);
    private static final java.util.function.DoubleBinaryOperator C_ATAN2 = Libm.binary("atan2", Math::atan2);

    /** The module's attributes; math has no state, but each call returns fresh function objects all the same. */
    public static Map<String, Object> createMembers() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pi", Math.PI);
        m.put("e", Math.E);
        m.put("tau", 2 * Math.PI);
        m.put("inf", Double.POSITIVE_INFINITY);
        m.put("nan", Double.NaN);

        unary(m, "acos", C_ACOS, false);
        unary(m, "acosh", C_ACOSH, false);
        unary(m, "asin", C_ASIN, false);
        unary(m, "asinh", C_ASINH, false);
        unary(m, "atan", C_ATAN, false);
        unary(m, "atanh", C_ATANH, false);
        unary(m, "cbrt", C_CBRT, false);
        unary(m, "cos", C_COS, false);
        unary(m, "cosh", C_COSH, true);
        unary(m, "exp", C_EXP, true);
        unary(m, "exp2", C_EXP2, true);
        unary(m, "expm1", C_EXPM1, true);
        unary(m, "fabs", Math::abs, false);
        unary(m, "log1p", C_LOG1P, false);
        unary(m, "sin", C_SIN, false);
        unary(m, "sinh", C_SINH, true);
        unary(m, "sqrt", Math::sqrt, false);
        unary(m, "tan", C_TAN, false);
        unary(m, "tanh", C_TANH, false);
        add(m, PBuiltinFunction.create("erf(x, /)", a -> C_ERF.applyAsDouble(toDouble(a[0]))));
        add(m, PBuiltinFunction.create("erfc(x, /)", a -> C_ERFC.applyAsDouble(toDouble(a[0]))));
        add(m, PBuiltinFunction.create("gamma(x, /)", a -> tgamma(toDouble(a[0]))));
        add(m, PBuiltinFunction.create("lgamma(x, /)", a -> lgamma(toDouble(a[0]))));

        add(m, PBuiltinFunction.create("ceil(x, /)", a -> ceil(a[0])));
        add(m, PBuiltinFunction.create("floor(x, /)", a -> floor(a[0])));
        add(m, PBuiltinFunction.create("trunc(x, /)", a -> trunc(a[0])));

        // CPython parses log's arguments by hand, with a message of its own
        add(m, PBuiltinFunction.create("log(*args, **kwargs)", a -> {
            if (a[1] instanceof org.minipy.runtime.PDict kw && kw.size() > 0) {
                throw Errors.typeError("log() takes no keyword arguments");
            }
            Object[] args = ((PTuple) a[0]).getItems();
            if (args.length < 1 || args.length > 2) {
                throw Errors.typeError("math.log requires 1 to 2 arguments");
            }
            return log(args[0], args.length == 2 ? args[1] : PBuiltinFunction.MISSING);
        }));
        add(m, PBuiltinFunction.create("log2(x, /)", a -> logHelper(a[0], C_LOG2::applyAsDouble, 1.0)));
        add(m, PBuiltinFunction.create("log10(x, /)", a -> logHelper(a[0], MathModule::log10, 0.30102999566398120)));

        add(m, PBuiltinFunction.create("pow(x, y, /)", a -> pow(toDouble(a[0]), toDouble(a[1]))));
        add(m, PBuiltinFunction.create("fmod(x, y, /)", a -> fmod(toDouble(a[0]), toDouble(a[1]))));
        add(m, PBuiltinFunction.create("remainder(x, y, /)", a -> binary(toDouble(a[0]), toDouble(a[1]), MathModule.remainder(toDouble(a[0]), toDouble(a[1])))));
        add(m, PBuiltinFunction.create("atan2(y, x, /)", a -> binary(toDouble(a[0]), toDouble(a[1]), atan2(toDouble(a[0]), toDouble(a[1])))));
        add(m, PBuiltinFunction.create("copysign(x, y, /)", a -> binary(toDouble(a[0]), toDouble(a[1]), Math.copySign(toDouble(a[0]), toDouble(a[1])))));
        add(m, PBuiltinFunction.create("modf(x, /)", a -> modf(toDouble(a[0]))));
        add(m, PBuiltinFunction.create("frexp(x, /)", a -> {
            double x = toDouble(a[0]);
            if (Double.isNaN(x) || Double.isInfinite(x) || x == 0.0) {
                return new PTuple(new Object[]{x, 0L});
            }
            int e = frexpExponent(x);
            return new PTuple(new Object[]{Math.scalb(x, -e), (long) e});
        }));
        add(m, PBuiltinFunction.create("ldexp(x, i, /)", a -> ldexp(toDouble(a[0]), a[1])));
        add(m, PBuiltinFunction.create("hypot(*coordinates)", a -> hypot(((PTuple) a[0]).getItems())));
        add(m, PBuiltinFunction.create("dist(p, q, /)", a -> dist(a[0], a[1])));
        add(m, PBuiltinFunction.create("degrees(x, /)", a -> toDouble(a[0]) * (180.0 / Math.PI)));
        add(m, PBuiltinFunction.create("radians(x, /)", a -> toDouble(a[0]) * (Math.PI / 180.0)));
        add(m, PBuiltinFunction.create("isclose(a, b, *, rel_tol=0.000000001, abs_tol=0.0)",
                        a -> isclose(toDouble(a[0]), toDouble(a[1]), toDouble(a[2]), toDouble(a[3]))));
        add(m, PBuiltinFunction.create("isfinite(x, /)", a -> Double.isFinite(toDouble(a[0]))));
        add(m, PBuiltinFunction.create("isinf(x, /)", a -> Double.isInfinite(toDouble(a[0]))));
        add(m, PBuiltinFunction.create("isnan(x, /)", a -> Double.isNaN(toDouble(a[0]))));
        add(m, PBuiltinFunction.create("nextafter(x, y, /)", a -> Math.nextAfter(toDouble(a[0]), toDouble(a[1]))));
        add(m, PBuiltinFunction.create("ulp(x, /)", a -> ulp(toDouble(a[0]))));
        add(m, PBuiltinFunction.create("fsum(seq, /)", a -> fsum(a[0])));
        add(m, PBuiltinFunction.create("prod(iterable, /, *, start=1)", a -> prod(a[0], a[1])));

        add(m, PBuiltinFunction.create("gcd(*integers)", a -> gcd(((PTuple) a[0]).getItems())));
        add(m, PBuiltinFunction.create("lcm(*integers)", a -> lcm(((PTuple) a[0]).getItems())));
        add(m, PBuiltinFunction.create("factorial(x, /)", a -> factorial(a[0])));
        add(m, PBuiltinFunction.create("isqrt(n, /)", a -> isqrt(a[0])));
        add(m, PBuiltinFunction.create("comb(n, k, /)", a -> comb(a[0], a[1])));
        add(m, PBuiltinFunction.create("perm(n, k=None, /)", a -> perm(a[0], a[1])));
        return m;
    }

    private static void add(Map<String, Object> members, PBuiltinFunction fn) {
        fn.setModule("math");
        members.put(fn.getName(), fn);
    }

    private static PException domainError() {
        return Errors.valueError("math domain error");
    }

    private static PException rangeError() {
        return Errors.overflowError("math range error");
    }

    // ---- argument conversion -----------------------------------------------------------------------------------

    /**
     * {@code PyFloat_AsDouble}: floats, ints (OverflowError when too large), and objects with {@code __float__} or
     * {@code __index__}; anything else is {@code TypeError: must be real number, not str}.
     */
    public static double toDouble(Object x) {
        if (x instanceof Double d) {
            return d;
        } else if (IntOps.isInt(x)) {
            return IntOps.toDouble(x);
        }
        PythonClass cls = TypeOf.classOf(x);
        Object dunder = Attributes.lookupUserSpecial(cls, "__float__");
        if (dunder != null) {
            Object r = Calls.call(dunder, new Object[]{x});
            if (!(r instanceof Double d)) {
                throw Errors.typeError("%s.__float__ returned non-float (type %s)", cls.getName(), TypeOf.nameOf(r));
            }
            return d;
        }
        if (x instanceof PSubclassValue v && (v.getValue() instanceof Double || IntOps.isInt(v.getValue()))) {
            return toDouble(v.getValue()); // an int or float subclass (IntEnum, ...) without its own __float__
        }
        dunder = Attributes.lookupUserSpecial(cls, "__index__");
        if (dunder != null) {
            Object r = Calls.call(dunder, new Object[]{x});
            if (!IntOps.isInt(r)) {
                throw Errors.typeError("__index__ returned non-int (type %s)", TypeOf.nameOf(r));
            }
            return IntOps.toDouble(r);
        }
        throw Errors.typeError("must be real number, not %s", cls.getName());
    }

    /** {@code operator.index(x)} as a BigInteger: ints, bools, objects with {@code __index__}. */
    static BigInteger toIndex(Object x) {
        if (IntOps.isInt(x)) {
            return IntOps.toBig(x);
        }
        if (x instanceof PSubclassValue v && IntOps.isInt(v.getValue())) {
            return IntOps.toBig(v.getValue()); // an int subclass is its value, as PyNumber_Index takes it
        }
        PythonClass cls = TypeOf.classOf(x);
        Object dunder = Attributes.lookupUserSpecial(cls, "__index__");
        if (dunder != null) {
            Object r = Calls.call(dunder, new Object[]{x});
            if (!IntOps.isInt(r)) {
                throw Errors.typeError("__index__ returned non-int (type %s)", TypeOf.nameOf(r));
            }
            return IntOps.toBig(r);
        }
        throw Errors.typeError("'%s' object cannot be interpreted as an integer", cls.getName());
    }

    // ---- the math_1 / math_2 wrappers --------------------------------------------------------------------------

    private static void unary(Map<String, Object> m, String name, DoubleUnaryOperator f, boolean canOverflow) {
        PBuiltinFunction function = PBuiltinFunction.create(name + "(x, /)", a -> math1(toDouble(a[0]), f, canOverflow));
        function.setDoubleBody(f); // (call sites run f inline for a float or int argument: bytecode.CallNode)
        add(m, function);
    }

    /** CPython's {@code math_1}: maps NaN and infinite results of finite arguments to ValueError / OverflowError. */
    private static double math1(double x, DoubleUnaryOperator f, boolean canOverflow) {
        double r = f.applyAsDouble(x);
        if (Double.isNaN(r) && !Double.isNaN(x)) {
            throw domainError();
        }
        if (Double.isInfinite(r) && Double.isFinite(x)) {
            throw canOverflow ? rangeError() : domainError();
        }
        return r;
    }

    /** {@code exp(x)} with math.exp's errors; for other modules (random.lognormvariate). */
    static double exp(double x) {
        return math1(x, C_EXP, true);
    }

    /** CPython's {@code math_2}: the error rules for two-argument functions given their result. */
    private static double binary(double x, double y, double r) {
        if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) {
            throw domainError();
        }
        if (Double.isInfinite(r) && Double.isFinite(x) && Double.isFinite(y)) {
            throw rangeError();
        }
        return r;
    }

    // ---- rounding ----------------------------------------------------------------------------------------------

    /** floor/ceil/trunc: a user class's own {@code __floor__} etc. wins; ints are returned as they are. */
    private static Object userRounding(Object x, String dunder) {
        if (x instanceof Double) {
            return null;
        }
        if (x instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (IntOps.isInt(x)) {
            return x;
        }
        Object method = Attributes.lookupUserSpecial(TypeOf.classOf(x), dunder);
        if (method == null && x instanceof PSubclassValue v && IntOps.isInt(v.getValue())) {
            return IntOps.normalize(IntOps.toBig(v.getValue())); // int.__floor__ of an int subclass: the plain int
        }
        return method == null ? null : Calls.call(method, new Object[]{x});
    }

    private static Object floor(Object x) {
        Object r = userRounding(x, "__floor__");
        return r != null ? r : FloatOps.toInt(Math.floor(toDouble(x)));
    }

    private static Object ceil(Object x) {
        Object r = userRounding(x, "__ceil__");
        return r != null ? r : FloatOps.toInt(Math.ceil(toDouble(x)));
    }

    private static Object trunc(Object x) {
        if (x instanceof Double d) {
            return FloatOps.toInt(d);
        }
        Object r = userRounding(x, "__trunc__");
        if (r == null) {
            throw Errors.typeError("type %s doesn't define __trunc__ method", TypeOf.nameOf(x));
        }
        return r;
    }

    // ---- logarithms --------------------------------------------------------------------------------------------

    private static double log(double x) {
        return C_LOG.applyAsDouble(x);
    }

    private static double log10(double x) {
        return C_LOG10.applyAsDouble(x);
    }

    /**
     * {@code log2}, correctly rounded (glibc's log2 is within 0.55 ulp, so this agrees with it far more often than a
     * quotient of logarithms): x = 2**e * m with m in [sqrt(1/2), sqrt(2)), ln(m) = 2 atanh(s) for s = (m-1)/(m+1)
     * summed in double-double arithmetic, times 1/ln 2 in double-double, plus e, rounded once.
     */
    private static double log2(double x) {
        if (!(x > 0.0) || Double.isInfinite(x)) {
            return x == 0.0 ? Double.NEGATIVE_INFINITY : (x > 0 ? x : Double.NaN);
        }
        int e = frexpExponent(x);
        double m = Math.scalb(x, -e); // in [0.5, 1)
        if (m < 0.7071067811865476) {
            m *= 2.0;
            e -= 1;
        }
        if (m == 1.0) {
            return e;
        }
        // s = (m - 1) / (m + 1) as sHi + sLo; m - 1 is exact (Sterbenz), m + 1 is dHi + dLo exactly
        double num = m - 1.0;
        double dHi = m + 1.0;
        double bb = dHi - m;
        double dLo = (m - (dHi - bb)) + (1.0 - bb);
        double sHi = num / dHi;
        double sLo = (Math.fma(-sHi, dHi, num) - sHi * dLo) / dHi;
        // s*s and s*s*s in double-double
        double s2Hi = sHi * sHi;
        double s2Lo = Math.fma(sHi, sHi, -s2Hi) + 2.0 * sHi * sLo;
        double s3Hi = s2Hi * sHi;
        double s3Lo = Math.fma(s2Hi, sHi, -s3Hi) + s2Hi * sLo + s2Lo * sHi;
        // atanh(s) / s - 1 = s^2/3 + s^4/5 + ...: the tail 2 s^3 (1/3 + z/5 + z^2/7 + ...) with z = s^2 <= 0.0295
        double z = s2Hi;
        double p = 1.0 / 25;
        for (int k = 11; k >= 1; k--) {
            p = p * z + 1.0 / (2 * k + 1);
        }
        double tHi = 2.0 * s3Hi * p;
        double tLo = Math.fma(2.0 * s3Hi, p, -tHi) + 2.0 * s3Lo * p;
        // ln m = 2 s + tail
        double lnHi = 2.0 * sHi + tHi;
        double lnLo = ((2.0 * sHi - lnHi) + tHi) + 2.0 * sLo + tLo;
        // times 1/ln 2 = INV_LN2_HI + INV_LN2_LO
        double lHi = lnHi * INV_LN2_HI;
        double lLo = Math.fma(lnHi, INV_LN2_HI, -lHi) + lnHi * INV_LN2_LO + lnLo * INV_LN2_HI;
        // plus e, rounded once
        double sum = e + lHi;
        double err = (e - sum) + lHi; // exact when |e| >= |lHi| or e == 0
        if (Math.abs(lHi) > Math.abs(e)) {
            err = (lHi - sum) + e;
        }
        return sum + (err + lLo);
    }

    private static final double INV_LN2_HI = 1.4426950408889634;
    private static final double INV_LN2_LO = 2.0355273740931033e-17;

    /**
     * CPython's {@code loghelper}: ints are handled exactly even when too large for a float (log of
     * {@code x * 2**e} is {@code log(x) + log(2) * e}); other arguments go through the usual domain checks.
     */
    private static double logHelper(Object arg, DoubleUnaryOperator f, double fOf2) {
        if (IntOps.isInt(arg)) {
            BigInteger n = IntOps.toBig(arg);
            if (n.signum() <= 0) {
                throw domainError();
            }
            double x = n.doubleValue();
            if (Double.isInfinite(x)) {
                int e = n.bitLength();
                double m = frexpBig(n, e);
                if (m == 1.0) {
                    m = 0.5;
                    e++;
                }
                return f.applyAsDouble(m) + fOf2 * e;
            }
            return f.applyAsDouble(x);
        }
        return math1(toDouble(arg), f, false);
    }

    /** The mantissa in [0.5, 1] of a big positive int with n.bitLength() == e, rounded half-even to 53 bits. */
    private static double frexpBig(BigInteger n, int e) {
        int shift = e - 64;
        BigInteger top = n.shiftRight(shift);
        if (n.getLowestSetBit() < shift) {
            top = top.setBit(0); // sticky bit: keeps the rounding of the top 64 bits honest
        }
        return Math.scalb(top.doubleValue(), -64);
    }

    private static Object log(Object x, Object base) {
        double num = logHelper(x, MathModule::log, LN2);
        if (base == PBuiltinFunction.MISSING) {
            return num;
        }
        double den = logHelper(base, MathModule::log, LN2);
        return FloatOps.trueDiv(num, den);
    }

    // ---- two-argument functions --------------------------------------------------------------------------------

    /** {@code math.pow}: IEEE special values handled first, as CPython does, then the C pow. */
    private static double pow(double x, double y) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            if (Double.isNaN(x)) {
                return y == 0.0 ? 1.0 : x;
            } else if (Double.isNaN(y)) {
                return x == 1.0 ? 1.0 : y;
            } else if (Double.isInfinite(x)) {
                boolean oddY = Double.isFinite(y) && Math.abs(y) % 2.0 == 1.0;
                if (y > 0.0) {
                    return oddY ? x : Math.abs(x);
                } else if (y == 0.0) {
                    return 1.0;
                }
                return oddY ? Math.copySign(0.0, x) : 0.0;
            } else {
                if (Math.abs(x) == 1.0) {
                    return 1.0;
                } else if (y > 0.0 && Math.abs(x) > 1.0) {
                    return y;
                } else if (y < 0.0 && Math.abs(x) < 1.0) {
                    return -y;
                }
                return 0.0;
            }
        }
        double r = Libm.POW.applyAsDouble(x, y);
        if (Double.isNaN(r)) {
            throw domainError(); // (-ve) ** (finite non-integer)
        }
        if (Double.isInfinite(r)) {
            throw x == 0.0 ? domainError() : rangeError();
        }
        return r;
    }

    private static double fmod(double x, double y) {
        if (Double.isInfinite(y) && Double.isFinite(x)) {
            return x;
        }
        double r = x % y; // Java's % on doubles is C's fmod
        if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) {
            throw domainError();
        }
        return r;
    }

    /** {@code m_remainder}: x - n*y for the nearest integer n, ties to even; always exact. */
    private static double remainder(double x, double y) {
        if (Double.isFinite(x) && Double.isFinite(y)) {
            if (y == 0.0) {
                return Double.NaN;
            }
            double absx = Math.abs(x);
            double absy = Math.abs(y);
            double m = absx % absy;
            double c = absy - m;
            double r;
            if (m < c) {
                r = m;
            } else if (m > c) {
                r = -c;
            } else {
                r = m - 2.0 * ((0.5 * (absx - m)) % absy);
            }
            return Math.copySign(1.0, x) * r;
        }
        if (Double.isNaN(x)) {
            return x;
        }
        if (Double.isNaN(y)) {
            return y;
        }
        if (Double.isInfinite(x)) {
            return Double.NaN;
        }
        return x;
    }

    /** {@code m_atan2}: C99's special cases made explicit. */
    private static double atan2(double y, double x) {
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return Double.NaN;
        }
        if (Double.isInfinite(y)) {
            if (Double.isInfinite(x)) {
                return Math.copySign(x > 0 ? 0.25 * Math.PI : 0.75 * Math.PI, y);
            }
            return Math.copySign(0.5 * Math.PI, y);
        }
        if (Double.isInfinite(x) || y == 0.0) {
            return Math.copySign(1.0, x) == 1.0 ? Math.copySign(0.0, y) : Math.copySign(Math.PI, y);
        }
        return C_ATAN2.applyAsDouble(y, x);
    }

    private static PTuple modf(double x) {
        if (Double.isInfinite(x)) {
            return new PTuple(new Object[]{Math.copySign(0.0, x), x});
        }
        if (Double.isNaN(x)) {
            return new PTuple(new Object[]{x, x});
        }
        double ip = x < 0 ? Math.ceil(x) : Math.floor(x);
        return new PTuple(new Object[]{Math.copySign(x - ip, x), ip});
    }

    /** The exponent e of frexp: x = m * 2**e with 0.5 <= |m| < 1, for finite non-zero x (subnormals too). */
    private static int frexpExponent(double x) {
        int e = Math.getExponent(x);
        if (e == Double.MIN_EXPONENT - 1) { // subnormal
            return Math.getExponent(x * 0x1p54) - 54 + 1;
        }
        return e + 1;
    }

    private static double ldexp(double x, Object i) {
        if (i instanceof PSubclassValue v && IntOps.isInt(v.getValue())) {
            i = v.getValue();
        }
        if (!IntOps.isInt(i)) {
            throw Errors.typeError("Expected an int as second argument to ldexp.");
        }
        BigInteger big = IntOps.toBig(i);
        if (x == 0.0 || !Double.isFinite(x)) {
            return x;
        }
        if (big.compareTo(BigInteger.valueOf(Integer.MAX_VALUE)) > 0) {
            throw rangeError();
        }
        if (big.compareTo(BigInteger.valueOf(Integer.MIN_VALUE)) < 0) {
            return Math.copySign(0.0, x);
        }
        int exp = big.intValue();
        // Math.scalb rounds once, correctly, as C's ldexp; clamp so huge exponents don't wrap.
        double r = Math.scalb(x, Math.max(-2200, Math.min(2200, exp)));
        if (Double.isInfinite(r)) {
            throw rangeError();
        }
        return r;
    }

    private static double ulp(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        x = Math.abs(x);
        if (Double.isInfinite(x)) {
            return x;
        }
        double x2 = Math.nextUp(x);
        if (Double.isInfinite(x2)) {
            return x - Math.nextDown(x);
        }
        return x2 - x;
    }

    private static boolean isclose(double a, double b, double relTol, double absTol) {
        if (relTol < 0.0 || absTol < 0.0) {
            throw Errors.valueError("tolerances must be non-negative");
        }
        if (a == b) {
            return true;
        }
        if (Double.isInfinite(a) || Double.isInfinite(b)) {
            return false;
        }
        double diff = Math.abs(b - a);
        return diff <= Math.abs(relTol * b) || diff <= Math.abs(relTol * a) || diff <= absTol;
    }

    // ---- hypot, dist: CPython's vector_norm --------------------------------------------------------------------

    /**
     * {@code vector_norm}: sqrt of the sum of squares, almost always correctly rounded. Scales by a power of two
     * (lossless), squares exactly with a Veltkamp-Dekker split, sums with Neumaier-style compensation, then applies
     * one differential correction to the square root.
     */
    private static double vectorNorm(double[] vec, double max, boolean foundNan) {
        final double t27 = 134217729.0; // 2**27 + 1
        if (Double.isInfinite(max)) {
            return max;
        }
        if (foundNan) {
            return Double.NaN;
        }
        int n = vec.length;
        if (max == 0.0 || n <= 1) {
            return max;
        }
        int maxE = frexpExponent(max);
        double csum = 1.0;
        double frac1 = 0.0;
        double frac2 = 0.0;
        double frac3 = 0.0;
        double x;
        double oldcsum;
        if (maxE >= -1023) {
            double scale = Math.scalb(1.0, -maxE);
            for (double v : vec) {
                x = v * scale;
                double t = x * t27;
                double hi = t - (t - x);
                double lo = x - hi;
                x = hi * hi;
                oldcsum = csum;
                csum += x;
                frac1 += (oldcsum - csum) + x;
                x = 2.0 * hi * lo;
                oldcsum = csum;
                csum += x;
                frac2 += (oldcsum - csum) + x;
                frac3 += lo * lo;
            }
            double h = Math.sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
            x = h;
            double t = x * t27;
            double hi = t - (t - x);
            double lo = x - hi;
            x = -hi * hi;
            oldcsum = csum;
            csum += x;
            frac1 += (oldcsum - csum) + x;
            x = -2.0 * hi * lo;
            oldcsum = csum;
            csum += x;
            frac2 += (oldcsum - csum) + x;
            x = -lo * lo;
            oldcsum = csum;
            csum += x;
            frac3 += (oldcsum - csum) + x;
            x = csum - 1.0 + (frac1 + frac2 + frac3);
            return (h + x / (2.0 * h)) / scale;
        }
        // max is tiny: scaling by 2**-maxE would overflow, so divide by max instead.
        for (double v : vec) {
            x = v / max;
            x = x * x;
            oldcsum = csum;
            csum += x;
            frac1 += (oldcsum - csum) + x;
        }
        return max * Math.sqrt(csum - 1.0 + frac1);
    }

    private static double hypot(Object[] coordinates) {
        double[] vec = new double[coordinates.length];
        double max = 0.0;
        boolean foundNan = false;
        for (int i = 0; i < vec.length; i++) {
            double x = Math.abs(toDouble(coordinates[i]));
            vec[i] = x;
            foundNan |= Double.isNaN(x);
            if (x > max) {
                max = x;
            }
        }
        return vectorNorm(vec, max, foundNan);
    }

    private static double dist(Object p, Object q) {
        Object[] ps = Iteration.toArray(p);
        Object[] qs = Iteration.toArray(q);
        if (ps.length != qs.length) {
            throw Errors.valueError("both points must have the same number of dimensions");
        }
        double[] diffs = new double[ps.length];
        double max = 0.0;
        boolean foundNan = false;
        for (int i = 0; i < diffs.length; i++) {
            double px = toDouble(ps[i]);
            double qx = toDouble(qs[i]);
            double x = Math.abs(px - qx);
            diffs[i] = x;
            foundNan |= Double.isNaN(x);
            if (x > max) {
                max = x;
            }
        }
        return vectorNorm(diffs, max, foundNan);
    }

    // ---- fsum and prod -----------------------------------------------------------------------------------------

    /**
     * {@code math.fsum}: Shewchuk's exact partial sums (non-overlapping, increasing magnitude) with a final
     * correctly rounded (half-even) total, exactly as CPython's {@code math_fsum}.
     */
    private static double fsum(Object seq) {
        Object it = Iteration.getIter(seq);
        double[] p = new double[32];
        int n = 0;
        double specialSum = 0.0;
        double infSum = 0.0;
        Object item;
        while ((item = Iteration.nextOrNull(it)) != null) {
            double x = toDouble(item);
            double xsave = x;
            int i = 0;
            for (int j = 0; j < n; j++) { // for y in partials
                double y = p[j];
                if (Math.abs(x) < Math.abs(y)) {
                    double t = x;
                    x = y;
                    y = t;
                }
                double hi = x + y;
                double yr = hi - x;
                double lo = y - yr;
                if (lo != 0.0) {
                    p[i++] = lo;
                }
                x = hi;
            }
            n = i; // partials[i:] = [x]
            if (x != 0.0) {
                if (!Double.isFinite(x)) {
                    // A nonfinite x comes from intermediate overflow or from a nan or inf among the summands.
                    if (Double.isFinite(xsave)) {
                        throw Errors.overflowError("intermediate overflow in fsum");
                    }
                    if (Double.isInfinite(xsave)) {
                        infSum += xsave;
                    }
                    specialSum += xsave;
                    n = 0; // reset partials
                } else {
                    if (n >= p.length) {
                        p = java.util.Arrays.copyOf(p, p.length * 2);
                    }
                    p[n++] = x;
                }
            }
        }
        if (specialSum != 0.0) {
            if (Double.isNaN(infSum)) {
                throw Errors.valueError("-inf + inf in fsum");
            }
            return specialSum;
        }
        double hi = 0.0;
        if (n > 0) {
            hi = p[--n];
            double lo = 0.0;
            // Sum the partials from the top, stopping when the sum becomes inexact.
            while (n > 0) {
                double x = hi;
                double y = p[--n];
                hi = x + y;
                double yr = hi - x;
                lo = y - yr;
                if (lo != 0.0) {
                    break;
                }
            }
            // Make half-even rounding work across multiple partials (sum([1e-16, 1, 1e16]) rounds up).
            if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
                double y = lo * 2.0;
                double x = hi + y;
                double yr = x - hi;
                if (y == yr) {
                    hi = x;
                }
            }
        }
        return hi;
    }

    /** {@code math.prod(iterable, *, start=1)} with Python's {@code *}. */
    private static Object prod(Object iterable, Object start) {
        Object it = Iteration.getIter(iterable);
        Object result = start;
        Object item;
        while ((item = Iteration.nextOrNull(it)) != null) {
            result = Arith.binary(Binary.MUL, result, item);
        }
        return result;
    }

    // ---- integer functions -------------------------------------------------------------------------------------

    private static Object gcd(Object[] args) {
        if (args.length == 0) {
            return 0L;
        }
        BigInteger res = toIndex(args[0]).abs();
        for (int i = 1; i < args.length; i++) {
            res = res.gcd(toIndex(args[i]));
        }
        return IntOps.normalize(res);
    }

    private static Object lcm(Object[] args) {
        if (args.length == 0) {
            return 1L;
        }
        BigInteger res = toIndex(args[0]).abs();
        for (int i = 1; i < args.length; i++) {
            BigInteger x = toIndex(args[i]);
            if (res.signum() == 0 || x.signum() == 0) {
                res = BigInteger.ZERO;
                continue;
            }
            res = res.divide(res.gcd(x)).multiply(x).abs();
        }
        return IntOps.normalize(res);
    }

    private static Object factorial(Object arg) {
        if (!IntOps.isInt(arg)) {
            toIndex(arg); // raises the TypeError for non-integers (floats included, as in 3.10+)
        }
        BigInteger n = toIndex(arg);
        if (n.signum() < 0) {
            throw Errors.valueError("factorial() not defined for negative values");
        }
        if (n.bitLength() > 63) {
            throw Errors.overflowError("factorial() argument should not exceed %d", Long.MAX_VALUE);
        }
        return IntOps.normalize(productRange(1, n.longValue()));
    }

    /** The product of the integers in [lo, hi], split in halves so big multiplications stay balanced. */
    private static BigInteger productRange(long lo, long hi) {
        if (lo > hi) {
            return BigInteger.ONE;
        }
        if (hi - lo < 16) {
            BigInteger r = BigInteger.valueOf(lo);
            for (long i = lo + 1; i <= hi; i++) {
                r = r.multiply(BigInteger.valueOf(i));
            }
            return r;
        }
        long mid = (lo + hi) >>> 1;
        return productRange(lo, mid).multiply(productRange(mid + 1, hi));
    }

    private static Object isqrt(Object arg) {
        BigInteger n = toIndex(arg);
        if (n.signum() < 0) {
            throw Errors.valueError("isqrt() argument must be nonnegative");
        }
        return IntOps.normalize(n.sqrt());
    }

    /** n * (n-1) * ... * (n-k+1), for 0 <= k <= n. */
    private static BigInteger fallingProduct(BigInteger n, long k) {
        if (k == 0) {
            return BigInteger.ONE;
        }
        if (k == 1) {
            return n;
        }
        long j = k / 2;
        return fallingProduct(n, j).multiply(fallingProduct(n.subtract(BigInteger.valueOf(j)), k - j));
    }

    private static Object perm(Object nObj, Object kObj) {
        if (kObj == org.minipy.runtime.PNone.NONE) {
            return factorial(nObj);
        }
        BigInteger n = toIndex(nObj);
        BigInteger k = toIndex(kObj);
        if (n.signum() < 0) {
            throw Errors.valueError("n must be a non-negative integer");
        }
        if (k.signum() < 0) {
            throw Errors.valueError("k must be a non-negative integer");
        }
        if (n.compareTo(k) < 0) {
            return 0L;
        }
        if (k.bitLength() > 63) {
            throw Errors.overflowError("k must not exceed %d", Long.MAX_VALUE);
        }
        return IntOps.normalize(fallingProduct(n, k.longValue()));
    }

    private static Object comb(Object nObj, Object kObj) {
        BigInteger n = toIndex(nObj);
        BigInteger k = toIndex(kObj);
        if (n.signum() < 0) {
            throw Errors.valueError("n must be a non-negative integer");
        }
        if (k.signum() < 0) {
            throw Errors.valueError("k must be a non-negative integer");
        }
        if (n.compareTo(k) < 0) {
            return 0L;
        }
        BigInteger other = n.subtract(k);
        if (other.compareTo(k) < 0) {
            k = other;
        }
        if (k.bitLength() > 63) {
            throw Errors.overflowError("min(n - k, k) must not exceed %d", Long.MAX_VALUE);
        }
        long kk = k.longValue();
        return IntOps.normalize(fallingProduct(n, kk).divide(productRange(1, kk)));
    }

    // ---- glibc / fdlibm algorithms -----------------------------------------------------------------------------

    private static int highWord(double x) {
        return (int) (Double.doubleToRawLongBits(x) >>> 32);
    }

    /** glibc's {@code cbrt} (Alboth and Drepper): a polynomial guess refined by one Halley step. */
    private static double cbrt(double x) {
        if (x == 0.0 || !Double.isFinite(x)) {
            return x + x;
        }
        double ax = Math.abs(x);
        int xe = frexpExponent(ax);
        double xm = Math.scalb(ax, -xe);
        double u = (0.354895765043919860
                        + ((1.50819193781584896
                                        + ((-2.11499494167371287
                                                        + ((2.44693122563534430
                                                                        + ((-1.83469277483613086
                                                                                        + (0.784932344976639262 - 0.145263899385486377 * xm) * xm) * xm))
                                                                        * xm))
                                                        * xm))
                                        * xm));
        double t2 = u * u * u;
        double ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * CBRT_FACTOR[2 + xe % 3];
        return Math.scalb(x > 0.0 ? ym : -ym, xe / 3);
    }

    private static final double CBRT2 = 1.2599210498948731648;
    private static final double SQR_CBRT2 = 1.5874010519681994748;
    private static final double[] CBRT_FACTOR = {1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2};

    /** fdlibm's {@code sinh} (as glibc's), on top of expm1 and exp. */
    private static double sinh(double x) {
        int ix = highWord(x) & 0x7fffffff;
        if (ix >= 0x7ff00000) {
            return x + x;
        }
        double h = x < 0 ? -0.5 : 0.5;
        double ax = Math.abs(x);
        if (ix < 0x40360000) { // |x| < 22
            if (ix < 0x3e300000) { // |x| < 2**-28
                return x;
            }
            double t = Math.expm1(ax);
            if (ix < 0x3ff00000) {
                return h * (2.0 * t - t * t / (t + 1.0));
            }
            return h * (t + t / (t + 1.0));
        }
        if (ix < 0x40862E42) { // |x| in [22, log(Double.MAX_VALUE)]
            return h * Math.exp(ax);
        }
        if (ax <= 7.10475860073943977113e+02) { // below the overflow threshold
            double w = Math.exp(0.5 * ax);
            double t = h * w;
            return t * w;
        }
        return x * Double.POSITIVE_INFINITY;
    }

    /** fdlibm's {@code cosh} (as glibc's), on top of expm1 and exp. */
    private static double cosh(double x) {
        int ix = highWord(x) & 0x7fffffff;
        if (ix >= 0x7ff00000) {
            return x * x;
        }
        double ax = Math.abs(x);
        if (ix < 0x3fd62e43) { // |x| < 0.5 * ln2
            double t = Math.expm1(ax);
            double w = 1.0 + t;
            if (ix < 0x3c800000) {
                return w; // cosh(tiny) = 1
            }
            return 1.0 + (t * t) / (w + w);
        }
        if (ix < 0x40360000) { // |x| < 22
            double t = Math.exp(ax);
            return 0.5 * t + 0.5 / t;
        }
        if (ix < 0x40862E42) {
            return 0.5 * Math.exp(ax);
        }
        if (ax <= 7.10475860073943977113e+02) {
            double w = Math.exp(0.5 * ax);
            double t = 0.5 * w;
            return t * w;
        }
        return Double.POSITIVE_INFINITY;
    }

    /** fdlibm's {@code asinh}. */
    private static double asinh(double x) {
        int hx = highWord(x);
        int ix = hx & 0x7fffffff;
        if (ix >= 0x7ff00000) {
            return x + x; // inf or NaN
        }
        if (ix < 0x3e300000) { // |x| < 2**-28
            return x;
        }
        double w;
        if (ix > 0x41b00000) { // |x| > 2**28
            w = Math.log(Math.abs(x)) + LN2;
        } else if (ix > 0x40000000) { // 2**28 > |x| > 2.0
            double t = Math.abs(x);
            w = Math.log(2.0 * t + 1.0 / (Math.sqrt(x * x + 1.0) + t));
        } else { // 2.0 > |x| > 2**-28
            double t = x * x;
            w = Math.log1p(Math.abs(x) + t / (1.0 + Math.sqrt(1.0 + t)));
        }
        return hx > 0 ? w : -w;
    }

    /** fdlibm's {@code acosh}. */
    private static double acosh(double x) {
        if (Double.isNaN(x) || x < 1.0) {
            return Double.NaN;
        }
        int hx = highWord(x);
        if (hx >= 0x41b00000) { // x > 2**28
            if (hx >= 0x7ff00000) {
                return x + x;
            }
            return Math.log(x) + LN2;
        }
        if (x == 1.0) {
            return 0.0;
        }
        if (hx > 0x40000000) { // 2**28 > x > 2
            double t = x * x;
            return Math.log(2.0 * x - 1.0 / (x + Math.sqrt(t - 1.0)));
        }
        double t = x - 1.0; // 1 < x < 2
        return Math.log1p(t + Math.sqrt(2.0 * t + t * t));
    }

    /** glibc's {@code atanh}. */
    private static double atanh(double x) {
        double xa = Math.abs(x);
        double t;
        if (xa < 0.5) {
            if (xa < 0x1.0p-28) {
                return x;
            }
            t = xa + xa;
            t = 0.5 * Math.log1p(t + t * xa / (1.0 - xa));
        } else if (xa < 1.0) {
            t = 0.5 * Math.log1p((xa + xa) / (1.0 - xa));
        } else if (xa > 1.0 || Double.isNaN(xa)) {
            return Double.NaN;
        } else {
            return x / 0.0;
        }
        return Math.copySign(t, x);
    }

    // Coefficients of fdlibm's s_erf.c (as glibc uses them).
    private static final double ERX = 8.45062911510467529297e-01;
    private static final double EFX = 1.28379167095512586316e-01;
    private static final double[] PP = {1.28379167095512558561e-01, -3.25042107247001499370e-01, -2.84817495755985104766e-02,
                    -5.77027029648944159157e-03, -2.37630166566501626084e-05};
    private static final double[] QQ = {0.0, 3.97917223959155352819e-01, 6.50222499887672944485e-02, 5.08130628187576562776e-03,
                    1.32494738004321644526e-04, -3.96022827877536812320e-06};
    private static final double[] PA = {-2.36211856075265944077e-03, 4.14856118683748331666e-01, -3.72207876035701323847e-01,
                    3.18346619901161753674e-01, -1.10894694282396677476e-01, 3.54783043256182359371e-02, -2.16637559486879084300e-03};
    private static final double[] QA = {0.0, 1.06420880400844228286e-01, 5.40397917702171048937e-01, 7.18286544141962662868e-02,
                    1.26171219808761642112e-01, 1.36370839120290507362e-02, 1.19844998467991074170e-02};
    private static final double[] RA = {-9.86494403484714822705e-03, -6.93858572707181764372e-01, -1.05586262253232909814e+01,
                    -6.23753324503260060396e+01, -1.62396669462573470355e+02, -1.84605092906711035994e+02, -8.12874355063065934246e+01,
                    -9.81432934416914548592e+00};
    private static final double[] SA = {0.0, 1.96512716674392571292e+01, 1.37657754143519042600e+02, 4.34565877475229228821e+02,
                    6.45387271733267880336e+02, 4.29008140027567833386e+02, 1.08635005541779435134e+02, 6.57024977031928170135e+00,
                    -6.04244152148580987438e-02};
    private static final double[] RB = {-9.86494292470009928597e-03, -7.99283237680523006574e-01, -1.77579549177547519889e+01,
                    -1.60636384855821916062e+02, -6.37566443368389627722e+02, -1.02509513161107724954e+03, -4.83519191608651397019e+02};
    private static final double[] SB = {0.0, 3.03380607434824582924e+01, 3.25792512996573918826e+02, 1.53672958608443695994e+03,
                    3.19985821950859553908e+03, 2.55305040643316442583e+03, 4.74528541206955367215e+02, -2.24409524465858183362e+01};

    /** erf(x) - x, divided by x, on |x| < 0.84375: the rational function P/Q (glibc's evaluation order). */
    private static double erfSmallRatio(double z) {
        double r1 = PP[0] + z * PP[1];
        double z2 = z * z;
        double r2 = PP[2] + z * PP[3];
        double z4 = z2 * z2;
        double s1 = 1.0 + z * QQ[1];
        double s2 = QQ[2] + z * QQ[3];
        double s3 = QQ[4] + z * QQ[5];
        double r = r1 + z2 * r2 + z4 * PP[4];
        double s = s1 + z2 * s2 + z4 * s3;
        return r / s;
    }

    /** P1(s)/Q1(s) on 0.84375 <= |x| < 1.25, s = |x| - 1. */
    private static double erfMidRatio(double s) {
        double p1 = PA[0] + s * PA[1];
        double s2 = s * s;
        double q1 = 1.0 + s * QA[1];
        double s4 = s2 * s2;
        double p2 = PA[2] + s * PA[3];
        double s6 = s4 * s2;
        double q2 = QA[2] + s * QA[3];
        double p3 = PA[4] + s * PA[5];
        double q3 = QA[4] + s * QA[5];
        double p = p1 + s2 * p2 + s4 * p3 + s6 * PA[6];
        double q = q1 + s2 * q2 + s4 * q3 + s6 * QA[6];
        return p / q;
    }

    /** exp(-x*x - 0.5625 + R/S) / x for x >= 1.25, the tail shared by erf and erfc. */
    private static double erfcTail(double x, boolean nearRange) {
        double s = 1.0 / (x * x);
        double r;
        double ss;
        if (nearRange) { // |x| < 1/0.35
            double r1 = RA[0] + s * RA[1];
            double s2 = s * s;
            double q1 = 1.0 + s * SA[1];
            double s4 = s2 * s2;
            double r2 = RA[2] + s * RA[3];
            double s6 = s4 * s2;
            double q2 = SA[2] + s * SA[3];
            double s8 = s4 * s4;
            double r3 = RA[4] + s * RA[5];
            double q3 = SA[4] + s * SA[5];
            double r4 = RA[6] + s * RA[7];
            double q4 = SA[6] + s * SA[7];
            r = r1 + s2 * r2 + s4 * r3 + s6 * r4;
            ss = q1 + s2 * q2 + s4 * q3 + s6 * q4 + s8 * SA[8];
        } else {
            double r1 = RB[0] + s * RB[1];
            double s2 = s * s;
            double q1 = 1.0 + s * SB[1];
            double s4 = s2 * s2;
            double r2 = RB[2] + s * RB[3];
            double s6 = s4 * s2;
            double q2 = SB[2] + s * SB[3];
            double r3 = RB[4] + s * RB[5];
            double q3 = SB[4] + s * SB[5];
            double q4 = SB[6] + s * SB[7];
            r = r1 + s2 * r2 + s4 * r3 + s6 * RB[6];
            ss = q1 + s2 * q2 + s4 * q3 + s6 * q4;
        }
        double z = Double.longBitsToDouble(Double.doubleToRawLongBits(x) & 0xffffffff00000000L); // low word cleared
        return Math.exp(-z * z - 0.5625) * Math.exp((z - x) * (z + x) + r / ss) / x;
    }

    static double erf(double x) {
        int hx = highWord(x);
        int ix = hx & 0x7fffffff;
        if (ix >= 0x7ff00000) {
            return Double.isNaN(x) ? x : Math.copySign(1.0, x);
        }
        if (ix < 0x3feb0000) { // |x| < 0.84375
            if (ix < 0x3e300000) { // |x| < 2**-28
                if (ix < 0x00800000) {
                    return 0.0625 * (16.0 * x + (16.0 * EFX) * x);
                }
                return x + EFX * x;
            }
            return x + x * erfSmallRatio(x * x);
        }
        if (ix < 0x3ff40000) { // 0.84375 <= |x| < 1.25
            double pq = erfMidRatio(Math.abs(x) - 1.0);
            return hx >= 0 ? ERX + pq : -ERX - pq;
        }
        if (ix >= 0x40180000) { // |x| >= 6
            return hx >= 0 ? 1.0 - 1e-300 : 1e-300 - 1.0;
        }
        double r = erfcTail(Math.abs(x), ix < 0x4006DB6E);
        return hx >= 0 ? 1.0 - r : r - 1.0;
    }

    static double erfc(double x) {
        int hx = highWord(x);
        int ix = hx & 0x7fffffff;
        if (ix >= 0x7ff00000) {
            return Double.isNaN(x) ? x : (x > 0 ? 0.0 : 2.0);
        }
        if (ix < 0x3feb0000) { // |x| < 0.84375
            if (ix < 0x3c700000) { // |x| < 2**-56
                return 1.0 - x;
            }
            double y = erfSmallRatio(x * x);
            if (hx < 0x3fd00000) { // x < 1/4
                return 1.0 - (x + x * y);
            }
            double r = x * y;
            r += (x - 0.5);
            return 0.5 - r;
        }
        if (ix < 0x3ff40000) { // 0.84375 <= |x| < 1.25
            double pq = erfMidRatio(Math.abs(x) - 1.0);
            if (hx >= 0) {
                return (1.0 - ERX) - pq;
            }
            return 1.0 + (ERX + pq);
        }
        if (ix < 0x403c0000) { // |x| < 28
            if (hx < 0 && ix >= 0x40180000) {
                return 2.0 - 1e-300; // x < -6
            }
            double r = erfcTail(Math.abs(x), ix < 0x4006DB6D);
            return hx > 0 ? r : 2.0 - r;
        }
        return hx > 0 ? 0.0 : 2.0 - 1e-300;
    }

    // ---- CPython's gamma and lgamma (Lanczos approximation) ----------------------------------------------------
    // (with the C library's exp, pow, log, sin and cos, as CPython's, or the last digit differs now and then)

    private static final double LANCZOS_G = 6.024680040776729583740234375;
    private static final double LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
    private static final double[] LANCZOS_NUM = {23531376880.410759688572007674451636754734846804940,
                    42919803642.649098768957899047001988850926355848959, 35711959237.355668049440185451547166705960488635843,
                    17921034426.037209699919755754458931112671403265390, 6039542586.3520280050642916443072979210699388420708,
                    1439720407.3117216736632230727949123939715485786772, 248874557.86205415651146038641322942321632125127801,
                    31426415.585400194380614231628318205362874684987640, 2876370.6289353724412254090516208496135991145378768,
                    186056.26539522349504029498971604569928220784236328, 8071.6720023658162106380029022722506138218516325024,
                    210.82427775157934587250973392071336271166969580291, 2.5066282746310002701649081771338373386264310793408};
    private static final double[] LANCZOS_DEN = {0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0,
                    2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0};
    private static final double[] GAMMA_INTEGRAL = {1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0, 3628800.0,
                    39916800.0, 479001600.0, 6227020800.0, 87178291200.0, 1307674368000.0, 20922789888000.0, 355687428096000.0,
                    6402373705728000.0, 121645100408832000.0, 2432902008176640000.0, 51090942171709440000.0, 1124000727777607680000.0};
    private static final double LOGPI = 1.144729885849400174143427351353058711647;

    private static double lanczosSum(double x) {
        double num = 0.0;
        double den = 0.0;
        if (x < 5.0) {
            for (int i = LANCZOS_NUM.length; --i >= 0;) {
                num = num * x + LANCZOS_NUM[i];
                den = den * x + LANCZOS_DEN[i];
            }
        } else {
            for (int i = 0; i < LANCZOS_NUM.length; i++) {
                num = num / x + LANCZOS_NUM[i];
                den = den / x + LANCZOS_DEN[i];
            }
        }
        return num / den;
    }

    /** sin(pi * x), accurate for x near integers; finite x only. */
    private static double sinpi(double x) {
        double y = Math.abs(x) % 2.0;
        int n = (int) Math.round(2.0 * y);
        double r;
        switch (n) {
            case 0:
                r = Libm.SIN.applyAsDouble(Math.PI * y);
                break;
            case 1:
                r = Libm.COS.applyAsDouble(Math.PI * (y - 0.5));
                break;
            case 2:
                r = Libm.SIN.applyAsDouble(Math.PI * (1.0 - y));
                break;
            case 3:
                r = -Libm.COS.applyAsDouble(Math.PI * (y - 1.5));
                break;
            default:
                r = Libm.SIN.applyAsDouble(Math.PI * (y - 2.0));
                break;
        }
        return Math.copySign(1.0, x) * r;
    }

    /** A result flagged ERANGE by the C code: an error unless it is an underflow (|r| < 1.5). */
    private static double checkRange(double r) {
        if (Math.abs(r) >= 1.5) {
            throw rangeError();
        }
        return r;
    }

    private static double tgamma(double x) {
        if (!Double.isFinite(x)) {
            if (Double.isNaN(x) || x > 0.0) {
                return x;
            }
            throw domainError();
        }
        if (x == 0.0) {
            throw domainError();
        }
        if (x == Math.floor(x)) {
            if (x < 0.0) {
                throw domainError();
            }
            if (x <= GAMMA_INTEGRAL.length) {
                return GAMMA_INTEGRAL[(int) x - 1];
            }
        }
        double absx = Math.abs(x);
        if (absx < 1e-20) {
            double r = 1.0 / x;
            return Double.isInfinite(r) ? checkRange(r) : r;
        }
        if (absx > 200.0) {
            if (x < 0.0) {
                return 0.0 / sinpi(x);
            }
            throw rangeError();
        }
        double y = absx + LANCZOS_G_MINUS_HALF;
        double z;
        if (absx > LANCZOS_G_MINUS_HALF) {
            double q = y - absx;
            z = q - LANCZOS_G_MINUS_HALF;
        } else {
            double q = y - LANCZOS_G_MINUS_HALF;
            z = q - absx;
        }
        z = z * LANCZOS_G / y;
        double r;
        if (x < 0.0) {
            r = -Math.PI / sinpi(absx) / absx * Libm.EXP.applyAsDouble(y) / lanczosSum(absx);
            r -= z * r;
            if (absx < 140.0) {
                r /= Libm.POW.applyAsDouble(y, absx - 0.5);
            } else {
                double sqrtpow = Libm.POW.applyAsDouble(y, absx / 2.0 - 0.25);
                r /= sqrtpow;
                r /= sqrtpow;
            }
        } else {
            r = lanczosSum(absx) / Libm.EXP.applyAsDouble(y);
            r += z * r;
            if (absx < 140.0) {
                r *= Libm.POW.applyAsDouble(y, absx - 0.5);
            } else {
                double sqrtpow = Libm.POW.applyAsDouble(y, absx / 2.0 - 0.25);
                r *= sqrtpow;
                r *= sqrtpow;
            }
        }
        return Double.isInfinite(r) ? checkRange(r) : r;
    }

    private static double lgamma(double x) {
        if (!Double.isFinite(x)) {
            return Double.isNaN(x) ? x : Double.POSITIVE_INFINITY;
        }
        if (x == Math.floor(x) && x <= 2.0) {
            if (x <= 0.0) {
                throw domainError();
            }
            return 0.0;
        }
        double absx = Math.abs(x);
        if (absx < 1e-20) {
            return -Libm.LOG.applyAsDouble(absx);
        }
        double r = Libm.LOG.applyAsDouble(lanczosSum(absx)) - LANCZOS_G;
        r += (absx - 0.5) * (Libm.LOG.applyAsDouble(absx + LANCZOS_G - 0.5) - 1);
        if (x < 0.0) {
            r = LOGPI - Libm.LOG.applyAsDouble(Math.abs(sinpi(absx))) - Libm.LOG.applyAsDouble(absx) - r;
        }
        return Double.isInfinite(r) ? checkRange(r) : r;
    }
}
