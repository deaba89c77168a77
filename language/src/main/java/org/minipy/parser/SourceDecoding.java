package org.minipy.parser;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a source file's bytes as CPython reads them (PEP 263, PEP 3120): UTF-8, a UTF-8 byte order mark
 * dropped, or the encoding a {@code # -*- coding: ... -*-} comment on one of the first two lines declares. Bytes that
 * are not valid in that encoding are a SyntaxError, never replacement characters.
 */
public final class SourceDecoding {
    private static final Pattern CODING = Pattern.compile("^[ \\t\\f]*#.*?coding[:=][ \\t]*([-\\w.]+)");

    private SourceDecoding() {
    }

    /**
     * Whether text that the file system layer already decoded as UTF-8 may differ from CPython's reading (a BOM,
     * replaced bytes, or a coding declaration), so that the file must be decoded again with {@link #decode}.
     */
    public static boolean needsDecoding(CharSequence text) {
        if (text.length() > 0 && text.charAt(0) == '\uFEFF') {
            return true;
        }
        String s = text.toString();
        if (s.indexOf('\uFFFD') >= 0) {
            return true;
        }
        int secondLineEnd = s.indexOf('\n', s.indexOf('\n') + 1);
        String head = secondLineEnd < 0 ? s : s.substring(0, secondLineEnd);
        return head.contains("coding");
    }

    public static String decode(byte[] bytes, String filename) {
        int start = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            start = 3;
        }
        String declared = declaredEncoding(bytes, start);
        Charset charset = StandardCharsets.UTF_8;
        if (declared != null) {
            charset = charset(declared);
            if (charset == null) {
                throw new PythonSyntaxError(PythonSyntaxError.SYNTAX_ERROR, "unknown encoding: " + declared, filename, 1, 0, 0, null);
            }
        }
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            int bad = firstInvalidUtf8(bytes, start);
            int line = 1;
            for (int i = 0; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            String message = String.format("Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, but no encoding declared; "
                            + "see https://peps.python.org/pep-0263/ for details", bytes[Math.min(bad, bytes.length - 1)] & 0xff, filename, line);
            if (declared != null) {
                message = "(unicode error) '" + declared + "' codec can't decode the source";
            }
            throw new PythonSyntaxError(PythonSyntaxError.SYNTAX_ERROR, message, filename, line, 0, 0, null);
        }
    }

    /** The encoding named by a coding comment on line 1, or on line 2 after a comment or blank line 1. */
    private static String declaredEncoding(byte[] bytes, int start) {
        int end1 = lineEnd(bytes, start);
        String line1 = new String(bytes, start, end1 - start, StandardCharsets.ISO_8859_1);
        Matcher m = CODING.matcher(line1);
        if (m.find()) {
            return m.group(1);
        }
        String stripped = line1.strip();
        if (!stripped.isEmpty() && !stripped.startsWith("#") || end1 >= bytes.length) {
            return null;
        }
        int end2 = lineEnd(bytes, end1 + 1);
        m = CODING.matcher(new String(bytes, end1 + 1, end2 - end1 - 1, StandardCharsets.ISO_8859_1));
        return m.find() ? m.group(1) : null;
    }

    private static int lineEnd(byte[] bytes, int from) {
        int i = from;
        while (i < bytes.length && bytes[i] != '\n') {
            i++;
        }
        return i;
    }

    private static Charset charset(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        if (n.equals("utf-8") || n.startsWith("utf-8-") || n.equals("utf8")) {
            return StandardCharsets.UTF_8;
        }
        if (n.equals("latin-1") || n.startsWith("latin-1-") || n.equals("iso-8859-1") || n.startsWith("iso-8859-1-")
                        || n.equals("iso-latin-1") || n.equals("latin1")) {
            return StandardCharsets.ISO_8859_1;
        }
        try {
            return Charset.forName(n);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static int firstInvalidUtf8(byte[] bytes, int start) {
        int i = start;
        while (i < bytes.length) {
            int b = bytes[i] & 0xff;
            int n = b < 0x80 ? 0 : (b & 0xE0) == 0xC0 && b >= 0xC2 ? 1 : (b & 0xF0) == 0xE0 ? 2 : (b & 0xF8) == 0xF0 && b <= 0xF4 ? 3 : -1;
            if (n < 0) {
                return i;
            }
            for (int k = 1; k <= n; k++) {
                if (i + k >= bytes.length || (bytes[i + k] & 0xC0) != 0x80) {
                    return i;
                }
            }
            i += n + 1;
        }
        return bytes.length - 1;
    }
}
