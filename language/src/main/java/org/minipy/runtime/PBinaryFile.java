package org.minipy.runtime;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleFile;

/**
 * A file opened in a binary mode ({@code open(name, 'rb')}, {@code 'wb'}, {@code 'ab'}, {@code 'xb'}, each also with
 * {@code +}): CPython's {@code io.BufferedReader}, {@code io.BufferedWriter} or {@code io.BufferedRandom} by mode. It
 * reads and writes {@code bytes} with no decoding and no newline translation; lines end at {@code b'\n'}.
 *
 * <p>Like {@link PFile} it is one seekable byte channel, here with a read-ahead buffer and a pending-write buffer:
 * a read first writes out what is pending, and a write first gives the unread read-ahead back to the channel, so
 * {@link #tell()} is always the position the program has reached. Blocking channel calls release the GIL.
 */
public final class PBinaryFile extends PIterator {
    public static final PythonClass READER = ioClass("BufferedReader");
    public static final PythonClass WRITER = ioClass("BufferedWriter");
    public static final PythonClass RANDOM = ioClass("BufferedRandom");

    private static final int BUFFER = 8192;

    private final Object name;
    private final String mode;
    private final boolean readable;
    private final boolean writable;
    private final boolean append;
    private SeekableByteChannel channel;
    /** Bytes read from the channel and not handed out yet (position..limit). */
    private final ByteBuffer ahead = ByteBuffer.allocate(BUFFER);
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private boolean closed;

    private PBinaryFile(Object name, char kind, boolean readable, boolean writable, boolean append) {
        this.name = name;
        this.mode = readable && writable ? (kind == 'w' ? 'r' : kind) + "b+" : kind + "b";
        this.readable = readable;
        this.writable = writable;
        this.append = append;
        ahead.limit(0);
    }

    private static PythonClass ioClass(String name) {
        return BuiltinTypes.inModule("_io", new PythonClass(name, new PythonClass[]{BuiltinTypes.OBJECT}, true, PythonClass.Layout.NONE));
    }

    /** {@code open(file, mode)} for a mode that {@link PFile#checkMode} found valid and binary. */
    @TruffleBoundary
    public static PBinaryFile open(TruffleFile file, Object path, String mode) {
        char kind = PFile.checkMode(mode, null, null, null);
        boolean plus = mode.indexOf('+') >= 0;
        PBinaryFile f = new PBinaryFile(path, kind, kind == 'r' || plus, kind != 'r' || plus, kind == 'a');
        f.channel = PFile.openChannel(file, path, kind, f.readable, f.writable);
        return f;
    }

    @Override
    public PythonClass getPythonClass() {
        return readable && writable ? RANDOM : readable ? READER : WRITER;
    }

    public Object getName() {
        return name;
    }

    /** The mode as CPython's buffered files report it: 'rb', 'wb', 'ab', 'xb', or 'rb+', 'ab+', 'xb+' with a {@code +}. */
    public String getMode() {
        return mode;
    }

    public boolean isClosed() {
        return closed;
    }

    /** {@code readable()}: a closed writer answers False, a closed reader raises (as CPython's buffered files do). */
    public boolean isReadable() {
        if (readable) {
            checkOpen(CLOSED_QUERY);
        }
        return readable;
    }

    public boolean isWritable() {
        if (writable) {
            checkOpen(CLOSED_QUERY);
        }
        return writable;
    }

    /** CPython's words for an operation on a closed file differ by operation: these two, or "read of closed file". */
    public static final String CLOSED = "I/O operation on closed file.";
    public static final String CLOSED_QUERY = "I/O operation on closed file";

    public void checkOpen(String message) {
        if (closed) {
            throw Errors.valueError(message);
        }
    }

    /** Whether the file can do {@code operation}: io.UnsupportedOperation first, then the closed-file error. */
    private void check(boolean able, String operation, String closedMessage) {
        if (!able) {
            throw Errors.raise(PFile.UNSUPPORTED_OPERATION, operation);
        }
        checkOpen(closedMessage);
    }

    /** Refills the read-ahead; false at the end of the file. May block. */
    private boolean fill() {
        try {
            flushWrites();
            ahead.clear();
            int n = channel.read(ahead);
            ahead.flip();
            return n > 0;
        } catch (IOException e) {
            throw OsErrors.fromIOException(e, name);
        }
    }

    /** Up to {@code size} bytes, or everything to the end when {@code size < 0}; {@code b''} at the end. */
    @TruffleBoundary
    public PBytes read(long size) {
        check(readable, "read", "read of closed file");
        return PythonContext.get().getGilControl().blocking(null, () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            while (size < 0 || out.size() < size) {
                if (!ahead.hasRemaining() && !fill()) {
                    break;
                }
                int n = size < 0 ? ahead.remaining() : (int) Math.min(ahead.remaining(), size - out.size());
                out.write(ahead.array(), ahead.position(), n);
                ahead.position(ahead.position() + n);
            }
            return new PBytes(out.toByteArray());
        });
    }

    /** The next line through its {@code b'\n'} (at most {@code size} bytes when {@code size >= 0}); {@code b''} at the end. */
    @TruffleBoundary
    public PBytes readline(long size) {
        check(readable, "read", "readline of closed file");
        return PythonContext.get().getGilControl().blocking(null, () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            while (size < 0 || out.size() < size) {
                if (!ahead.hasRemaining() && !fill()) {
                    break;
                }
                byte b = ahead.get();
                out.write(b);
                if (b == '\n') {
                    break;
                }
            }
            return new PBytes(out.toByteArray());
        });
    }

    /** Line iteration: the next line, or null at the end of the file. */
    @Override
    public Object nextOrNull() {
        checkOpen(CLOSED);
        PBytes line = readline(-1);
        return line.getBytes().length == 0 ? null : line;
    }

    /** Writes the bytes; returns how many (all of them). */
    @TruffleBoundary
    public long write(byte[] bytes) {
        check(writable, "write", "write to closed file");
        dropReadAhead();
        pending.write(bytes, 0, bytes.length);
        if (pending.size() >= BUFFER) {
            PythonContext.get().getGilControl().blocking(null, () -> {
                flushWrites();
                return null;
            });
        }
        return bytes.length;
    }

    /** Puts the channel back where the program's reading stopped, forgetting what was read ahead. */
    private void dropReadAhead() {
        if (ahead.hasRemaining()) {
            try {
                channel.position(channel.position() - ahead.remaining());
            } catch (IOException e) {
                throw OsErrors.fromIOException(e, name);
            }
        }
        ahead.clear().limit(0);
    }

    private void flushWrites() {
        PFile.writePending(channel, pending, append, name);
    }

    /** {@code seek(offset, whence)}: from the start (0), the current position (1) or the end (2); answers the new position. */
    @TruffleBoundary
    public long seek(long offset, long whence) {
        checkOpen("seek of closed file");
        if (whence < 0 || whence > 4) {
            throw Errors.valueError("whence value %d unsupported", whence);
        }
        flushWrites();
        try {
            long base = whence == 0 ? 0 : whence == 1 ? tell() : channel.size();
            long target = base + offset;
            if (target < 0 || whence < 0 || whence > 2) {
                throw OsErrors.raise(OsErrors.EINVAL, null);
            }
            ahead.clear().limit(0);
            channel.position(target);
            return target;
        } catch (IOException e) {
            throw OsErrors.fromIOException(e, name);
        }
    }

    @TruffleBoundary
    public long tell() {
        checkOpen(CLOSED_QUERY);
        try {
            return channel.position() - ahead.remaining() + pending.size();
        } catch (IOException e) {
            throw OsErrors.fromIOException(e, name);
        }
    }

    @TruffleBoundary
    public long truncate(long size) {
        checkOpen("truncate of closed file");
        check(writable, "truncate", CLOSED);
        flushWrites();
        dropReadAhead();
        try {
            long position = channel.position();
            long newSize = size < 0 ? position : size;
            channel.truncate(newSize);
            channel.position(position);
            return newSize;
        } catch (IOException e) {
            throw OsErrors.fromIOException(e, name);
        }
    }

    @TruffleBoundary
    public void flush() {
        checkOpen(writable ? "flush of closed file" : CLOSED);
        flushWrites();
    }

    /** Closes the file; closing twice does nothing, as in Python. */
    @TruffleBoundary
    public void close() {
        if (!closed) {
            closed = true;
            PFile.closeChannel(channel, pending, append, name);
        }
    }
}
