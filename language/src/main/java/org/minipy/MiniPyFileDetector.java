package org.minipy;

import java.nio.charset.Charset;

import com.oracle.truffle.api.TruffleFile;

/** Recognises {@code .mpy} (and {@code .py}) files as MiniPy sources. */
public final class MiniPyFileDetector implements TruffleFile.FileTypeDetector {
    @Override
    public String findMimeType(TruffleFile file) {
        String name = file.getName();
        if (name != null && (name.endsWith(".mpy") || name.endsWith(".py"))) {
            return MiniPyLanguage.MIME_TYPE;
        }
        return null;
    }

    @Override
    public Charset findEncoding(TruffleFile file) {
        return null;
    }
}
