package org.minipy.runtime;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.OpenOption;
import java.nio.file.StandardOpenOption;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleFile;

/**
 * A text file opened by {@code open(name, mode, encoding=..., newline=...)}: CPython's {@code io.TextIOWrapper}
 * in modes {@code r w a x} (binary and {@code +} modes are refused with NotImplementedError). Reading applies
 * Python's newline rules: by default {@code \r\n} and {@code \r} become {@code \n}; {@code newline=''} keeps line
 * endings but still splits lines at any of them; any other value splits only at that string. Writing turns
 * {@code \n} into the {@code newline} argument when it is {@code \r} or {@code \r\n}. Files are reached through
 * Truffle's file system ({@link TruffleFile}), so relative paths follow the context's working directory and
 * sandboxing policies apply.
 *
 * <p>The object is its own iterator ({@code for line in f}), as in CPython. The Java calls that can block
 * ({@link #readRawChar()}, {@link #writeRaw(String)}) are kept in small methods so that the GIL can be released
 * around them.
 */
public final class PFile extends PIterator implements TextIO {
    /** {@code io.UnsupportedOperation}: reading a file opened for writing, and the like. */
    public static final PythonClass UNSUPPORTED_OPERATION = new PythonClass("UnsupportedOperation",
                    new PythonClass[]{BuiltinTypes.OS_ERROR, BuiltinTypes.VALUE_ERROR}, true, PythonClass.Layout.EXCEPTION);

    private final Object name;
    private final String mode;
    private final String encoding;
    /** null for universal newlines (the default), else the {@code newline} argument. */
    private final String newline;
    private PushbackReader reader;
    private Writer writer;
    private boolean closed;

    private PFile(Object name, String mode, String encoding, String newline) {
        this.name = name;
        this.mode = mode;
        this.encoding = encoding;
        this.newline = newline;
    }

    /**
     * {@code open(file, mode, buffering, encoding, errors, newline)} for text modes. {@code path} is the file name as
     * the program gave it; {@code encoding} and {@code newline} are null when not given (None).
     */
    @TruffleBoundary
    public static PFile open(TruffleFile file, Object path, String mode, String encoding, String newline) {
        char kind = checkMode(mode);
        if (newline != null && !newline.isEmpty() && !newline.equals("\n") && !newline.equals("\r") && !newline.equals("\r\n")) {
            throw Errors.valueError("illegal newline value: %s", newline);
        }
        Charset charset = charsetFor(encoding);
        PFile f = new PFile(path, mode, encoding == null ? "UTF-8" : encoding, newline);
        try {
            if (file.isDirectory()) {
                throw OsErrors.raise(OsErrors.EISDIR, path);
            }
            if (kind == 'r') {
                Reader in = new InputStreamReader(file.newInputStream(), charset.newDecoder()
                                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
                f.reader = new PushbackReader(new BufferedReader(in), 1);
            } else {
                OpenOption[] options;
                if (kind == 'w') {
                    options = new OpenOption[]{StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE};
                } else if (kind == 'a') {
                    options = new OpenOption[]{StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE};
                } else {
                    options = new OpenOption[]{StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE};
                }
                f.writer = new BufferedWriter(new OutputStreamWriter(file.newOutputStream(options), charset));
            }
        } catch (IOException e) {
            throw OsErrors.fromIOException(e, path);
        } catch (SecurityException e) {
            throw OsErrors.raise(OsErrors.EACCES, path);
        }
        return f;
    }

    /** Validates a mode string as CPython does; returns which of r w a x it is. */
    private static char checkMode(String mode) {
        char kind = 0;
        int count = 0;
        boolean plus = false;
        boolean binary = false;
        boolean text = false;
        for (int i = 0; i < mode.length(); i++) {
            char c = mode.charAt(i);
            if ("rwax+tb".indexOf(c) < 0 || mode.indexOf(c, i + 1) >= 0) {
                throw Errors.valueError("invalid mode: '%s'", mode);
            }
            if (c == '+') {
                plus = true;
            } else if (c == 'b') {
                binary = true;
            } else if (c == 't') {
                text = true;
            } else {
                kind = c;
                count++;
            }
        }
        if (count != 1) {
            throw Errors.valueError("must have exactly one of create/read/write/append mode");
        }
        if (binary && text) {
            throw Errors.valueError("can't have text and binary mode at once");
        }
        if (binary) {
            throw Errors.notImplementedError("binary file mode '%s' is not supported by MiniPy", mode);
        }
        if (plus) {
            throw Errors.notImplementedError("file mode '%s' (reading and writing) is not supported by MiniPy", mode);
        }
        return kind;
    }

    private static Charset charsetFor(String encoding) {
        if (encoding == null) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(encoding);
        } catch (IllegalArgumentException e) {
            throw Errors.lookupError("unknown encoding: %s", encoding);
        }
    }

    @Override
    public Object getName() {
        return name;
    }

    @Override
    public String getMode() {
        return mode;
    }

    @Override
    public String getEncoding() {
        return encoding;
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public boolean isReadable() {
        checkOpen();
        return reader != null;
    }

    @Override
    public boolean isWritable() {
        checkOpen();
        return writer != null;
    }

    private void checkOpen() {
        if (closed) {
            throw Errors.valueError("I/O operation on closed file.");
        }
    }

    private void checkReadable() {
        checkOpen();
        if (reader == null) {
            throw Errors.raise(UNSUPPORTED_OPERATION, "not readable");
        }
    }

    /** One character from the file (no newline translation), or -1 at the end. May block. */
    private int readRawChar() {
        try {
            return reader.read();
        } catch (IOException e) {
            throw OsErrors.fromIOException(e, name);
        }
    }

    private void unread(int c) {
        try {
            reader.unread(c);
        } catch (IOException e) {
            throw OsErrors.fromIOException(e, name);
        }
    }

    /** One character after universal-newline translation (when on), or -1 at the end. */
    private int readChar() {
        int c = readRawChar();
        if (c == '\r' && newline == null) {
            int next = readRawChar();
            if (next != '\n' && next != -1) {
                unread(next);
            }
            return '\n';
        }
        return c;
    }

    @Override
    @TruffleBoundary
    public String read(long size) {
        checkReadable();
        // file reads release the GIL, as in CPython
        return PythonContext.get().getGilControl().blocking(null, () -> TextIO.readChars(this::readChar, size));
    }

    @Override
    @TruffleBoundary
    public String readline(long size) {
        checkReadable();
        // file reads release the GIL, as in CPython
        return PythonContext.get().getGilControl().blocking(null, () -> TextIO.readLine(this::readChar, size, this::endsLine));
    }

    /** Whether the line read so far is complete, by the rules of the {@code newline} argument. */
    private boolean endsLine(StringBuilder sb, int c) {
        if (newline == null || newline.equals("\n")) {
            return c == '\n';
        } else if (newline.isEmpty()) {
            if (c == '\n') {
                return true;
            }
            if (c == '\r') {
                int next = readRawChar();
                if (next == '\n') {
                    sb.append('\n');
                } else if (next != -1) {
                    unread(next);
                }
                return true;
            }
            return false;
        } else if (newline.equals("\r")) {
            return c == '\r';
        }
        return c == '\n' && sb.length() >= 2 && sb.charAt(sb.length() - 2) == '\r';
    }

    /** Line iteration: the next line, or null at the end of the file. */
    @Override
    public Object nextOrNull() {
        String line = readline(-1);
        return line.isEmpty() ? null : line;
    }

    @Override
    @TruffleBoundary
    public long write(String text) {
        checkOpen();
        if (writer == null) {
            throw Errors.raise(UNSUPPORTED_OPERATION, "not writable");
        }
        String out = text;
        if (newline != null && (newline.equals("\r") || newline.equals("\r\n"))) {
            out = text.replace("\n", newline);
        }
        writeRaw(out);
        return text.length();
    }

    /** Hands text to the file's buffer. May block. */
    private void writeRaw(String text) {
        try {
            writer.write(text);
        } catch (IOException e) {
            throw OsErrors.fromIOException(e, name);
        }
    }

    @Override
    @TruffleBoundary
    public void flush() {
        checkOpen();
        if (writer != null) {
            try {
                writer.flush();
            } catch (IOException e) {
                throw OsErrors.fromIOException(e, name);
            }
        }
    }

    /** Closes the file; closing twice does nothing, as in Python. */
    @Override
    @TruffleBoundary
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (writer != null) {
                writer.close();
            }
            if (reader != null) {
                reader.close();
            }
        } catch (IOException e) {
            throw OsErrors.fromIOException(e, name);
        }
    }

    @Override
    public PythonClass getPythonClass() {
        return BuiltinTypes.FILE;
    }
}
