package org.minipy.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import org.minipy.runtime.Attributes;
import org.minipy.runtime.BuiltinTypes;
import org.minipy.runtime.PBaseException;
import org.minipy.runtime.PBytes;
import org.minipy.runtime.PException;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PythonClass;

/**
 * {@code UnicodeDecodeError} and {@code UnicodeEncodeError} as CPython raises them: the arguments {@code (encoding,
 * object, start, end, reason)} and the same-named attributes, from which {@code Errors.messageOf} makes the message
 * {@code 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte} (UnicodeTranslateError the same
 * without the encoding). Also finds the first sequence that does not decode in UTF-8 or ASCII, with CPython's
 * reason.
 */
final class DecodeErrors {
    private DecodeErrors() {
    }

    private static final String[] NAMES = {"encoding", "object", "start", "end", "reason"};

    static void install() {
        for (PythonClass cls : new PythonClass[]{BuiltinTypes.UNICODE_DECODE_ERROR, BuiltinTypes.UNICODE_ENCODE_ERROR, BuiltinTypes.UNICODE_TRANSLATE_ERROR}) {
            boolean translate = cls == BuiltinTypes.UNICODE_TRANSLATE_ERROR;
            Install.method(cls, "__init__(self, *args)", a -> {
                PBaseException e = (PBaseException) a[0];
                Object[] args = ((PTuple) a[1]).getItems();
                e.setArgs((PTuple) a[1]);
                int first = translate ? 1 : 0;
                if (args.length == 5 - first) {
                    for (int i = first; i < 5; i++) {
                        Attributes.putOwn(e, NAMES[i], args[i - first]);
                    }
                }
                return PNone.NONE;
            });
            for (int i = translate ? 1 : 0; i < 5; i++) {
                String name = NAMES[i];
                Install.getSet(cls, name, o -> {
                    Object v = Attributes.getOwn((PBaseException) o, name);
                    return v == null ? PNone.NONE : v;
                }, (o, v) -> Attributes.putOwn((PBaseException) o, name, v));
            }
        }
    }

    /** The UnicodeEncodeError for the code points {@code start..end} of {@code s} (positions in code points). */
    @TruffleBoundary
    static PException encodeError(String codec, String s, int start, int end, String reason) {
        return withAttributes(BuiltinTypes.UNICODE_ENCODE_ERROR, new Object[]{codec, s, (long) start, (long) end, reason});
    }

    /** A UnicodeDecodeError for {@code bytes[start:end]} with the given reason. */
    @TruffleBoundary
    static PException decodeError(String codec, byte[] b, int start, int end, String reason) {
        return withAttributes(BuiltinTypes.UNICODE_DECODE_ERROR, new Object[]{codec, new PBytes(b), (long) start, (long) end, reason});
    }

    private static PException withAttributes(PythonClass cls, Object[] args) {
        PBaseException e = new PBaseException(cls, new PTuple(args));
        for (int i = 0; i < 5; i++) {
            Attributes.putOwn(e, NAMES[i], args[i]);
        }
        return new PException(e, null);
    }

    /** The UnicodeDecodeError for bytes that do not decode with {@code codec} ("utf-8" or "ascii"). */
    @TruffleBoundary
    static PException error(byte[] b, String codec) {
        int start = 0;
        int end = 0;
        String reason = "invalid data";
        if (codec.equals("ascii")) {
            while (start < b.length && b[start] >= 0) {
                start++;
            }
            end = start + 1;
            reason = "ordinal not in range(128)";
        } else {
            int i = 0;
            found: while (i < b.length) {
                int c = b[i] & 0xff;
                int n = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
                if (n < 0) {
                    start = i;
                    end = i + 1;
                    reason = "invalid start byte";
                    break;
                }
                for (int j = 1; j <= n; j++) {
                    if (i + j >= b.length) {
                        start = i;
                        end = b.length;
                        reason = "unexpected end of data";
                        break found;
                    }
                    int d = b[i + j] & 0xff;
                    int lo = j == 1 ? (c == 0xe0 ? 0xa0 : c == 0xf0 ? 0x90 : 0x80) : 0x80;
                    int hi = j == 1 ? (c == 0xed ? 0x9f : c == 0xf4 ? 0x8f : 0xbf) : 0xbf;
                    if (d < lo || d > hi) {
                        start = i;
                        end = i + j;
                        reason = "invalid continuation byte";
                        break found;
                    }
                }
                i += n + 1;
            }
        }
        return withAttributes(BuiltinTypes.UNICODE_DECODE_ERROR, new Object[]{codec, new PBytes(b), (long) start, (long) end, reason});
    }
}
