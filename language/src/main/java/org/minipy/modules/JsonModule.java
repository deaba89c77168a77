package org.minipy.modules;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import org.minipy.runtime.Errors;
import org.minipy.runtime.PBuiltinFunction;
import org.minipy.runtime.PModule;
import org.minipy.runtime.PSubclassValue;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.Sequences;
import org.minipy.runtime.StringIndexing;
import org.minipy.runtime.TypeOf;

/**
 * {@code _json}: the loops under MiniPy's {@code json} module (written in Python, {@code lib/json.py}), as CPython has its
 * C accelerator: the whole of {@code dumps} ({@link JsonEncoder}) and of {@code loads} ({@link JsonDecoder}), and the
 * character loops they share with json.py's own encoder (kept for subclasses that override {@code iterencode}):
 * quoting a str, skipping white space, finding a number's end and scanning a string literal. A loop over characters in guest code allocates a one-character str per step; these are the loops a big
 * document spends its time in. Errors are reported back as values so that json.py raises its own JSONDecodeError.
 */
public final class JsonModule {
    private static final String HEX = "0123456789abcdef";

    private JsonModule() {
    }

    @TruffleBoundary
    public static PModule create() {
        PModule json = new PModule("_json");
        add(json, PBuiltinFunction.create("encode_string(s, ensure_ascii, /)",
                        a -> encodeString(str(a[0]), org.minipy.runtime.Truth.isTrue(a[1]))));
        add(json, PBuiltinFunction.create("encode(encoder, o, indent, /)", a -> JsonEncoder.encode(a[0], a[1], a[2])));
        add(json, PBuiltinFunction.create("decode(decoder, s, pos, /)", a -> JsonDecoder.decode(a[0], text(a[1]), index(a[2]))));
        add(json, PBuiltinFunction.create("skip_ws(s, pos, /)", a -> (long) skipWhitespace(text(a[0]), index(a[1]))));
        return json;
    }

    private static void add(PModule module, PBuiltinFunction fn) {
        fn.setQualifiedName("_json." + fn.getName());
        module.setGlobal(fn.getName(), fn);
    }

    private static String str(Object o) {
        if (PSubclassValue.unwrap(o) instanceof String s) {
            return s;
        }
        throw Errors.typeError("expected str, not %s", TypeOf.nameOf(o));
    }

    /** A document indexed as Python indexes it: by code point, which differs from UTF-16 units once there are astral characters. */
    record Text(String s, int[] codePoints) {
        int length() {
            return codePoints == null ? s.length() : codePoints.length;
        }

        int charAt(int i) {
            return codePoints == null ? s.charAt(i) : codePoints[i];
        }

        boolean startsWith(String prefix, int i) {
            if (i + prefix.length() > length()) {
                return false;
            }
            for (int k = 0; k < prefix.length(); k++) {
                if (charAt(i + k) != prefix.charAt(k)) {
                    return false;
                }
            }
            return true;
        }

        void appendTo(StringBuilder sb, int from, int to) {
            if (codePoints == null) {
                sb.append(s, from, to);
            } else {
                for (int i = from; i < to; i++) {
                    sb.appendCodePoint(codePoints[i]);
                }
            }
        }

        String substring(int from, int to) {
            return codePoints == null ? s.substring(from, to) : new String(codePoints, from, to - from);
        }
    }

    private static Text text(Object o) {
        String s = str(o);
        return new Text(s, StringIndexing.astralCodePoints(s));
    }

    private static int index(Object o) {
        long i = Sequences.asIndex(o, "integer");
        return (int) Math.max(0, Math.min(i, Integer.MAX_VALUE));
    }

    /** The JSON text of a str, quotes included (UTF-16 units escape one by one, which is how a non-BMP character's pair of escapes comes out). */
    @TruffleBoundary
    static String encodeString(String s, boolean ensureAscii) {
        StringBuilder sb = new StringBuilder(s.length() + 2);
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || (ensureAscii && c > 0x7e)) {
                        sb.append("\\u").append(HEX.charAt(c >> 12)).append(HEX.charAt((c >> 8) & 15))
                                        .append(HEX.charAt((c >> 4) & 15)).append(HEX.charAt(c & 15));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    @TruffleBoundary
    static int skipWhitespace(Text s, int pos) {
        int n = s.length();
        while (pos < n) {
            int c = s.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                break;
            }
            pos++;
        }
        return pos;
    }

    private static boolean digit(Text s, int i) {
        return i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9';
    }

    /** Where the number at pos ends, doubled, plus one if it is a float; -1 when no number starts there. */
    @TruffleBoundary
    static long scanNumber(Text s, int start) {
        int n = s.length();
        int pos = start;
        if (pos < n && s.charAt(pos) == '-') {
            pos++;
        }
        if (!digit(s, pos)) {
            return -1;
        }
        if (s.charAt(pos) == '0') {
            pos++;
        } else {
            while (digit(s, pos)) {
                pos++;
            }
        }
        boolean isFloat = false;
        if (pos + 1 < n && s.charAt(pos) == '.' && digit(s, pos + 1)) {
            isFloat = true;
            pos += 2;
            while (digit(s, pos)) {
                pos++;
            }
        }
        if (pos < n && (s.charAt(pos) == 'e' || s.charAt(pos) == 'E')) {
            int exp = pos + 1;
            if (exp < n && (s.charAt(exp) == '+' || s.charAt(exp) == '-')) {
                exp++;
            }
            if (digit(s, exp)) {
                isFloat = true;
                pos = exp + 1;
                while (digit(s, pos)) {
                    pos++;
                }
            }
        }
        return 2L * pos + (isFloat ? 1 : 0);
    }

    /**
     * The string literal whose opening quote is just before pos: {@code (value, end)} with end just after the closing
     * quote, or {@code (None, message, position)} for json.py to raise as a JSONDecodeError.
     */
    @TruffleBoundary
    static PTuple scanString(Text s, int pos, boolean strict) {
        int begin = pos - 1;
        int n = s.length();
        StringBuilder sb = null;
        int runStart = pos;
        while (true) {
            if (pos >= n) {
                return error("Unterminated string starting at", begin);
            }
            int c = s.charAt(pos);
            if (c == '"') {
                String value = sb == null ? s.substring(runStart, pos) : appended(sb, s, runStart, pos).toString();
                return new PTuple(new Object[]{value, (long) pos + 1});
            }
            if (c < 0x20 && strict) {
                return error("Invalid control character at", pos);
            }
            if (c != '\\') {
                pos++;
                continue;
            }
            if (sb == null) {
                sb = new StringBuilder();
            }
            s.appendTo(sb, runStart, pos);
            if (pos + 1 >= n) {
                return error("Unterminated string starting at", begin);
            }
            int esc = s.charAt(pos + 1);
            if (esc != 'u') {
                char decoded;
                switch (esc) {
                    case '"', '\\', '/' -> decoded = (char) esc;
                    case 'b' -> decoded = '\b';
                    case 'f' -> decoded = '\f';
                    case 'n' -> decoded = '\n';
                    case 'r' -> decoded = '\r';
                    case 't' -> decoded = '\t';
                    default -> {
                        return error("Invalid \\escape", pos);
                    }
                }
                sb.append(decoded);
                pos += 2;
                runStart = pos;
                continue;
            }
            int code = hex4(s, pos + 2);
            if (code < 0) {
                return error("Invalid \\uXXXX escape", pos + 1);
            }
            pos += 6;
            if (code >= 0xd800 && code <= 0xdbff && s.startsWith("\\u", pos)) {
                int low = hex4(s, pos + 2);
                if (low < 0) {
                    return error("Invalid \\uXXXX escape", pos + 1);
                }
                if (low >= 0xdc00 && low <= 0xdfff) {
                    code = 0x10000 + (((code - 0xd800) << 10) | (low - 0xdc00));
                    pos += 6;
                }
            }
            sb.appendCodePoint(code);
            runStart = pos;
        }
    }

    private static StringBuilder appended(StringBuilder sb, Text s, int from, int to) {
        s.appendTo(sb, from, to);
        return sb;
    }

    /** The value of the four hex digits at i, or -1 when there are not four. */
    private static int hex4(Text s, int i) {
        if (i + 4 > s.length()) {
            return -1;
        }
        int v = 0;
        for (int k = i; k < i + 4; k++) {
            int d = Character.digit(s.charAt(k), 16);
            if (d < 0 || s.charAt(k) > 'f') {
                return -1;
            }
            v = v * 16 + d;
        }
        return v;
    }

    private static PTuple error(String message, int position) {
        return new PTuple(new Object[]{org.minipy.runtime.PNone.NONE, message, (long) position});
    }
}
