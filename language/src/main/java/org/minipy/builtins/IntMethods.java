package org.minipy.builtins;

import java.math.BigInteger;

import org.minipy.ast.Operator.Binary;
import org.minipy.ast.Operator.Compare;
import org.minipy.ast.Operator.Unary;
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
import org.minipy.runtime.Iteration;
import org.minipy.runtime.PBuiltinFunction;
import org.minipy.runtime.PBytes;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PSingleton;
import org.minipy.runtime.PSubclassValue;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PythonContext;
import org.minipy.runtime.PythonClass;
import org.minipy.runtime.Rounding;
import org.minipy.runtime.Sequences;
import org.minipy.runtime.StringRepr;
import org.minipy.runtime.Truth;
import org.minipy.runtime.TypeOf;

/**
 * The methods of {@code int} (and of {@code bool}, its subclass): the constructor with CPython's string parsing
 * ({@code int(' -1_000 ')}, {@code int('0x1f', 0)}), {@code bit_length}, {@code to_bytes} and friends, the
 * {@code real imag numerator denominator} attributes, and the arithmetic dunders, which delegate to {@link Arith} so
 * that {@code int.__add__(1, 2)} gives what {@code 1 + 2} gives (and NotImplemented for a non-int operand).
 */
final class IntMethods {
    private IntMethods() {
    }

    /** CPython's default limit on the digits of a decimal int string ({@code sys.set_int_max_str_digits}). */

    static void install() {
        PythonClass cls = BuiltinTypes.INT;
        Install.constructor(cls, "__new__(cls, *args, **kwargs)", a -> {
            Object[] p = StrMethods.constructorArgs("int", (PTuple) a[1], (org.minipy.runtime.PDict) a[2], 1, "x", "base");
            return PSubclassValue.of((PythonClass) a[0], BuiltinTypes.INT, construct(PSubclassValue.unwrapUnlessOverridden(p[0], "__int__"), p[1]));
        });
        Install.method(cls, "bit_length(self)", a -> (long) IntOps.toBig(self(a)).abs().bitLength());
        Install.method(cls, "bit_count(self)", a -> (long) IntOps.toBig(self(a)).abs().bitCount());
        Install.method(cls, "conjugate(self)", a -> self(a));
        Install.method(cls, "as_integer_ratio(self)", a -> new PTuple(new Object[]{self(a), 1L}));
        Install.method(cls, "to_bytes(self, length=1, byteorder='big', *, signed=False)", a -> toBytes(self(a), a[1], a[2], Truth.isTrue(a[3])));
        PBuiltinFunction fromBytes = PBuiltinFunction.create("from_bytes(cls, bytes, byteorder='big', *, signed=False)",
                        a -> {
                            Object v = fromBytes(a[1], a[2], Truth.isTrue(a[3]));
                            // a subclass (bool.from_bytes) gets cls(v)
                            return a[0] == BuiltinTypes.INT ? v : org.minipy.runtime.Calls.call(a[0], new Object[]{v});
                        });
        fromBytes.setQualifiedName("int.from_bytes");
        cls.define("from_bytes", new Descriptors.PClassMethod(fromBytes));
        for (String name : new String[]{"__index__", "__int__", "__trunc__", "__floor__", "__ceil__", "__pos__"}) {
            Install.method(cls, name + "(self)", a -> self(a));
        }
        Install.method(cls, "__round__(self, ndigits=None)", a -> Rounding.round(self(a), a[1]));
        Install.method(cls, "__float__(self)", a -> IntOps.toDouble(self(a)));
        Install.method(cls, "__abs__(self)", a -> IntOps.toBig(self(a)).signum() < 0 ? IntOps.negate(self(a)) : self(a));
        Install.method(cls, "__neg__(self)", a -> Arith.unary(Unary.NEG, self(a)));
        Install.method(cls, "__invert__(self)", a -> Arith.unary(Unary.INVERT, self(a)));
        Install.method(cls, "__bool__(self)", a -> Truth.isTrue(self(a)));
        Install.method(cls, "__repr__(self)", a -> self(a).toString());
        // int has no __str__ of its own: object.__str__ uses the repr of the actual class (so bool's is 'True').
        Install.method(cls, "__str__(self)", a -> org.minipy.runtime.Repr.repr(a[0]));
        Install.method(cls, "__hash__(self)", a -> Hashing.hash(self(a)));
        Install.method(cls, "__format__(self, format_spec, /)", a -> Formatter.formatIntSelf(a[0], Formatter.checkSpec(a[1])));
        Install.method(cls, "__pow__(self, value, mod=None, /)", a -> {
            if (!IntOps.isInt(a[1])) {
                return PSingleton.NOT_IMPLEMENTED;
            }
            if (a[2] == PNone.NONE) {
                return Arith.intBinary(Binary.POW, self(a), a[1]);
            }
            return IntOps.isInt(a[2]) ? IntOps.powMod(self(a), a[1], a[2]) : PSingleton.NOT_IMPLEMENTED;
        });
        Install.method(cls, "__rpow__(self, value, mod=None, /)", a -> IntOps.isInt(a[1]) ? Arith.intBinary(Binary.POW, a[1], self(a)) : PSingleton.NOT_IMPLEMENTED);
        for (Binary op : Binary.values()) {
            if (op == Binary.MATMUL || op == Binary.POW) {
                continue;
            }
            Install.method(cls, op.dunder + "(self, value, /)", a -> IntOps.isInt(a[1]) ? Arith.intBinary(op, self(a), a[1]) : PSingleton.NOT_IMPLEMENTED);
            Install.method(cls, op.reflectedDunder() + "(self, value, /)", a -> IntOps.isInt(a[1]) ? Arith.intBinary(op, a[1], self(a)) : PSingleton.NOT_IMPLEMENTED);
        }
        Install.method(cls, "__divmod__(self, value, /)", a -> IntOps.isInt(a[1]) ? divmod(self(a), a[1]) : PSingleton.NOT_IMPLEMENTED);
        Install.method(cls, "__rdivmod__(self, value, /)", a -> IntOps.isInt(a[1]) ? divmod(a[1], self(a)) : PSingleton.NOT_IMPLEMENTED);
        for (Compare op : new Compare[]{Compare.EQ, Compare.NE, Compare.LT, Compare.LE, Compare.GT, Compare.GE}) {
            Install.method(cls, op.dunder + "(self, value, /)", a -> IntOps.isInt(a[1]) ? Comparisons.builtinCompare(self(a), a[1], op) : PSingleton.NOT_IMPLEMENTED);
        }
        cls.define("real", new Descriptors.GetSet("real", v -> intValue(PSubclassValue.unwrap(v)), null));
        cls.define("imag", new Descriptors.GetSet("imag", v -> 0L, null));
        cls.define("numerator", new Descriptors.GetSet("numerator", v -> intValue(PSubclassValue.unwrap(v)), null));
        cls.define("denominator", new Descriptors.GetSet("denominator", v -> 1L, null));
    }

    /** The receiver as a plain int (a bool becomes 0 or 1). */
    private static Object self(Object[] a) {
        Object v = PSubclassValue.unwrap(a[0]);
        if (!IntOps.isInt(v)) {
            throw new ClassCastException(); // PBuiltinFunction words the error, with the method's name
        }
        return intValue(v);
    }

    private static Object intValue(Object v) {
        return v instanceof Boolean b ? (Object) (b ? 1L : 0L) : v;
    }

    private static PTuple divmod(Object a, Object b) {
        return new PTuple(new Object[]{Arith.intBinary(Binary.FLOORDIV, a, b), Arith.intBinary(Binary.MOD, a, b)});
    }

    // ---------------------------------------------------------------------------------------------------------------
    // int(x=0, base=10)

    private static Object construct(Object x, Object baseArg) {
        if (x == PBuiltinFunction.MISSING) {
            if (baseArg != PBuiltinFunction.MISSING) {
                throw Errors.typeError("int() missing string argument");
            }
            return 0L;
        }
        if (baseArg != PBuiltinFunction.MISSING) {
            Object b = intValue(baseArg instanceof Long || baseArg instanceof Boolean || baseArg instanceof BigInteger ? baseArg : Sequences.asIndex(baseArg, "base"));
            long base = b instanceof BigInteger ? 99 : (Long) b;
            if (base != 0 && (base < 2 || base > 36)) {
                throw Errors.valueError("int() base must be >= 2 and <= 36, or 0");
            }
            if (x instanceof String s) {
                return parse(s, (int) base, truncate(StringRepr.repr(s)));
            } else if (x instanceof PBytes bytes) {
                return parse(new String(bytes.getBytes(), java.nio.charset.StandardCharsets.ISO_8859_1), (int) base, truncate(org.minipy.runtime.Repr.repr(x)));
            }
            throw Errors.typeError("int() can't convert non-string with explicit base");
        }
        if (x instanceof Long || x instanceof BigInteger) {
            return x;
        } else if (x instanceof Boolean b) {
            return b ? 1L : 0L;
        } else if (x instanceof Double d) {
            return FloatOps.toInt(d);
        } else if (x instanceof String s) {
            return parse(s, 10, truncate(StringRepr.repr(s)));
        } else if (x instanceof PBytes bytes) {
            return parse(new String(bytes.getBytes(), java.nio.charset.StandardCharsets.ISO_8859_1), 10, truncate(org.minipy.runtime.Repr.repr(x)));
        }
        PythonClass cls = TypeOf.classOf(x);
        for (String name : new String[]{"__int__", "__index__", "__trunc__"}) {
            Object m = Attributes.lookupUserSpecial(cls, name);
            if (m != null) {
                Object r = Calls.call(m, new Object[]{x});
                if (!IntOps.isInt(r)) {
                    throw Errors.typeError("%s returned non-int (type %s)", name, TypeOf.nameOf(r));
                }
                return intValue(r);
            }
        }
        throw Errors.typeError("int() argument must be a string, a bytes-like object or a real number, not '%s'", cls.getName());
    }

    private static String truncate(String s) {
        return s.length() > 200 ? s.substring(0, 200) : s;
    }

    /**
     * Parses an int literal as {@code int(str, base)} does: surrounding whitespace, a sign, a base prefix (required
     * for base 0, optional for bases 2, 8, 16), single underscores between digits (and after a prefix), Unicode
     * decimal digits. {@code shown} is the repr used in the error message.
     */
    static Object parse(String text, int base, String shown) {
        String s = text;
        final int requestedBase = base;
        int n = s.length();
        int i = 0;
        while (i < n && StrMethods.isSpace(s.charAt(i))) {
            i++;
        }
        while (n > i && StrMethods.isSpace(s.charAt(n - 1))) {
            n--;
        }
        boolean negative = false;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        boolean prefixed = false;
        if (i + 1 < n && s.charAt(i) == '0') {
            char p = Character.toLowerCase(s.charAt(i + 1));
            int prefixBase = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
            if (prefixBase != 0 && (base == 0 || base == prefixBase)) {
                base = prefixBase;
                i += 2;
                prefixed = true;
            }
        }
        boolean zeroOnly = false;
        if (base == 0) {
            // No prefix: decimal, and a leading zero is only allowed when every digit is zero ("00", "0_0").
            base = 10;
            zeroOnly = i < n && s.charAt(i) == '0';
        }
        StringBuilder digits = new StringBuilder(n - i);
        boolean lastUnderscore = false;
        int start = i;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c == '_') {
                if (lastUnderscore || (i == start && !prefixed)) {
                    throw invalid(requestedBase, shown);
                }
                lastUnderscore = true;
                continue;
            }
            int d = Character.digit(c, base);
            if (d < 0 || (c >= 128 && Character.getType(c) != Character.DECIMAL_DIGIT_NUMBER)) {
                throw invalid(requestedBase, shown);
            }
            if (zeroOnly && d != 0) {
                throw invalid(requestedBase, shown);
            }
            digits.append(Character.forDigit(d, base));
            lastUnderscore = false;
        }
        if (digits.length() == 0 || lastUnderscore) {
            throw invalid(requestedBase, shown);
        }
        int limit = PythonContext.get().getIntMaxStrDigits();
        if ((base & (base - 1)) != 0 && limit > 0 && digits.length() > limit) {
            throw Errors.valueError("Exceeds the limit (%d digits) for integer string conversion: value has %d digits; use sys.set_int_max_str_digits() to increase the limit",
                            limit, digits.length());
        }
        BigInteger v = new BigInteger(digits.toString(), base);
        return IntOps.normalize(negative ? v.negate() : v);
    }

    private static org.minipy.runtime.PException invalid(int base, String shown) {
        return Errors.valueError("invalid literal for int() with base %d: %s", base, shown);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // to_bytes / from_bytes

    private static boolean littleEndian(Object byteorder, String function) {
        if (!(byteorder instanceof String s)) {
            throw Errors.badArgument(function + "() argument 'byteorder'", "str", byteorder);
        }
        if (s.equals("little")) {
            return true;
        } else if (s.equals("big")) {
            return false;
        }
        throw Errors.valueError("byteorder must be either 'little' or 'big'");
    }

    private static PBytes toBytes(Object value, Object lengthArg, Object byteorder, boolean signed) {
        long length = Sequences.asIndex(lengthArg, "position");
        boolean little = littleEndian(byteorder, "to_bytes");
        if (length < 0) {
            throw Errors.valueError("length argument must be non-negative");
        }
        BigInteger v = IntOps.toBig(value);
        if (!signed && v.signum() < 0) {
            throw Errors.overflowError("can't convert negative int to unsigned");
        }
        int bits = signed ? v.bitLength() + 1 : v.bitLength();
        if (v.signum() != 0 && bits > length * 8) {
            throw Errors.overflowError("int too big to convert");
        }
        byte[] out = new byte[(int) length];
        byte[] twos = v.toByteArray();
        for (int k = 0; k < length; k++) {
            int src = twos.length - 1 - k;
            byte b = src >= 0 ? twos[src] : (byte) (v.signum() < 0 ? 0xff : 0);
            out[little ? k : (int) length - 1 - k] = b;
        }
        return new PBytes(out);
    }

    private static Object fromBytes(Object bytesArg, Object byteorder, boolean signed) {
        boolean little = littleEndian(byteorder, "from_bytes"); // parsed before the bytes are converted
        byte[] bytes;
        if (bytesArg instanceof PBytes b) {
            bytes = b.getBytes();
        } else if (bytesArg instanceof String || IntOps.isInt(bytesArg) || Iteration.getIterOrNull(bytesArg) == null) {
            // CPython goes through bytes(x) without its str and size forms.
            throw Errors.typeError("cannot convert '%s' object to bytes", TypeOf.nameOf(bytesArg));
        } else {
            Object[] items = Iteration.toArray(bytesArg);
            bytes = new byte[items.length];
            for (int k = 0; k < items.length; k++) {
                long v = Sequences.asIndex(items[k], "bytes");
                if (v < 0 || v > 255) {
                    throw Errors.valueError("bytes must be in range(0, 256)");
                }
                bytes[k] = (byte) v;
            }
        }
        byte[] big = new byte[bytes.length + 1];
        for (int k = 0; k < bytes.length; k++) {
            big[k + 1] = little ? bytes[bytes.length - 1 - k] : bytes[k];
        }
        BigInteger v = new BigInteger(big);
        if (signed && bytes.length > 0 && (big[1] & 0x80) != 0) {
            v = v.subtract(BigInteger.ONE.shiftLeft(bytes.length * 8));
        }
        return IntOps.normalize(v);
    }
}
