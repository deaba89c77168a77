package org.minipy.runtime;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * {@code format(value, spec)}: the one implementation of the format-spec mini-language ({@link FormatSpec}) for
 * str, int (any size), bool and float, with results identical to CPython's {@code Python/formatter_unicode.c}; and
 * {@code str.format} / {@code str.format_map} with their replacement fields ({@code {0.x!r:>{width}}}).
 *
 * <p>{@link #format(Object, String)} is the entry point for the {@code format()} builtin and for f-strings: it runs a
 * user class's {@code __format__} when there is one, and otherwise {@code object.__format__}'s rule (only the
 * empty spec is allowed; it means {@code str(value)}).
 */
public final class Formatter {
    private Formatter() {
    }

    // ---------------------------------------------------------------------------------------------------------------
    // format(value, spec)

    /** {@code format(value, spec)}: what {@code type(value).__format__(value, spec)} returns. */
    @TruffleBoundary
    public static String format(Object value, String spec) {
        if (value instanceof String s) {
            return formatStr(s, spec);
        } else if (value instanceof Long || value instanceof BigInteger) {
            return formatInt(value, spec, "int");
        } else if (value instanceof Double d) {
            return formatFloat(d, spec, "float");
        } else if (value instanceof Boolean b) {
            return spec.isEmpty() ? (b ? "True" : "False") : formatInt(b ? 1L : 0L, spec, "bool");
        }
        PythonClass cls = TypeOf.classOf(value);
        Object user = Attributes.lookupUserSpecial(cls, "__format__");
        if (user != null) {
            Object r = Calls.call(user, new Object[]{value, spec});
            if (!(r instanceof String s)) {
                throw Errors.typeError("__format__ must return a str, not %s", TypeOf.nameOf(r));
            }
            return s;
        }
        if (value instanceof PSubclassValue v) {
            // int.__format__ and co. on a subclass: str(self) (its own __str__) for an empty spec
            return spec.isEmpty() ? Repr.str(value) : format(v.getValue(), spec);
        }
        return objectFormat(value, spec);
    }

    /**
     * {@code int.__format__(self, spec)}: the int itself formatted — for an int subclass too, whose own
     * {@code __format__} may be what called this ({@code super().__format__(spec)}), so it is not asked again.
     */
    @TruffleBoundary
    public static String formatIntSelf(Object self, String spec) {
        if (self instanceof PSubclassValue v) {
            return spec.isEmpty() ? Repr.str(self) : format(v.getValue(), spec);
        }
        return format(self, spec);
    }

    /** {@code object.__format__(self, spec)}: {@code str(self)} for an empty spec, else TypeError. */
    @TruffleBoundary
    public static String objectFormat(Object value, String spec) {
        if (!spec.isEmpty()) {
            throw Errors.typeError("unsupported format string passed to %s.__format__", TypeOf.nameOf(value));
        }
        return Repr.str(value);
    }

    /** {@code object.__format__} as a method, for {@code object}'s class dictionary and {@code super().__format__}. */
    public static final PBuiltinFunction OBJECT_FORMAT = PBuiltinFunction.create("__format__(self, format_spec, /)", a -> {
        if (!(a[1] instanceof String spec)) {
            throw Errors.typeError("__format__() argument must be str, not %s", Errors.argumentTypeName(a[1]));
        }
        return objectFormat(a[0], spec);
    });

    static {
        OBJECT_FORMAT.setQualifiedName("object.__format__");
    }

    /** The spec argument of a {@code __format__} method, which must be a str. */
    public static String checkSpec(Object spec) {
        if (spec instanceof String s) {
            return s;
        }
        throw Errors.typeError("format() argument 2 must be str, not %s", Errors.argumentTypeName(spec));
    }

    /** {@code str.__format__}. */
    @TruffleBoundary
    public static String formatStr(String s, String spec) {
        if (spec.isEmpty()) {
            return s;
        }
        FormatSpec f = FormatSpec.parse(spec, "str", 's', '<');
        if (f.type != 's') {
            throw FormatSpec.unknownType(f.type, "str");
        }
        if (f.sign != 0) {
            throw Errors.valueError(f.sign == ' ' ? "Space not allowed in string format specifier" : "Sign not allowed in string format specifier");
        }
        if (f.noNegativeZero) {
            throw Errors.valueError("Negative zero coercion (z) not allowed in string format specifier");
        }
        if (f.alternate) {
            throw Errors.valueError("Alternate form (#) not allowed in string format specifier");
        }
        if (f.align == '=') {
            throw Errors.valueError("'=' alignment not allowed in string format specifier");
        }
        int len = s.codePointCount(0, s.length());
        if (f.precision >= 0 && len > f.precision) {
            s = s.substring(0, s.offsetByCodePoints(0, f.precision));
            len = f.precision;
        }
        return pad(s, len, f.width, f.align, f.fill);
    }

    /** Pads text of {@code len} code points to {@code width} with {@code fill}, aligned {@code < > ^}. */
    private static String pad(String s, int len, int width, char align, int fill) {
        int total = Math.max(width, len);
        if (total == len) {
            return s;
        }
        int left = align == '>' ? total - len : align == '^' ? (total - len) / 2 : 0;
        StringBuilder sb = new StringBuilder(total + 4);
        repeat(sb, fill, left);
        sb.append(s);
        repeat(sb, fill, total - len - left);
        return sb.toString();
    }

    private static void repeat(StringBuilder sb, int cp, int n) {
        for (int i = 0; i < n; i++) {
            sb.appendCodePoint(cp);
        }
    }

    /** {@code int.__format__} (and bool's, with {@code typeName} "bool"): {@code value} is a Long or BigInteger. */
    @TruffleBoundary
    public static String formatInt(Object value, String spec, String typeName) {
        if (spec.isEmpty()) {
            return IntOps.toDecimalString(value);
        }
        FormatSpec f = FormatSpec.parse(spec, typeName, 'd', '>');
        switch (f.type) {
            case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
                break;
            case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
                return formatFloat(IntOps.toDouble(value), f);
            default:
                throw FormatSpec.unknownType(f.type, typeName);
        }
        if (f.precision != FormatSpec.NONE) {
            throw Errors.valueError("Precision not allowed in integer format specifier");
        }
        if (f.noNegativeZero) {
            throw Errors.valueError("Negative zero coercion (z) not allowed in integer format specifier");
        }
        if (f.type == 'c') {
            BigInteger big = IntOps.toBig(value);
            if (f.sign != 0) {
                throw Errors.valueError("Sign not allowed with integer format specifier 'c'");
            }
            if (f.alternate) {
                throw Errors.valueError("Alternate form (#) not allowed with integer format specifier 'c'");
            }
            if (big.bitLength() > 63) {
                throw Errors.overflowError("Python int too large to convert to C long");
            }
            if (big.signum() < 0 || big.compareTo(BigInteger.valueOf(0x10ffff)) > 0) {
                throw Errors.overflowError("%%c arg not in range(0x110000)");
            }
            // The character is a "remainder": copied as is, never grouped or zero-padded.
            return layoutNumber(false, "", "", false, new String(Character.toChars(big.intValue())), f, false);
        }
        int base;
        String prefix;
        switch (f.type) {
            case 'b':
                base = 2;
                prefix = "0b";
                break;
            case 'o':
                base = 8;
                prefix = "0o";
                break;
            case 'x':
            case 'X':
                base = 16;
                prefix = "0x";
                break;
            default:
                base = 10;
                prefix = "";
                break;
        }
        return layoutNumber(IntOps.isNegative(value), f.alternate ? prefix : "", IntOps.absDigits(value, base), false, "", f, f.type == 'X');
    }

    /** {@code float.__format__}. */
    @TruffleBoundary
    public static String formatFloat(double value, String spec, String typeName) {
        if (spec.isEmpty()) {
            return FloatOps.repr(value);
        }
        FormatSpec f = FormatSpec.parse(spec, typeName, (char) 0, '>');
        switch (f.type) {
            case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
                return formatFloat(value, f);
            default:
                throw FormatSpec.unknownType(f.type, typeName);
        }
    }

    private static String formatFloat(double value, FormatSpec f) {
        char type = f.type;
        int precision = f.precision;
        int defaultPrecision = 6;
        int flags = 0;
        if (f.alternate) {
            flags |= DoubleFormat.ALT;
        }
        if (f.noNegativeZero) {
            flags |= DoubleFormat.NO_NEG_0;
        }
        if (type == 0) {
            // Like repr without a precision; like 'g' (but never ending in a bare integer) with one.
            flags |= DoubleFormat.ADD_DOT_0;
            type = 'r';
            defaultPrecision = 0;
        }
        if (type == 'n') {
            type = 'g';
        }
        boolean percent = false;
        if (type == '%') {
            type = 'f';
            value *= 100;
            percent = true;
        }
        if (precision < 0) {
            precision = defaultPrecision;
        } else if (type == 'r') {
            type = 'g';
        }
        String text = DoubleFormat.format(value, type, precision, flags);
        if (percent) {
            text += "%";
        }
        boolean negative = text.startsWith("-");
        int start = negative ? 1 : 0;
        int pos = start;
        while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
            pos++;
        }
        String digits = text.substring(start, pos);
        boolean hasDecimal = pos < text.length() && text.charAt(pos) == '.';
        String remainder = text.substring(hasDecimal ? pos + 1 : pos);
        return layoutNumber(negative, "", digits, hasDecimal, remainder, f, false);
    }

    /**
     * Lays out a number, CPython's {@code calc_number_widths} + {@code fill_number}:
     * {@code <lpadding><sign><prefix><spadding><grouped digits><decimal point><remainder><rpadding>}. Zero padding
     * ({@code 0} fill with {@code =} alignment) is done by the grouping step so separators appear in it.
     */
    private static String layoutNumber(boolean negative, String prefix, String digits, boolean hasDecimal, String remainder,
                    FormatSpec f, boolean upper) {
        String sign = "";
        if (f.sign == '+') {
            sign = negative ? "-" : "+";
        } else if (f.sign == ' ') {
            sign = negative ? "-" : " ";
        } else if (negative) {
            sign = "-";
        }
        int nonDigits = sign.length() + prefix.length() + (hasDecimal ? 1 : 0) + remainder.length();
        int minWidth = (f.fill == '0' && f.align == '=') ? f.width - nonDigits : 0;
        String grouped = "";
        if (!digits.isEmpty()) {
            int groupSize = 0;
            if (f.grouping != 0 && f.type != 'n') {
                groupSize = (f.grouping == '_' && (f.type == 'b' || f.type == 'o' || f.type == 'x' || f.type == 'X')) ? 4 : 3;
            }
            grouped = group(digits, minWidth, groupSize, f.grouping);
        }
        if (upper) {
            prefix = prefix.toUpperCase();
            grouped = grouped.toUpperCase();
        }
        int padding = f.width - (nonDigits + grouped.length());
        int lpad = 0;
        int spad = 0;
        int rpad = 0;
        if (padding > 0) {
            switch (f.align) {
                case '<':
                    rpad = padding;
                    break;
                case '^':
                    lpad = padding / 2;
                    rpad = padding - lpad;
                    break;
                case '=':
                    spad = padding;
                    break;
                default:
                    lpad = padding;
                    break;
            }
        }
        StringBuilder sb = new StringBuilder();
        repeat(sb, f.fill, lpad);
        sb.append(sign).append(prefix);
        repeat(sb, f.fill, spad);
        sb.append(grouped);
        if (hasDecimal) {
            sb.append('.');
        }
        sb.append(remainder);
        repeat(sb, f.fill, rpad);
        return sb.toString();
    }

    /**
     * Inserts a separator every {@code groupSize} digits from the right (none when 0) and pads with zeros to at least
     * {@code minWidth} characters: CPython's {@code _PyUnicode_InsertThousandsGrouping}, whose zero padding may
     * exceed the width by one rather than start with a separator ({@code format(1234, '08,')} is {@code 0,001,234}).
     */
    private static String group(String digits, int minWidth, int groupSize, char sep) {
        minWidth = Math.max(0, minWidth);
        StringBuilder reversed = new StringBuilder();
        int remaining = digits.length();
        boolean useSep = false;
        boolean broken = false;
        if (groupSize > 0) {
            while (true) {
                int len = Math.min(groupSize, Math.max(Math.max(remaining, minWidth), 1));
                appendGroup(reversed, digits, remaining, len, useSep ? sep : 0);
                useSep = true;
                remaining -= Math.max(0, Math.min(remaining, len));
                minWidth -= len;
                if (remaining <= 0 && minWidth <= 0) {
                    broken = true;
                    break;
                }
                minWidth -= 1;
            }
        }
        if (!broken) {
            int len = Math.max(Math.max(remaining, minWidth), 1);
            appendGroup(reversed, digits, remaining, len, useSep ? sep : 0);
        }
        return reversed.reverse().toString();
    }

    /** Appends (reversed) a separator, then the group's digits ending at {@code remaining}, then its zero padding. */
    private static void appendGroup(StringBuilder reversed, String digits, int remaining, int len, char sep) {
        int zeros = Math.max(0, len - remaining);
        int chars = Math.max(0, Math.min(remaining, len));
        if (sep != 0) {
            reversed.append(sep);
        }
        for (int i = remaining - 1; i >= remaining - chars; i--) {
            reversed.append(digits.charAt(i));
        }
        for (int i = 0; i < zeros; i++) {
            reversed.append('0');
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // str.format

    /** {@code template.format(*args, **kwargs)}; {@code kwargs} may be null. */
    @TruffleBoundary
    public static String formatString(String template, Object[] args, PDict kwargs) {
        return new FieldFormatter(args, kwargs).render(template, 2);
    }

    /** {@code template.format_map(mapping)}: keyword fields only, looked up with {@code mapping[key]}. */
    @TruffleBoundary
    public static String formatMap(String template, Object mapping) {
        return new FieldFormatter(null, mapping).render(template, 2);
    }

    /** The state of one {@code str.format} call: the arguments and the automatic field numbering. */
    private static final class FieldFormatter {
        private final Object[] args;
        private final Object kwargs;
        /** 0: not decided yet, 1: automatic ({}), 2: manual ({0}). */
        private int numbering;
        private int nextAuto;

        FieldFormatter(Object[] args, Object kwargs) {
            this.args = args;
            this.kwargs = kwargs;
        }

        String render(String s, int depth) {
            if (depth <= 0) {
                throw Errors.valueError("Max string recursion exceeded");
            }
            StringBuilder out = new StringBuilder();
            int n = s.length();
            int pos = 0;
            while (pos < n) {
                char c = s.charAt(pos);
                if (c != '{' && c != '}') {
                    out.append(c);
                    pos++;
                    continue;
                }
                boolean atEnd = pos + 1 >= n;
                if (c == '}') {
                    if (atEnd || s.charAt(pos + 1) != '}') {
                        throw Errors.valueError("Single '}' encountered in format string");
                    }
                    out.append('}');
                    pos += 2;
                    continue;
                }
                if (atEnd) {
                    throw Errors.valueError("Single '{' encountered in format string");
                }
                if (s.charAt(pos + 1) == '{') {
                    out.append('{');
                    pos += 2;
                    continue;
                }
                pos = field(s, pos + 1, depth, out);
            }
            return out.toString();
        }

        /**
         * Parses and renders the replacement field starting at {@code pos} (after its brace), CPython 3.11's
         * {@code parse_field}: the name runs to {@code ! : or \}} (brackets may contain anything), then a
         * one-character conversion, then a spec that runs to the matching close brace. Returns the position after it.
         */
        private int field(String s, int pos, int depth, StringBuilder out) {
            int n = s.length();
            int nameStart = pos;
            char c = 0;
            while (pos < n) {
                c = s.charAt(pos++);
                if (c == '{') {
                    throw Errors.valueError("unexpected '{' in field name");
                } else if (c == '[') {
                    while (pos < n && s.charAt(pos) != ']') {
                        pos++;
                    }
                    continue;
                } else if (c == '}' || c == ':' || c == '!') {
                    break;
                }
            }
            String name;
            char conversion = 0;
            String spec = "";
            if (c == '!' || c == ':') {
                name = s.substring(nameStart, pos - 1);
                boolean done = false;
                if (c == '!') {
                    if (pos >= n) {
                        throw Errors.valueError("end of string while looking for conversion specifier");
                    }
                    conversion = s.charAt(pos++);
                    if (pos < n) {
                        char next = s.charAt(pos++);
                        if (next == '}') {
                            done = true;
                        } else if (next != ':') {
                            throw Errors.valueError("expected ':' after conversion specifier");
                        }
                    }
                }
                if (!done) {
                    int specStart = pos;
                    int count = 1;
                    while (true) {
                        if (pos >= n) {
                            throw Errors.valueError("unmatched '{' in format spec");
                        }
                        char d = s.charAt(pos++);
                        if (d == '{') {
                            count++;
                        } else if (d == '}' && --count == 0) {
                            break;
                        }
                    }
                    spec = s.substring(specStart, pos - 1);
                }
            } else if (c != '}' || pos > n) {
                throw Errors.valueError("expected '}' before end of string");
            } else {
                name = s.substring(nameStart, pos - 1);
            }
            out.append(render(name, conversion, spec, depth));
            return pos;
        }

        private String render(String name, char conversion, String spec, int depth) {
            Object value = lookup(name);
            switch (conversion) {
                case 0:
                    break;
                case 'r':
                    value = Repr.repr(value);
                    break;
                case 's':
                    value = Repr.str(value);
                    break;
                case 'a':
                    value = Repr.ascii(value);
                    break;
                default:
                    if (conversion > 32 && conversion < 127) {
                        throw Errors.valueError("Unknown conversion specifier %c", conversion);
                    }
                    throw Errors.valueError("Unknown conversion specifier \\x%x", (int) conversion);
            }
            if (spec.indexOf('{') >= 0) {
                spec = render(spec, depth - 1);
            }
            return format(value, spec);
        }

        /** Resolves {@code 0}, {@code name}, {@code 0.attr}, {@code name[key]}, {@code [0]}... to the object. */
        private Object lookup(String name) {
            int n = name.length();
            int i = 0;
            while (i < n && name.charAt(i) != '.' && name.charAt(i) != '[') {
                i++;
            }
            String first = name.substring(0, i);
            long index = integerOrMinusOne(first);
            boolean empty = first.isEmpty();
            if (empty || index != -1) {
                if (numbering == 0) {
                    numbering = empty ? 1 : 2;
                }
                if (numbering == 2 && empty) {
                    throw Errors.valueError("cannot switch from manual field specification to automatic field numbering");
                } else if (numbering == 1 && !empty) {
                    throw Errors.valueError("cannot switch from automatic field numbering to manual field specification");
                }
                if (empty) {
                    index = nextAuto++;
                }
            }
            Object obj;
            if (index == -1) {
                if (kwargs == null) {
                    throw Errors.keyError(first);
                }
                obj = Sequences.getItem(kwargs, first);
            } else {
                if (args == null) {
                    throw Errors.valueError("Format string contains positional fields");
                }
                if (index >= args.length) {
                    throw Errors.indexError("Replacement index %d out of range for positional args tuple", index);
                }
                obj = args[(int) index];
            }
            while (i < n) {
                char c = name.charAt(i++);
                String part;
                if (c == '.') {
                    int start = i;
                    while (i < n && name.charAt(i) != '.' && name.charAt(i) != '[') {
                        i++;
                    }
                    part = name.substring(start, i);
                    if (part.isEmpty()) {
                        throw Errors.valueError("Empty attribute in format string");
                    }
                    obj = Attributes.getAttribute(obj, part);
                } else if (c == '[') {
                    int start = i;
                    while (i < n && name.charAt(i) != ']') {
                        i++;
                    }
                    if (i >= n) {
                        throw Errors.valueError("Missing ']' in format string");
                    }
                    part = name.substring(start, i);
                    i++;
                    if (part.isEmpty()) {
                        throw Errors.valueError("Empty attribute in format string");
                    }
                    long key = integerOrMinusOne(part);
                    obj = Sequences.getItem(obj, key == -1 ? (Object) part : (Object) key);
                } else {
                    throw Errors.valueError("Only '.' or '[' may follow ']' in format field specifier");
                }
            }
            return obj;
        }

        private static long integerOrMinusOne(String s) {
            if (s.isEmpty()) {
                return -1;
            }
            long v = 0;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c < '0' || c > '9') {
                    return -1;
                }
                v = v * 10 + (c - '0');
                if (v > Integer.MAX_VALUE) {
                    throw Errors.valueError("Too many decimal digits in format string");
                }
            }
            return v;
        }
    }
}
