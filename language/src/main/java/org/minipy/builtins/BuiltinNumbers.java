package org.minipy.builtins;

import java.math.BigInteger;

import org.minipy.ast.Operator.Binary;
import org.minipy.runtime.Arith;
import org.minipy.runtime.Attributes;
import org.minipy.runtime.Calls;
import org.minipy.runtime.Errors;
import org.minipy.runtime.FloatOps;
import org.minipy.runtime.IntOps;
import org.minipy.runtime.PBuiltinFunction;
import org.minipy.runtime.PModule;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PSingleton;
import org.minipy.runtime.PSubclassValue;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PythonClass;
import org.minipy.runtime.Rounding;
import org.minipy.runtime.TypeOf;

/**
 * The numeric builtins: {@code abs round divmod pow}, which defer to {@code __abs__ __round__ __divmod__
 * __rdivmod__ __pow__} for user classes, and the conversions between ints and text: {@code hex oct bin chr ord}.
 */
final class BuiltinNumbers {
    private BuiltinNumbers() {
    }

    static void install(PModule builtins) {
        BuiltinFunctions.add(builtins, PBuiltinFunction.create("abs(x, /)", MethodIntrinsics.ABS));
        BuiltinFunctions.add(builtins, PBuiltinFunction.create("round(number, ndigits=None)", a -> round(a[0], a[1])));
        BuiltinFunctions.add(builtins, PBuiltinFunction.create("divmod(x, y, /)", a -> divmod(a[0], a[1])));
        BuiltinFunctions.add(builtins, PBuiltinFunction.create("pow(base, exp, mod=None)", a -> pow(a[0], a[1], a[2])));
        BuiltinFunctions.add(builtins, PBuiltinFunction.create("hex(number, /)", a -> radix(a[0], 16, "0x")));
        BuiltinFunctions.add(builtins, PBuiltinFunction.create("oct(number, /)", a -> radix(a[0], 8, "0o")));
        BuiltinFunctions.add(builtins, PBuiltinFunction.create("bin(number, /)", a -> radix(a[0], 2, "0b")));
        BuiltinFunctions.add(builtins, PBuiltinFunction.create("chr(i, /)", a -> chr(a[0])));
        BuiltinFunctions.add(builtins, PBuiltinFunction.create("ord(c, /)", a -> ord(a[0])));
    }

    static Object abs(Object value) {
        Object x = PSubclassValue.unwrapUnlessOverridden(value, "__abs__");
        if (x instanceof Long l) {
            return l == Long.MIN_VALUE ? BigInteger.valueOf(l).negate() : (Object) Math.abs(l);
        } else if (x instanceof Double d) {
            return Math.abs(d);
        } else if (x instanceof BigInteger b) {
            return IntOps.normalize(b.abs());
        } else if (x instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        PythonClass cls = TypeOf.classOf(x);
        Object user = Attributes.lookupUserSpecial(cls, "__abs__");
        if (user == null) {
            user = cls.isBuiltin() ? cls.lookup("__abs__") : null;
        }
        if (user != null) {
            return Calls.call(user, new Object[]{x});
        }
        throw Errors.typeError("bad operand type for abs(): '%s'", cls.getName());
    }

    static Object round(Object number, Object ndigits) {
        PythonClass cls = TypeOf.classOf(number);
        Object user = Attributes.lookupUserSpecial(cls, "__round__");
        if (user != null) {
            return ndigits == PNone.NONE ? Calls.call(user, new Object[]{number}) : Calls.call(user, new Object[]{number, ndigits});
        }
        return Rounding.round(PSubclassValue.unwrap(number), ndigits);
    }

    static Object divmod(Object left, Object right) {
        Object x = PSubclassValue.unwrapUnlessOverridden(left, "__divmod__");
        Object y = PSubclassValue.unwrapUnlessOverridden(right, "__rdivmod__");
        if (isNumber(x) && isNumber(y)) {
            if (x instanceof Double || y instanceof Double) {
                double a = toDouble(x);
                double b = toDouble(y);
                if (b == 0.0) {
                    throw Errors.zeroDivisionError("float divmod()");
                }
                return new PTuple(new Object[]{FloatOps.floorDiv(a, b), FloatOps.mod(a, b)});
            }
            Object a = x instanceof Boolean bx ? (Object) (bx ? 1L : 0L) : x;
            Object b = y instanceof Boolean by ? (Object) (by ? 1L : 0L) : y;
            if (b instanceof Long lb && lb == 0) {
                throw Errors.zeroDivisionError("integer division or modulo by zero");
            }
            return new PTuple(new Object[]{Arith.intBinary(Binary.FLOORDIV, a, b), Arith.intBinary(Binary.MOD, a, b)});
        }
        PythonClass cx = TypeOf.classOf(x);
        PythonClass cy = TypeOf.classOf(y);
        Object forward = Attributes.lookupUserSpecial(cx, "__divmod__");
        Object reflected = cx == cy ? null : Attributes.lookupUserSpecial(cy, "__rdivmod__");
        if (reflected != null && cy.isSubclassOf(cx)) {
            Object r = Calls.call(reflected, new Object[]{y, x});
            if (r != PSingleton.NOT_IMPLEMENTED) {
                return r;
            }
            reflected = null;
        }
        if (forward != null) {
            Object r = Calls.call(forward, new Object[]{x, y});
            if (r != PSingleton.NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (reflected != null) {
            Object r = Calls.call(reflected, new Object[]{y, x});
            if (r != PSingleton.NOT_IMPLEMENTED) {
                return r;
            }
        }
        throw Errors.typeError("unsupported operand type(s) for divmod(): '%s' and '%s'", cx.getName(), cy.getName());
    }

    static Object pow(Object base, Object exp, Object mod) {
        if (mod == PNone.NONE) {
            return Arith.binary(Binary.POW, base, exp);
        }
        if (IntOps.isInt(base) && IntOps.isInt(exp) && IntOps.isInt(mod)) {
            try {
                return IntOps.powMod(base, exp, mod);
            } catch (ArithmeticException e) {
                throw Errors.valueError("base is not invertible for the given modulus");
            }
        }
        Object user = Attributes.lookupUserSpecial(TypeOf.classOf(base), "__pow__");
        if (user != null) {
            Object r = Calls.call(user, new Object[]{base, exp, mod});
            if (r != PSingleton.NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (isNumber(base) && isNumber(exp) && isNumber(mod)) {
            throw Errors.typeError("pow() 3rd argument not allowed unless all arguments are integers");
        }
        throw Errors.typeError("unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
                        TypeOf.nameOf(base), TypeOf.nameOf(exp), TypeOf.nameOf(mod));
    }

    /** hex/oct/bin: sign, prefix, digits in lower case ({@code -0xff}). */
    static String radix(Object number, int radix, String prefix) {
        Object i = BuiltinFunctions.index(number);
        String digits = i instanceof Long l ? Long.toString(l, radix) : ((BigInteger) i).toString(radix);
        if (digits.startsWith("-")) {
            return "-" + prefix + digits.substring(1);
        }
        return prefix + digits;
    }

    static String chr(Object i) {
        Object v = BuiltinFunctions.index(i);
        if (v instanceof BigInteger) {
            throw Errors.overflowError("Python int too large to convert to C int");
        }
        long cp = (Long) v;
        if (cp < 0 || cp > 0x10FFFF) {
            if (cp < Integer.MIN_VALUE || cp > Integer.MAX_VALUE) {
                throw Errors.overflowError("Python int too large to convert to C int");
            }
            throw Errors.valueError("chr() arg not in range(0x110000)");
        }
        return Character.toString((int) cp);
    }

    static long ord(Object c) {
        if (org.minipy.runtime.PSubclassValue.unwrap(c) instanceof String s) {
            if (s.length() == 1) {
                return s.charAt(0);
            }
            if (s.length() == 2 && Character.isSurrogatePair(s.charAt(0), s.charAt(1))) {
                return s.codePointAt(0);
            }
            throw Errors.typeError("ord() expected a character, but string of length %d found", s.codePointCount(0, s.length()));
        }
        if (c instanceof org.minipy.runtime.PBytes b) {
            if (b.getBytes().length == 1) {
                return b.getBytes()[0] & 0xff;
            }
            throw Errors.typeError("ord() expected a character, but string of length %d found", b.getBytes().length);
        }
        throw Errors.typeError("ord() expected string of length 1, but %s found", TypeOf.nameOf(c));
    }

    private static boolean isNumber(Object o) {
        return o instanceof Long || o instanceof Double || o instanceof Boolean || o instanceof BigInteger;
    }

    private static double toDouble(Object o) {
        return o instanceof Double d ? d : IntOps.toDouble(o);
    }
}
