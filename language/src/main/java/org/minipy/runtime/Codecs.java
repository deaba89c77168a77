package org.minipy.runtime;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** Python codec names to Java charsets, for bytes.decode/str.encode and open(encoding=...). */
public final class Codecs {
    private Codecs() {
    }

    /** The Java charset for a Python codec name; LookupError for an unknown one. */
    @TruffleBoundary
    public static Charset charset(String encoding) {
        String e = encoding.toLowerCase(Locale.ROOT).replace('_', '-');
        switch (e) {
            case "utf8", "utf-8", "u8":
                return StandardCharsets.UTF_8;
            case "ascii", "us-ascii":
                return StandardCharsets.US_ASCII;
            case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "l1", "latin":
                return StandardCharsets.ISO_8859_1;
            default:
                try {
                    return Charset.forName(e);
                } catch (RuntimeException ex) {
                    throw Errors.lookupError("unknown encoding: %s", encoding);
                }
        }
    }
}
