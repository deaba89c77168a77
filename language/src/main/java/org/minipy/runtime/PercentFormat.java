package org.minipy.runtime;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * {@code "text %s" % values}: printf-style string formatting, a transcription of CPython's
 * {@code PyUnicode_Format}. Each {@code %} directive is {@code %[(key)][flags][width][.precision][hlL]type}; flags are
 * {@code - + space # 0}; width and precision may be {@code *} (taken from the arguments).
 *
 * <p>The argument rules: a tuple supplies one value per directive; any other value is a single argument; a mapping
 * (anything with {@code __getitem__} that is not a tuple or str) supplies the values of {@code %(key)s} directives
 * and is exempt from the "not all arguments converted" check.
 */
public final class PercentFormat {
    private PercentFormat() {
    }

    private static final int F_LJUST = 1;
    private static final int F_SIGN = 2;
    private static final int F_BLANK = 4;
    private static final int F_ALT = 8;
    private static final int F_ZERO = 16;

    /** The arguments being consumed: CPython's {@code args}, {@code arglen}, {@code argidx} and {@code dict}. */
    private static final class State {
        Object args;
        int argLen;
        int argIdx;
        Object dict;
        /** Formatting bytes ({@code b"..." % values}): the template and the result are Latin-1 text. */
        boolean bytes;

        Object nextArg() {
            if (argIdx < argLen) {
                argIdx++;
                return argLen < 0 ? args : ((PTuple) args).get(argIdx - 1);
            }
            throw Errors.typeError("not enough arguments for format string");
        }
    }

    /** One directive's options. */
    private static final class Arg {
        int flags;
        int width = -1;
        int prec = -1;
        char ch;
        /** Numeric conversion: a sign and zero padding apply. */
        boolean sign;
    }

    @TruffleBoundary
    public static String format(String template, Object values) {
        return format(template, values, false);
    }

    /** {@code bytes % values}, as CPython's {@code _PyBytes_FormatEx}: %s and %b take bytes, %r and %a give ASCII. */
    @TruffleBoundary
    public static PBytes formatBytes(PBytes template, Object values) {
        String text = format(new String(template.getBytes(), java.nio.charset.StandardCharsets.ISO_8859_1), values, true);
        return new PBytes(text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    private static String format(String template, Object values, boolean bytes) {
        State st = new State();
        st.bytes = bytes;
        st.args = values;
        if (values instanceof PTuple t) {
            st.argLen = t.size();
            st.argIdx = 0;
        } else {
            st.argLen = -1;
            st.argIdx = -2;
        }
        // str % b'x' takes the bytes as a mapping (they have __getitem__); bytes % b'x' does not
        if (!(values instanceof PTuple) && !(values instanceof String) && !(bytes && values instanceof PBytes) && isMapping(values)) {
            st.dict = values;
        }
        StringBuilder out = new StringBuilder(template.length() + 16);
        int n = template.length();
        int pos = 0;
        while (pos < n) {
            char c = template.charAt(pos);
            if (c != '%') {
                int next = template.indexOf('%', pos);
                int stop = next < 0 ? n : next;
                out.append(template, pos, stop);
                pos = stop;
                continue;
            }
            pos++;
            if (pos >= n) {
                throw Errors.valueError("incomplete format");
            }
            if (template.charAt(pos) == '%') {
                out.append('%');
                pos++;
                continue;
            }
            pos = directive(template, pos, st, out);
        }
        if (st.argIdx < st.argLen && st.dict == null) {
            throw notAllConverted(st);
        }
        return out.toString();
    }

    private static PException notAllConverted(State st) {
        return Errors.typeError("not all arguments converted during %s formatting", st.bytes ? "bytes" : "string");
    }

    private static boolean isMapping(Object v) {
        if (v instanceof PDict || v instanceof PList || v instanceof PBytes || v instanceof PRange || v instanceof PBigRange) {
            return true;
        }
        PythonClass cls = TypeOf.classOf(v);
        return !cls.isBuiltin() && cls.lookup("__getitem__") != null;
    }

    /** Parses and renders one directive starting after its {@code %}; returns the position after it. */
    private static int directive(String t, int pos, State st, StringBuilder out) {
        int n = t.length();
        Arg arg = new Arg();
        if (t.charAt(pos) == '(') {
            if (st.dict == null) {
                throw Errors.typeError("format requires a mapping");
            }
            pos++;
            int keyStart = pos;
            int depth = 1;
            while (depth > 0 && pos < n) {
                char c = t.charAt(pos++);
                if (c == ')') {
                    depth--;
                } else if (c == '(') {
                    depth++;
                }
            }
            if (depth > 0) {
                throw Errors.valueError("incomplete format key");
            }
            String key = t.substring(keyStart, pos - 1);
            st.args = Sequences.getItem(st.dict, st.bytes ? new PBytes(key.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)) : key);
            st.argLen = -1;
            st.argIdx = -2;
        }
        char c = 0;
        // Flags.
        while (pos < n) {
            c = t.charAt(pos++);
            int flag = c == '-' ? F_LJUST : c == '+' ? F_SIGN : c == ' ' ? F_BLANK : c == '#' ? F_ALT : c == '0' ? F_ZERO : 0;
            if (flag == 0) {
                break;
            }
            arg.flags |= flag;
            c = 0;
        }
        if (c == 0) {
            throw Errors.valueError("incomplete format");
        }
        // Width.
        if (c == '*') {
            Object v = st.nextArg();
            if (!IntOps.isInt(v)) {
                throw Errors.typeError("* wants int");
            }
            long w = asLong(v);
            if (w < 0) {
                arg.flags |= F_LJUST;
                w = -w;
            }
            arg.width = (int) Math.min(w, Integer.MAX_VALUE);
            c = pos < n ? t.charAt(pos++) : 0;
        } else if (c >= '0' && c <= '9') {
            long w = c - '0';
            c = 0;
            while (pos < n) {
                c = t.charAt(pos++);
                if (c < '0' || c > '9') {
                    break;
                }
                w = w * 10 + (c - '0');
                if (w > Integer.MAX_VALUE) {
                    throw Errors.valueError("width too big");
                }
                c = 0;
            }
            arg.width = (int) w;
        }
        // Precision.
        if (c == '.') {
            arg.prec = 0;
            c = pos < n ? t.charAt(pos++) : 0;
            if (c == '*') {
                Object v = st.nextArg();
                if (!IntOps.isInt(v)) {
                    throw Errors.typeError("* wants int");
                }
                arg.prec = (int) Math.max(0, Math.min(asLong(v), Integer.MAX_VALUE));
                c = pos < n ? t.charAt(pos++) : 0;
            } else if (c >= '0' && c <= '9') {
                long p = c - '0';
                c = 0;
                while (pos < n) {
                    c = t.charAt(pos++);
                    if (c < '0' || c > '9') {
                        break;
                    }
                    p = p * 10 + (c - '0');
                    if (p > Integer.MAX_VALUE) {
                        throw Errors.valueError("precision too big");
                    }
                    c = 0;
                }
                arg.prec = (int) p;
            }
        }
        if (c == 'h' || c == 'l' || c == 'L') {
            c = pos < n ? t.charAt(pos++) : 0;
        }
        if (c == 0) {
            throw Errors.valueError("incomplete format");
        }
        arg.ch = c;
        String str = convert(st, arg, pos - 1);
        output(arg, str, out);
        if (st.dict != null && st.argIdx < st.argLen) {
            throw notAllConverted(st);
        }
        return pos;
    }

    private static long asLong(Object v) {
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        } else if (v instanceof Long l) {
            return l;
        }
        throw Errors.overflowError("Python int too large to convert to C ssize_t");
    }

    /** The text of one conversion, before padding. */
    private static String convert(State st, Arg arg, int typeIndex) {
        Object v = st.nextArg();
        if (st.bytes) {
            switch (arg.ch) {
                case 's':
                case 'b':
                    if (PSubclassValue.unwrap(v) instanceof PBytes b) {
                        return new String(b.getBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
                    }
                    throw Errors.typeError("%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'", TypeOf.nameOf(v));
                case 'r':
                case 'a':
                    return Repr.ascii(v);
                case 'c':
                    if (v instanceof PBytes b && b.getBytes().length == 1) {
                        return new String(b.getBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
                    } else if (IntOps.isInt(v) && IntOps.compare(v, 0L) >= 0 && IntOps.compare(v, 255L) <= 0) {
                        return String.valueOf((char) asLong(v));
                    } else if (IntOps.isInt(v)) {
                        throw Errors.overflowError("%%c arg not in range(256)");
                    }
                    throw Errors.typeError("%%c requires an integer in range(256) or a single byte");
                default:
                    break;
            }
        }
        switch (arg.ch) {
            case 's':
                return Repr.str(v);
            case 'r':
                return Repr.repr(v);
            case 'a':
                return Repr.ascii(v);
            default:
                break;
        }
        // numbers convert by value: an int or float subclass instance counts as its int or float
        v = PSubclassValue.unwrap(v);
        switch (arg.ch) {
            case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
                arg.sign = true;
                return formatLong(v, arg);
            case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
                arg.sign = true;
                return DoubleFormat.format(toDouble(v), arg.ch, arg.prec < 0 ? 6 : arg.prec, (arg.flags & F_ALT) != 0 ? DoubleFormat.ALT : 0);
            case 'c':
                return formatChar(v);
            default:
                char shown = (arg.ch >= 31 && arg.ch <= 126) ? arg.ch : '?';
                throw Errors.valueError("unsupported format character '%c' (0x%x) at index %d", shown, (int) arg.ch, typeIndex);
        }
    }

    /** {@code %d %i %u %o %x %X}: the digits with sign, base prefix (kept only for {@code #}) and precision zeros. */
    private static String formatLong(Object v, Arg arg) {
        char type = arg.ch;
        Object value;
        if (IntOps.isInt(v)) {
            value = v;
        } else if (v instanceof Double d) {
            if (type == 'o' || type == 'x' || type == 'X') {
                throw Errors.typeError("%%%c format: an integer is required, not float", type);
            }
            value = FloatOps.toInt(d);
        } else {
            value = userInt(v, type);
        }
        String digits = IntOps.absDigits(value, type == 'o' ? 8 : (type == 'x' || type == 'X') ? 16 : 10);
        if (arg.prec > digits.length()) {
            digits = "0".repeat(arg.prec - digits.length()) + digits;
        }
        String prefix = "";
        if ((arg.flags & F_ALT) != 0 && (type == 'o' || type == 'x' || type == 'X')) {
            prefix = type == 'o' ? "0o" : "0x";
        }
        String s = (IntOps.isNegative(value) ? "-" : "") + prefix + digits;
        return type == 'X' ? s.toUpperCase() : s;
    }

    /** An int from a user object: {@code __index__} for o/x/X, {@code __int__} (then {@code __index__}) otherwise. */
    private static BigInteger userInt(Object v, char type) {
        PythonClass cls = TypeOf.classOf(v);
        Object index = Attributes.lookupUserSpecial(cls, "__index__");
        Object toInt = (type == 'o' || type == 'x' || type == 'X') ? null : Attributes.lookupUserSpecial(cls, "__int__");
        Object m = toInt != null ? toInt : index;
        if (m == null) {
            if (type == 'o' || type == 'x' || type == 'X') {
                throw Errors.typeError("%%%c format: an integer is required, not %s", type, cls.getName());
            }
            throw Errors.typeError("%%%c format: a real number is required, not %s", type, cls.getName());
        }
        Object r = Calls.call(m, new Object[]{v});
        if (!IntOps.isInt(r)) {
            throw Errors.typeError("%s returned non-int (type %s)", m == index ? "__index__" : "__int__", TypeOf.nameOf(r));
        }
        return IntOps.toBig(r);
    }

    private static double toDouble(Object v) {
        if (v instanceof Double d) {
            return d;
        } else if (IntOps.isInt(v)) {
            return IntOps.toDouble(v);
        }
        PythonClass cls = TypeOf.classOf(v);
        Object m = Attributes.lookupUserSpecial(cls, "__float__");
        if (m != null) {
            Object r = Calls.call(m, new Object[]{v});
            if (!(r instanceof Double d)) {
                throw Errors.typeError("%s.__float__ returned non-float (type %s)", cls.getName(), TypeOf.nameOf(r));
            }
            return d;
        }
        m = Attributes.lookupUserSpecial(cls, "__index__");
        if (m != null) {
            return IntOps.toDouble(Calls.call(m, new Object[]{v}));
        }
        throw Errors.typeError("must be real number, not %s", cls.getName());
    }

    private static String formatChar(Object v) {
        if (v instanceof String s) {
            if (s.codePointCount(0, s.length()) == 1) {
                return s;
            }
            throw Errors.typeError("%%c requires int or char");
        }
        BigInteger x;
        if (IntOps.isInt(v)) {
            x = IntOps.toBig(v);
        } else {
            Object m = Attributes.lookupUserSpecial(TypeOf.classOf(v), "__index__");
            if (m == null) {
                throw Errors.typeError("%%c requires int or char");
            }
            x = IntOps.toBig(Calls.call(m, new Object[]{v}));
        }
        if (x.signum() < 0 || x.compareTo(BigInteger.valueOf(0x10ffff)) > 0) {
            throw Errors.overflowError("%%c arg not in range(0x110000)");
        }
        return new String(Character.toChars(x.intValue()));
    }

    /** Pads one converted value: CPython's {@code unicode_format_arg_output}. */
    private static void output(Arg arg, String str, StringBuilder out) {
        char fill = (arg.sign && (arg.flags & F_ZERO) != 0) ? '0' : ' ';
        int len = str.codePointCount(0, str.length());
        if ((arg.width == -1 || arg.width <= len) && (arg.prec == -1 || arg.prec >= len) && (arg.flags & (F_SIGN | F_BLANK)) == 0) {
            out.append(str);
            return;
        }
        if ((arg.ch == 's' || arg.ch == 'r' || arg.ch == 'a') && arg.prec >= 0 && len > arg.prec) {
            str = str.substring(0, str.offsetByCodePoints(0, arg.prec));
            len = arg.prec;
        }
        int index = 0;
        char signChar = 0;
        if (arg.sign) {
            char ch = str.charAt(0);
            if (ch == '-' || ch == '+') {
                signChar = ch;
                len--;
                index++;
            } else if ((arg.flags & F_SIGN) != 0) {
                signChar = '+';
            } else if ((arg.flags & F_BLANK) != 0) {
                signChar = ' ';
            }
        }
        int width = Math.max(arg.width, len);
        if (signChar != 0) {
            if (fill != ' ') {
                out.append(signChar);
            }
            if (width > len) {
                width--;
            }
        }
        boolean prefix = (arg.flags & F_ALT) != 0 && (arg.ch == 'x' || arg.ch == 'X' || arg.ch == 'o');
        if (prefix) {
            if (fill != ' ') {
                out.append(str, index, index + 2);
                index += 2;
            }
            width = Math.max(0, width - 2);
            len -= 2;
        }
        if (width > len && (arg.flags & F_LJUST) == 0) {
            for (int i = len; i < width; i++) {
                out.append(fill);
            }
            width = len;
        }
        if (fill == ' ') {
            if (signChar != 0) {
                out.append(signChar);
            }
            if (prefix) {
                out.append(str, index, index + 2);
                index += 2;
            }
        }
        out.append(str, index, str.length());
        for (int i = len; i < width; i++) {
            out.append(' ');
        }
    }
}
