package org.minipy.builtins;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.minipy.runtime.BuiltinTypes;
import org.minipy.runtime.Errors;
import org.minipy.runtime.PBytes;
import org.minipy.runtime.StringRepr;

/**
 * The codecs of {@code str.encode}, {@code bytes.decode} and {@code str(b, encoding)}: utf-8, ascii, latin-1, and
 * utf-16 and utf-32 (plain with a byte-order mark, -le, -be), with CPython's names, error handlers and messages; any
 * other encoding is a LookupError.
 */
public final class StrCodecs {
    private StrCodecs() {
    }

    /** The canonical name of a supported codec, as CPython's error messages spell it. */
    private static String codec(String encoding) {
        String c = codecOrNull(encoding);
        if (c == null) {
            throw Errors.lookupError("unknown encoding: %s", encoding);
        }
        return c;
    }

    /** Whether {@link #decode} knows the codec itself (other charsets go through Java's decoders). */
    public static boolean isOwnCodec(String encoding) {
        return codecOrNull(encoding) != null;
    }

    private static String codecOrNull(String encoding) {
        String e = encoding.toLowerCase(Locale.ROOT).replace('_', '-');
        switch (e) {
            case "utf-8": case "utf8": case "u8":
                return "utf-8";
            case "ascii": case "us-ascii": case "646":
                return "ascii";
            case "latin-1": case "latin1": case "iso-8859-1": case "iso8859-1": case "l1": case "8859": case "cp819": case "latin":
                return "latin-1";
            case "utf-16": case "utf16": case "u16":
                return "utf-16";
            case "utf-16-le": case "utf-16le":
                return "utf-16-le";
            case "utf-16-be": case "utf-16be":
                return "utf-16-be";
            case "utf-32": case "utf32": case "u32":
                return "utf-32";
            case "utf-32-le": case "utf-32le":
                return "utf-32-le";
            case "utf-32-be": case "utf-32be":
                return "utf-32-be";
            default:
                return null;
        }
    }

    /** Decodes bytes with utf-8, ascii or latin-1 (the codecs MiniPy supports); used by {@code str(b, enc)}. */
    public static String decode(byte[] bytes, String encoding, String errors) {
        String codec = codec(encoding);
        int offset = 0;
        if (codec.equals("utf-16") || codec.equals("utf-32")) {
            // A byte order mark picks the order and is dropped; without one CPython reads little-endian here.
            boolean wide = codec.equals("utf-32");
            boolean bigEndian = wide ? startsWith(bytes, 0, 0, 0xfe, 0xff) : startsWith(bytes, 0xfe, 0xff);
            boolean bom = bigEndian || (wide ? startsWith(bytes, 0xff, 0xfe, 0, 0) : startsWith(bytes, 0xff, 0xfe));
            offset = bom ? (wide ? 4 : 2) : 0;
            codec = codec + (bigEndian ? "-be" : "-le");
        }
        Charset cs = wideCharset(codec);
        if (cs == null) {
            cs = codec.equals("utf-8") ? StandardCharsets.UTF_8 : codec.equals("ascii") ? StandardCharsets.US_ASCII : StandardCharsets.ISO_8859_1;
        }
        java.nio.charset.CharsetDecoder decoder = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(bytes.length + 16);
        while (true) {
            java.nio.charset.CoderResult r = in.hasRemaining() ? decoder.decode(in, out, true) : java.nio.charset.CoderResult.UNDERFLOW;
            if (r.isUnderflow()) {
                break;
            }
            if (r.isOverflow()) {
                CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2 + 16);
                out.flip();
                bigger.put(out);
                out = bigger;
                continue;
            }
            int start = in.position();
            int n = r.length();
            if (out.remaining() < 4 * n + 1) {
                CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2 + 4 * n + 16);
                out.flip();
                bigger.put(out);
                out = bigger;
            }
            switch (errors) {
                case "ignore":
                    break;
                case "backslashreplace":
                    for (int k = 0; k < n; k++) {
                        out.put(String.format("\\x%02x", bytes[start + k] & 0xff));
                    }
                    break;
                case "surrogateescape":
                    for (int k = 0; k < n; k++) {
                        out.put((char) (0xdc00 + (bytes[start + k] & 0xff)));
                    }
                    break;
                case "strict":
                    if (cs == StandardCharsets.UTF_8 || cs == StandardCharsets.US_ASCII) {
                        throw DecodeErrors.error(bytes, codec);
                    }
                    throw DecodeErrors.decodeError(codec, bytes, start, start + n, start + n >= bytes.length ? "truncated data" : "illegal encoding");
                default:
                    out.put('\ufffd');
                    break;
            }
            in.position(start + n);
        }
        out.flip();
        return out.toString();
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** The charset of a UTF-16 or UTF-32 codec with its byte order, or null for the one-byte-unit codecs. */
    private static Charset wideCharset(String codec) {
        switch (codec) {
            case "utf-16-le":
                return StandardCharsets.UTF_16LE;
            case "utf-16-be":
                return StandardCharsets.UTF_16BE;
            case "utf-32-le":
                return Charset.forName("UTF-32LE");
            case "utf-32-be":
                return Charset.forName("UTF-32BE");
            default:
                return null;
        }
    }

    public static PBytes encode(String s, String encoding, String errors) {
        String codec = codec(encoding);
        if (codec.equals("utf-8")) {
            return new PBytes(s.getBytes(StandardCharsets.UTF_8));
        }
        if (codec.startsWith("utf-")) {
            // UTF-16/32: the plain names write a little-endian byte order mark first, as CPython on this machine.
            boolean bom = codec.equals("utf-16") || codec.equals("utf-32");
            byte[] body = s.getBytes(wideCharset(bom ? codec + "-le" : codec));
            if (!bom) {
                return new PBytes(body);
            }
            byte[] mark = codec.equals("utf-16") ? new byte[]{(byte) 0xff, (byte) 0xfe} : new byte[]{(byte) 0xff, (byte) 0xfe, 0, 0};
            byte[] r = new byte[mark.length + body.length];
            System.arraycopy(mark, 0, r, 0, mark.length);
            System.arraycopy(body, 0, r, mark.length, body.length);
            return new PBytes(r);
        }
        int limit = codec.equals("ascii") ? 128 : 256;
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            if (cp < limit) {
                out.write(cp);
                i += Character.charCount(cp);
                continue;
            }
            switch (errors) {
                case "ignore":
                    break;
                case "replace":
                    out.write('?');
                    break;
                case "xmlcharrefreplace":
                    out.writeBytes(("&#" + cp + ";").getBytes(StandardCharsets.US_ASCII));
                    break;
                case "backslashreplace":
                    out.writeBytes(StringRepr.escape(cp).getBytes(StandardCharsets.US_ASCII));
                    break;
                case "strict":
                    int start = s.codePointCount(0, i);
                    int j = i;
                    while (j < s.length() && s.codePointAt(j) >= limit) {
                        j += Character.charCount(s.codePointAt(j));
                    }
                    int end = s.codePointCount(0, j);
                    String reason = "ordinal not in range(" + limit + ")";
                    throw DecodeErrors.encodeError(codec, s, start, end, reason);
                default:
                    throw Errors.raise(BuiltinTypes.LOOKUP_ERROR, "unknown error handler name '" + errors + "'");
            }
            i += Character.charCount(cp);
        }
        return new PBytes(out.toByteArray());
    }
}
