package org.minipy.parser;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

import org.antlr.v4.runtime.Token;

/**
 * Decoding of literal tokens into the values the AST carries: integers (Long, or BigInteger beyond 64 bits), floats
 * (Double), and the contents of string and bytes literals with their escape sequences. Used by the AstBuilder and
 * the FStringParser; all errors are CPython's messages.
 */
final class Literals {
    private Literals() {
    }

    /** An integer literal in any base, underscores allowed: Long when it fits, else BigInteger. */
    static Object integer(String text) {
        String digits = text.replace("_", "");
        int radix = 10;
        if (digits.length() > 1 && digits.charAt(0) == '0') {
            switch (Character.toLowerCase(digits.charAt(1))) {
                case 'x' -> radix = 16;
                case 'o' -> radix = 8;
                case 'b' -> radix = 2;
                default -> radix = 10;
            }
            if (radix != 10) {
                digits = digits.substring(2);
            }
        }
        if (digits.length() <= 18 && radix == 10 || digits.length() <= 15 && radix == 16
                        || digits.length() <= 20 && radix == 8 || digits.length() <= 62 && radix == 2) {
            return Long.parseLong(digits, radix);
        }
        BigInteger value = new BigInteger(digits, radix);
        return value.bitLength() < 64 ? (Object) value.longValue() : value;
    }

    /** A float literal; Java's parser rounds correctly, like CPython's. */
    static double floating(String text) {
        return Double.parseDouble(text.replace("_", ""));
    }

    /** The parts of a string token: its prefix flags and the text between the quotes. */
    record StringToken(Token token, boolean isBytes, boolean isRaw, boolean isFormatted, String body,
                    int bodyOffset, int quoteLength) {

        static StringToken of(Token token) {
            String text = token.getText();
            int prefixLength = 0;
            while (text.charAt(prefixLength) != '\'' && text.charAt(prefixLength) != '"') {
                prefixLength++;
            }
            String prefix = text.substring(0, prefixLength).toLowerCase();
            int quoteLength = text.startsWith("'''", prefixLength) || text.startsWith("\"\"\"", prefixLength) ? 3 : 1;
            String body = text.substring(prefixLength + quoteLength, text.length() - quoteLength);
            return new StringToken(token, prefix.contains("b"), prefix.contains("r"), prefix.contains("f"), body,
                            prefixLength + quoteLength, quoteLength);
        }
    }

    /** The value of a str literal's text (escapes decoded unless raw). */
    static String decodeString(String body, boolean raw, SourceText source, Token token) {
        if (raw || body.indexOf('\\') < 0) {
            return normalizeLineBreaks(body);
        }
        StringBuilder out = new StringBuilder(body.length());
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c != '\\' || i + 1 >= body.length()) {
                appendNormalized(out, body, i);
                i++;
                continue;
            }
            int escapeStart = i;
            char e = body.charAt(i + 1);
            i += 2;
            switch (e) {
                case '\n' -> {
                }
                case '\r' -> {
                    if (i < body.length() && body.charAt(i) == '\n') {
                        i++;
                    }
                }
                case '\\', '\'', '"' -> out.append(e);
                case 'a' -> out.append('\u0007');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'v' -> out.append('\u000b');
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int end = octalEnd(body, i - 1);
                    out.appendCodePoint(Integer.parseInt(body.substring(i - 1, end), 8));
                    i = end;
                }
                case 'x', 'u', 'U' -> {
                    int count = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                    int end = hexEnd(body, i, count);
                    if (end - i < count) {
                        throw unicodeError(body, escapeStart, end - 1, "truncated \\" + (e == 'x' ? "xXX"
                                        : e == 'u' ? "uXXXX" : "UXXXXXXXX") + " escape", source, token);
                    }
                    long codePoint = Long.parseLong(body.substring(i, end), 16); // \\Uffffffff does not fit an int
                    if (codePoint > Character.MAX_CODE_POINT) {
                        throw unicodeError(body, escapeStart, end - 1, "illegal Unicode character", source, token);
                    }
                    out.appendCodePoint((int) codePoint);
                    i = end;
                }
                case 'N' -> {
                    int close = i < body.length() && body.charAt(i) == '{' ? body.indexOf('}', i) : -1;
                    if (close < 0) {
                        throw unicodeError(body, escapeStart, i - 1, "malformed \\N character escape", source, token);
                    }
                    int codePoint;
                    try {
                        codePoint = Character.codePointOf(body.substring(i + 1, close));
                    } catch (IllegalArgumentException unknown) {
                        throw unicodeError(body, escapeStart, close, "unknown Unicode character name", source,
                                        token);
                    }
                    out.appendCodePoint(codePoint);
                    i = close + 1;
                }
                default -> {
                    // Unknown escapes keep their backslash (CPython warns, MiniPy accepts silently).
                    out.append('\\');
                    i--;
                }
            }
        }
        return out.toString();
    }

    /** The value of a bytes literal's text. */
    static byte[] decodeBytes(String body, boolean raw, SourceText source, Token token) {
        for (int i = 0; i < body.length(); i++) {
            if (body.charAt(i) >= 128) {
                int column = token.getCharPositionInLine() + 1;
                throw source.syntaxError("bytes can only contain ASCII literal characters", token.getLine(), column,
                                column + SourceText.tokenWidth(token));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length());
        if (raw) {
            byte[] bytes = normalizeLineBreaks(body).getBytes(StandardCharsets.ISO_8859_1);
            return bytes;
        }
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c != '\\' || i + 1 >= body.length()) {
                if (c == '\r') {
                    out.write('\n');
                    i += i + 1 < body.length() && body.charAt(i + 1) == '\n' ? 2 : 1;
                } else {
                    out.write(c);
                    i++;
                }
                continue;
            }
            int escapeStart = i;
            char e = body.charAt(i + 1);
            i += 2;
            switch (e) {
                case '\n' -> {
                }
                case '\r' -> {
                    if (i < body.length() && body.charAt(i) == '\n') {
                        i++;
                    }
                }
                case '\\', '\'', '"' -> out.write(e);
                case 'a' -> out.write(7);
                case 'b' -> out.write('\b');
                case 'f' -> out.write('\f');
                case 'n' -> out.write('\n');
                case 'r' -> out.write('\r');
                case 't' -> out.write('\t');
                case 'v' -> out.write(11);
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int end = octalEnd(body, i - 1);
                    out.write(Integer.parseInt(body.substring(i - 1, end), 8) & 0xFF);
                    i = end;
                }
                case 'x' -> {
                    int end = hexEnd(body, i, 2);
                    if (end - i < 2) {
                        int column = token.getCharPositionInLine() + SourceText.tokenWidth(token) + 1;
                        throw source.syntaxError("(value error) invalid \\x escape at position " + escapeStart,
                                        token.getLine(), column, column);
                    }
                    out.write(Integer.parseInt(body.substring(i, end), 16));
                    i = end;
                }
                default -> {
                    out.write('\\');
                    i--;
                }
            }
        }
        return out.toByteArray();
    }

    private static int octalEnd(String body, int start) {
        int end = start;
        while (end < body.length() && end < start + 3 && body.charAt(end) >= '0' && body.charAt(end) <= '7') {
            end++;
        }
        return end;
    }

    private static int hexEnd(String body, int start, int count) {
        int end = start;
        while (end < body.length() && end < start + count && Character.digit(body.charAt(end), 16) >= 0) {
            end++;
        }
        return end;
    }

    /** CPython's message for a bad escape: positions are byte offsets in the UTF-8 form of the literal's text. */
    private static PythonSyntaxError unicodeError(String body, int start, int end, String reason, SourceText source,
                    Token token) {
        int byteStart = body.substring(0, start).getBytes(StandardCharsets.UTF_8).length;
        int byteEnd = body.substring(0, Math.min(body.length(), end + 1)).getBytes(StandardCharsets.UTF_8).length - 1;
        int column = token.getCharPositionInLine() + SourceText.tokenWidth(token) + 1;
        return source.syntaxError("(unicode error) 'unicodeescape' codec can't decode bytes in position " + byteStart
                        + "-" + byteEnd + ": " + reason, token.getLine(), column, column);
    }

    /** Source line breaks inside a literal are '\n' in its value, whatever the file uses. */
    private static String normalizeLineBreaks(String text) {
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static void appendNormalized(StringBuilder out, String body, int i) {
        char c = body.charAt(i);
        if (c == '\r') {
            if (i + 1 >= body.length() || body.charAt(i + 1) != '\n') {
                out.append('\n');
            }
        } else {
            out.append(c);
        }
    }
}
