package org.minipy.runtime;

/**
 * A parsed format specification, the mini-language after the colon in {@code f"{x:>10,.2f}"} and the second argument
 * of {@code format(x, spec)}:
 *
 * <pre>
 *     [[fill]align][sign][z][#][0][width][grouping][.precision][type]
 * </pre>
 *
 * Parsing follows CPython's {@code parse_internal_render_format_spec} step for step, including its error messages
 * and its one context-dependent rule: a leading {@code 0} before the width sets the fill to {@code '0'} and, for
 * numbers (whose default alignment is right), the alignment to {@code '='} (padding after the sign).
 */
public final class FormatSpec {
    /** "No width" / "no precision". */
    public static final int NONE = -1;

    public int fill = ' ';
    /** One of {@code < > ^ =}. */
    public char align;
    /** {@code '+'}, {@code '-'}, {@code ' '}, or 0 when not given. */
    public char sign;
    /** The {@code z} option: a negative zero result loses its sign. */
    public boolean noNegativeZero;
    /** The {@code #} option: alternate form (base prefixes, always a decimal point). */
    public boolean alternate;
    public int width = NONE;
    /** {@code ','}, {@code '_'}, or 0 for no grouping. */
    public char grouping;
    public int precision = NONE;
    /** The presentation type, or 0 when not given. */
    public char type;

    private FormatSpec() {
    }

    /**
     * Parses {@code spec} for a value of the class named {@code typeName} (used in error messages), with the defaults
     * of that kind of value: {@code 's'} and {@code '<'} for str, {@code 'd'} and {@code '>'} for int, none and
     * {@code '>'} for float.
     */
    public static FormatSpec parse(String spec, String typeName, char defaultType, char defaultAlign) {
        FormatSpec f = new FormatSpec();
        f.align = defaultAlign;
        f.type = defaultType;
        int end = spec.length();
        int pos = 0;
        boolean alignSpecified = false;
        boolean fillSpecified = false;
        // The fill may be any character, including an astral one (two UTF-16 units).
        int firstLen = end > 0 ? Character.charCount(spec.codePointAt(0)) : 0;
        if (end - pos >= firstLen + 1 && isAlign(spec.charAt(firstLen))) {
            f.fill = spec.codePointAt(0);
            f.align = spec.charAt(firstLen);
            fillSpecified = true;
            alignSpecified = true;
            pos = firstLen + 1;
        } else if (end - pos >= 1 && isAlign(spec.charAt(pos))) {
            f.align = spec.charAt(pos);
            alignSpecified = true;
            pos++;
        }
        if (pos < end && (spec.charAt(pos) == '+' || spec.charAt(pos) == '-' || spec.charAt(pos) == ' ')) {
            f.sign = spec.charAt(pos++);
        }
        if (pos < end && spec.charAt(pos) == 'z') {
            f.noNegativeZero = true;
            pos++;
        }
        if (pos < end && spec.charAt(pos) == '#') {
            f.alternate = true;
            pos++;
        }
        if (!fillSpecified && pos < end && spec.charAt(pos) == '0') {
            f.fill = '0';
            if (!alignSpecified && defaultAlign == '>') {
                f.align = '=';
            }
            pos++;
        }
        int start = pos;
        pos = skipDigits(spec, pos);
        if (pos > start) {
            f.width = parseCount(spec, start, pos);
        }
        if (pos < end && spec.charAt(pos) == ',') {
            f.grouping = ',';
            pos++;
        }
        if (pos < end && spec.charAt(pos) == '_') {
            if (f.grouping != 0) {
                throw Errors.valueError("Cannot specify both ',' and '_'.");
            }
            f.grouping = '_';
            pos++;
        }
        if (pos < end && spec.charAt(pos) == ',' && f.grouping == '_') {
            throw Errors.valueError("Cannot specify both ',' and '_'.");
        }
        if (pos < end && spec.charAt(pos) == '.') {
            pos++;
            start = pos;
            pos = skipDigits(spec, pos);
            if (pos == start) {
                throw Errors.valueError("Format specifier missing precision");
            }
            f.precision = parseCount(spec, start, pos);
        }
        if (end - pos > 1) {
            throw Errors.valueError("Invalid format specifier '%s' for object of type '%s'", spec, typeName);
        }
        if (end - pos == 1) {
            f.type = spec.charAt(pos);
        }
        if (f.grouping != 0) {
            switch (f.type) {
                case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
                    break;
                case 'b': case 'o': case 'x': case 'X':
                    if (f.grouping == '_') {
                        break;
                    }
                    throw invalidGrouping(f.grouping, f.type);
                default:
                    throw invalidGrouping(f.grouping, f.type);
            }
        }
        return f;
    }

    private static PException invalidGrouping(char grouping, char type) {
        if (type > 32 && type < 128) {
            return Errors.valueError("Cannot specify '%c' with '%c'.", grouping, type);
        }
        return Errors.valueError("Cannot specify '%c' with '\\x%x'.", grouping, (int) type);
    }

    /** {@code ValueError: Unknown format code 'q' for object of type 'int'}. */
    public static PException unknownType(char type, String typeName) {
        if (type > 32 && type < 128) {
            return Errors.valueError("Unknown format code '%c' for object of type '%s'", type, typeName);
        }
        return Errors.valueError("Unknown format code '\\x%x' for object of type '%s'", (int) type, typeName);
    }

    private static boolean isAlign(char c) {
        return c == '<' || c == '>' || c == '=' || c == '^';
    }

    private static int skipDigits(String s, int pos) {
        while (pos < s.length() && s.charAt(pos) >= '0' && s.charAt(pos) <= '9') {
            pos++;
        }
        return pos;
    }

    private static int parseCount(String s, int start, int end) {
        long v = 0;
        for (int i = start; i < end; i++) {
            v = v * 10 + (s.charAt(i) - '0');
            if (v > Integer.MAX_VALUE) {
                throw Errors.valueError("Too many decimal digits in format string");
            }
        }
        return (int) v;
    }
}
