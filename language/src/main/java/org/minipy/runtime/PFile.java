package org.minipy.runtime;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.OpenOption;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleFile;

/**
 * A text file opened by {@code open(name, mode, encoding=..., newline=...)}: CPython's {@code io.TextIOWrapper}
 * in modes {@code r w a x}, each also with {@code +} (reading and writing); binary modes are {@link PBinaryFile}.
 * Reading applies Python's newline rules: by default {@code \r\n} and {@code \r} become
 * {@code \n}; {@code newline=''} keeps line endings but still splits lines at any of them; any other value splits only
 * at that string. Writing turns {@code \n} into the {@code newline} argument when it is {@code \r} or {@code \r\n}.
 * Files are reached through Truffle's file system ({@link TruffleFile}), so relative paths follow the context's
 * working directory and sandboxing policies apply.
 *
 * <p>The file is one seekable byte channel with a decoded read-ahead buffer and a pending-write buffer, so that
 * {@code seek tell truncate} work and reads and writes can be mixed as in CPython: {@link #tell()} is the byte offset
 * of the next character the program will read (the channel's position less what is buffered), which is what CPython's
 * opaque cookie is for these files.
 *
 * <p>The object is its own iterator ({@code for line in f}), as in CPython. The Java calls that can block
 * ({@link #fill()}, {@link #flushWrites()}) are kept in small methods so that the GIL can be released around them.
 */
public final class PFile extends PIterator implements TextIO {
    /** {@code io.UnsupportedOperation}: reading a file opened for writing, and the like. */
    public static final PythonClass UNSUPPORTED_OPERATION = new PythonClass("UnsupportedOperation",
                    new PythonClass[]{BuiltinTypes.OS_ERROR, BuiltinTypes.VALUE_ERROR}, true, PythonClass.Layout.EXCEPTION);

    private static final int BUFFER = 8192;

    private final Object name;
    private final String mode;
    private final String encoding;
    /** null for universal newlines (the default), else the {@code newline} argument. */
    private final String newline;
    private final Charset charset;
    /** The {@code errors} argument: what a byte sequence that does not decode, or a character that does not encode, becomes. */
    private final String errors;
    private final boolean readable;
    private final boolean writable;
    private final boolean append;
    private SeekableByteChannel channel;
    private CharsetDecoder decoder;
    /** Bytes read from the channel and not decoded yet (in read mode: position..limit). */
    private final ByteBuffer inBytes = ByteBuffer.allocate(BUFFER);
    /** Decoded characters not handed out yet (in read mode: position..limit). */
    private final CharBuffer chars = CharBuffer.allocate(BUFFER);
    private boolean eof;
    /** Whether the decoder has been told the input ended (it must then be replaced before decoding again). */
    private boolean decoderDone;
    /** Text written and not yet encoded into the channel. */
    private final java.io.ByteArrayOutputStream pending = new java.io.ByteArrayOutputStream();
    private boolean closed;
    /** Line endings met by the decoder in universal-newline modes, for {@code newlines}: bits CR, LF, CRLF. */
    private int seenNewlines;
    /** The last decoded chunk ended with a CR: whether it is a CRLF shows in the next one. */
    private boolean pendingCR;

    private PFile(Object name, String mode, String encoding, String errors, String newline, Charset charset, boolean readable,
                    boolean writable, boolean append) {
        this.errors = errors;
        this.name = name;
        this.mode = mode;
        this.encoding = encoding;
        this.newline = newline;
        this.charset = charset;
        this.readable = readable;
        this.writable = writable;
        this.append = append;
        inBytes.limit(0);
        chars.limit(0);
    }

    /**
     * {@code open(file, mode, buffering, encoding, errors, newline)} for text modes. {@code path} is the file name as
     * the program gave it; {@code encoding} and {@code newline} are null when not given (None).
     */
    @TruffleBoundary
    public static PFile open(TruffleFile file, Object path, String mode, String encoding, String errors, String newline) {
        char kind = checkMode(mode, encoding, errors, newline);
        boolean plus = mode.indexOf('+') >= 0;
        if (newline != null && !newline.isEmpty() && !newline.equals("\n") && !newline.equals("\r") && !newline.equals("\r\n")) {
            throw Errors.valueError("illegal newline value: %s", newline);
        }
        Charset charset = charsetFor(encoding);
        PFile f = new PFile(path, mode, encoding == null ? "UTF-8" : encoding, errors == null ? "strict" : errors, newline, charset,
                        kind == 'r' || plus, kind != 'r' || plus,
                        kind == 'a');
        f.channel = openChannel(file, path, kind, f.readable, f.writable);
        f.decoder = f.newDecoder();
        return f;
    }

    /** The channel behind a file of either kind, {@code kind} being one of r w a x; OSError when it cannot be opened. */
    static SeekableByteChannel openChannel(TruffleFile file, Object path, char kind, boolean readable, boolean writable) {
        Set<OpenOption> options = new HashSet<>();
        if (readable) {
            options.add(StandardOpenOption.READ);
        }
        if (writable) {
            options.add(StandardOpenOption.WRITE);
        }
        switch (kind) {
            case 'w' -> {
                options.add(StandardOpenOption.CREATE);
                options.add(StandardOpenOption.TRUNCATE_EXISTING);
            }
            case 'a' -> options.add(StandardOpenOption.CREATE);
            case 'x' -> options.add(StandardOpenOption.CREATE_NEW);
            default -> {
            }
        }
        try {
            if (file.isDirectory()) {
                throw OsErrors.raise(OsErrors.EISDIR, path);
            }
            SeekableByteChannel channel = file.newByteChannel(options);
            if (kind == 'a') {
                channel.position(channel.size());
            }
            return channel;
        } catch (IOException e) {
            throw OsErrors.fromIOException(e, path);
        } catch (SecurityException e) {
            throw OsErrors.raise(OsErrors.EACCES, path);
        }
    }

    /** Java's decoder replaces or skips bad input itself; the other handlers see it reported ({@link #badInput}). */
    private CharsetDecoder newDecoder() {
        CodingErrorAction action = switch (errors) {
            case "replace" -> CodingErrorAction.REPLACE;
            case "ignore" -> CodingErrorAction.IGNORE;
            default -> CodingErrorAction.REPORT;
        };
        return charset.newDecoder().onMalformedInput(action).onUnmappableCharacter(action);
    }

    /**
     * Decodes what {@link #inBytes} holds into {@link #chars}, dealing with input that does not decode as the errors
     * handler says: strict raises CPython's UnicodeDecodeError (positions counted from the start of the chunk read
     * from the file, which for a file under 8 KB read from its start are file offsets, as in CPython).
     */
    private void decode(boolean endOfInput) {
        java.nio.charset.CoderResult r = decoder.decode(inBytes, chars, endOfInput);
        while (r.isError() && chars.remaining() >= 4 * r.length()) {
            int start = inBytes.position();
            switch (errors) {
                case "surrogateescape" -> {
                    for (int k = 0; k < r.length(); k++) {
                        chars.put((char) (0xdc00 + (inBytes.get(start + k) & 0xff)));
                    }
                }
                case "backslashreplace" -> {
                    for (int k = 0; k < r.length(); k++) {
                        chars.put(String.format("\\x%02x", inBytes.get(start + k) & 0xff));
                    }
                }
                default -> {
                    byte[] chunk = java.util.Arrays.copyOf(inBytes.array(), Math.min(inBytes.limit(), start + 4));
                    if (org.minipy.builtins.StrCodecs.isOwnCodec(encoding)) {
                        org.minipy.builtins.StrCodecs.decode(chunk, encoding, "strict"); // raises CPython's error
                    }
                    throw Errors.raise(BuiltinTypes.UNICODE_DECODE_ERROR, "'%s' codec can't decode byte 0x%02x in position %d: invalid data",
                                    encoding, chunk[start] & 0xff, start);
                }
            }
            inBytes.position(start + r.length());
            r = decoder.decode(inBytes, chars, endOfInput);
        }
    }

    /**
     * Validates a mode string, and the arguments a binary mode does not take, as CPython does; returns which of
     * r w a x the mode is.
     */
    public static char checkMode(String mode, String encoding, String errors, String newline) {
        char kind = 0;
        int count = 0;
        boolean binary = false;
        boolean text = false;
        for (int i = 0; i < mode.length(); i++) {
            char c = mode.charAt(i);
            if ("rwax+tb".indexOf(c) < 0 || mode.indexOf(c, i + 1) >= 0) {
                throw Errors.valueError("invalid mode: '%s'", mode);
            }
            if (c == 'b') {
                binary = true;
            } else if (c == 't') {
                text = true;
            } else if (c != '+') {
                kind = c;
                count++;
            }
        }
        // in CPython's order: io.open checks these, then FileIO finds no r/w/a/x
        if (binary && text) {
            throw Errors.valueError("can't have text and binary mode at once");
        } else if (count > 1) {
            throw Errors.valueError("must have exactly one of create/read/write/append mode");
        } else if (binary && encoding != null) {
            throw Errors.valueError("binary mode doesn't take an encoding argument");
        } else if (binary && errors != null) {
            throw Errors.valueError("binary mode doesn't take an errors argument");
        } else if (binary && newline != null) {
            throw Errors.valueError("binary mode doesn't take a newline argument");
        } else if (count == 0) {
            throw Errors.valueError("Must have exactly one of create/read/write/append mode and at most one plus");
        }
        return kind;
    }

    private static Charset charsetFor(String encoding) {
        if (encoding == null) {
            return StandardCharsets.UTF_8;
        }
        return Codecs.charset(encoding);
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
        return readable;
    }

    @Override
    public boolean isWritable() {
        checkOpen();
        return writable;
    }

    @Override
    public boolean isSeekable() {
        checkOpen();
        return true;
    }

    private void checkOpen() {
        if (closed) {
            throw Errors.valueError("I/O operation on closed file.");
        }
    }

    private void checkReadable() {
        checkOpen();
        if (!readable) {
            throw Errors.raise(UNSUPPORTED_OPERATION, "not readable");
        }
    }

    /** One character from the file (no newline translation), or -1 at the end. */
    private int readRawChar() {
        if (!chars.hasRemaining() && !fill()) {
            return -1;
        }
        return chars.get();
    }

    /** Decodes more characters into {@link #chars}; false at the end of the file. May block. */
    private boolean fill() {
        try {
            if (pending.size() > 0) {
                flushWrites();
            }
            chars.clear();
            while (chars.position() == 0) {
                if (eof) {
                    if (!decoderDone) {
                        decode(true);
                        decoder.flush(chars);
                        decoderDone = true;
                    }
                    break;
                }
                inBytes.compact();
                int n = channel.read(inBytes);
                inBytes.flip();
                if (n < 0) {
                    eof = true;
                    continue;
                }
                decode(false);
            }
            chars.flip();
            if (newline == null || newline.isEmpty()) {
                noteNewlines();
            }
            return chars.hasRemaining();
        } catch (IOException e) {
            throw OsErrors.fromIOException(e, name);
        }
    }

    private static final int CR = 1;
    private static final int LF = 2;
    private static final int CRLF = 4;

    /** Records the line endings in the chunk just decoded, as CPython's newline decoder does chunk by chunk. */
    private void noteNewlines() {
        int end = chars.limit();
        for (int i = chars.position(); i < end; i++) {
            char c = chars.get(i);
            if (pendingCR) {
                seenNewlines |= c == '\n' ? CRLF : CR;
                pendingCR = false;
                if (c == '\n') {
                    continue;
                }
            }
            if (c == '\r') {
                pendingCR = true;
            } else if (c == '\n') {
                seenNewlines |= LF;
            }
        }
        if (pendingCR && eof) {
            seenNewlines |= CR;
            pendingCR = false;
        }
    }

    @Override
    public Object getNewlines() {
        if (pendingCR && eof) {
            seenNewlines |= CR;
            pendingCR = false;
        }
        java.util.List<Object> kinds = new java.util.ArrayList<>(3);
        if ((seenNewlines & CR) != 0) {
            kinds.add("\r");
        }
        if ((seenNewlines & LF) != 0) {
            kinds.add("\n");
        }
        if ((seenNewlines & CRLF) != 0) {
            kinds.add("\r\n");
        }
        return kinds.isEmpty() ? PNone.NONE : kinds.size() == 1 ? kinds.get(0) : new PTuple(kinds.toArray());
    }

    /** Gives back the character just read (it is still in the buffer). */
    private void unread() {
        chars.position(chars.position() - 1);
    }

    /** One character after universal-newline translation (when on), or -1 at the end. */
    private int readChar() {
        int c = readRawChar();
        if (c == '\r' && newline == null) {
            int next = readRawChar();
            if (next != '\n' && next != -1) {
                unread();
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
                    unread();
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
        if (!writable) {
            throw Errors.raise(UNSUPPORTED_OPERATION, "not writable");
        }
        if (chars.hasRemaining() || inBytes.hasRemaining()) {
            // As in CPython, a write after a read lands after the chunk the text layer has decoded (not where the
            // program's reading stopped), and the rest of that chunk is dropped.
            try {
                moveTo(channel.position() - inBytes.remaining());
            } catch (IOException e) {
                throw OsErrors.fromIOException(e, name);
            }
        }
        String out = text;
        if (newline != null && (newline.equals("\r") || newline.equals("\r\n"))) {
            out = text.replace("\n", newline);
        }
        pending.writeBytes(encode(out));
        if (pending.size() >= BUFFER) {
            flushWrites();
        }
        return text.length();
    }

    /**
     * The bytes of text written, encoded at once so that a character the codec cannot encode fails in the write()
     * that gave it, with its position in that text, as in CPython.
     */
    private byte[] encode(String text) {
        if (charset == StandardCharsets.US_ASCII || charset == StandardCharsets.ISO_8859_1) {
            return org.minipy.builtins.StrCodecs.encode(text, encoding, errors).getBytes();
        }
        return text.getBytes(charset);
    }

    /** Writes the pending bytes into the channel. May block. */
    private void flushWrites() {
        writePending(channel, pending, append, name);
    }

    /** Writes out a file's pending bytes and closes its channel, even when the write fails; for both kinds of file. */
    static void closeChannel(SeekableByteChannel channel, java.io.ByteArrayOutputStream pending, boolean append, Object name) {
        try {
            writePending(channel, pending, append, name);
        } finally {
            try {
                channel.close();
            } catch (IOException e) {
                throw OsErrors.fromIOException(e, name);
            }
        }
    }

    /** Writes out and forgets a file's pending bytes (at the end of the file in append mode); for both kinds of file. */
    static void writePending(SeekableByteChannel channel, java.io.ByteArrayOutputStream pending, boolean append, Object name) {
        if (pending.size() == 0) {
            return;
        }
        try {
            if (append) {
                channel.position(channel.size());
            }
            ByteBuffer bytes = ByteBuffer.wrap(pending.toByteArray());
            pending.reset();
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
        } catch (IOException e) {
            throw OsErrors.fromIOException(e, name);
        }
    }

    /** The byte offset of the next character to read: the channel's position less the read-ahead. */
    private long logicalPosition() {
        try {
            long ahead = inBytes.remaining();
            if (chars.hasRemaining()) {
                ahead += chars.toString().getBytes(charset).length;
            }
            return channel.position() - ahead;
        } catch (IOException e) {
            throw OsErrors.fromIOException(e, name);
        }
    }

    /** Drops the read-ahead and puts the channel at {@code position}. */
    private void moveTo(long position) {
        try {
            chars.clear().limit(0);
            inBytes.clear().limit(0);
            eof = false;
            decoderDone = false;
            decoder = newDecoder();
            pendingCR = false;
            if (position == 0) {
                seenNewlines = 0; // CPython resets its newline decoder at the start of the file
            }
            channel.position(position);
        } catch (IOException e) {
            throw OsErrors.fromIOException(e, name);
        }
    }

    @Override
    @TruffleBoundary
    public long seek(long offset, long whence) {
        checkOpen();
        flushWrites();
        long target;
        if (whence == 0) {
            if (offset < 0) {
                throw Errors.valueError("negative seek position %d", offset);
            }
            target = offset;
        } else if (whence == 1) {
            if (offset != 0) {
                throw Errors.raise(UNSUPPORTED_OPERATION, "can't do nonzero cur-relative seeks");
            }
            target = logicalPosition();
        } else if (whence == 2) {
            if (offset != 0) {
                throw Errors.raise(UNSUPPORTED_OPERATION, "can't do nonzero end-relative seeks");
            }
            try {
                target = channel.size();
            } catch (IOException e) {
                throw OsErrors.fromIOException(e, name);
            }
        } else {
            throw Errors.valueError("invalid whence (%d, should be 0, 1 or 2)", whence);
        }
        moveTo(target);
        return target;
    }

    @Override
    @TruffleBoundary
    public long tell() {
        checkOpen();
        flushWrites();
        return logicalPosition();
    }

    @Override
    @TruffleBoundary
    public long truncate(long size) {
        checkOpen();
        if (!writable) {
            throw Errors.raise(UNSUPPORTED_OPERATION, "truncate");
        }
        flushWrites();
        long position = logicalPosition();
        long newSize = size < 0 ? position : size;
        try {
            moveTo(position);
            channel.truncate(newSize);
            channel.position(position);
        } catch (IOException e) {
            throw OsErrors.fromIOException(e, name);
        }
        return newSize;
    }

    @Override
    @TruffleBoundary
    public void flush() {
        checkOpen();
        flushWrites();
    }

    /** Closes the file; closing twice does nothing, as in Python. */
    @Override
    @TruffleBoundary
    public void close() {
        if (!closed) {
            closed = true;
            closeChannel(channel, pending, append, name);
        }
    }

    @Override
    public PythonClass getPythonClass() {
        return BuiltinTypes.FILE;
    }
}
