package org.minipy.builtins;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Pattern;

import org.minipy.ast.Operator.Binary;
import org.minipy.ast.Operator.Compare;
import org.minipy.runtime.Arith;
import org.minipy.runtime.Attributes;
import org.minipy.runtime.BuiltinTypes;
import org.minipy.runtime.Calls;
import org.minipy.runtime.Comparisons;
import org.minipy.runtime.Descriptors;
import org.minipy.runtime.Errors;
import org.minipy.runtime.FloatOps;
import org.minipy.runtime.Formatter;
import org.minipy.runtime.Hashing;
import org.minipy.runtime.IntOps;
import org.minipy.runtime.PBuiltinFunction;
import org.minipy.runtime.PSingleton;
import org.minipy.runtime.PSubclassValue;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PythonClass;
import org.minipy.runtime.Rounding;
import org.minipy.runtime.Repr;
import org.minipy.runtime.TypeOf;

/**
 * The methods of {@code float}: the constructor (parsing {@code ' 1_000.5 '}, {@code 'inf'}, {@code '-Infinity'},
 * {@code 'nan'} exactly as CPython accepts them), {@code is_integer}, {@code as_integer_ratio}, {@code hex} and
 * {@code fromhex}, and the arithmetic dunders, which accept int and float operands and return NotImplemented for
 * anything else.
 */
final class FloatMethods {
    private FloatMethods() {
    }

    /** A decimal float literal once the sign is removed: digits with single underscores between them. */
    private static final Pattern DECIMAL = Pattern.compile("(\\d(_?\\d)*(\\.(\\d(_?\\d)*)?)?|\\.\\d(_?\\d)*)([eE][+-]?\\d(_?\\d)*)?");

    static void install() {
        PythonClass cls = BuiltinTypes.FLOAT;
        Install.constructor(cls, "__new__(cls, x=?, /)",
                        a -> PSubclassValue.of((PythonClass) a[0], cls, a[1] == PBuiltinFunction.MISSING ? 0.0 : toFloat(PSubclassValue.unwrapUnlessOverridden(a[1], "__float__"))));
        Install.method(cls, "is_integer(self)", a -> FloatOps.isIntegral(self(a)));
        Install.method(cls, "as_integer_ratio(self)", a -> ratio(self(a)));
        Install.method(cls, "hex(self)", a -> hex(self(a)));
        PBuiltinFunction fromhex = PBuiltinFunction.create("fromhex(cls, string, /)", a -> fromhex(a[1]));
        fromhex.setQualifiedName("float.fromhex");
        cls.define("fromhex", new Descriptors.PClassMethod(fromhex));
        Install.method(cls, "conjugate(self)", a -> self(a));
        Install.method(cls, "__float__(self)", a -> self(a));
        Install.method(cls, "__pos__(self)", a -> self(a));
        Install.method(cls, "__neg__(self)", a -> -self(a));
        Install.method(cls, "__abs__(self)", a -> Math.abs(self(a)));
        Install.method(cls, "__bool__(self)", a -> self(a) != 0.0);
        Install.method(cls, "__int__(self)", a -> FloatOps.toInt(self(a)));
        Install.method(cls, "__trunc__(self)", a -> FloatOps.toInt(self(a)));
        Install.method(cls, "__floor__(self)", a -> FloatOps.toInt(Math.floor(self(a))));
        Install.method(cls, "__ceil__(self)", a -> FloatOps.toInt(Math.ceil(self(a))));
        Install.method(cls, "__round__(self, ndigits=None, /)", a -> Rounding.round(self(a), a[1]));
        Install.method(cls, "__repr__(self)", a -> FloatOps.repr(self(a)));
        Install.method(cls, "__str__(self)", a -> FloatOps.repr(self(a)));
        Install.method(cls, "__hash__(self)", a -> Hashing.hash(self(a)));
        Install.method(cls, "__format__(self, format_spec, /)", a -> Formatter.formatFloat(self(a), Formatter.checkSpec(a[1]), "float"));
        for (Binary op : new Binary[]{Binary.ADD, Binary.SUB, Binary.MUL, Binary.TRUEDIV, Binary.FLOORDIV, Binary.MOD, Binary.POW}) {
            Install.method(cls, op.dunder + "(self, value, /)", a -> isNumber(a[1]) ? Arith.floatBinary(op, self(a), toDouble(a[1])) : PSingleton.NOT_IMPLEMENTED);
            Install.method(cls, op.reflectedDunder() + "(self, value, /)", a -> isNumber(a[1]) ? Arith.floatBinary(op, toDouble(a[1]), self(a)) : PSingleton.NOT_IMPLEMENTED);
        }
        Install.method(cls, "__divmod__(self, value, /)", a -> isNumber(a[1]) ? divmod(self(a), toDouble(a[1])) : PSingleton.NOT_IMPLEMENTED);
        Install.method(cls, "__rdivmod__(self, value, /)", a -> isNumber(a[1]) ? divmod(toDouble(a[1]), self(a)) : PSingleton.NOT_IMPLEMENTED);
        for (Compare op : new Compare[]{Compare.EQ, Compare.NE, Compare.LT, Compare.LE, Compare.GT, Compare.GE}) {
            Install.method(cls, op.dunder + "(self, value, /)", a -> isNumber(a[1]) ? Comparisons.builtinCompare(self(a), a[1], op) : PSingleton.NOT_IMPLEMENTED);
        }
        cls.define("real", new Descriptors.GetSet("real", v -> v, null));
        cls.define("imag", new Descriptors.GetSet("imag", v -> 0.0, null));
    }

    private static double self(Object[] a) {
        if (PSubclassValue.unwrap(a[0]) instanceof Double d) {
            return d;
        }
        throw new ClassCastException(); // PBuiltinFunction words the error, with the method's name
    }

    private static boolean isNumber(Object o) {
        return o instanceof Double || IntOps.isInt(o);
    }

    private static double toDouble(Object o) {
        return o instanceof Double d ? d : IntOps.toDouble(o);
    }

    private static PTuple divmod(double a, double b) {
        if (b == 0.0) {
            throw Errors.zeroDivisionError("float divmod()");
        }
        return new PTuple(new Object[]{FloatOps.floorDiv(a, b), FloatOps.mod(a, b)});
    }

    // ---------------------------------------------------------------------------------------------------------------
    // float(x)

    /** {@code float(x)} for any argument: str, int, float, bool, or an object with {@code __float__}/{@code __index__}. */
    static double toFloat(Object x) {
        if (x instanceof Double d) {
            return d;
        } else if (IntOps.isInt(x)) {
            return IntOps.toDouble(x);
        } else if (x instanceof String s) {
            return parse(s);
        } else if (x instanceof org.minipy.runtime.PBytes b) {
            return parse(new String(b.getBytes(), java.nio.charset.StandardCharsets.ISO_8859_1), b);
        }
        PythonClass cls = TypeOf.classOf(x);
        Object m = Attributes.lookupUserSpecial(cls, "__float__");
        if (m != null) {
            Object r = Calls.call(m, new Object[]{x});
            if (!(r instanceof Double d)) {
                throw Errors.typeError("%s.__float__ returned non-float (type %s)", cls.getName(), TypeOf.nameOf(r));
            }
            return d;
        }
        m = Attributes.lookupUserSpecial(cls, "__index__");
        if (m != null) {
            return IntOps.toDouble(Calls.call(m, new Object[]{x}));
        }
        throw Errors.typeError("float() argument must be a string or a real number, not '%s'", cls.getName());
    }

    /** Parses a float as {@code float(str)} does; ValueError {@code could not convert string to float: 'abc'}. */
    static double parse(String text) {
        return parse(text, text);
    }

    /** {@code shown} is what the error message repeats: the str, or the bytes it came from. */
    private static double parse(String text, Object shown) {
        int i = 0;
        int n = text.length();
        while (i < n && StrMethods.isSpace(text.charAt(i))) {
            i++;
        }
        while (n > i && StrMethods.isSpace(text.charAt(n - 1))) {
            n--;
        }
        StringBuilder sb = new StringBuilder(n - i);
        for (int k = i; k < n; k++) {
            char c = text.charAt(k);
            // Unicode decimal digits count as digits, as in CPython.
            if (c >= 128 && Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) {
                c = (char) ('0' + Character.digit(c, 10));
            }
            sb.append(c);
        }
        String s = sb.toString();
        boolean negative = false;
        String body = s;
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            negative = s.charAt(0) == '-';
            body = s.substring(1);
        }
        String lower = body.toLowerCase(java.util.Locale.ROOT);
        if (lower.equals("inf") || lower.equals("infinity")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        } else if (lower.equals("nan")) {
            return negative ? Double.longBitsToDouble(0xfff8000000000000L) : Double.NaN; // -nan: copysign sees the sign, as in CPython
        }
        if (!DECIMAL.matcher(body).matches()) {
            throw Errors.valueError("could not convert string to float: %s", Repr.repr(shown));
        }
        double v = Double.parseDouble(body.replace("_", ""));
        return negative ? -v : v;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // as_integer_ratio, hex, fromhex

    private static PTuple ratio(double d) {
        if (Double.isNaN(d)) {
            throw Errors.valueError("cannot convert NaN to integer ratio");
        } else if (Double.isInfinite(d)) {
            throw Errors.overflowError("cannot convert Infinity to integer ratio");
        }
        BigDecimal exact = new BigDecimal(d);
        BigInteger num;
        BigInteger den;
        if (exact.scale() <= 0) {
            num = exact.toBigInteger();
            den = BigInteger.ONE;
        } else {
            num = exact.unscaledValue();
            den = BigInteger.TEN.pow(exact.scale());
            BigInteger g = num.gcd(den);
            num = num.divide(g);
            den = den.divide(g);
        }
        return new PTuple(new Object[]{IntOps.normalize(num), IntOps.normalize(den)});
    }

    /** {@code float.hex()}: {@code 0x1.8000000000000p+0}, always 13 hex digits after the point. */
    static String hex(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        } else if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        long bits = Double.doubleToRawLongBits(d);
        String sign = bits < 0 ? "-" : "";
        long mantissa = bits & 0xfffffffffffffL;
        int exponent = (int) ((bits >>> 52) & 0x7ff);
        if (exponent == 0 && mantissa == 0) {
            return sign + "0x0.0p+0";
        }
        String lead = "1";
        if (exponent == 0) {
            lead = "0";
            exponent = -1022;
        } else {
            exponent -= 1023;
        }
        return String.format("%s0x%s.%013xp%s%d", sign, lead, mantissa, exponent < 0 ? "-" : "+", Math.abs(exponent));
    }

    private static final Pattern HEX = Pattern.compile("(?i)(0x)?([0-9a-f]*)(\\.([0-9a-f]*))?(p([+-]?[0-9]+))?");

    /** {@code float.fromhex(s)}: exact parsing with round-half-even, as CPython. */
    static double fromhex(Object arg) {
        if (!(arg instanceof String text)) {
            throw Errors.typeError("bad argument type for built-in operation"); // CPython's PyUnicode_AsUTF8 says so
        }
        String s = text.strip();
        boolean negative = false;
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            negative = s.charAt(0) == '-';
            s = s.substring(1);
        }
        String lower = s.toLowerCase(java.util.Locale.ROOT);
        if (lower.equals("inf") || lower.equals("infinity")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        } else if (lower.equals("nan")) {
            return negative ? Double.longBitsToDouble(0xfff8000000000000L) : Double.NaN; // -nan: copysign sees the sign, as in CPython
        }
        java.util.regex.Matcher m = HEX.matcher(s);
        String intPart = m.matches() ? m.group(2) : "";
        String frac = m.matches() && m.group(4) != null ? m.group(4) : "";
        if (!m.matches() || intPart.isEmpty() && frac.isEmpty()) {
            throw Errors.valueError("invalid hexadecimal floating-point string");
        }
        BigInteger mant = new BigInteger("0" + intPart + frac, 16);
        long exp = m.group(6) == null ? 0 : new BigDecimal(m.group(6)).max(BigDecimal.valueOf(-100000)).min(BigDecimal.valueOf(100000)).longValue();
        exp -= 4L * frac.length();
        double result;
        if (mant.signum() == 0) {
            result = 0.0;
        } else if (mant.bitLength() + exp > 1025) {
            throw Errors.overflowError("hexadecimal value too large to represent as a float");
        } else if (mant.bitLength() + exp < -1080) {
            result = 0.0;
        } else {
            BigDecimal v = exp >= 0 ? new BigDecimal(mant.shiftLeft((int) exp)) : new BigDecimal(mant).divide(new BigDecimal(BigInteger.ONE.shiftLeft((int) -exp)));
            result = v.doubleValue();
            if (Double.isInfinite(result)) {
                throw Errors.overflowError("hexadecimal value too large to represent as a float");
            }
        }
        return negative ? -result : result;
    }
}
